package feeds

import (
	"net"
	"net/netip"
)

// blocked are the ranges a feed URL must not reach unless allow_private is
// set, beyond what netip's predicates cover (loopback, RFC 1918 and ULA
// private, link-local including 169.254.169.254, multicast, unspecified):
// every block of the IANA IPv4 and IPv6 Special-Purpose Address Registries,
// even the few marked globally reachable (anycast relays, AS112 sinks),
// since no feed is served from one.
var blocked = []netip.Prefix{
	netip.MustParsePrefix("0.0.0.0/8"),       // "this network"
	netip.MustParsePrefix("100.64.0.0/10"),   // shared address space (carrier-grade NAT)
	netip.MustParsePrefix("192.0.0.0/24"),    // IETF protocol assignments
	netip.MustParsePrefix("192.0.2.0/24"),    // documentation (TEST-NET-1)
	netip.MustParsePrefix("192.31.196.0/24"), // AS112-v4
	netip.MustParsePrefix("192.52.193.0/24"), // AMT
	netip.MustParsePrefix("192.88.99.0/24"),  // deprecated 6to4 relay anycast
	netip.MustParsePrefix("192.175.48.0/24"), // AS112 direct delegation
	netip.MustParsePrefix("198.18.0.0/15"),   // benchmarking
	netip.MustParsePrefix("198.51.100.0/24"), // documentation (TEST-NET-2)
	netip.MustParsePrefix("203.0.113.0/24"),  // documentation (TEST-NET-3)
	netip.MustParsePrefix("240.0.0.0/4"),     // reserved, and broadcast

	// IPv6 outside 2000::/3 is refused as a whole (below); these are the
	// special-purpose blocks inside it.
	netip.MustParsePrefix("2001::/23"),         // IETF protocol assignments: Teredo, benchmarking, ORCHID, AMT, AS112…
	netip.MustParsePrefix("2001:db8::/32"),     // documentation
	netip.MustParsePrefix("2002::/16"),         // 6to4: embeds an IPv4 address
	netip.MustParsePrefix("2620:4f:8000::/48"), // AS112 direct delegation
	netip.MustParsePrefix("3fff::/20"),         // documentation
}

var (
	// globalUnicast is the only IPv6 space IANA allocates for global
	// unicast; the rest (::/8 with the IPv4-compatible and translated forms,
	// 100::/64 discard, 5f00::/16 segment routing, fc00::/7, fe80::/10,
	// fec0::/10, ff00::/8…) is reserved or special.
	globalUnicast = netip.MustParsePrefix("2000::/3")
	// nat64 is the well-known NAT64 prefix: on an IPv6-only network with
	// DNS64 every IPv4-only feed host resolves into it, so the IPv4 address
	// it embeds is what is checked. The local-use 64:ff9b:1::/48 is refused
	// like the rest outside 2000::/3.
	nat64 = netip.MustParsePrefix("64:ff9b::/96")
)

// publicIP reports whether ip is an address on the public internet.
func publicIP(ip net.IP) bool {
	addr, ok := netip.AddrFromSlice(ip)
	return ok && publicAddr(addr)
}

// publicAddr is publicIP for a resolved netip.Addr; a zone is ignored.
func publicAddr(addr netip.Addr) bool {
	addr = addr.WithZone("").Unmap()
	if nat64.Contains(addr) {
		b := addr.As16()
		addr = netip.AddrFrom4([4]byte(b[12:]))
	}
	if addr.IsLoopback() || addr.IsPrivate() || addr.IsLinkLocalUnicast() || addr.IsLinkLocalMulticast() ||
		addr.IsInterfaceLocalMulticast() || addr.IsMulticast() || addr.IsUnspecified() {
		return false
	}
	if addr.Is6() && !globalUnicast.Contains(addr) {
		return false
	}
	for _, p := range blocked {
		if p.Contains(addr) {
			return false
		}
	}
	return true
}
