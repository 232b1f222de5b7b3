package ui

import (
	"fmt"
	"image"

	"github.com/hajimehoshi/ebiten/v2"

	"drillsim/i18n"
	"drillsim/scenarios"
	"drillsim/scoring"
	"drillsim/session"
	"drillsim/sim"
)

// The window and its parts, in pixels at 100%.
const (
	ScreenWidth  = 1280
	ScreenHeight = 800
	panelWidth   = 340
	mapWidth     = ScreenWidth - panelWidth
)

// Config chooses how the interface starts.
type Config struct {
	// Role is the role the start screen offers first (default the command post,
	// 指挥部); a drill is played as its session's role.
	Role scenarios.Role
	// Language is the interface language (default Chinese).
	Language i18n.Language
	// Input is where keyboard and mouse come from (default the real ones).
	Input Input
	// ReportDir is where R writes the after-action report at the end (default drills).
	ReportDir string
	// Scale is the interface's size, from MinScale (100%, the default) to MaxScale;
	// Ctrl and + or − change it, and OnScale, when set, is told the new one to
	// remember it.
	Scale   float64
	OnScale func(scale float64)
	// Scenes are where the end screen leads on; the start screen sets them.
	Scenes *Scenes
}

// Scenes are where a drill's end screen leads: the replay of the drill, the same
// drill again from its start for the same seat, the start screen. A nil one is not
// offered.
type Scenes struct {
	Replay, Again, Home func()
}

// Game is the drill interface as an ebiten.Game: it reads input, turns wall time into
// ticks through its Clock, sends orders through the Session and draws its snapshots.
type Game struct {
	session session.Session
	// served is the session when a server keeps its clock (a seat of a served
	// drill), else nil.
	served session.Served
	role   scenarios.Role // the session's
	lang   i18n.Language
	in     Input
	cfg    Config
	// fonts are the faces at 100%, which layouts measure with; drawn the faces at
	// the scale.
	fonts, drawn *Fonts
	scale        float64

	clock     *Clock
	lastSpeed int // the speed space resumes
	cam       Camera
	view      *MapView
	snap      *sim.Snapshot
	feed      *Feed
	orders    OrderBook
	// seat is whose duties the window counts down and grades: the town's, or for a
	// village's cadres, their own village's (scoring.Seat).
	seat scoring.Seat
	reqs *scoring.Clocks
	// countdowns are the requirements' clocks as the panel and the feed tell them.
	countdowns countdowns
	injects    *InjectLog
	// runUntil is the end of the tabletop phase released, where the clock stops;
	// -1 when no phase is running.
	runUntil int64
	// places finds the town's features by name.
	places *scenarios.Places
	// village is the index in the town of the seat's village, -1 for a seat of the
	// town.
	village int
	// rolePanel is the role's own part of the side panel.
	rolePanel rolePanel
	// panel is the side panel; over is what is drawn over the map and, for a
	// dialog or the end screen, over everything.
	panel, over Panel
	// panelScroll scrolls the side panel as a whole when it is taller than the
	// window; lists scroll inside it.
	panelScroll              scroll
	panelH                   int // the side panel's content height, last laid out
	feedScroll, ordersScroll scroll
	marks                    mapMarks
	alarms                   alarms
	full                     shelterFull

	sel  selection
	drag dragState
	help bool
	// helpScroll scrolls the help page when the window is too short for it.
	helpScroll scroll
	// dialog is the order waiting for its confirmation, nil when none.
	dialog *dialog
	// projector shows a tabletop's phase, question and feed large over the map.
	projector bool
	// final is the drill's assessment once it has ended; report says where R wrote it;
	// endClosed that the end screen was closed to look at the map.
	final     *scoring.Assessment
	reportDir string
	report    string
	endClosed bool
	endScroll scroll
	north     meshBatch // the north arrow, in screen pixels
	hover     hoverState
	// layerMenu is whether the layer menu is open; legendFold whether the legend's
	// title was clicked, folding it (or, at a large scale, unfolding it).
	layerMenu, legendFold bool
	legendSymbols         Symbols
}

// dragState follows a press on the map: a drag pans (or, with shift held, draws a
// box that selects the units in it), a press and release in place is a click.
type dragState struct {
	on     bool
	moved  bool
	box    bool
	startX int
	startY int
	lastX  int
	lastY  int
}

// clickSlopPx is how far the mouse may move between press and release for a click.
const clickSlopPx = 4

