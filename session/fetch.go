//go:build !js

package session

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"strings"

	"drillsim/server/wire"
)

// fetch gets url with client and returns the body of a 200 answer, or what the
// server said instead.
func fetch(ctx context.Context, client *http.Client, url string) ([]byte, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return nil, err
	}
	resp, err := client.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	data, err := io.ReadAll(io.LimitReader(resp.Body, wire.MaxServerMessage))
	if err == nil && resp.StatusCode != http.StatusOK {
		err = fmt.Errorf("%s: %s", resp.Status, strings.TrimSpace(string(data)))
	}
	return data, err
}
