package ui

import (
	"drillsim/maps"
	"drillsim/observation"
	"drillsim/scenarios"
	"drillsim/sim"
)

// Session is the interface's only way to the world of a drill: it sends orders, moves
// the clock on by whole ticks and hands back read-only snapshots. LocalSession runs
// the world in this process; a remote session can stand in for it without the
// interface changing.
type Session interface {
	// Town is the map of the drill; Scenario the exercise played on it.
	Town() *maps.Town
	Scenario() *scenarios.Scenario
	// Plan is the contingency plan (预案) the scenario is graded against.
	Plan() (*scenarios.Plan, error)
	// TickSeconds is the length of one tick in scenario seconds.
	TickSeconds() int64
	// Send stamps order o with the next tick and queues it; it returns the command's
	// sequence number, which the events the order causes carry.
	Send(o scenarios.Order) uint64
	// Advance steps the world by up to ticks ticks (fewer when the drill ends) and
	// returns the events of those ticks. The slice is reused by the next Advance.
	Advance(ticks int) []sim.Event
	// Snapshot is the world as it stands.
	Snapshot() *sim.Snapshot
	// Events is every event so far, oldest first. Callers must not change it.
	Events() []sim.Event
	// Done reports whether the scenario's duration has passed.
	Done() bool
	// Observe keeps an evaluator's observation, refusing one whose item is not in
	// observation.DefaultItems or whose rating is not on the item's scale;
	// Observations returns those kept, oldest first. Callers must not change it.
	Observe(o observation.Observation) error
	Observations() []observation.Observation
	// Header names the drill as its event log does: scenario, map, seed.
	Header() sim.EventLogHeader
}

// LocalSession is a Session over a World in this process.
type LocalSession struct {
	world   *sim.World
	plan    *scenarios.Plan
	planErr error
	recent  []sim.Event
	all     []sim.Event
	obs     []observation.Observation
}

// NewLocalSession returns a session over w.
func NewLocalSession(w *sim.World) *LocalSession { return &LocalSession{world: w} }

// Town returns the world's town.
func (s *LocalSession) Town() *maps.Town { return s.world.Town() }

// Scenario returns the world's scenario.
func (s *LocalSession) Scenario() *scenarios.Scenario { return s.world.Scenario() }

// Plan loads the scenario's plan the first time and returns it from then on.
func (s *LocalSession) Plan() (*scenarios.Plan, error) {
	if s.plan == nil && s.planErr == nil {
		s.plan, s.planErr = s.world.Scenario().ResolvePlan()
	}
	return s.plan, s.planErr
}

// TickSeconds returns the world's tick length.
func (s *LocalSession) TickSeconds() int64 { return s.world.TickSeconds() }

// Send queues o for the next tick.
func (s *LocalSession) Send(o scenarios.Order) uint64 {
	c := s.world.Apply(sim.Command{Tick: s.world.Tick() + 1, Order: o})
	return c.Seq
}

// Advance steps the world.
func (s *LocalSession) Advance(ticks int) []sim.Event {
	s.recent = s.recent[:0]
	for range ticks {
		if s.world.Done() {
			break
		}
		s.recent = append(s.recent, s.world.Step()...)
	}
	s.all = append(s.all, s.recent...)
	return s.recent
}

// Snapshot returns the world's snapshot.
func (s *LocalSession) Snapshot() *sim.Snapshot { return s.world.Snapshot() }

// Events returns every event so far.
func (s *LocalSession) Events() []sim.Event { return s.all }

// Done reports whether the drill is over.
func (s *LocalSession) Done() bool { return s.world.Done() }

// Observe checks observation o and keeps it.
func (s *LocalSession) Observe(o observation.Observation) error {
	if err := checkObservation(o); err != nil {
		return err
	}
	s.obs = append(s.obs, o)
	return nil
}

// checkObservation refuses an observation of an item not in the list or rated off the
// item's scale, naming the item.
func checkObservation(o observation.Observation) error { return o.CheckItem(observation.DefaultItems) }

// Header names the drill as its event log does.
func (s *LocalSession) Header() sim.EventLogHeader { return s.world.Header() }

// Observations returns the observations kept.
func (s *LocalSession) Observations() []observation.Observation { return s.obs }
