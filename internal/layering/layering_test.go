package layering

import (
	"os/exec"
	"strings"
	"testing"
)

// corePackages must build and test without a display.
var corePackages = []string{"drillsim/maps/...", "drillsim/sim/...", "drillsim/scenarios/...", "drillsim/scoring/...", "drillsim/journal/...", "drillsim/replay/...",
	// The plain build of the one binary: every command but the window works without a display.
	"drillsim/cmd/drillsim"}

func TestCorePackagesDoNotImportEbiten(t *testing.T) {
	for _, pkg := range corePackages {
		out, err := exec.Command("go", "list", "-e", "-deps", "-f", "{{.ImportPath}}", pkg).CombinedOutput()
		if err != nil {
			t.Fatalf("go list %s: %v\n%s", pkg, err, out)
		}
		for _, dep := range strings.Fields(string(out)) {
			if strings.Contains(dep, "hajimehoshi/ebiten") || strings.Contains(dep, "ebitenui") {
				t.Errorf("%s depends on %s: only ui and cmd may touch the interface toolkit", pkg, dep)
			}
		}
	}
}
