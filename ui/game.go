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

// The window and its parts, in pixels.
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
	fonts  *Fonts

	clock     *Clock
	lastSpeed int // the speed space resumes
	cam       Camera
	view      *MapView
	snap      *sim.Snapshot
	feed      *Feed
	orders    OrderBook
	reqs      *scoring.Clocks
	// reqHidden marks the requirements not shown to a village's cadres (nil for the
	// other roles, who see every one).
	reqHidden []bool
	rowsBuf   []deadlineRow // the countdowns laid out, reused
	injects   *InjectLog
	// runUntil is the end of the tabletop phase released, where the clock stops;
	// -1 when no phase is running.
	runUntil int64
	// places finds the town's features by name.
	places *scenarios.Places
	// rolePanel is the role's own part of the side panel.
	rolePanel rolePanel
	panel     Panel
	marks     mapMarks

	sel  selection
	drag dragState
	help bool
	// final is the drill's assessment once it has ended; report says where R wrote it.
	final     *scoring.Assessment
	reportDir string
	report    string
	openItem  int       // the feed item shown in full, -1 for none
	north     meshBatch // the north arrow, in screen pixels
	hover     hoverState
	// layerMenu is whether the layer menu is open.
	layerMenu bool
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
		session: s, role: s.Role(), lang: cfg.Language, in: cfg.Input, fonts: fonts, reportDir: cfg.ReportDir,
		clock: NewClock(s.TickSeconds()), lastSpeed: 60,
		view: NewMapView(s.Town()), feed: NewFeed(s.Role()), reqs: scoring.NewClocks(plan, s.Scenario()),
		injects: NewInjectLog(s.Scenario()),
		sel:     none, openItem: -1, runUntil: -1,
		rolePanel: newRolePanel(s.Role()), places: scenarios.NewPlaces(s.Town()),
	}
	g.served, _ = s.(session.Served)
	g.reqs.Observe(s.Events())
	if s.Role().Village() != "" {
		for _, w := range g.reqs.Windows() {
			g.reqHidden = append(g.reqHidden, !g.role.SeesRequirement(w.Requirement, s.Scenario(), g.places))
		}
	}
	g.injects.Observe(s.Events())
	g.panel.fonts = fonts
	g.cam = Camera{W: mapWidth, H: ScreenHeight}
	g.cam.Fit(s.Town().Core)
	g.marks.init(s.Town(), fonts)
	g.refresh()
	return g, nil
}

// Layout fixes the logical screen size.
func (g *Game) Layout(int, int) (int, int) { return ScreenWidth, ScreenHeight }

// Update reads input, moves the clock on and takes in what the world did.
func (g *Game) Update() error {
	g.handleKeys()
	g.panel.beginUpdate(g.in)
	g.layoutPanel()
	g.panel.keepFocus(g.rolePanel.fields()...)
	g.handleMap()
	g.panel.endUpdate()
	if g.session.Done() {
		g.clock.SetSpeed(0)
		g.assess()
	}
	if g.served != nil {
		g.followServer()
	} else if n := g.holdAtPhaseEnd(g.clock.Update()); n > 0 {
		g.advance(n)
	}
	g.stopAtPhaseEnd()
	return nil
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
	g.orders.Observe(events, g.say)
	g.reqs.Observe(events)
	g.injects.Observe(events)
	g.feed.Add(events, g.orders.Has, g.say)
	g.refresh()
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
	for _, f := range g.rolePanel.fields() {
		if f.Focused {
			f.Edit(in)
			return
		}
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
		g.cam.Fit(g.session.Town().Core)
	case in.KeyPressed(ebiten.KeyL):
		g.lang = 1 - g.lang
	case in.KeyPressed(ebiten.KeyH):
		g.help = !g.help
	case in.KeyPressed(ebiten.KeyR) && g.final != nil:
		g.writeReport()
	case in.KeyPressed(ebiten.KeyEnter) && g.sel.place != "":
		g.confirmOrder()
	case in.KeyPressed(ebiten.KeyEscape):
		g.sel.clear()
		g.openItem = -1
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
// made (the units' destination, the supplies'), else selects the unit there (adding
// it to the units selected, or taking it out, when add is set), else the shelter,
// depot, road, hazard zone or village there (selectTargetAt).
func (g *Game) clickMap(x, y float64, add bool) {
	if g.sel.picking() {
		if place := g.placeAt(x, y); place != "" {
			g.sel.place = place
		}
		return
	}
	if id := g.unitAt(x, y); id != "" {
		if add {
			g.sel.toggle(id)
		} else {
			g.sel.only(id)
		}
		return
	}
	g.selectTargetAt(x, y)
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

// Draw draws the map, its marks and the side panel.
func (g *Game) Draw(screen *ebiten.Image) {
	// The map draws in its viewport and may spill under the panel, which covers it: a
	// sub-image per frame would cost Ebiten a fresh vertex buffer each time.
	g.view.Draw(screen, &g.cam)
	g.marks.draw(screen, g)
	g.drawOverlays(screen)
	g.panel.beginDraw(screen)
	g.layoutPanel()
}

// String describes the game for test failures.
func (g *Game) String() string {
	return fmt.Sprintf("drill at t=%ds, speed ×%d, selection %+v", g.snap.T, g.clock.Speed(), g.sel)
}
