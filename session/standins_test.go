package session

import (
	"path/filepath"
	"slices"
	"testing"

	"drillsim/drill/drilltest"
	"drillsim/journal"
	"drillsim/scenarios"
	"drillsim/sim"
	"drillsim/standin"
)

// TestStandInsPlayTheOtherSeatsByTheBook: a village's cadres practising the landslide
// alone find the command post's reference orders given at their ticks and none of
// their own village's, and the tabletop's controller's clock orders left to the clock.
func TestStandInsPlayTheOtherSeatsByTheBook(t *testing.T) {
	d := drilltest.Builtin(t, "landslide", true)
	village := scenarios.VillageRole("银杏村")
	others := standin.OtherRoles(d.Commands, village)
	if !slices.Equal(others, []scenarios.Role{scenarios.RoleCommand}) {
		t.Fatalf("the landslide's other seats are %v, want the command post alone", others)
	}
	st := standin.New(d.Commands, others, 0, nil)
	var want []sim.Command
	for _, c := range d.Commands {
		if standin.RoleOf(c.Order.Role) == scenarios.RoleCommand {
			want = append(want, c)
		}
	}
	if st.Pending() != len(want) || len(want) == 0 {
		t.Fatalf("%d stand-in commands, want the command post's %d", st.Pending(), len(want))
	}
	var got []sim.Command
	for tick := int64(0); st.Pending() > 0; tick++ {
		for _, c := range st.Due(tick) {
			if c.Tick > tick+1 {
				t.Fatalf("at tick %d the stand-ins give %s stamped for tick %d", tick, c.Order.Order, c.Tick)
			}
			if c.Order.Role != scenarios.RoleCommand {
				t.Fatalf("a stand-in order is given as %q, want the command post", c.Order.Role)
			}
			got = append(got, c)
		}
	}
	if len(got) != len(want) || got[0].Tick != want[0].Tick || got[len(got)-1].Order.Order != want[len(want)-1].Order.Order {
		t.Errorf("the stand-ins gave %d commands, want %d in the reference's order", len(got), len(want))
	}

	tab := drilltest.Builtin(t, "tabletop", true)
	for _, c := range standin.New(tab.Commands, standin.OtherRoles(tab.Commands), 0, nil).Due(1 << 40) {
		if k := c.Order.Order; k == scenarios.OrderPause || k == scenarios.OrderSpeed {
			t.Errorf("a stand-in gives the controller's clock order %s at tick %d", c.Order.Order, c.Tick)
		}
	}
}

// TestADrillNobodyPlaysByHandIsTheReferenceRun: with every seat stood in for, a
// journaled drill ends in the state the reference response run headless reaches, its
// journal says how the seats were played, and a drill stopped half-way and resumed
// plays on without giving any order twice.
func TestADrillNobodyPlaysByHandIsTheReferenceRun(t *testing.T) {
	d := drilltest.Builtin(t, "landslide", true)
	ref := drilltest.World(t, d)
	sim.Run(ref, d.Commands, func(sim.Event) {}, nil)
	want := ref.StateHash()

	path := filepath.Join(t.TempDir(), "landslide.journal")
	rec, err := journal.Start(path, drilltest.World(t, d))
	if err != nil {
		t.Fatal(err)
	}
	s := NewRecorded(rec, nil, scenarios.RoleEvaluator)
	roles := standin.OtherRoles(d.Commands, s.Role())
	seats := journal.Seats{Play: journal.PlayReference, Roles: roles}
	if err := s.StandIn(seats, standin.New(d.Commands, roles, 0, nil)); err != nil {
		t.Fatal(err)
	}
	half := int64(d.Scenario.Duration) / s.TickSeconds() / 2
	s.Advance(int(half))
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	j, err := journal.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	if got := j.Seats(); got == nil || got.Play != journal.PlayReference || !slices.Equal(got.Roles, roles) {
		t.Fatalf("the journal says the seats are played %+v, want by the reference for %v", got, roles)
	}
	journaled := len(j.Commands())

	r, err := ResumeRecorded(path, d.Town, d.Scenario, scenarios.RoleEvaluator)
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	r.ResumeStandIns(d.Commands)
	for !r.Done() {
		r.Advance(60)
	}
	if err := r.Err(); err != nil {
		t.Fatal(err)
	}
	if got := r.world.StateHash(); got != want {
		t.Errorf("stood in for, the landslide ends in state %016x; the reference run in %016x", got, want)
	}
	if n := len(r.rec.Commands()); n != len(d.Commands) || journaled == 0 || journaled == n {
		t.Errorf("%d commands journaled (%d before the stop), want the reference's %d, each once", n, journaled, len(d.Commands))
	}
}
