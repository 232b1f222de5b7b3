package ui

import "drillsim/maps"

// Drill is a scenario the start screen chose, loaded and checked against its town
// and plan but not started: the town, whose villages give the village roles offered,
// and Start, which starts the drill and returns its session.
type Drill struct {
	Town  *maps.Town
	Start func() (Session, error)
}
