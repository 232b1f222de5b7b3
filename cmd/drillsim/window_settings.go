//go:build window

package main

import (
	"encoding/json"
	"os"
	"path/filepath"

	"drillsim/ui"
)

// windowSettings are what the drill window remembers from one run to the next: the
// interface's scale, in the user's configuration folder (window.json in drillsim's).
type windowSettings struct {
	Scale float64 `json:"scale"`
	path  string
}

// windowSettingsFile is where the window's settings are kept, "" when the machine
// has no configuration folder.
func windowSettingsFile() string {
	dir, err := os.UserConfigDir()
	if err != nil {
		return ""
	}
	return filepath.Join(dir, "drillsim", "window.json")
}

// loadWindowSettings reads the settings kept, or the defaults when there are none or
// they cannot be read.
func loadWindowSettings() *windowSettings {
	s := &windowSettings{Scale: ui.MinScale, path: windowSettingsFile()}
	if s.path == "" {
		return s
	}
	if data, err := os.ReadFile(s.path); err == nil && json.Unmarshal(data, s) == nil {
		s.Scale = ui.ClampScale(s.Scale)
	}
	return s
}

// saveScale remembers scale for the next run. A setting that cannot be written is
// not worth stopping a drill for: it is simply not remembered.
func (s *windowSettings) saveScale(scale float64) {
	s.Scale = scale
	if s.path == "" {
		return
	}
	data, err := json.Marshal(s)
	if err != nil || os.MkdirAll(filepath.Dir(s.path), 0o755) != nil {
		return
	}
	os.WriteFile(s.path, data, 0o644)
}
