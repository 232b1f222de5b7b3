// Package scoring grades a drill: it reads the event log of a run against the
// requirements of the town's contingency plan (预案) and says, for each, when its clock
// started and stopped and whether the response came within the time allowed. Every
// function is pure: the same plan, scenario and events give the same result.
package scoring

import (
	"drillsim/scenarios"
	"drillsim/sim"
)

// Window is one plan requirement's clock in a drill: when it started, when it
// stopped, and whether the response came within the time allowed.
type Window struct {
	Requirement scenarios.Requirement
	// Started reports whether the start trigger fired; StartS is the scenario second
	// it fired at.
	Started bool
	StartS  int64
	// Stopped reports whether the stop trigger fired; StopS is the scenario second
	// the duty counts as done: when the stop fired, or the start when the stop fired
	// before it (see StopBeforeStart). A window that never started keeps the second
	// its stop fired.
	Stopped bool
	StopS   int64
	// ResponseS is StopS - StartS when the window both started and stopped.
	ResponseS int64
	// AllowedS is the requirement's allowed time in seconds.
	AllowedS int64
	// Met reports whether the window started, stopped and took no longer than allowed.
	Met bool
	// StopBeforeStart reports that the duty was done before its clock started (such
	// as residents warned before the warning inject): it counts as done at the start.
	StopBeforeStart bool
}

// Windows follows the events of a drill, in the order they happened, and returns the
// window of every requirement of the plan in force for the scenario: those of its
// response level (plan.RequirementsAt) that apply to its hazard types, in plan order,
// each as Clocks runs it. A response of exactly the allowed time is met.
func Windows(plan *scenarios.Plan, scn *scenarios.Scenario, events []sim.Event) []Window {
	c := NewClocks(plan, scn)
	c.Observe(events)
	return c.Windows()
}
