package ui

import (
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"

	"drillsim/drill"
	"drillsim/i18n"
	"drillsim/journal"
	"drillsim/scenarios"
	"drillsim/session"
	"drillsim/sim"
	"drillsim/standin"
)

// clickCounter clicks widgets through the scripted input and counts the clicks.
type clickCounter struct {
	t  *testing.T
	in *scriptInput
	g  *Game
	n  int
}

// click clicks the widget that says s.
func (c *clickCounter) click(s string) {
	c.t.Helper()
	clickWidget(c.t, c.in, c.g, s)
	c.n++
}

// villageAlone starts the landslide for 银杏村's cadres through the start screen, as
// `drillsim play` does (journaled, the other seats played by the reference response),
// and returns the drill screen.
func villageAlone(t *testing.T) (*Launcher, *Game, *scriptInput) {
	t.Helper()
	var started string
	l, in := launching(t, scenarios.Library(), journalingLoader(t, &started), Config{Role: scenarios.VillageRole("银杏村")})
	chooseBuiltin(t, l, in, "landslide")
	clickOnStartScreen(t, l, in, i18n.TextStart.In(i18n.Chinese))
	g, problem := launcherState(l)
	if g == nil {
		t.Fatalf("the landslide did not start for 银杏村: %s", problem)
	}
	theHost.updatesPass(2)
	return l, g, in
}

// TestAVillageCadreWarnsAndMovesTheVillageInAFewClicks plays a village cadre from the
// drill screen through the input alone: the village warned by loudspeaker in at most
// four clicks, its transfer ordered in at most four more; when its activity centre
// fills, the cadre is told and sends the others to another shelter in as few. The
// world does each, and the panel does not shift under the cursor meanwhile.
func TestAVillageCadreWarnsAndMovesTheVillageInAFewClicks(t *testing.T) {
	_, g, in := villageAlone(t)
	s := g.session
	var ownFitted bool
	theHost.onUpdate(func() {
		v := s.Town().Villages[g.village]
		ownFitted = g.village >= 0 && v.Name == "银杏村" && g.cam.Visible().Contains(v.Area.Bound().Center())
	})
	if !ownFitted {
		t.Fatal("the map does not open on 银杏村")
	}

	loudspeaker := widget(t, g, i18n.TextActLoudspeaker.In(i18n.Chinese)).Rect
	warn := &clickCounter{t: t, in: in, g: g}
	warn.click(i18n.TextActLoudspeaker.In(i18n.Chinese))
	warn.click(i18n.TextConfirm.In(i18n.Chinese))
	if warn.n > 4 {
		t.Errorf("warning the village by loudspeaker took %d clicks, want at most 4", warn.n)
	}
	move := &clickCounter{t: t, in: in, g: g}
	move.click(i18n.TextActEvacuate.In(i18n.Chinese))
	move.click("银杏村活动中心")
	move.click(i18n.TextConfirm.In(i18n.Chinese))
	if move.n > 4 {
		t.Errorf("ordering the village's transfer took %d clicks, want at most 4", move.n)
	}
	sent := sentOrders(g)
	if len(sent) != 2 || sent[0].Order.Order != scenarios.OrderWarn || sent[0].Order.Channel != scenarios.ChannelLoudspeaker ||
		!slices.Equal(sent[0].Order.Scope.Villages, []string{"银杏村"}) || sent[1].Order.Order != scenarios.OrderEvacuate || sent[1].Order.Shelter != "银杏村活动中心" {
		t.Fatalf("the cadre's clicks sent %+v; want the village warned by loudspeaker and moved to its activity centre", sent)
	}
	theHost.press(in, ebiten.Key4)
	full := -1
	for i := 0; i < 400 && full < 0; i++ {
		theHost.onUpdate(func() {
			g.advance(6)
			full = g.full.notice
		})
	}
	if full < 0 {
		t.Fatalf("the activity centre (240 places) took the village (1,139) without a word: %v", g)
	}
	var said string
	theHost.onUpdate(func() { said = g.feedText(g.feed.Items[full]) })
	if !strings.Contains(said, "银杏村活动中心已满") {
		t.Errorf("the feed says %q of the full shelter", said)
	}
	if r := widget(t, g, i18n.TextActLoudspeaker.In(i18n.Chinese)).Rect; r != loudspeaker {
		t.Errorf("the panel shifted as orders, countdowns and messages came: 大喇叭预警 moved from %v to %v", loudspeaker, r)
	}
	other := &clickCounter{t: t, in: in, g: g}
	other.click(said)
	other.click("福宝中学")
	other.click(i18n.TextConfirm.In(i18n.Chinese))
	if other.n > 4 {
		t.Errorf("sending the others elsewhere took %d clicks", other.n)
	}
	last := sentOrders(g)
	if o := last[len(last)-1].Order; o.Order != scenarios.OrderEvacuate || o.Shelter != "福宝中学" || !slices.Equal(o.Scope.Villages, []string{"银杏村"}) {
		t.Fatalf("the choice of another shelter sent %+v", o)
	}
	warned := 0
	for i := 0; i < 200 && warned == 0; i++ {
		theHost.onUpdate(func() {
			g.advance(6)
			c := g.seatCounts()
			warned = c.Warned + c.Moving + c.Sheltered
		})
	}
	if warned == 0 {
		t.Error("nobody of 银杏村 was warned or moved")
	}
}