// NewGame returns the interface of session s, for its role.
func NewGame(s session.Session, cfg Config) (*Game, error) {
	fonts, err := NewFonts()
	if err != nil {
		return nil, err
	}
	plan, err := s.Plan()
	if err != nil {
		return nil, fmt.Errorf("scenario %s: cannot follow its plan's time limits: %w", s.Scenario().ID, err)
	}
	if cfg.Input == nil {
		cfg.Input = EbitenInput{}
	}
	g := &Game{
		session: s, role: s.Role(), lang: cfg.Language, in: cfg.Input, cfg: cfg, fonts: fonts, drawn: fonts, scale: 1,
		reportDir: cfg.ReportDir,
		clock:     NewClock(s.TickSeconds()), lastSpeed: 60,
		view: NewMapView(s.Town()), feed: NewFeed(s.Role()),
		injects: NewInjectLog(s.Scenario()),
		sel:     none, runUntil: -1, village: -1, full: shelterFull{notice: -1},
		rolePanel: newRolePanel(s.Role()), places: scenarios.NewPlaces(s.Town()), seat: scoring.Town,
	}
	g.served, _ = s.(session.Served)
	if v := s.Role().Village(); v != "" {
		for i, tv := range s.Town().Villages {
			if tv.Name == v {
				g.village = i
			}
		}
		g.seat = scoring.VillageSeat(v, g.places)
	}
	g.reqs = scoring.NewSeatClocks(plan, s.Scenario(), g.seat)
	g.marks.init(s.Town(), fonts)
	if err := g.setScale(cfg.Scale); err != nil {
		return nil, err
	}
	g.refresh()
	g.takeIn(s.Events())
	g.feed.MarkAllRead()
	g.fitView()
	return g, nil
}

// fitView shows the seat's own area: a village's cadres their village, the others
// the town.
func (g *Game) fitView() {
	t := g.session.Town()
	if g.village >= 0 && len(t.Villages[g.village].Area) > 0 {
		b := t.Villages[g.village].Area.Bound()
		g.cam.Fit(b.Pad(max(b.Max[0]-b.Min[0], b.Max[1]-b.Min[1]) * 0.06))
		return
	}
	g.cam.Fit(t.Core)
}

// Session returns the session of the drill shown.
func (g *Game) Session() session.Session { return g.session }

// Layout fixes the logical screen size.
func (g *Game) Layout(int, int) (int, int) { return ScreenWidth, ScreenHeight }

// Update reads input, moves the clock on and takes in what the world did.
func (g *Game) Update() error {
	g.handleKeys()
	modal := g.modal()
	g.over.beginUpdate(g.in)
	g.layoutOver()
	in := g.in
	if modal {
		in = blockedInput{g.in}
	}
	g.panel.beginUpdate(in)
	g.layoutPanel()
	g.panel.keepFocus(append(g.rolePanel.fields(), g.dialogFields()...)...)
	if !modal {
		g.handleMap()
	} else {
		g.hover.text, g.drag.on = "", false
	}
	g.panel.endUpdate()
	g.over.endUpdate()
	if g.session.Done() {
		g.clock.SetSpeed(0)
		g.assess()
	}
	if g.served != nil {
		g.followServer()
	} else if n := g.holdAtPhaseEnd(g.clock.Update(g.speedCap())); n > 0 {
		g.advance(n)
	}
	g.stopAtPhaseEnd()
	return nil
}

// modal reports whether something over the map takes every click: a dialog, the
// end screen, the help page.
func (g *Game) modal() bool {
	return g.dialog != nil || g.help || g.endShown()
}

// followServer shows the served drill's clock and takes in what the server sent.
func (g *Game) followServer() {
	s := g.served.Speed()
	if s < 0 { // as fast as the seats keep up
		s = Speeds[len(Speeds)-1]
	}
	if s != g.clock.Speed() {
		g.clock.SetSpeed(s)
	}
	if g.served.Changed() {
		g.advance(0)
	}
}

// maxNoteRunes bounds a typed note.
const maxNoteRunes = 200

// advance moves the world on by n ticks and takes in its events.
func (g *Game) advance(n int) {
	events := g.session.Advance(n)
	g.refresh()
	g.takeIn(events)
}

// takeIn takes in the events of the drill: the orders' statuses, the requirements'
// clocks, the injects delivered, the feed and its alarms.
func (g *Game) takeIn(events []sim.Event) {
	g.orders.Observe(events, g.say)
	g.countdowns.observe(g, events)
	g.injects.Observe(events)
	g.feed.Add(events, g.orders.Has, g.say)
	g.alarms.observe(g, events)
	g.full.observe(g, events)
	for i := range events {
		g.otherOrder(&events[i])
	}
}

// refresh takes a new snapshot and paints it into the map.
func (g *Game) refresh() {
	g.snap = g.session.Snapshot()
	g.view.Update(g.snap)
	g.marks.update(g.snap)
}

