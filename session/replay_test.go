package session

import (
	"strings"
	"testing"

	"drillsim/journal"
	"drillsim/scenarios"
)

// replayedFlood plays the flood with its reference orders to its end through a
// Recorded session and opens the journal in a Replay session. It returns the state
// hash the drill had at second atS, before the orders journaled then.
func replayedFlood(t *testing.T, atS int64) (*Replay, uint64) {
	t.Helper()
	f := startRecordedFlood(t)
	f.playTo(t, atS/f.session.TickSeconds())
	hash := f.session.world.StateHash()
	f.playTo(t, 1<<62)
	if !f.session.Finished() {
		t.Fatalf("the flood played to its end has no end in its journal")
	}
	j, err := journal.Open(f.path)
	if err != nil {
		t.Fatal(err)
	}
	s, err := NewReplay(j, defaultTown(t), f.session.Scenario(), scenarios.RoleCommand)
	if err != nil {
		t.Fatal(err)
	}
	return s, hash
}

func TestReplaySessionSeeksToTheDrillAsItWas(t *testing.T) {
	const minute = 120
	s, want := replayedFlood(t, minute*60)
	if s.Snapshot().T != 0 || s.EndS() != int64(s.Scenario().Duration) {
		t.Fatalf("the replay opens at second %d and ends at %d; want 0 and the drill's duration %d", s.Snapshot().T, s.EndS(), int64(s.Scenario().Duration))
	}
	if err := s.SeekTo(minute*60 + 5); err != nil { // within the tick
		t.Fatal(err)
	}
	if s.Snapshot().T != minute*60 || s.world.StateHash() != want {
		t.Errorf("after seeking to minute %d: second %d, state %016x; the drill had %016x", minute, s.Snapshot().T, s.world.StateHash(), want)
	}
	before := len(s.Events())
	events := s.Advance(6)
	if s.Snapshot().T != minute*60+6*s.TickSeconds() || len(s.Events()) != before+len(events) {
		t.Errorf("playing 6 ticks on from minute %d: at second %d with %d events (%d before, %d played)", minute, s.Snapshot().T, len(s.Events()), before, len(events))
	}
	var started int
	for _, w := range s.Windows() {
		if w.Started {
			started++
		}
	}
	if len(s.Windows()) == 0 || started == 0 {
		t.Errorf("the flood's replay has %d requirement windows, %d started; want the plan's, started", len(s.Windows()), started)
	}
}

func TestReplaySessionRefusesOrders(t *testing.T) {
	s, _ := replayedFlood(t, 0)
	o := scenarios.Order{Order: scenarios.OrderDispatch, Unit: "rescue-1", To: "福宝中学", Task: scenarios.TaskRescue}
	if seq := s.Send(o); seq != 0 {
		t.Fatalf("a replay took an order as command %d", seq)
	}
	events := s.Advance(0)
	if len(events) != 1 || events[0].Kind != scenarios.EventRejected || !strings.Contains(events[0].Reason.String(), "replay") {
		t.Fatalf("the refused order brought %+v; want its rejection saying it is a replay", events)
	}
	if len(s.Events()) != 0 {
		t.Errorf("the rejection went into the drill's events: %+v", s.Events())
	}
}
