package session

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"drillsim/drill/drilltest"
	"drillsim/journal"
	"drillsim/observation"
	"drillsim/scenarios"
	"drillsim/sim"
)

// recordedFlood is the built-in flood on the demo town, journaled at path through a
// Recorded session, and the commands of its reference orders.
type recordedFlood struct {
	path    string
	session *Recorded
	cmds    []sim.Command
	next    int // cmds[:next] are sent
}

// startRecordedFlood starts the flood journaled in a new file of the test's
// temporary directory.
func startRecordedFlood(t *testing.T) *recordedFlood {
	t.Helper()
	d := drilltest.Builtin(t, "flood", true)
	w := drilltest.World(t, d)
	path := filepath.Join(t.TempDir(), "flood.journal")
	rec, err := journal.Start(path, w)
	if err != nil {
		t.Fatal(err)
	}
	f := &recordedFlood{path: path, session: NewRecorded(rec, nil, scenarios.RoleCommand), cmds: d.Commands}
	t.Cleanup(func() { f.session.Close() })
	return f
}

// playTo plays the drill on to tick (or its end), sending each reference order when
// the world reaches the tick before the order's own, as drillsim run does. The
// orders due at tick itself are not sent yet.
func (f *recordedFlood) playTo(t *testing.T, tick int64) {
	t.Helper()
	s := f.session
	for s.world.Tick() < tick && !s.Done() {
		f.sendDue(t)
		s.Advance(1)
		if err := s.Err(); err != nil {
			t.Fatal(err)
		}
	}
}

// sendDue sends the reference orders due at the next tick.
func (f *recordedFlood) sendDue(t *testing.T) {
	t.Helper()
	s := f.session
	for ; f.next < len(f.cmds) && f.cmds[f.next].Tick <= s.world.Tick()+1; f.next++ {
		if seq := s.Send(f.cmds[f.next].Order); seq != uint64(f.next+1) {
			t.Fatalf("order %d was sent as command %d: %v", f.next+1, seq, s.Advance(0))
		}
	}
}

func TestRecordedSessionJournalsAnOrderBeforeTheWorldTakesIt(t *testing.T) {
	f := startRecordedFlood(t)
	s := f.session
	s.Advance(3)
	o := f.cmds[0].Order
	seq := s.Send(o)
	if seq != 1 {
		t.Fatalf("the first order was sent as command %d", seq)
	}
	j, err := journal.Open(f.path)
	if err != nil {
		t.Fatal(err)
	}
	if len(j.Entries) != 1 || j.Entries[0].Kind != journal.KindCommand {
		t.Fatalf("after Send the journal holds %+v, want the command", j.Entries)
	}
	e := j.Entries[0]
	if e.Tick != 3 || e.Command.Tick != 4 || e.Command.Seq != 1 || e.Command.Order.Order != o.Order {
		t.Errorf("journaled %+v at tick %d; want %s as command 1 for tick 4, journaled at tick 3", *e.Command, e.Tick, o.Order)
	}
	for _, ev := range s.Events() {
		if ev.Seq == 1 {
			t.Fatalf("the world took the order before its next step: %+v", ev)
		}
	}
	var took bool
	for _, ev := range s.Advance(1) {
		took = took || (ev.Seq == 1 && ev.Kind == scenarios.EventOrder)
	}
	if !took {
		t.Errorf("the step after Send has no order event of command 1")
	}
}

func TestRecordedSessionRefusesAnOrderItCannotJournal(t *testing.T) {
	f := startRecordedFlood(t)
	s := f.session
	s.Advance(2)
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	if seq := s.Send(f.cmds[0].Order); seq != 0 {
		t.Fatalf("an order the journal cannot take was sent as command %d", seq)
	}
	events := s.Advance(0)
	if len(events) != 1 || events[0].Kind != scenarios.EventRejected || !strings.Contains(events[0].Reason.String(), "journal") {
		t.Fatalf("the refused order brought %+v; want its rejection saying the journal failed", events)
	}
	if len(s.Events()) != 0 && s.Events()[len(s.Events())-1].Kind == scenarios.EventRejected {
		t.Errorf("the rejection of a refused order went into the drill's events")
	}
	s.Advance(1)
	if s.Err() == nil || s.world.Tick() != 2 {
		t.Errorf("with its journal failed the session stepped to tick %d (err %v); want it stopped at 2 saying why", s.world.Tick(), s.Err())
	}
}

func TestResumeOpensAtTheJournalsLastEntry(t *testing.T) {
	f := startRecordedFlood(t)
	// Six orders go in, the last at the tick before its own; the drill runs on and
	// the power goes.
	f.playTo(t, f.cmds[5].Tick-1)
	f.sendDue(t)
	if f.next != 6 {
		t.Fatalf("%d orders sent by tick %d, want 6", f.next, f.cmds[5].Tick-1)
	}
	lastTick, lastHash, lastEvents := f.session.world.Tick(), f.session.world.StateHash(), len(f.session.Events())
	f.session.Advance(30)
	if err := f.session.Close(); err != nil {
		t.Fatal(err)
	}
	torn, err := os.OpenFile(f.path, os.O_APPEND|os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := torn.WriteString(`{"n":7,"tick":`); err != nil {
		t.Fatal(err)
	}
	torn.Close()

	s, err := ResumeRecorded(f.path, defaultTown(t), f.session.Scenario(), scenarios.RoleCommand)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if s.Torn() == nil {
		t.Errorf("the torn last line was not reported")
	}
	if s.world.Tick() != lastTick || s.world.StateHash() != lastHash {
		t.Errorf("resumed at tick %d with state %016x; the drill was at tick %d with state %016x at its last entry", s.world.Tick(), s.world.StateHash(), lastTick, lastHash)
	}
	if len(s.Events()) != lastEvents {
		t.Errorf("the resumed session has %d past events, the drill had %d by its last entry", len(s.Events()), lastEvents)
	}
	if want := lastTick * s.TickSeconds(); s.Snapshot().T != want {
		t.Errorf("the resumed drill stands at second %d, want %d", s.Snapshot().T, want)
	}
	if seq := s.Send(f.cmds[6].Order); seq != 7 {
		t.Errorf("the next order after resuming was sent as command %d, want 7", seq)
	}
}

// TestRecordedSessionJournalsObservations checks that an evaluator's observation is in
// the journal, on disk, once Observe returns, and that a bad one is refused unjournaled.
func TestRecordedSessionJournalsObservations(t *testing.T) {
	f := startRecordedFlood(t)
	f.playTo(t, 90)
	f.session.role = scenarios.RoleEvaluator
	good := observation.Observation{Item: observation.DefaultItems[0].ID, Rating: observation.RatingP, Comment: "预警及时", Evaluator: "评估", HasTime: true, At: scenarios.At(f.session.world.Now())}
	if err := f.session.Observe(good); err != nil {
		t.Fatalf("Observe: %v", err)
	}
	if err := f.session.Observe(observation.Observation{Item: "Z99", Rating: observation.RatingP, Evaluator: "评估"}); err == nil || !strings.Contains(err.Error(), "Z99") {
		t.Errorf("an unknown item was taken: %v", err)
	}
	j, err := journal.Open(f.path)
	if err != nil {
		t.Fatal(err)
	}
	if obs := j.Observations(); len(obs) != 1 || obs[0].Comment != "预警及时" {
		t.Errorf("journal holds observations %+v, want the one good observation", obs)
	}
}