// send gives order o through the session, as the player's role, and records it. A
// session that refuses an order (a replay, a journal that cannot be written) returns
// 0 and brings its rejection with the next Advance, which send asks for at once for
// the feed.
func (g *Game) send(o scenarios.Order) {
	o.Role = g.role
	seq := g.session.Send(o)
	g.orders.Sent(seq, g.snap.T, o)
	if seq == 0 { // the session refused the order: show it so, with its rejection
		g.orders.Entries[len(g.orders.Entries)-1].Status = StatusRejected
		g.advance(0)
	}
}

// handleKeys applies the keyboard shortcuts.
func (g *Game) handleKeys() {
	in := g.in
	if g.handleScaleKeys() {
		return
	}
	for _, f := range append(g.rolePanel.fields(), g.dialogFields()...) {
		if f.Focused {
			if g.dialog != nil && in.KeyPressed(ebiten.KeyEnter) && g.dialog.ready(g) {
				g.dialog.confirm(g)
				return
			}
			if g.submitsAnswer(f, in) {
				return
			}
			f.Edit(in)
			return
		}
	}
	if g.modalKeys() {
		return
	}
	switch {
	case in.KeyPressed(ebiten.KeySpace):
		if g.clock.Speed() == 0 {
			g.setSpeed(g.lastSpeed)
		} else {
			g.setSpeed(0)
		}
	case in.KeyPressed(ebiten.Key1):
		g.setSpeed(Speeds[1])
	case in.KeyPressed(ebiten.Key2):
		g.setSpeed(Speeds[2])
	case in.KeyPressed(ebiten.Key3):
		g.setSpeed(Speeds[3])
	case in.KeyPressed(ebiten.Key4):
		g.setSpeed(Speeds[4])
	case in.KeyPressed(ebiten.KeyPeriod):
		g.step()
	case in.KeyPressed(ebiten.KeyF):
		g.fitView()
	case in.KeyPressed(ebiten.KeyL):
		g.lang = 1 - g.lang
	case in.KeyPressed(ebiten.KeyH):
		g.help = !g.help
	case in.KeyPressed(ebiten.KeyP) && g.tabletop():
		g.projector = !g.projector
	case in.KeyPressed(ebiten.KeyR) && g.final != nil:
		g.writeReport()
	case in.KeyPressed(ebiten.KeyEnter) && g.sel.place != "":
		g.confirmOrder()
	case in.KeyPressed(ebiten.KeyEscape):
		g.sel.clear()
		g.feed.Open = -1
	case in.KeyPressed(ebiten.KeyEqual), in.KeyPressed(ebiten.KeyNumpadAdd):
		g.cam.ZoomAbout(g.cam.X0+g.cam.W/2, g.cam.Y0+g.cam.H/2, zoomStep)
	case in.KeyPressed(ebiten.KeyMinus), in.KeyPressed(ebiten.KeyNumpadSubtract):
		g.cam.ZoomAbout(g.cam.X0+g.cam.W/2, g.cam.Y0+g.cam.H/2, 1/zoomStep)
	}
	const panPx = 12
	for _, k := range []struct {
		key    ebiten.Key
		dx, dy float64
	}{{ebiten.KeyArrowLeft, panPx, 0}, {ebiten.KeyArrowRight, -panPx, 0}, {ebiten.KeyArrowUp, 0, panPx}, {ebiten.KeyArrowDown, 0, -panPx}} {
		if in.KeyDown(k.key) {
			g.cam.Pan(k.dx, k.dy)
		}
	}
}

// modalKeys answers the keys of what is open over the map, Esc closing it and Enter
// confirming a dialog; it reports whether one was open.
func (g *Game) modalKeys() bool {
	in := g.in
	esc, enter := in.KeyPressed(ebiten.KeyEscape), in.KeyPressed(ebiten.KeyEnter)
	switch {
	case g.dialog != nil:
		if esc {
			g.dialog = nil
		} else if enter && g.dialog.ready(g) {
			g.dialog.confirm(g)
		}
	case g.help:
		if esc || in.KeyPressed(ebiten.KeyH) {
			g.help = false
		}
	case g.endShown():
		switch {
		case esc:
			g.endClosed = true
		case in.KeyPressed(ebiten.KeyR):
			g.writeReport()
		case in.KeyPressed(ebiten.KeyL):
			g.lang = 1 - g.lang
		}
	default:
		return false
	}
	return true
}

// step pauses the clock (as setSpeed(0) does) and moves the world on by one tick.
func (g *Game) step() {
	g.setSpeed(0)
	g.clock.Step()
}

// zoomStep is the zoom factor of one wheel notch or one +/- press.
const zoomStep = 1.25

