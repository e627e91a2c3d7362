package feeds

import (
	"context"
	"errors"
	"net"
	"net/url"
	"testing"
)

// Every block of the IANA special-purpose registries is refused, with the
// public addresses just outside each block accepted.
func TestSpecialPurposeRanges(t *testing.T) {
	tests := []struct {
		ip   string
		want bool
	}{
		// IPv4 special-purpose registry.
		{"0.1.2.3", false}, {"10.0.0.1", false}, {"100.64.0.1", false}, {"100.127.255.255", false},
		{"127.0.0.1", false}, {"169.254.169.254", false}, {"172.16.0.1", false}, {"172.31.255.255", false},
		{"192.0.0.9", false}, {"192.0.0.170", false}, {"192.0.2.1", false}, {"192.0.2.255", false},
		{"192.31.196.1", false}, {"192.52.193.1", false}, {"192.88.99.1", false}, {"192.168.0.1", false},
		{"192.175.48.1", false}, {"198.18.0.1", false}, {"198.19.255.255", false}, {"198.51.100.7", false},
		{"203.0.113.9", false}, {"240.0.0.1", false}, {"255.255.255.255", false},
		{"224.0.0.1", false}, {"239.255.255.250", false}, // multicast
		// Their neighbours are public.
		{"1.1.1.1", true}, {"93.184.216.34", true}, {"100.63.255.255", true}, {"100.128.0.0", true},
		{"172.32.0.1", true}, {"192.0.1.255", true}, {"192.0.3.0", true}, {"198.17.255.255", true},
		{"198.20.0.0", true}, {"198.51.99.255", true}, {"198.51.101.0", true}, {"203.0.112.255", true},
		{"203.0.114.0", true}, {"223.255.255.255", true},
		// IPv6 special-purpose registry, and everything outside 2000::/3.
		{"::", false}, {"::1", false}, {"::127.0.0.1", false}, {"::ffff:127.0.0.1", false}, {"::ffff:192.0.2.1", false},
		{"::ffff:0:7f00:1", false}, {"64:ff9b:1::1", false}, {"100::1", false}, {"2001::1", false}, {"2001:1::1", false},
		{"2001:2::1", false}, {"2001:20::1", false}, {"2001:1ff::1", false}, {"2001:db8::1", false},
		{"2002:7f00:1::1", false}, {"2620:4f:8000::1", false}, {"3fff::1", false}, {"3fff:fff::1", false},
		{"5f00::1", false}, {"fc00::1", false}, {"fd00:ec2::254", false}, {"fe80::1", false}, {"fec0::1", false},
		{"ff02::1", false}, {"4000::1", false},
		// NAT64: the embedded IPv4 address decides.
		{"64:ff9b::7f00:1", false}, {"64:ff9b::c000:201", false}, {"64:ff9b::a00:1", false}, {"64:ff9b::5db8:d822", true},
		// Public IPv6.
		{"2606:2800:220:1:248:1893:25c8:1946", true}, {"2a00:1450:4001:80b::200e", true}, {"2001:200::1", true},
		{"2001:dbf::1", true}, {"2620:4f:8001::1", true}, {"3ffe::1", true}, {"::ffff:93.184.216.34", true},
	}
	for _, tt := range tests {
		if got := publicIP(net.ParseIP(tt.ip)); got != tt.want {
			t.Errorf("publicIP(%s) = %v, want %v", tt.ip, got, tt.want)
		}
	}
}

// A documentation address in a feed URL is refused before any connection,
// and let through when allow_private is set.
func TestDocumentationAddressRefused(t *testing.T) {
	opt := testOptions()
	opt.AllowPrivate = false
	f := NewFetcher(opt)
	for _, raw := range []string{"http://192.0.2.10/feed", "http://198.51.100.10/feed", "https://203.0.113.10/feed", "http://[2001:db8::1]/feed"} {
		if _, err := f.Fetch(context.Background(), raw, acceptFeed, Conditional{}); !errors.Is(err, ErrPrivateAddress) {
			t.Errorf("Fetch(%s) = %v, want %v", raw, err, ErrPrivateAddress)
		}
		u, _ := url.Parse(raw)
		if err := checkURL(u, true); err != nil {
			t.Errorf("allow_private: %s refused: %v", raw, err)
		}
	}
}
