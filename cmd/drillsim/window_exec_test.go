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