// TestTheOtherSeatsPlayByTheBook: practising alone, the cadre sees the command post's
// reference orders happen (its response activated, in the feed), and the journal of
// a drill played so records how the other seats were played.
func TestTheOtherSeatsPlayByTheBook(t *testing.T) {
	_, g, _ := villageAlone(t)
	byOthers := false
	for i := 0; i < 300 && !byOthers; i++ {
		theHost.onUpdate(func() {
			g.advance(6)
			for _, e := range g.session.Events() {
				byOthers = byOthers || e.Kind == scenarios.EventOrder && standin.RoleOf(e.Role) == scenarios.RoleCommand
			}
		})
	}
	if !byOthers {
		t.Fatal("practising alone, no order of the command post came")
	}
	told := false
	theHost.onUpdate(func() {
		for _, it := range g.feed.Items {
			told = told || it.Note == noteOtherOrder && strings.Contains(g.feedText(it), "镇指挥部")
		}
	})
	if !told {
		t.Error("the village's feed does not say what the command post did")
	}
	rec, ok := g.session.(*session.Recorded)
	if !ok {
		t.Fatalf("the drill is played in a %T, not journaled", g.session)
	}
	if seats := rec.Seats(); seats == nil || seats.Play != journal.PlayReference || !slices.Contains(seats.Roles, scenarios.RoleCommand) {
		t.Errorf("the journal says the other seats are played %+v; want the command post's by the reference", seats)
	}
}

