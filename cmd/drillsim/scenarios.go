package main

import (
	"fmt"
	"io"
	"strings"

	"drillsim/scenarios"
)

// runScenarios is `drillsim scenarios`: list the built-in scenarios (id, hazards,
// duration, title) so a new user can pick one for `drillsim run`.
func runScenarios(args []string, stdout, stderr io.Writer) int {
	if len(args) > 0 {
		fmt.Fprintf(stderr, "drillsim scenarios takes no arguments, got %v\n", args)
		return 2
	}
	fmt.Fprintln(stdout, "内置演练 built-in scenarios (drillsim run <id> [--orders reference]):")
	for _, e := range scenarios.Library() {
		hazards := make([]string, len(e.Hazards))
		for i, h := range e.Hazards {
			hazards[i] = string(h)
		}
		fmt.Fprintf(stdout, "  %-10s %-20s %-6s %s\n", e.ID, strings.Join(hazards, "+"), e.Duration, e.Title)
	}
	return 0
}