// setSpeed sets the clock speed and remembers the last running one. The changes of a
// role that gives the clock's orders (the controller, 导调) go into the drill's record
// as pause and speed orders.
func (g *Game) setSpeed(s int) {
	if g.role.MayGive(scenarios.OrderSpeed) && s != g.clock.Speed() {
		g.sendClock(s)
	}
	g.clock.SetSpeed(s)
	if s > 0 {
		g.lastSpeed = s
	}
}

// handleMap pans, zooms, selects and picks places on the map.
func (g *Game) handleMap() {
	in := g.in
	x, y := in.Cursor()
	fx, fy := float64(x), float64(y)
	over := g.cam.Contains(fx, fy) && !g.onMapControls(image.Pt(x, y))
	defer func() { g.updateHover(x, y, over) }()
	if w := in.Wheel(); w != 0 && over {
		f := zoomStep
		if w < 0 {
			f = 1 / zoomStep
		}
		g.cam.ZoomAbout(fx, fy, f)
	}
	shift := in.KeyDown(ebiten.KeyShift)
	if in.MousePressed() && over {
		g.drag = dragState{on: true, box: shift && g.role.CommandsUnits(), startX: x, startY: y, lastX: x, lastY: y}
	}
	if g.drag.on && in.MouseDown() {
		if abs(x-g.drag.startX) > clickSlopPx || abs(y-g.drag.startY) > clickSlopPx {
			g.drag.moved = true
		}
		if g.drag.moved && !g.drag.box {
			g.cam.Pan(float64(x-g.drag.lastX), float64(y-g.drag.lastY))
		}
		g.drag.lastX, g.drag.lastY = x, y
	}
	if g.drag.on && in.MouseReleased() {
		switch {
		case g.drag.moved && g.drag.box:
			g.selectUnitsIn(g.drag.rect())
		case !g.drag.moved && over:
			g.clickMap(fx, fy, shift)
		}
		g.drag.on = false
	}
}

// rect is the box a selecting drag has drawn so far.
func (d *dragState) rect() image.Rectangle {
	return image.Rect(d.startX, d.startY, d.lastX, d.lastY).Canon()
}

func abs(v int) int {
	if v < 0 {
		return -v
	}
	return v
}

// clickMap acts on a click at screen (x, y): it picks the place of the order being
// made (the units' destination, the supplies'), else selects what is there
// (targetAt), adding a unit to the units selected or taking it out when add is set.
func (g *Game) clickMap(x, y float64, add bool) {
	t := g.targetAt(x, y)
	if g.sel.picking() {
		if t.place != "" {
			g.sel.place = t.place
		}
		return
	}
	if t.unit != "" && add {
		g.sel.toggle(t.unit)
		return
	}
	g.sel.selectTarget(t)
}

// selectUnitsIn selects the units the player commands whose icons lie in screen
// rectangle r; it keeps the selection when there are none.
func (g *Game) selectUnitsIn(r image.Rectangle) {
	var ids []string
	for _, u := range g.marks.units {
		if u.State == sim.UnitAbsent || !g.role.MayCommand(u.Village) {
			continue
		}
		if x, y := g.cam.ToScreen(u.At); image.Pt(int(x), int(y)).In(r.Inset(-1)) {
			ids = append(ids, u.ID)
		}
	}
	if len(ids) > 0 {
		g.sel.clear()
		g.sel.units = ids
	}
}

// Draw draws the map, its marks, what is over the map and the side panel, then
// what is open over everything and, last, a cut text the cursor rests on, whole.
func (g *Game) Draw(screen *ebiten.Image) {
	// The map draws in its viewport and may spill under the panel, which covers it: a
	// sub-image per frame would cost Ebiten a fresh vertex buffer each time.
	g.view.Draw(screen, &g.cam)
	g.marks.draw(screen, g)
	g.drawMapOverlays(screen)
	g.panel.beginDraw(screen)
	g.layoutPanel()
	g.over.beginDraw(screen)
	g.layoutOver()
	if !g.over.shaded { // the panel's cut texts do not show through a dialog
		g.panel.drawTips(screen)
	}
	g.over.drawTips(screen)
}

// String describes the game for test failures.
func (g *Game) String() string {
	return fmt.Sprintf("drill at t=%ds, speed ×%d, selection %+v", g.snap.T, g.clock.Speed(), g.sel)
}

// blockedInput is the input of what lies under something modal: no clicks, no wheel.
type blockedInput struct{ Input }

func (blockedInput) MousePressed() bool  { return false }
func (blockedInput) MouseReleased() bool { return false }
func (blockedInput) MouseDown() bool     { return false }
func (blockedInput) Wheel() float64      { return 0 }
