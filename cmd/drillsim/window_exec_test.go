//go:build !window

package main

import (
	"strings"
	"testing"
)

// TestPlayNeedsTheWindowBuild runs play in the plain build, which links no window
// toolkit: with no window build beside it, it says how to make one instead of
// failing at start-up as the toolkit would without a display.
func TestPlayNeedsTheWindowBuild(t *testing.T) {
	code, _, errOut := drillsim(t, "play")
	if code != 1 || !strings.Contains(errOut, "go build -tags window -o") {
		t.Errorf("play without the window build: exit %d, %q", code, errOut)
	}
}

// TestPlayPrintsItsUsageWithoutADisplay: -h says how to use play and replay in the
// plain build, with no display and no window build beside it.
func TestPlayPrintsItsUsageWithoutADisplay(t *testing.T) {
	t.Setenv("DISPLAY", "")
	t.Setenv("WAYLAND_DISPLAY", "")
	for _, cmd := range []string{"play", "replay"} {
		code, _, errOut := drillsim(t, cmd, "-h")
		if code != 0 || !strings.Contains(errOut, "usage: drillsim "+cmd) || !strings.Contains(errOut, "-role") {
			t.Errorf("drillsim %s -h without a display: exit %d, %q; want 0 and its usage", cmd, code, errOut)
		}
	}
}
