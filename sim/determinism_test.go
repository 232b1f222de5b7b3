package sim_test

import (
	"encoding/json"
	"reflect"
	"slices"
	"testing"

	"drillsim/sim"
)

// TestDeterminism plays a drill in two worlds side by side and requires the same
// events and state hash after every tick; then it replays the commands the first
// world took, through their journal form (JSON), into a third world fed tick by tick
// as a live session would, and requires the same final state. StateHash costs about
// ten steps, so under -short the hashes are compared every hashEveryShort ticks
// (the events still every tick).
func TestDeterminism(t *testing.T) {
	hashEvery := int64(1)
	if testing.Short() {
		hashEvery = hashEveryShort
	}
	for _, id := range []string{"flood", "combined"} {
		t.Run(id, func(t *testing.T) {
			d := builtinDrill(t, id, true)
			a, b := d.newWorld(t, sim.Options{}), d.newWorld(t, sim.Options{})
			if a.StateHash() != b.StateHash() {
				t.Fatalf("two new worlds of one scenario differ before the first tick")
			}
			var journal []sim.Command
			for _, c := range d.Commands {
				journal = append(journal, a.Apply(c))
				b.Apply(c)
			}
			var eventsA []sim.Event
			for !a.Done() {
				ea := a.Step()
				eventsA = append(eventsA, ea...)
				eb := b.Step()
				if !slices.EqualFunc(ea, eb, sameEvent) {
					t.Fatalf("tick %d: the two worlds emit different events:\n%+v\n%+v", a.Tick(), ea, eb)
				}
				if a.Tick()%hashEvery != 0 && !a.Done() {
					continue
				}
				if ha, hb := a.StateHash(), b.StateHash(); ha != hb {
					t.Fatalf("tick %d: state hashes %016x and %016x differ", a.Tick(), ha, hb)
				}
			}
			if b.Done() != a.Done() || len(eventsA) == 0 {
				t.Fatalf("the worlds did not end together or emitted nothing (%d events)", len(eventsA))
			}

			replayed := replay(t, d, journal)
			if got, want := replayed.StateHash(), a.StateHash(); got != want {
				t.Errorf("replaying the %d journalled commands ends at hash %016x, the run at %016x", len(journal), got, want)
			}
			if replayed.Counts() != a.Counts() {
				t.Errorf("replayed counts %+v, run %+v", replayed.Counts(), a.Counts())
			}
		})
	}
}

// sameEvent reports whether two events say the same, comparing what their pointers
// and lists hold.
func sameEvent(a, b sim.Event) bool { return reflect.DeepEqual(a, b) }

// hashEveryShort is how many ticks apart TestDeterminism compares state hashes
// under -short: ten minutes of a 10-second-tick drill.
const hashEveryShort = 60

// replay decodes the journal from JSON and feeds each command to a new world of d
// in the tick before it is due, then steps the world to its end.
func replay(t *testing.T, d testDrill, journal []sim.Command) *sim.World {
	t.Helper()
	data, err := json.Marshal(journal)
	if err != nil {
		t.Fatal(err)
	}
	var cmds []sim.Command
	if err := json.Unmarshal(data, &cmds); err != nil {
		t.Fatalf("the journal does not read back: %v", err)
	}
	w := d.newWorld(t, sim.Options{})
	next := 0
	for !w.Done() {
		for next < len(cmds) && cmds[next].Tick <= w.Tick()+1 {
			if got := w.Apply(cmds[next]); got.Tick != cmds[next].Tick || got.Seq != cmds[next].Seq {
				t.Fatalf("replayed command tick %d seq %d became tick %d seq %d", cmds[next].Tick, cmds[next].Seq, got.Tick, got.Seq)
			}
			next++
		}
		w.Step()
	}
	return w
}

// TestSeedChangesTheDrill requires another seed to give another drill: another state
// hash, and another timeline (residents set off after their own preparation times),
// while seed 0 keeps the scenario's own seed.
func TestSeedChangesTheDrill(t *testing.T) {
	d := builtinDrill(t, "flood", true)
	run := func(seed uint64) (uint64, []sim.Event) {
		w := d.newWorld(t, sim.Options{Seed: seed})
		var events []sim.Event
		sim.Run(w, d.Commands, func(e sim.Event) { events = append(events, e) }, nil)
		return w.StateHash(), events
	}
	h1, e1 := run(d.Scenario.Seed)
	h2, e2 := run(d.Scenario.Seed + 1)
	if h1 == h2 {
		t.Errorf("seeds %d and %d end at the same hash %016x", d.Scenario.Seed, d.Scenario.Seed+1, h1)
	}
	if slices.EqualFunc(e1, e2, sameEvent) {
		t.Errorf("seeds %d and %d give the same %d events: the seed decides nothing", d.Scenario.Seed, d.Scenario.Seed+1, len(e1))
	}
	if h0, _ := run(0); h0 != h1 {
		t.Errorf("seed 0 should mean the scenario's own seed: hash %016x, want %016x", h0, h1)
	}
}
