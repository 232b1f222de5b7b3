package journal

import (
	"fmt"

	"drillsim/sim"
)

// Replay re-applies a journal's commands to w, a new world of the journal's drill made
// with the seed in its header, each at the tick at which it was journaled, and steps
// the world to the tick of the last entry: for a finished drill, its end. The world
// then equals that of the run that wrote the journal, which Replay checks against the
// state hash of every entry that records one (a tick's later entries hold its
// first's, checked once; entries start at the first entry of a tick). It hands the events of every step to
// sink when sink is not nil, so a finished journal regenerates its drill's event log.
func Replay(w *sim.World, entries []Entry, sink func(sim.Event)) error {
	// known is the state hash last checked and its tick: the later entries of a tick
	// record the one of its first entry (Recorder.state).
	known := struct {
		tick  int64
		state string
	}{tick: -1}
	for i := range entries {
		e := &entries[i]
		for w.Tick() < e.Tick {
			if w.Done() {
				return fmt.Errorf("entry %d is at tick %d, after the end of the drill at tick %d", e.N, e.Tick, w.Tick())
			}
			for _, ev := range w.Step() {
				if sink != nil {
					sink(ev)
				}
			}
		}
		if w.Tick() > e.Tick {
			return fmt.Errorf("entry %d is at tick %d, but the world is at tick %d already: replay a journal into a new world", e.N, e.Tick, w.Tick())
		}
		if e.State != "" && (e.Tick != known.tick || e.State != known.state) {
			got := stateOf(w)
			if got != e.State {
				return fmt.Errorf("replay diverged at entry %d (tick %d): the world's state hash is %s where the journal recorded %s; the journal was written by another version of drillsim, or for another scenario, map or seed", e.N, e.Tick, got, e.State)
			}
			known.tick, known.state = e.Tick, got
		}
		if e.Kind != KindCommand {
			continue
		}
		if e.Command == nil {
			return fmt.Errorf("entry %d is a command entry without its command", e.N)
		}
		if got := w.Apply(*e.Command); got.Seq != e.Command.Seq || got.Tick != e.Command.Tick {
			return fmt.Errorf("entry %d: the world queued the command as number %d at tick %d where the journal says number %d at tick %d: replay a journal into a new world", e.N, got.Seq, got.Tick, e.Command.Seq, e.Command.Tick)
		}
	}
	return nil
}

// stateOf returns the world's state hash as an entry records it.
func stateOf(w *sim.World) string {
	return fmt.Sprintf("%016x", w.StateHash())
}