// TestTheEndScreenLeadsOn: the end screen of a drill played from the start screen
// closes (关闭, and Esc) onto the map and comes back (查看结果); 再练一次 starts the
// same drill afresh for the same seat; 回放 opens the drill's replay; 返回开始 goes
// back to the start screen.
func TestTheEndScreenLeadsOn(t *testing.T) {
	l, g, in := villageAlone(t)
	toTheEnd := func(g *Game) {
		theHost.onUpdate(func() { g.advance(int(int64(g.session.Scenario().Duration)/g.session.TickSeconds()) + 10) })
		theHost.updatesPass(2)
	}
	shown := func(g *Game) (on bool) {
		theHost.onUpdate(func() { on = g.endShown() })
		return on
	}
	toTheEnd(g)
	if !shown(g) {
		t.Fatal("the drill ended without its end screen")
	}
	clickWidget(t, in, g, i18n.TextClose.In(i18n.Chinese))
	if shown(g) {
		t.Fatal("关闭 did not close the end screen")
	}
	clickWidget(t, in, g, i18n.TextShowResults.In(i18n.Chinese))
	if !shown(g) {
		t.Fatal("查看结果 did not bring the end screen back")
	}
	theHost.press(in, ebiten.KeyEscape)
	if shown(g) {
		t.Fatal("Esc did not close the end screen")
	}
	clickWidget(t, in, g, i18n.TextShowResults.In(i18n.Chinese))

	clickWidget(t, in, g, i18n.TextPlayAgain.In(i18n.Chinese))
	again, _ := launcherState(l)
	if again == nil || again == g {
		t.Fatal("再练一次 did not start the drill afresh")
	}
	var tick int64
	var role scenarios.Role
	var id string
	theHost.onUpdate(func() { tick, role, id = again.snap.T, again.role, again.session.Scenario().ID })
	if tick != 0 || role != g.role || id != "landslide" {
		t.Fatalf("再练一次 started %s at t=%d for %s; want the landslide from its start for %s", id, tick, role, g.role)
	}

	toTheEnd(again)
	clickWidget(t, in, again, i18n.TextReplay.In(i18n.Chinese))
	var replaying bool
	theHost.onUpdate(func() { _, replaying = l.scene.(*ReplayGame) })
	if !replaying {
		t.Fatal("回放 did not open the drill's replay")
	}

	l2, g2, in2 := villageAlone(t)
	toTheEnd(g2)
	clickWidget(t, in2, g2, i18n.TextBackToStart.In(i18n.Chinese))
	if g, _ := launcherState(l2); g != nil {
		t.Fatal("返回开始 left the drill on")
	}
	clickOnStartScreen(t, l2, in2, i18n.TextStart.In(i18n.Chinese))
}

// TestAVillageSeesItsOwnFiguresAndAlarms: 银杏村's cadres see their village's
// residents and figures, not the town's, which the command post sees; when nobody
// acts, the slide hurts people of the village and their feed raises the alarm of its
// first casualties; in the flood, 福宝社区's feed raises the alarm of its own people
// in danger, as the community's.
func TestAVillageSeesItsOwnFiguresAndAlarms(t *testing.T) {
	s := newSessionAs(t, "landslide", scenarios.VillageRole("银杏村"))
	g, _ := playing(t, s, Config{})
	var village, town sim.Counts
	theHost.onUpdate(func() { village, town = g.seatCounts(), g.snap.Counts })
	if village.Residents == 0 || village.Residents >= town.Residents {
		t.Fatalf("the village's residents %d against the town's %d", village.Residents, town.Residents)
	}
	residents := i18n.TextResidents.In(i18n.Chinese)
	if own := fmt.Sprintf("%s %d", residents, village.Residents); !panelSays(g, own) {
		t.Errorf("the village's panel does not say %q", own)
	}
	if whole := fmt.Sprintf("%s %d", residents, town.Residents); panelSays(g, whole) {
		t.Errorf("the village's panel says the town's %q", whole)
	}
	if alarm := firstAlarm(g, "首例伤亡"); !strings.Contains(alarm, "银杏村") {
		t.Errorf("the village's first casualties raised the alarm %q", alarm)
	}

	fs := newSessionAs(t, "flood", scenarios.VillageRole("福宝社区"))
	fg, _ := playing(t, fs, Config{})
	if alarm := firstAlarm(fg, "处于危险之中"); !strings.HasPrefix(alarm, "福宝社区 有") {
		t.Errorf("the community's people in danger raised the alarm %q", alarm)
	}

	cs := newSession(t, "landslide")
	cg, _ := playing(t, cs, Config{})
	if whole := fmt.Sprintf("%s %d", residents, town.Residents); !panelSays(cg, whole) {
		t.Errorf("the command post's panel does not say the town's %q", whole)
	}
}

