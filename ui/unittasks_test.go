package ui

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"drillsim/scenarios"
	"drillsim/sim"
)

// TestUnitTasksMatchTheEngine sends every unit of every built-in scenario every task
// and checks that the engine refuses exactly the tasks unitTasks leaves out.
func TestUnitTasksMatchTheEngine(t *testing.T) {
	town := defaultTown(t)
	kinds := map[scenarios.UnitKind]bool{}
	for _, e := range scenarios.Library() {
		scn, err := scenarios.LoadBuiltin(e.ID)
		if err != nil {
			t.Fatal(err)
		}
		w, err := sim.New(town, scn, sim.Options{})
		if err != nil {
			t.Fatal(err)
		}
		type sent struct {
			unit scenarios.Unit
			task scenarios.Task
		}
		bySeq := map[uint64]sent{}
		for _, u := range scn.Units {
			kinds[u.Kind] = true
			for _, task := range scenarios.Tasks() {
				c := w.Apply(sim.Command{Tick: 1, Order: scenarios.Order{Role: scenarios.RoleCommand, Order: scenarios.OrderDispatch, Unit: u.ID, To: u.Base, Task: task}})
				bySeq[c.Seq] = sent{u, task}
			}
		}
		refused := map[string]bool{}
		for _, ev := range w.Step() {
			if s, ok := bySeq[ev.Seq]; ok && ev.Kind == sim.EventRejected && strings.Contains(ev.Reason, "cannot "+string(s.task)) {
				refused[fmt.Sprint(s.unit.ID, s.task)] = true
			}
		}
		for _, s := range bySeq {
			want := !slices.Contains(unitTasks[s.unit.Kind], s.task)
			if got := refused[fmt.Sprint(s.unit.ID, s.task)]; got != want {
				t.Errorf("%s: %s (%s) with task %s: engine refuses=%v, the order panel expects refuses=%v", e.ID, s.unit.ID, s.unit.Kind, s.task, got, want)
			}
		}
	}
	for _, k := range scenarios.UnitKinds() {
		if _, ok := unitTasks[k]; !ok {
			t.Errorf("unit kind %s has no task list", k)
		}
	}
	if len(kinds) == 0 {
		t.Fatal("the built-in scenarios have no units to check")
	}
}
