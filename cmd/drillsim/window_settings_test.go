//go:build window

package main

import (
	"os"
	"path/filepath"
	"testing"
)

// TestTheWindowRemembersItsScale: the scale set in one run is the next run's, kept in
// the user's configuration folder; a first run, a settings file that cannot be read
// and a scale out of range give 100% to 200%.
func TestTheWindowRemembersItsScale(t *testing.T) {
	t.Setenv("XDG_CONFIG_HOME", t.TempDir())
	t.Setenv("HOME", t.TempDir())
	if s := loadWindowSettings(); s.Scale != 1 {
		t.Errorf("a first run's scale is %v, want 1", s.Scale)
	}
	loadWindowSettings().saveScale(1.5)
	if s := loadWindowSettings(); s.Scale != 1.5 {
		t.Errorf("the next run's scale is %v, want the 1.5 set", s.Scale)
	}
	path := windowSettingsFile()
	for _, tc := range []struct {
		file string
		want float64
	}{
		{"{not json", 1},
		{`{"scale": 3}`, 2},
		{`{"scale": 0.5}`, 1},
	} {
		if err := os.WriteFile(path, []byte(tc.file), 0o644); err != nil {
			t.Fatal(err)
		}
		if s := loadWindowSettings(); s.Scale != tc.want {
			t.Errorf("settings %s give a scale of %v, want %v", tc.file, s.Scale, tc.want)
		}
	}
	if filepath.Base(filepath.Dir(path)) != "drillsim" {
		t.Errorf("the settings are kept in %s, not in drillsim's own folder", path)
	}
}
