package main

import (
	"strings"
	"testing"

	"drillsim/i18n"
)

func TestWrapFoldsLongLinesUnderTheirIndentation(t *testing.T) {
	long := "    \t" + strings.Repeat("word ", 40)
	var b strings.Builder
	ww := &wrapped{w: &b}
	ww.Write([]byte("short line\n" + long + "\n"))
	lines := strings.Split(strings.TrimSuffix(b.String(), "\n"), "\n")
	if lines[0] != "short line" || len(lines) < 3 {
		t.Fatalf("wrapped into %q", lines)
	}
	for _, l := range lines[1:] {
		if !strings.HasPrefix(l, "    \tword") || i18n.Width(strings.ReplaceAll(l, "\t", "    ")) > usageColumns {
			t.Errorf("line %q is not indented as its first or is over %d columns", l, usageColumns)
		}
	}
	if strings.Join(strings.Fields(b.String()), " ") != strings.Join(strings.Fields("short line\n"+long), " ") {
		t.Error("wrapping lost or changed words")
	}
}

// TestUsageFitsInAHundredColumns prints every command's usage and requires each
// line within usageColumns.
func TestUsageFitsInAHundredColumns(t *testing.T) {
	for _, c := range commands() {
		if (c.name == "play" || c.name == "replay" || c.name == "edit") && !windowBuild {
			continue // the plain build hands them to the window build
		}
		_, _, errOut := drillsim(t, c.name, "-h")
		_, out, _ := drillsim(t, "help")
		for _, l := range strings.Split(errOut+"\n"+out, "\n") {
			if w := i18n.Width(strings.ReplaceAll(l, "\t", "    ")); w > usageColumns {
				t.Errorf("drillsim %s -h: a line of %d columns: %q", c.name, w, l)
			}
		}
	}
}
