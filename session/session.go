// Package session is the one door to a drill. A Session takes a seat's orders, moves
// the drill on and hands back read-only snapshots and the typed events of the engine;
// the seat's role is applied to everything it sends. Local runs the world in this
// process, Recorded journals it so that it survives a crash, Replay plays a journaled
// drill back for the review; a seat of a drill served over the network is one more
// implementation, and the window that uses a Session does not change. Nothing here
// draws: the package tests without a display.
package session

import (
	"fmt"

	"drillsim/maps"
	"drillsim/observation"
	"drillsim/scenarios"
	"drillsim/sim"
	"drillsim/standin"
)

// Session is a seat's way to the world of a drill: it sends orders as the seat's role,
// moves the clock on by whole ticks and hands back read-only snapshots and events.
type Session interface {
	// Role is the seat's role: every order sent is given as it, and it decides what
	// the seat sees and may do (the policy methods of scenarios.Role).
	Role() scenarios.Role
	// Town is the map of the drill; Scenario the exercise played on it.
	Town() *maps.Town
	Scenario() *scenarios.Scenario
	// Plan is the contingency plan (预案) the scenario is graded against.
	Plan() (*scenarios.Plan, error)
	// Header names the drill as its event log does: scenario, map, seed.
	Header() sim.EventLogHeader
	// TickSeconds is the length of one tick in scenario seconds.
	TickSeconds() int64
	// Send gives order o as the seat's role (whatever o.Role says) at the next tick
	// and returns the command's sequence number, which the events the order causes
	// carry. A session that cannot pass the order on returns 0, and the next Advance
	// brings the order's rejection with its reason.
	Send(o scenarios.Order) uint64
	// Advance moves the drill on by up to ticks ticks (fewer when it ends) and
	// returns the events of those ticks, oldest first; a session whose clock is kept
	// elsewhere (the server of a served drill) returns what happened since the last
	// call. The slice is reused by the next Advance; callers must not change it.
	Advance(ticks int) []sim.Event
	// Snapshot is the world as it stands. Callers must not change it.
	Snapshot() *sim.Snapshot
	// Events is every event so far, oldest first. Callers must not change it.
	Events() []sim.Event
	// Done reports whether the drill is over.
	Done() bool
	// Observe keeps an evaluator's observation, refusing it from a role that does
	// not observe, of an item not in observation.DefaultItems or rated off the item's
	// scale; Observations returns those kept, oldest first. Callers must not change
	// it.
	Observe(o observation.Observation) error
	Observations() []observation.Observation
}

// Local is a Session over a World in this process.
type Local struct {
	world   *sim.World
	role    scenarios.Role
	plan    *scenarios.Plan
	planErr error
	recent  []sim.Event
	all     []sim.Event
	obs     []observation.Observation
	// standIns play the seats nobody plays, nil when none do.
	standIns *standin.Player
}

// NewLocal returns the session of w for a seat of role (the command post when empty).
func NewLocal(w *sim.World, role scenarios.Role) *Local {
	if role == "" {
		role = scenarios.RoleCommand
	}
	return &Local{world: w, role: role}
}

// Role returns the seat's role.
func (s *Local) Role() scenarios.Role { return s.role }

// Town returns the world's town.
func (s *Local) Town() *maps.Town { return s.world.Town() }

// Scenario returns the world's scenario.
func (s *Local) Scenario() *scenarios.Scenario { return s.world.Scenario() }

// Plan loads the scenario's plan the first time and returns it from then on.
func (s *Local) Plan() (*scenarios.Plan, error) {
	if s.plan == nil && s.planErr == nil {
		s.plan, s.planErr = s.world.Scenario().ResolvePlan()
	}
	return s.plan, s.planErr
}

// Header names the drill as its event log does.
func (s *Local) Header() sim.EventLogHeader { return s.world.Header() }

// TickSeconds returns the world's tick length.
func (s *Local) TickSeconds() int64 { return s.world.TickSeconds() }

// Send queues o, as the seat's role, for the next tick.
func (s *Local) Send(o scenarios.Order) uint64 {
	return s.world.Apply(s.command(o)).Seq
}

// command stamps order o with the seat's role and the next tick.
func (s *Local) command(o scenarios.Order) sim.Command {
	o.Role = s.role
	return sim.Command{Tick: s.world.Tick() + 1, Order: o}
}

// StandIn has st play the seats nobody plays: Advance gives their commands as they
// come due.
func (s *Local) StandIn(st *standin.Player) { s.standIns = st }

// Advance steps the world, giving the stand-ins' commands due before each step.
func (s *Local) Advance(ticks int) []sim.Event {
	s.recent = s.recent[:0]
	for range ticks {
		if s.world.Done() {
			break
		}
		if s.standIns != nil {
			for _, c := range s.standIns.Due(s.world.Tick()) {
				s.world.Apply(c)
			}
		}
		s.recent = append(s.recent, s.world.Step()...)
	}
	s.all = append(s.all, s.recent...)
	return s.recent
}

// Snapshot returns the world's snapshot.
func (s *Local) Snapshot() *sim.Snapshot { return s.world.Snapshot() }

// Events returns every event so far.
func (s *Local) Events() []sim.Event { return s.all }

// Done reports whether the drill is over.
func (s *Local) Done() bool { return s.world.Done() }

// Observe checks observation o and keeps it.
func (s *Local) Observe(o observation.Observation) error {
	if err := s.checkObservation(o); err != nil {
		return err
	}
	s.obs = append(s.obs, o)
	return nil
}

// checkObservation refuses an observation from a role that does not observe, of an
// item not on the form or rated off the item's scale.
func (s *Local) checkObservation(o observation.Observation) error {
	if !s.role.Observes() {
		return fmt.Errorf("%s takes no observations: the evaluators (评估) record them", s.role.Chinese())
	}
	return o.CheckItem(observation.DefaultItems)
}

// Observations returns the observations kept.
func (s *Local) Observations() []observation.Observation { return s.obs }

// rejection is the event refusing order o, sent by role at second now, for reason.
func rejection(o scenarios.Order, role scenarios.Role, now int64, reason sim.Reason) sim.Event {
	return sim.Event{T: now, Kind: scenarios.EventRejected, Role: role, Order: o.Order, Unit: o.Unit, Reason: reason}
}