// firstAlarm plays g's drill on, nobody acting, until its feed raises an alarm that
// says s, and returns it ("" when none came by the end).
func firstAlarm(g *Game, s string) (alarm string) {
	end := int64(g.session.Scenario().Duration)
	for at := int64(0); at < end && alarm == ""; {
		theHost.onUpdate(func() {
			g.advance(30)
			at = g.snap.T
			for _, it := range g.feed.Items {
				if it.Note == noteAlarm && strings.Contains(g.feedText(it), s) {
					alarm = g.feedText(it)
				}
			}
		})
	}
	return alarm
}

// TestTheHelpSaysTheSeatsDuties: H opens a help page that says the seat's own duties:
// a village's cadres are told to warn by loudspeaker and move people to shelter, the
// command post to activate the response, the controller to deliver injects, the
// evaluators to rate.
func TestTheHelpSaysTheSeatsDuties(t *testing.T) {
	for _, seat := range []struct {
		role scenarios.Role
		says []string
	}{
		{scenarios.VillageRole("银杏村"), []string{"帮助 — 银杏村村委会", "大喇叭预警", "组织转移"}},
		{scenarios.RoleCommand, []string{"帮助 — 镇指挥部", "启动响应"}},
		{scenarios.RoleController, []string{"帮助 — 导调", "立即插入情况"}},
		{scenarios.RoleEvaluator, []string{"圆满完成(P)"}},
	} {
		g, in := playing(t, newSessionAs(t, "landslide", seat.role), Config{})
		theHost.press(in, ebiten.KeyH)
		for _, s := range seat.says {
			if !overSays(g, s) {
				t.Errorf("the help page of %s does not say %q", seat.role, s)
			}
		}
		for _, other := range []scenarios.Role{scenarios.VillageRole("银杏村"), scenarios.RoleCommand, scenarios.RoleController, scenarios.RoleEvaluator} {
			if other != seat.role && overSays(g, firstLine(helpDuties(other).In(i18n.Chinese))) {
				t.Errorf("the help page of %s gives the duties of %s", seat.role, other)
			}
		}
		theHost.play(nil, nil)
	}
}

// firstLine is s up to its first line break.
func firstLine(s string) string {
	first, _, _ := strings.Cut(s, "\n")
	return first
}

// TestAVillageSeatOnAnotherMap plays a village's cadres on a map made otherwise than
// the demo town (an OpenStreetMap extract joined by a manifest with the county's
// village boundaries): the map opens on 大安里 and the loudspeaker warns it in two
// clicks, as on the demo town.
func TestAVillageSeatOnAnotherMap(t *testing.T) {
	d, err := drill.Load(filepath.Join("..", "maps", "testdata", "manifest", "xishui.yaml"), drill.Options{})
	if err != nil {
		t.Fatal(err)
	}
	w, err := d.NewWorld(sim.Options{})
	if err != nil {
		t.Fatal(err)
	}
	s := session.NewLocal(w, scenarios.VillageRole("大安里"))
	g, in := playing(t, s, Config{})
	theHost.updatesPass(2)
	var opened bool
	theHost.onUpdate(func() {
		v := s.Town().Villages[g.village]
		opened = g.village >= 0 && v.Name == "大安里" && g.cam.Visible().Contains(v.Area.Bound().Center())
	})
	if !opened {
		t.Fatal("the map does not open on 大安里")
	}
	clickWidget(t, in, g, i18n.TextActLoudspeaker.In(i18n.Chinese))
	clickWidget(t, in, g, i18n.TextConfirm.In(i18n.Chinese))
	sent := sentOrders(g)
	if len(sent) != 1 || sent[0].Order.Order != scenarios.OrderWarn || !slices.Equal(sent[0].Order.Scope.Villages, []string{"大安里"}) {
		t.Fatalf("two clicks sent %+v; want 大安里 warned by loudspeaker", sent)
	}
}
