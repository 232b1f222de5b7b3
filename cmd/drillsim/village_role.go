package main

import (
	"fmt"
	"slices"
	"strings"

	"drillsim/maps"
	"drillsim/scenarios"
)

// checkVillageRole reports a village role whose village town does not have.
func checkVillageRole(role scenarios.Role, town *maps.Town) error {
	v := role.Village()
	if v == "" || slices.ContainsFunc(town.Villages, func(tv maps.Village) bool { return tv.Name == v }) {
		return nil
	}
	var names []string
	for _, tv := range town.Villages {
		names = append(names, tv.Name)
	}
	return fmt.Errorf("--role: %w", scenarios.Failf("the map %s has no village %q: its villages are %s", town.Name, v, strings.Join(names, ", ")))
}
