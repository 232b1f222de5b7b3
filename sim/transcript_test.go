package sim_test

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"drillsim/drill"
	"drillsim/scenarios"
	"drillsim/scoring"
	"drillsim/sim"
)

var update = flag.Bool("update", false, "rewrite the golden transcripts in testdata")

// testDrill is a drill the tests play.
type testDrill struct{ *drill.Drill }

// builtinDrill loads built-in scenario id on the demo town, with its reference
// orders when reference is true and no orders otherwise, checking everything as
// `drillsim run` does.
func builtinDrill(tb testing.TB, id string, reference bool) testDrill {
	tb.Helper()
	d, err := drill.Builtin(id, reference)
	if err != nil {
		tb.Fatalf("scenario %s: %v", id, err)
	}
	return testDrill{d}
}

// newWorld makes the drill's world with opt, failing the test if it cannot.
func (d testDrill) newWorld(tb testing.TB, opt sim.Options) *sim.World {
	tb.Helper()
	w, err := d.NewWorld(opt)
	if err != nil {
		tb.Fatal(err)
	}
	return w
}

// run plays the drill to its end and returns the world and every event.
func (d testDrill) run(tb testing.TB) (*sim.World, []sim.Event) {
	tb.Helper()
	w := d.newWorld(tb, sim.Options{})
	var events []sim.Event
	sim.Run(w, d.Commands, func(e sim.Event) { events = append(events, e) }, nil)
	return w, events
}

func TestTranscript(t *testing.T) {
	for _, entry := range scenarios.Library() {
		t.Run(entry.ID, func(t *testing.T) {
			ref := builtinDrill(t, entry.ID, true)
			refWorld, refEvents := ref.run(t)
			none := builtinDrill(t, entry.ID, false)
			noneWorld, noneEvents := none.run(t)
			checkGolden(t, entry.ID+".reference.txt", transcript(ref.Scenario, refEvents, refWorld.Counts()))
			checkGolden(t, entry.ID+".none.txt", transcript(none.Scenario, noneEvents, noneWorld.Counts()))

			with, without := refWorld.Counts(), noneWorld.Counts()
			if without.Casualties == 0 && without.BuildingsDestroyed == 0 && without.PeopleMinutesInDanger == 0 {
				t.Errorf("with no response nobody is hurt, nothing destroyed and nobody in danger: the scenario tests nothing")
			}
			if with.Casualties >= without.Casualties {
				t.Errorf("casualties: reference response %d, no response %d: the response saves nobody", with.Casualties, without.Casualties)
			}
			if with.BuildingsDestroyed > without.BuildingsDestroyed {
				t.Errorf("buildings destroyed: reference response %d, no response %d", with.BuildingsDestroyed, without.BuildingsDestroyed)
			}
			// A good response brings more people to shelter, or (a fire put out early)
			// leaves fewer needing to flee.
			if with.Sheltered <= without.Sheltered && with.BurntHa >= without.BurntHa {
				t.Errorf("sheltered: reference response %d, no response %d; burnt: %.1f ha and %.1f ha", with.Sheltered, without.Sheltered, with.BurntHa, without.BurntHa)
			}
			windows := scoring.Windows(ref.Plan, ref.Scenario, refEvents)
			met := 0
			var missed []string
			for _, w := range windows {
				if w.Met {
					met++
				} else {
					missed = append(missed, w.Requirement.ID)
				}
			}
			if 2*met <= len(windows) {
				t.Errorf("the reference response meets %d of %d requirements; missed %v", met, len(windows), missed)
			}
		})
	}
}

// TestTeamsStayWhileTheHazardLasts requires a rescue team, boat or medical team sent
// to a zone to stand by there while the hazard may still harm it, rather than end its
// task on the tick it arrives, having done nothing, and leave people to be hurt after.
// Rescue teams and boats now stand by while anyone is at home. A medical team does
// not yet: in the flood's reference response medical-1 reaches 南岸街 at 00:36,
// finds nobody hurt, reports "every casualty treated" and leaves; 4 people are hurt
// there from 01:39.
func TestTeamsStayWhileTheHazardLasts(t *testing.T) {
	d := builtinDrill(t, "flood", true)
	_, events := d.run(t)
	arrived := map[uint64]int64{} // by command: when the unit came on scene
	for _, e := range events {
		if e.Kind == scenarios.EventUnitOnScene {
			arrived[e.Seq] = e.T
		}
	}
	for _, done := range events {
		if done.Kind != scenarios.EventTaskDone || done.Zone == "" || arrived[done.Seq] != done.T ||
			!contains([]scenarios.UnitKind{scenarios.UnitRescueTeam, scenarios.UnitBoat, scenarios.UnitMedicalTeam}, done.UnitKind) {
			continue
		}
		hurt, first := 0, int64(-1)
		for _, e := range events {
			if e.Kind == scenarios.EventCasualty && e.Zone == done.Zone && e.T > done.T {
				hurt += e.Count
				if first < 0 {
					first = e.T
				}
			}
		}
		if hurt > 0 {
			t.Errorf("%s (command #%d) left %s on the second it arrived (%d s, %q); %d people were hurt there afterwards, from %d s",
				done.Unit, done.Seq, done.Zone, done.T, done.Text, hurt, first)
		}
	}
}

