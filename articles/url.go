package articles

import (
	"fmt"
	"net/url"
)

func parseAbsURL(raw string) (*url.URL, error) {
	u, err := url.Parse(raw)
	if err != nil {
		return nil, err
	}
	if !u.IsAbs() {
		return nil, fmt.Errorf("%q is not an absolute URL", raw)
	}
	return u, nil
}
