// Package realdata finds, for tests, the team's real maps (OpenStreetMap extracts and
// a DEM clip) kept in shared/realdata beside the repository.
package realdata

import (
	"os"
	"path/filepath"
	"testing"
)

// Path returns the path of file name (slash-separated, under shared/realdata beside
// the repository) and skips the test when it is absent: a checkout on its own still
// runs every other test.
func Path(tb testing.TB, name string) string {
	tb.Helper()
	root, err := repoRoot()
	if err != nil {
		tb.Skipf("real map %s: %v", name, err)
	}
	p := filepath.Join(root, "..", "shared", "realdata", filepath.FromSlash(name))
	if _, err := os.Stat(p); err != nil {
		tb.Skipf("real map %s is absent (%v); put the team's realdata folder beside the repository to run this", name, err)
	}
	return p
}

// repoRoot is the nearest folder, from the test's own up, that holds go.mod.
func repoRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, nil
		}
		up := filepath.Dir(dir)
		if up == dir {
			return "", os.ErrNotExist
		}
		dir = up
	}
}
