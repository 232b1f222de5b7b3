package ui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"

	"drillsim/drill"
	"drillsim/i18n"
	"drillsim/journal"
	"drillsim/maps"
	"drillsim/scenarios"
	"drillsim/session"
	"drillsim/sim"
	"drillsim/standin"
)

// testLoader loads scenarios for the start screen as `drillsim play` does, on the
// demo town: a built-in by id or a scenario file by path, checked against the town
// and the plan, with its reference response when it has one. *started is set to the
// id of the scenario last started.
func testLoader(t *testing.T, started *string) func(name string) (*Drill, error) {
	return loader(t, started, false)
}

// journalingLoader is testLoader whose drills are journaled, in the test's temporary
// folder, so that one can be replayed once it has ended.
func journalingLoader(t *testing.T, started *string) func(name string) (*Drill, error) {
	return loader(t, started, true)
}

// loader is testLoader, its drills journaled when journaled says so.
func loader(t *testing.T, started *string, journaled bool) func(name string) (*Drill, error) {
	return func(name string) (*Drill, error) {
		opt := drill.Options{}
		if drill.HasReference(name) {
			opt.Orders = drill.ReferenceOrders
		}
		d, err := drill.Load(name, opt)
		if err != nil {
			return nil, err
		}
		return &Drill{Town: d.Town, Reference: d.Reference, Start: func(role scenarios.Role, byReference bool) (session.Session, error) {
			w, err := d.NewWorld(sim.Options{})
			if err != nil {
				return nil, err
			}
			*started = d.Scenario.ID
			others := standin.New(d.Commands, standin.OtherRoles(d.Commands, role), 0, nil)
			if journaled {
				rec, err := journal.Start(filepath.Join(t.TempDir(), d.Scenario.ID+".journal"), w)
				if err != nil {
					return nil, err
				}
				s := session.NewRecorded(rec, nil, role)
				seats := journal.Seats{Play: journal.PlayIdle, Roles: others.Roles()}
				if byReference {
					seats.Play = journal.PlayReference
				}
				return s, s.StandIn(seats, others)
			}
			s := session.NewLocal(w, role)
			if byReference {
				s.StandIn(others)
			}
			return s, nil
		}}, nil
	}
}

// launching shows a start screen of entries and load, driven by scripted input, in
// the test window until the test ends.
func launching(t *testing.T, entries []scenarios.Entry, load func(string) (*Drill, error), cfg Config) (*Launcher, *scriptInput) {
	t.Helper()
	in := newScriptInput()
	cfg.Input = in
	l, err := NewLauncher(entries, load, cfg)
	if err != nil {
		t.Fatal(err)
	}
	theHost.playGame(l, in)
	t.Cleanup(func() { theHost.play(nil, nil) })
	theHost.updatesPass(2)
	return l, in
}

// clickOnStartScreen clicks the middle of the start screen's widget labelled label.
func clickOnStartScreen(t *testing.T, l *Launcher, in *scriptInput, label string) {
	t.Helper()
	var c struct{ x, y int }
	found := false
	theHost.onUpdate(func() {
		for _, w := range l.panel.Widgets {
			if w.Label == label {
				m := w.Rect.Min.Add(w.Rect.Max).Div(2)
				c.x, c.y, found = m.X, m.Y, true
				return
			}
		}
	})
	if !found {
		t.Fatalf("the start screen has no %q", label)
	}
	theHost.click(in, c.x, c.y)
}

// chooseBuiltin clicks built-in scenario id on the start screen and returns it.
func chooseBuiltin(t *testing.T, l *Launcher, in *scriptInput, id string) *scenarios.Scenario {
	t.Helper()
	scn, err := scenarios.LoadBuiltin(id)
	if err != nil {
		t.Fatal(err)
	}
	clickOnStartScreen(t, l, in, scn.Title)
	return scn
}

// launcherState returns the start screen's game and problem, read on the game thread.
func launcherState(l *Launcher) (g *Game, problem string) {
	theHost.onUpdate(func() { g, problem = l.Game(), l.problem })
	return g, problem
}

