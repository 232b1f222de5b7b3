package ui

import (
	"fmt"

	"drillsim/journal"
	"drillsim/maps"
	"drillsim/observation"
	"drillsim/scenarios"
	"drillsim/sim"
)

// RecordedSession is a LocalSession that journals the drill: every order is written
// to the journal and synced to disk before the world takes it, and the clock steps
// through the journal's recorder, so that a drill stopped by a crash or a power cut
// resumes where it stood (journal.Resume) and a finished one replays for the review.
type RecordedSession struct {
	*LocalSession
	rec *journal.Recorder
	// refused are the rejections of orders the journal could not take, handed out
	// with the next Advance.
	refused []sim.Event
	err     error
}

// NewRecordedSession returns the session of the drill journaled by rec: a recorder
// of journal.Start, or one of journal.Resume with past, the events its replay
// handed to the sink, so that the session's event list is the whole drill's.
func NewRecordedSession(rec *journal.Recorder, past []sim.Event) *RecordedSession {
	s := &RecordedSession{LocalSession: NewLocalSession(rec.World()), rec: rec}
	s.all = past
	return s
}

// ResumeRecordedSession continues the drill journaled at path, a drill of scn on
// town that stopped (journal.Resume): the session is at the tick of the journal's
// last entry, with the journal's events as its past, and journals on after it.
// Torn reports a torn last line that was cut off.
func ResumeRecordedSession(path string, town *maps.Town, scn *scenarios.Scenario) (*RecordedSession, error) {
	var past []sim.Event
	_, rec, err := journal.Resume(path, town, scn, func(e sim.Event) { past = append(past, e) })
	if err != nil {
		return nil, err
	}
	return NewRecordedSession(rec, past), nil
}

// Torn returns the torn last line a resume cut off the journal, or nil: a warning
// to show.
func (s *RecordedSession) Torn() *journal.TornTail { return s.rec.Torn() }

// Finished reports whether the journal holds the end of the drill: a finished
// drill's journal takes nothing more, and replays instead.
func (s *RecordedSession) Finished() bool { return s.rec.Finished() }

// Send journals order o for the next tick and then queues it. When the journal
// cannot be written the order is not given: Send returns 0 and the next Advance
// brings its rejection, saying why.
func (s *RecordedSession) Send(o scenarios.Order) uint64 {
	c, err := s.rec.Apply(sim.Command{Tick: s.world.Tick() + 1, Order: o})
	if err != nil {
		s.refused = append(s.refused, sim.Event{
			T: s.world.Now(), Kind: sim.EventRejected, Role: o.Role, Order: o.Order, Unit: o.Unit,
			Reason: fmt.Sprintf(reasonNotJournaled, err),
		})
		return 0
	}
	return c.Seq
}

// Advance steps the world through the recorder, which journals the end of the drill
// when it comes, and returns the rejections of refused orders and the steps' events.
// When the journal fails, the world stops where it is and Err says why.
func (s *RecordedSession) Advance(ticks int) []sim.Event {
	s.recent = append(s.recent[:0], s.refused...)
	s.refused = s.refused[:0]
	refused := len(s.recent)
	for range ticks {
		if s.world.Done() || s.err != nil {
			break
		}
		events, err := s.rec.Step()
		s.recent = append(s.recent, events...)
		s.err = err
	}
	s.all = append(s.all, s.recent[refused:]...)
	return s.recent
}

// reasonNotJournaled is why an order the journal could not take was not given,
// filled in with the journal's error.
const reasonNotJournaled = "the journal could not take the order, so it was not given: %v"

// Err returns why the journal failed, or nil. A session whose journal failed takes
// no more orders and no more steps: nothing that happens goes unjournaled.
func (s *RecordedSession) Err() error { return s.err }

// Close closes the journal. Everything journaled is on disk already.
func (s *RecordedSession) Close() error { return s.rec.Close() }

// Observe journals an evaluator's observation, synced to disk, before the session
// keeps it: nothing an evaluator noted is lost with the laptop.
func (s *RecordedSession) Observe(o observation.Observation) error {
	if err := checkObservation(o); err != nil {
		return err
	}
	if err := s.rec.Observe(o); err != nil {
		return err
	}
	return s.LocalSession.Observe(o)
}
