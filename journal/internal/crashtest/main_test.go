package main

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"drillsim/drill"
)

func TestPlayAcknowledgesEveryCommandAndResumesAFinishedDrill(t *testing.T) {
	path := filepath.Join(t.TempDir(), "flood.journal")
	var out, errOut strings.Builder
	if err := play(path, false, 0, &out, &errOut); err != nil {
		t.Fatal(err)
	}
	d, err := drill.Builtin("flood", true)
	if err != nil {
		t.Fatal(err)
	}
	n := len(d.Commands) // one acknowledgement for each reference order
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	if len(lines) != n+1 {
		t.Fatalf("printed %d lines, want %d acks and the state:\n%s", len(lines), n, out.String())
	}
	for i, l := range lines[:n] {
		if want := fmt.Sprintf("ack %d", i+1); l != want {
			t.Errorf("line %d is %q, want %q", i+1, l, want)
		}
	}
	state := lines[n]
	if !strings.HasPrefix(state, "state ") || len(state) != len("state ")+16 {
		t.Errorf("last line %q, want the state hash", state)
	}
	// Resuming the finished drill acknowledges nothing new and reaches the same state.
	out.Reset()
	if err := play(path, true, 0, &out, &errOut); err != nil {
		t.Fatal(err)
	}
	if got := strings.TrimSpace(out.String()); got != state {
		t.Errorf("resuming the finished drill printed %q, want only %q", got, state)
	}
	if err := play(path, false, 0, &out, &errOut); err == nil || !strings.Contains(err.Error(), "already exists") {
		t.Errorf("starting over an existing journal: %v", err)
	}
}
