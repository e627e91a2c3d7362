package main

import (
	"context"
	"fmt"
	"io"
	"net"
	"net/http"
	"time"

	"github.com/idlibwatch/idlibwatch/config"
)

func init() {
	register(command{name: "health", short: "check the local service's /readyz (exit 0 ready, 1 not): a container health check", run: healthCmd})
}

// healthCmd asks the running service whether it is ready, for container
// health checks: the distroless image has no curl.
func healthCmd(ctx context.Context, a *app, args []string) error {
	fs := a.newFlags("health", "")
	rawURL := fs.String("url", "", "the URL to check (default /readyz on http.listen, on loopback)")
	live := fs.Bool("live", false, "check /healthz (the process is up) instead of /readyz")
	timeout := fs.Duration("timeout", 5*time.Second, "give up after this long")
	if err := parseArgs(fs, args, 0, 0); err != nil {
		return err
	}
	target := *rawURL
	if target == "" {
		cfg, err := a.loadConfig()
		if err != nil {
			return a.configError(err)
		}
		path := "/readyz"
		if *live {
			path = "/healthz"
		}
		if target, err = localURL(cfg.HTTP.Listen, path); err != nil {
			return err
		}
	}
	ctx, cancel := context.WithTimeout(ctx, *timeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, target, nil)
	if err != nil {
		return fmt.Errorf("check %s: %w", target, err)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return fmt.Errorf("check %s: %w", target, err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(io.LimitReader(resp.Body, 64<<10))
	a.stdout.Write(body)
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("%s answered %s", target, resp.Status)
	}
	return nil
}

// localURL is the URL of path on the address the service listens on,
// reached over loopback when it listens on every interface.
func localURL(listen, path string) (string, error) {
	if listen == config.ListenOff {
		return "", fmt.Errorf("http.listen is off: no server to check (set it, or pass --url)")
	}
	host, port, err := net.SplitHostPort(listen)
	if err != nil {
		return "", fmt.Errorf("http.listen %q: %w", listen, err)
	}
	switch host {
	case "", "0.0.0.0":
		host = "127.0.0.1"
	case "::":
		host = "::1"
	}
	return "http://" + net.JoinHostPort(host, port) + path, nil
}
