package ui

import (
	"drillsim/maps"
	"drillsim/scenarios"
	"drillsim/session"
)

// Drill is a scenario the start screen chose, loaded and checked against its town
// and plan but not started: the town, whose villages give the village roles offered,
// and Start, which starts the drill and returns its session for a seat of role.
type Drill struct {
	Town  *maps.Town
	Start func(role scenarios.Role) (session.Session, error)
}
