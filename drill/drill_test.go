package drill

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"drillsim/sim"
)

func TestLoadBuiltinWithItsReferenceOrders(t *testing.T) {
	d, err := Builtin("flood", true)
	if err != nil {
		t.Fatal(err)
	}
	if !d.Builtin || d.Scenario.ID != "flood" || d.Plan == nil || len(d.Commands) == 0 {
		t.Fatalf("flood with its reference orders: %+v", d)
	}
	demo, _ := DemoTown()
	if d.Town != demo {
		t.Error("a drill on the demo town loaded a town of its own")
	}
	if d.Commands[0].Tick <= 0 || d.Commands[0].Order.Role == "" {
		t.Errorf("the first command %+v has no tick or no role", d.Commands[0])
	}
	none, err := Builtin("flood", false)
	if err != nil || len(none.Commands) != 0 {
		t.Errorf("flood without orders: %v, %d commands", err, len(none.Commands))
	}
}

func TestLoadRefusesWhatDoesNotGoTogether(t *testing.T) {
	dir := t.TempDir()
	scn, err := os.ReadFile(filepath.Join("..", "scenarios", "library", "flood.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(dir, "my.yaml")
	if err := os.WriteFile(file, scn, 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name string
		opt  Options
		want string
	}{
		{"flood", Options{DEM: "terrain.asc"}, "--dem goes with a scenario whose map is its own file"},
		{file, Options{Orders: ReferenceOrders}, "has no reference response (示范处置): write its orders to " + filepath.Join(dir, "my.orders.yaml")},
		{"nosuch", Options{}, "nosuch"},
		{"flood", Options{Orders: filepath.Join(dir, "absent.yaml")}, "absent.yaml"},
	} {
		if _, err := Load(tc.name, tc.opt); err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("Load(%s, %+v) = %v, want an error saying %q", filepath.Base(tc.name), tc.opt, err, tc.want)
		}
	}
	if d, err := Load(file, Options{}); err != nil || d.Builtin {
		t.Errorf("a scenario file loads as %+v, %v; want a drill not built in", d, err)
	}
}

// TestAScenarioFilesReferenceResponseIsTheOrderFileBesideIt: my.yaml's reference
// response is my.orders.yaml, as the built-in ones are named.
func TestAScenarioFilesReferenceResponseIsTheOrderFileBesideIt(t *testing.T) {
	dir := t.TempDir()
	for _, f := range []string{"flood.yaml", "flood.orders.yaml"} {
		data, err := os.ReadFile(filepath.Join("..", "scenarios", "library", f))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, strings.Replace(f, "flood", "my", 1)), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	file := filepath.Join(dir, "my.yaml")
	if !HasReference(file) || !HasReference("flood") || HasReference(filepath.Join(dir, "other.yaml")) {
		t.Errorf("HasReference: my.yaml %v, flood %v, other.yaml %v; want true, true, false", HasReference(file), HasReference("flood"), HasReference(filepath.Join(dir, "other.yaml")))
	}
	d, err := Load(file, Options{Orders: ReferenceOrders})
	if err != nil {
		t.Fatal(err)
	}
	builtin, _ := Builtin("flood", true)
	if !d.Reference || len(d.Commands) != len(builtin.Commands) {
		t.Errorf("my.yaml's reference: %d commands (reference %v), want the %d of my.orders.yaml", len(d.Commands), d.Reference, len(builtin.Commands))
	}
}

func TestJournaledFindsItsBuiltinScenario(t *testing.T) {
	d, err := Builtin("tabletop", false)
	if err != nil {
		t.Fatal(err)
	}
	w, err := d.NewWorld(sim.Options{})
	if err != nil {
		t.Fatal(err)
	}
	j := Journaled{Journal: "t.journal", Drill: w.Header(), Program: "drillsim test"}
	if name, err := j.ScenarioName("NAME IT"); err != nil || name != "tabletop" {
		t.Errorf("ScenarioName = %q, %v; want tabletop", name, err)
	}
	if _, err := j.Load("flood", "", "NAME IT"); err == nil || !strings.Contains(err.Error(), "t.journal journals scenario tabletop, not flood") {
		t.Errorf("loading it as the flood: %v", err)
	}
	j.Drill.ScenarioHash = "0000"
	if _, err := j.Load("", "", "NAME IT"); err == nil || !strings.Contains(err.Error(), "another version of scenario tabletop than this drillsim has built in") {
		t.Errorf("loading another version of the built-in: %v", err)
	}
}
