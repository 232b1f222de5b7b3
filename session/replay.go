package session

import (
	"errors"

	"drillsim/journal"
	"drillsim/maps"
	"drillsim/observation"
	"drillsim/replay"
	"drillsim/scenarios"
	"drillsim/scoring"
	"drillsim/sim"
)

// Replay is a Local session over a journaled drill played back for the after-action
// review: the clock plays the drill as it was, with the journal's commands at their
// ticks, SeekTo jumps to any second of it, and orders are refused.
type Replay struct {
	*Local
	replayer *replay.Replayer
	windows  []scoring.Window
	refused  []sim.Event // rejections of orders, handed out with the next Advance
	err      error
}

// NewReplay plays journal j of a drill of scn on town once to its last entry
// (keeping checkpoints, see replay.New) and returns the session, for a seat of role,
// at the drill's start. The plan requirements' windows are worked out over the whole
// drill.
func NewReplay(j *journal.Journal, town *maps.Town, scn *scenarios.Scenario, role scenarios.Role) (*Replay, error) {
	plan, err := scn.ResolvePlan()
	if err != nil {
		return nil, err
	}
	r, err := replay.New(j, town, scn, replay.CheckpointSeconds(scn))
	if err != nil {
		return nil, err
	}
	return &Replay{
		Local:    NewLocal(r.World(), role),
		replayer: r,
		windows:  scoring.Windows(plan, scn, r.AllEvents()),
	}, nil
}

// Send refuses the order: it returns 0, and the next Advance brings the rejection.
func (s *Replay) Send(o scenarios.Order) uint64 {
	s.refused = append(s.refused, rejection(o, s.role, s.world.Now(), sim.Reason{Code: sim.ReasonReplay}))
	return 0
}

// Advance plays the drill on by up to ticks ticks (fewer at the end of the journal)
// and returns the rejections of refused orders and the steps' events.
func (s *Replay) Advance(ticks int) []sim.Event {
	s.recent = append(s.recent[:0], s.refused...)
	s.refused = s.refused[:0]
	for range ticks {
		if s.replayer.Done() || s.err != nil {
			break
		}
		events, err := s.replayer.Step()
		s.recent = append(s.recent, events...)
		s.err = err
	}
	return s.recent
}

// Events returns the drill's events up to the replay's moment, oldest first.
func (s *Replay) Events() []sim.Event { return s.replayer.Events() }

// Done reports whether the replay has reached the journal's last entry.
func (s *Replay) Done() bool { return s.replayer.Done() }

// SeekTo moves the replay to scenario second t (kept within the drill).
func (s *Replay) SeekTo(t int64) error {
	err := s.replayer.SeekTo(t)
	s.world = s.replayer.World()
	return err
}

// EndS is the scenario second the replay ends at: the journal's last entry.
func (s *Replay) EndS() int64 { return s.replayer.EndS() }

// Windows returns the plan requirements' windows over the whole drill, in plan order.
func (s *Replay) Windows() []scoring.Window { return s.windows }

// Err returns why the replay stopped short, or nil. The journal replayed whole when
// the session opened, so a failure here means the engine is not deterministic.
func (s *Replay) Err() error { return s.err }

// Observe refuses: a replay shows a finished drill, whose record is closed; evaluators
// add their notes to the scores with `drillsim score --observations`.
func (s *Replay) Observe(observation.Observation) error {
	return errors.New("a replay takes no observations: give them to drillsim score --observations")
}
