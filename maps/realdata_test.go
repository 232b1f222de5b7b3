package maps

import (
	"os"
	"path/filepath"
	"testing"
)

// realData returns the path of a file among the shared real maps (OpenStreetMap
// exports kept beside the repository), skipping the test when they are absent.
func realData(tb testing.TB, name string) string {
	tb.Helper()
	p := filepath.Join("..", "..", "shared", "realdata", filepath.FromSlash(name))
	if _, err := os.Stat(p); err != nil {
		tb.Skipf("real map %s not present beside the repository: %v", name, err)
	}
	return p
}