// transcriptEvery is what a transcript shows one line for: the events a drill's
// participants and evaluators follow. Casualties and arrivals at shelters come many
// a tick and are summed per place and hour of the drill instead.
var transcriptEvery = []scenarios.EventKind{
	scenarios.EventInject, scenarios.EventHazardStarted, scenarios.EventRainWarning,
	scenarios.EventResponseActivated, scenarios.EventOrder, scenarios.EventRejected,
	scenarios.EventWarned, scenarios.EventEvacuated, scenarios.EventUnitOnScene,
	scenarios.EventTaskDone, scenarios.EventRoadCut, scenarios.EventRoadCleared,
	scenarios.EventFireContained, scenarios.EventReportSent, scenarios.EventInfoReleased,
	scenarios.EventReinforcementArrived, scenarios.EventBuildingDestroyed,
}

// transcriptSummed are the kinds summed per place and hour of the drill.
var transcriptSummed = []scenarios.EventKind{scenarios.EventCasualty, scenarios.EventSheltered}

// sum is the events of one summed kind at one place in one clock hour.
type sum struct {
	key           string
	first, last   int64
	count, events int
}

// transcript renders a drill's events as text for a golden file: one line per event
// that matters with its clock time, the summed lines at the end of each hour of the
// drill, then the final counts.
func transcript(scn *scenarios.Scenario, events []sim.Event, end sim.Counts) []byte {
	var b bytes.Buffer
	clock := func(t int64) string {
		return scenarios.At(t).Clock(scn.Start.Time).Format("15:04:05")
	}
	var sums []sum
	hour := int64(-1)
	flush := func() {
		for _, s := range sums {
			fmt.Fprintf(&b, "%s–%s %s count=%d events=%d\n", clock(s.first), clock(s.last), s.key, s.count, s.events)
		}
		sums = sums[:0]
	}
	for i := range events {
		e := &events[i]
		if h := e.T / 3600; h != hour {
			flush()
			hour = h
		}
		switch {
		case contains(transcriptSummed, e.Kind):
			key := eventText(e, false)
			j := 0
			for j < len(sums) && sums[j].key != key {
				j++
			}
			if j == len(sums) {
				sums = append(sums, sum{key: key, first: e.T})
			}
			sums[j].last = e.T
			sums[j].count += e.Count
			sums[j].events++
		case contains(transcriptEvery, e.Kind):
			fmt.Fprintf(&b, "%s %s\n", clock(e.T), eventText(e, true))
		}
	}
	flush()
	fmt.Fprintf(&b, "end residents=%d unwarned=%d warned=%d moving=%d sheltered=%d in_danger=%d casualties=%d treated=%d people_minutes_in_danger=%.0f buildings_destroyed=%d roads_cut=%d burnt_ha=%.1f\n",
		end.Residents, end.Unwarned, end.Warned, end.Moving, end.Sheltered, end.InDanger, end.Casualties, end.Treated,
		end.PeopleMinutesInDanger, end.BuildingsDestroyed, end.RoadsCut, end.BurntHa)
	return b.Bytes()
}

// eventText renders an event's kind and the fields it sets, with the engine's text
// for units arriving and finishing; with figures, also its count and share (summed
// lines give their own).
func eventText(e *sim.Event, figures bool) string {
	parts := []string{string(e.Kind)}
	add := func(name, v string) {
		if v != "" {
			parts = append(parts, name+"="+v)
		}
	}
	addQuoted := func(name, v string) {
		if v != "" {
			add(name, strconv.Quote(v))
		}
	}
	if e.Cause != scenarios.CauseWorld {
		add("by", string(e.Cause))
	}
	if e.Seq != 0 {
		add("seq", fmt.Sprint(e.Seq))
	}
	add("role", string(e.Role))
	add("order", string(e.Order))
	add("inject", e.Inject)
	add("hazard", e.Hazard)
	add("village", e.Village)
	add("zone", e.Zone)
	add("shelter", e.Shelter)
	add("unit", e.Unit)
	add("road", e.Road)
	add("level", e.Level)
	add("report", string(e.Report))
	add("channel", string(e.Channel))
	if figures && e.Count != 0 {
		add("count", fmt.Sprint(e.Count))
	}
	if figures && e.Share != 0 {
		add("share", fmt.Sprintf("%.3f", e.Share))
	}
	if e.Kind == scenarios.EventUnitOnScene || e.Kind == scenarios.EventTaskDone {
		addQuoted("text", e.Text)
	}
	addQuoted("reason", e.Reason.String())
	return strings.Join(parts, " ")
}

// contains reports whether list holds k.
func contains[K comparable](list []K, k K) bool {
	for _, x := range list {
		if x == k {
			return true
		}
	}
	return false
}

// checkGolden compares got with testdata/name, or rewrites the file under -update.
func checkGolden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v: run go test ./sim -run Transcript -update to write it", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("transcript %s differs from the golden file (go test ./sim -run Transcript -update rewrites it after a deliberate change):\n%s", name, firstDifference(want, got))
	}
}

// firstDifference shows the first line where want and got part.
func firstDifference(want, got []byte) string {
	wl, gl := strings.Split(string(want), "\n"), strings.Split(string(got), "\n")
	for i := 0; i < max(len(wl), len(gl)); i++ {
		var w, g string
		if i < len(wl) {
			w = wl[i]
		}
		if i < len(gl) {
			g = gl[i]
		}
		if w != g {
			return fmt.Sprintf("line %d:\nwant %s\n got %s", i+1, w, g)
		}
	}
	return "(same lines)"
}