// writeScenarioCopy writes built-in scenario id into dir as name, with another id
// and title, and returns its path.
func writeScenarioCopy(t *testing.T, dir, name, id, newID, newTitle string) string {
	t.Helper()
	scn, err := scenarios.LoadBuiltin(id)
	if err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(filepath.Join("..", "scenarios", "library", id+".yaml"))
	if err != nil {
		t.Fatal(err)
	}
	s := strings.Replace(string(data), "id: "+id+"\n", "id: "+newID+"\n", 1)
	s = strings.Replace(s, "title: "+scn.Title+"\n", "title: "+newTitle+"\n", 1)
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, []byte(s), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestLauncherStartsTheChosenScenarioAsTheChosenRole(t *testing.T) {
	var started string
	l, in := launching(t, scenarios.Library(), testLoader(t, &started), Config{})
	landslide := chooseBuiltin(t, l, in, "landslide")
	clickOnStartScreen(t, l, in, i18n.RoleName(scenarios.VillageRole("银杏村"), i18n.Chinese))
	clickOnStartScreen(t, l, in, i18n.TextStart.In(i18n.Chinese))
	g, problem := launcherState(l)
	if g == nil || started != "landslide" {
		t.Fatalf("after start: game %v, scenario started %q, problem %q; want the landslide drill", g, started, problem)
	}
	if g.role != scenarios.VillageRole("银杏村") {
		t.Errorf("role %q, want 村:银杏村", g.role)
	}
	theHost.updatesPass(1)
	var units []string
	theHost.onUpdate(func() {
		for _, w := range g.panel.Widgets {
			for _, u := range landslide.Units {
				if strings.Contains(w.Label, u.Name) {
					units = append(units, u.ID)
				}
			}
		}
	})
	if len(units) != 1 || units[0] != "cadres-yinxing" {
		t.Errorf("the village role is offered units %v, want only its cadres (cadres-yinxing)", units)
	}
}

// TestLauncherStartsAScenarioFileTyped types the path of a scenario file and starts
// it with Enter; the drill played is the file's.
func TestLauncherStartsAScenarioFileTyped(t *testing.T) {
	path := writeScenarioCopy(t, t.TempDir(), "my-slide.yaml", "landslide", "my-slide", "我的滑坡演练")
	var started string
	l, in := launching(t, scenarios.Library(), testLoader(t, &started), Config{})
	clickOnStartScreen(t, l, in, i18n.TextScenarioPath.In(i18n.Chinese))
	theHost.typeText(in, path)
	theHost.press(in, ebiten.KeyEnter)
	g, problem := launcherState(l)
	if g == nil || started != "my-slide" {
		t.Fatalf("after typing %s and Enter: game %v, scenario started %q, problem %q; want the file's drill", path, g, started, problem)
	}
	var title string
	theHost.onUpdate(func() { title = g.session.Scenario().Title })
	if title != "我的滑坡演练" {
		t.Errorf("the game plays %q, want the file's scenario 我的滑坡演练", title)
	}
}

// TestLauncherShowsABrokenFileAndStaysUsable types the path of a broken scenario
// file: the start screen shows the error with the file name, and starts another
// scenario afterwards.
func TestLauncherShowsABrokenFileAndStaysUsable(t *testing.T) {
	dir := t.TempDir()
	broken := filepath.Join(dir, "broken.yaml")
	if err := os.WriteFile(broken, []byte("id: broken\nduration: 8 hours\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	var started string
	l, in := launching(t, scenarios.Library(), testLoader(t, &started), Config{})
	for _, tc := range []struct{ path, want string }{
		{broken, broken + ":2:11: "},
		{filepath.Join(dir, "gone.yaml"), "cannot read scenario"},
	} {
		clickOnStartScreen(t, l, in, i18n.TextScenarioPath.In(i18n.Chinese))
		theHost.onUpdate(func() { l.path.Clear() })
		theHost.typeText(in, tc.path)
		clickOnStartScreen(t, l, in, i18n.TextStart.In(i18n.Chinese))
		g, problem := launcherState(l)
		if g != nil || !strings.Contains(problem, tc.want) {
			t.Fatalf("starting %s: game %v, problem %q; want no game and the problem %q", tc.path, g, problem, tc.want)
		}
		theHost.screenshot() // the problem draws
	}
	clickOnStartScreen(t, l, in, i18n.TextScenarioPath.In(i18n.Chinese))
	theHost.onUpdate(func() { l.path.Clear() })
	theHost.press(in, ebiten.KeyEnter) // in the empty field: leaves it, starts nothing
	if g, _ := launcherState(l); g != nil {
		t.Fatal("Enter in the empty path field started a drill")
	}
	clickOnStartScreen(t, l, in, i18n.TextStart.In(i18n.Chinese))
	if _, problem := launcherState(l); problem != i18n.TextTypePathFirst.In(i18n.Chinese) {
		t.Errorf("start with no path typed: problem %q, want %q", problem, i18n.TextTypePathFirst.In(i18n.Chinese))
	}
	fire, err := scenarios.LoadBuiltin("fire")
	if err != nil {
		t.Fatal(err)
	}
	clickOnStartScreen(t, l, in, fire.Title)
	if _, problem := launcherState(l); problem != "" {
		t.Errorf("choosing the fire left the problem %q on the screen", problem)
	}
	clickOnStartScreen(t, l, in, i18n.TextStart.In(i18n.Chinese))
	if g, problem := launcherState(l); g == nil || started != "fire" {
		t.Errorf("after the broken files, start: game %v, started %q, problem %q; want the fire", g, started, problem)
	}
}

// TestLauncherOffersTheVillagesOfTheChosenMap lists a scenario file on another map:
// choosing it offers that map's villages as roles, and a village of the demo town
// chosen before is refused until another role is chosen.
func TestLauncherOffersTheVillagesOfTheChosenMap(t *testing.T) {
	var started string
	demo := testLoader(t, &started)
	other := *defaultTown(t)
	other.Villages = []maps.Village{{Name: "青杠村"}, {Name: "白岩村"}}
	elsewhere := scenarios.Entry{ID: "elsewhere", Title: "他乡演练", Path: filepath.Join("scenarios", "elsewhere.yaml")}
	load := func(name string) (*Drill, error) {
		if name == elsewhere.Path {
			return &Drill{Town: &other, Start: func(role scenarios.Role, _ bool) (session.Session, error) {
				started = "elsewhere"
				return newSessionAs(t, "flood", role), nil
			}}, nil
		}
		return demo(name)
	}
	l, in := launching(t, append(scenarios.Library(), elsewhere), load, Config{Role: scenarios.VillageRole("银杏村")})
	label := fileLabel(elsewhere)
	clickOnStartScreen(t, l, in, label)
	var roles []scenarios.Role
	theHost.onUpdate(func() { roles = append(roles, l.roles...) })
	want := []scenarios.Role{scenarios.RoleCommand, scenarios.RoleController, scenarios.RoleEvaluator, scenarios.VillageRole("青杠村"), scenarios.VillageRole("白岩村")}
	if strings.Join(roleNames(roles), " ") != strings.Join(roleNames(want), " ") {
		t.Errorf("the scenario on another map offers roles %v, want %v", roleNames(roles), roleNames(want))
	}
	clickOnStartScreen(t, l, in, i18n.TextStart.In(i18n.Chinese))
	g, problem := launcherState(l)
	if wantProblem := "此情景的地图上没有银杏村村委会"; g != nil || !strings.Contains(problem, wantProblem) {
		t.Fatalf("starting as 村:银杏村 on a map without it: game %v, problem %q; want no game and %q", g, problem, wantProblem)
	}
	clickOnStartScreen(t, l, in, i18n.RoleName(scenarios.VillageRole("青杠村"), i18n.Chinese))
	if _, problem := launcherState(l); problem != "" {
		t.Errorf("choosing a village of the map left the problem %q", problem)
	}
	clickOnStartScreen(t, l, in, i18n.TextStart.In(i18n.Chinese))
	if g, _ := launcherState(l); g == nil || started != "elsewhere" || g.role != scenarios.VillageRole("青杠村") {
		t.Errorf("start as 村:青杠村: game %v, started %q; want the scenario on the other map as 村:青杠村", g, started)
	}
}

// roleNames returns the roles as the start screen labels them.
func roleNames(roles []scenarios.Role) []string {
	var names []string
	for _, r := range roles {
		names = append(names, i18n.RoleName(r, i18n.Chinese))
	}
	return names
}
