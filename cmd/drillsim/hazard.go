package main

import (
	"fmt"
	"io"
)

// hazardModels are the hazard models `drillsim hazard <model>` runs on their own.
var hazardModels = []command{
	{"flood", "a river stage or a 2D flood from inflows and rain over a DEM", runHazardFlood},
}

// runHazard is `drillsim hazard <model> ...`: one hazard model on its own, for
// planners and for checking it.
func runHazard(args []string, stdout, stderr io.Writer) int {
	if len(args) > 0 {
		for _, m := range hazardModels {
			if m.name == args[0] {
				return m.run(args[1:], stdout, stderr)
			}
		}
	}
	fmt.Fprintln(stderr, "usage: drillsim hazard <model> [flags]   (drillsim hazard <model> -h for its flags)\n\nmodels:")
	for _, m := range hazardModels {
		fmt.Fprintf(stderr, "  %-10s %s\n", m.name, m.summary)
	}
	return 2
}
