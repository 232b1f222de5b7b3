package session

import (
	"drillsim/journal"
	"drillsim/maps"
	"drillsim/observation"
	"drillsim/scenarios"
	"drillsim/sim"
	"drillsim/standin"
)

// Recorded is a Local session that journals the drill: every order is written to the
// journal and synced to disk before the world takes it, and the clock steps through
// the journal's recorder, so that a drill stopped by a crash or a power cut resumes
// where it stood (journal.Resume) and a finished one replays for the review.
type Recorded struct {
	*Local
	rec *journal.Recorder
	// refused are the rejections of orders the journal could not take, handed out
	// with the next Advance.
	refused []sim.Event
	err     error
}

// NewRecorded returns the session, for a seat of role, of the drill journaled by rec:
// a recorder of journal.Start, or one of journal.Resume with past, the events its
// replay handed to the sink, so that the session's event list is the whole drill's.
func NewRecorded(rec *journal.Recorder, past []sim.Event, role scenarios.Role) *Recorded {
	s := &Recorded{Local: NewLocal(rec.World(), role), rec: rec}
	s.all = past
	return s
}

// ResumeRecorded continues, for a seat of role, the drill journaled at path, a drill
// of scn on town that stopped (journal.Resume): the session is at the tick of the
// journal's last entry, with the journal's events as its past, and journals on
// after it.
func ResumeRecorded(path string, town *maps.Town, scn *scenarios.Scenario, role scenarios.Role) (*Recorded, error) {
	var past []sim.Event
	_, rec, err := journal.Resume(path, town, scn, func(e sim.Event) { past = append(past, e) })
	if err != nil {
		return nil, err
	}
	return NewRecorded(rec, past, role), nil
}

// Torn returns the torn last line a resume cut off the journal, or nil: a warning
// to show.
func (s *Recorded) Torn() *journal.TornTail { return s.rec.Torn() }

// Finished reports whether the journal holds the end of the drill: a finished
// drill's journal takes nothing more, and replays instead.
func (s *Recorded) Finished() bool { return s.rec.Finished() }

// Send journals order o, as the seat's role, for the next tick and then queues it.
// When the journal cannot be written the order is not given: Send returns 0 and the
// next Advance brings its rejection, saying why.
func (s *Recorded) Send(o scenarios.Order) uint64 {
	c, err := s.rec.Apply(s.command(o))
	if err != nil {
		s.refused = append(s.refused, rejection(o, s.role, s.world.Now(), sim.Reason{Code: sim.ReasonNotJournaled, Args: []string{err.Error()}}))
		return 0
	}
	return c.Seq
}

// Advance steps the world through the recorder, which journals the end of the drill
// when it comes, and returns the rejections of refused orders and the steps' events.
// When the journal fails, the world stops where it is and Err says why.
func (s *Recorded) Advance(ticks int) []sim.Event {
	s.recent = append(s.recent[:0], s.refused...)
	s.refused = s.refused[:0]
	refused := len(s.recent)
	for range ticks {
		if s.world.Done() || s.err != nil {
			break
		}
		if s.standIns != nil {
			for _, c := range s.standIns.Due(s.world.Tick()) {
				if _, s.err = s.rec.Apply(c); s.err != nil {
					break
				}
			}
			if s.err != nil {
				break
			}
		}
		events, err := s.rec.Step()
		s.recent = append(s.recent, events...)
		s.err = err
	}
	s.all = append(s.all, s.recent[refused:]...)
	return s.recent
}

// StandIn journals how the seats nobody plays are played, as seats says (by their
// roles' reference response or not at all), and has st play them when by the
// reference: their commands are journaled as they come due, like the seat's own.
func (s *Recorded) StandIn(seats journal.Seats, st *standin.Player) error {
	if err := s.rec.Seats(seats); err != nil {
		return err
	}
	if seats.Play == journal.PlayReference {
		s.standIns = st
	}
	return nil
}

// Seats returns how the journal says the seats nobody plays are played, nil when it
// does not say (every seat played by someone, or a drill journaled before it said).
func (s *Recorded) Seats() *journal.Seats { return s.rec.SeatsPlayed() }

// ResumeStandIns takes up, in a resumed drill whose journal says the seats nobody
// plays play the reference response, their commands of reference (the drill's
// reference commands) not journaled yet.
func (s *Recorded) ResumeStandIns(reference []sim.Command) {
	if seats := s.Seats(); seats != nil && seats.Play == journal.PlayReference {
		s.standIns = standin.New(reference, seats.Roles, s.world.Tick(), s.rec.Commands())
	}
}

// Err returns why the journal failed, or nil. A session whose journal failed takes
// no more orders and no more steps: nothing that happens goes unjournaled.
func (s *Recorded) Err() error { return s.err }

// Path returns the journal's file.
func (s *Recorded) Path() string { return s.rec.Path() }

// Replay opens the drill journaled so far for the review, for the same seat: a
// finished drill's replay, or one up to the last entry of a drill stopped.
func (s *Recorded) Replay() (*Replay, error) {
	j, err := journal.Open(s.rec.Path())
	if err != nil {
		return nil, err
	}
	return NewReplay(j, s.Town(), s.Scenario(), s.role)
}

// Close closes the journal. Everything journaled is on disk already.
func (s *Recorded) Close() error { return s.rec.Close() }

// Observe journals an evaluator's observation, synced to disk, before the session
// keeps it: nothing an evaluator noted is lost with the laptop.
func (s *Recorded) Observe(o observation.Observation) error {
	if err := s.checkObservation(o); err != nil {
		return err
	}
	if err := s.rec.Observe(o); err != nil {
		return err
	}
	s.obs = append(s.obs, o)
	return nil
}
