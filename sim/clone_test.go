package sim

import (
	"testing"

	"drillsim/scenarios"
)

// TestCloneGoesOnAsTheOriginal clones worlds of every built-in drill midway and steps
// the clone and the original side by side: their states stay equal tick by tick, and
// an order given to the clone alone leaves the original as it was.
func TestCloneGoesOnAsTheOriginal(t *testing.T) {
	for _, entry := range scenarios.Library() {
		t.Run(entry.ID, func(t *testing.T) {
			w := referenceWorld(t, entry.ID)
			stepUntil(w, int64(w.scn.Duration)/2)
			c := w.Clone()
			if c.StateHash() != w.StateHash() {
				t.Fatal("the clone differs from the original at once")
			}
			for k := 0; !w.Done(); k++ {
				w.Step()
				c.Step()
				if k%30 == 0 && c.StateHash() != w.StateHash() {
					t.Fatalf("the clone drifted from the original at tick %d", w.Tick())
				}
			}
			if c.StateHash() != w.StateHash() || c.Counts() != w.Counts() {
				t.Fatalf("the clone ended differently: %+v, original %+v", c.Counts(), w.Counts())
			}
			// Had the two shared some state, both would have stepped it twice a tick.
			ref := referenceWorld(t, entry.ID)
			stepUntil(ref, int64(ref.scn.Duration)+ref.TickSeconds())
			if ref.StateHash() != w.StateHash() {
				t.Fatalf("a world that was cloned ends unlike one that was not: %+v, not %+v", w.Counts(), ref.Counts())
			}
		})
	}
}

func TestCloneIsIndependent(t *testing.T) {
	w := newWorld(t, "flood")
	stepUntil(w, 1800)
	c := w.Clone()
	c.Apply(Command{Tick: c.Tick() + 1, Order: scenarios.Order{Role: scenarios.RoleCommand, Order: scenarios.OrderWarn,
		Scope: scenarios.Scope{Villages: []string{"福宝社区"}}, Channel: scenarios.ChannelSMS}})
	reference := newWorld(t, "flood")
	stepUntil(reference, 1800)
	stepUntil(c, 7200)
	stepUntil(w, 7200)
	stepUntil(reference, 7200)
	if w.StateHash() != reference.StateHash() {
		t.Error("an order given to the clone changed the original")
	}
	if c.StateHash() == w.StateHash() {
		t.Error("the clone's order changed nothing")
	}
}
