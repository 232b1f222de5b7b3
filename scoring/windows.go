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
// response level (plan.RequirementsAt) that apply to its hazard types, in plan order.
//
// A window starts at the first event that fires the requirement's start trigger and
// stops at the first event at or after the start that fires its stop trigger. A stop
// trigger that fired before the start counts as done at the start (StopBeforeStart).
// A response of exactly the allowed time is met.
func Windows(plan *scenarios.Plan, scn *scenarios.Scenario, events []sim.Event) []Window {
	types := scn.Hazards.Types()
	var windows []Window
	for _, r := range plan.RequirementsAt(scn.Level) {
		if r.AppliesTo(types) {
			windows = append(windows, windowOf(r, scn, events))
		}
	}
	return windows
}

// windowOf follows the events for one requirement. Both triggers watch every event
// from the first, so a set of places completed partly before the start and partly
// after it still stops the clock when it completes.
func windowOf(r scenarios.Requirement, scn *scenarios.Scenario, events []sim.Event) Window {
	w := Window{Requirement: r, AllowedS: r.Allowed.Seconds()}
	start := sim.NewTriggerMatcher(r.Start, scn)
	stop := sim.NewTriggerMatcher(r.Stop, scn)
	for i := range events {
		e := &events[i]
		if !w.Started && start.Observe(e) {
			w.Started, w.StartS = true, e.T
			if w.Stopped {
				w.StopS, w.StopBeforeStart = e.T, true
			}
		}
		if !w.Stopped && stop.Observe(e) {
			w.Stopped, w.StopS = true, e.T
		}
		if w.Started && w.Stopped {
			w.ResponseS = w.StopS - w.StartS
			w.Met = w.ResponseS <= w.AllowedS
			break
		}
	}
	return w
}
