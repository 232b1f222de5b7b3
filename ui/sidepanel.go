package ui

import (
	"fmt"
	"image"
	"image/color"
	"slices"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/paulmach/orb"

	"drillsim/i18n"
	"drillsim/journal"
	"drillsim/scenarios"
	"drillsim/sim"
)

// Side panel geometry, in logical pixels. Each part of the panel has a fixed height
// and its lists scroll inside it, so that nothing moves under the cursor when rows
// come; the panel scrolls as a whole when the window is too short for it.
const (
	panelX   = mapWidth
	panelPad = 10
	innerX   = panelX + panelPad
	innerW   = panelWidth - 2*panelPad
	rowH     = 20
	buttonH  = 26
	// headH is a part's heading: its title and the space under it.
	headH = 24
	// gapH is the space between parts.
	gapH = 8
	// minFeedRows is how many rows of the feed show at least.
	minFeedRows = 4
	// panelWheelPx is how far a notch of the wheel scrolls the panel.
	panelWheelPx = 48
)

// layoutPanel lays out the side panel: the clock and speed, the role's own panel
// (rolePanel) and the feed, which takes the rest. It runs in Update to answer clicks
// and in Draw to paint (see Panel).
func (g *Game) layoutPanel() {
	p := &g.panel
	g.framePanels()
	h := g.logical(ScreenHeight)
	p.Fill(image.Rect(panelX, g.panelScroll.first, ScreenWidth, g.panelScroll.first+h), colorPanelSolid)
	y := g.layoutClock(8)
	y = g.rolePanel.layout(g, y)
	rest := h - y - gapH - headH - 8
	y = g.layoutFeed(y+gapH, max(rest/rowH, minFeedRows))
	g.panelH = y + 6
	if p.dst == nil && p.wheel != 0 && p.hovered(image.Rect(panelX, g.panelScroll.first, ScreenWidth, g.panelScroll.first+h)) {
		g.panelScroll.first -= int(p.wheel * panelWheelPx)
		p.wheel = 0
	}
	g.panelScroll.first = min(max(g.panelScroll.first, 0), max(g.panelH-h, 0))
}

// section lays out a part's title at y and returns the y below it.
func (g *Game) section(y int, title string) int {
	g.panel.Line(image.Rect(innerX, y, innerX+innerW, y+headH), title, g.fonts.Normal, colorPanelText)
	return y + headH
}

// layoutClock lays out the scenario clock, the seat and the help, and the speed
// buttons.
func (g *Game) layoutClock(y int) int {
	p := &g.panel
	now := ScenarioTime(g.session.Scenario(), g.snap.T)
	p.Text(image.Pt(innerX, y), now.Format("2006-01-02 15:04:05"), g.fonts.Large, colorPanelText)
	y += 30
	const helpW = 64
	p.Line(image.Rect(innerX, y+3, innerX+innerW-helpW-6, y+rowH), i18n.RoleName(g.role, g.lang), g.fonts.Small, colorPanelDim)
	if p.Button(image.Rect(innerX+innerW-helpW, y, innerX+innerW, y+buttonH-4), i18n.TextHelpButton.In(g.lang), g.help) {
		g.help = !g.help
	}
	y += buttonH
	labels := [len(Speeds)]string{i18n.TextPaused.In(g.lang), "×1", "×10", "×60", "×300"}
	const gap = 4
	bw := (innerW - len(Speeds)*gap) / (len(Speeds) + 1)
	for i, s := range Speeds {
		r := image.Rect(innerX+i*(bw+gap), y, innerX+i*(bw+gap)+bw, y+buttonH)
		if p.Button(r, labels[i], g.clock.Speed() == s) {
			g.setSpeed(s)
		}
	}
	r := image.Rect(innerX+len(Speeds)*(bw+gap), y, innerX+innerW, y+buttonH)
	if p.Button(r, i18n.TextStep.In(g.lang), false) {
		g.step()
	}
	return g.layoutUnjoined(y + buttonH)
}

// layoutUnjoined lays out, for the controller of a served drill before its clock
// starts, the choice of how the seats nobody joined are played: their reference
// response or idle.
func (g *Game) layoutUnjoined(y int) int {
	if g.served == nil {
		return y
	}
	play, open := g.served.Unjoined()
	if !open {
		return y
	}
	p := &g.panel
	y += 4
	p.Line(image.Rect(innerX, y+3, innerX+innerW, y+rowH), i18n.TextUnjoinedSeats.In(g.lang), g.fonts.Small, colorPanelDim)
	y += rowH
	const gap = 4
	bw := (innerW - gap) / 2
	for i, c := range []struct {
		play string
		text i18n.Text
	}{{journal.PlayReference, i18n.TextUnjoinedReference}, {journal.PlayIdle, i18n.TextUnjoinedIdle}} {
		r := image.Rect(innerX+i*(bw+gap), y, innerX+i*(bw+gap)+bw, y+buttonH)
		if p.Button(r, c.text.In(g.lang), play == c.play) && play != c.play {
			g.served.ChooseUnjoined(c.play)
		}
	}
	return y + buttonH
}

// countRow is one figure of the counts.
type countRow struct {
	label i18n.Text
	value string
	alert bool
}

// peopleRows are the figures of the people of an area, counted c: residents, warned,
// moving, sheltered, in danger, hurt, treated, and its buildings destroyed.
func peopleRows(c sim.Counts) []countRow {
	return []countRow{
		{i18n.TextResidents, fmt.Sprint(c.Residents), false},
		{i18n.TextUnwarned, fmt.Sprint(c.Unwarned), c.Unwarned > 0},
		{i18n.TextWarned, fmt.Sprint(c.Warned), false},
		{i18n.TextMoving, fmt.Sprint(c.Moving), false},
		{i18n.TextSheltered, fmt.Sprint(c.Sheltered), false},
		{i18n.TextInDanger, fmt.Sprint(c.InDanger), c.InDanger > 0},
		{i18n.TextCasualties, fmt.Sprint(c.Casualties), c.Casualties > 0},
		{i18n.TextTreated, fmt.Sprint(c.Treated), false},
		{i18n.TextDestroyed, fmt.Sprint(c.BuildingsDestroyed), c.BuildingsDestroyed > 0},
	}
}

// countRows are the town's figures, from the latest snapshot.
func (g *Game) countRows() []countRow {
	c := g.snap.Counts
	return append(peopleRows(c),
		countRow{i18n.TextRoadsCut, fmt.Sprint(c.RoadsCut), c.RoadsCut > 0},
		countRow{i18n.TextFloodedCells, fmt.Sprintf(i18n.TextHectares.In(g.lang), g.floodedHa()), false},
		countRow{i18n.TextBurntHa, fmt.Sprintf(i18n.TextHectares.In(g.lang), c.BurntHa), c.BurntHa > 0},
	)
}

// floodedHa is the area under water, in hectares: the cells flooded times a cell's.
func (g *Game) floodedHa() float64 {
	if g.snap.Terrain == nil {
		return 0
	}
	return float64(g.snap.Counts.FloodedCells) * g.snap.Terrain.Cell * g.snap.Terrain.Cell / 1e4
}

// countH is a row of figures.
const countH = 18

// layoutFigures lays out figures in cols columns from y and returns the y below.
func (g *Game) layoutFigures(y, cols int, rows []countRow) int {
	p := &g.panel
	w := innerW / cols
	for i, row := range rows {
		x := innerX + (i%cols)*w
		ry := y + (i/cols)*countH
		c := color.Color(colorPanelDim)
		if row.alert {
			c = colorAlert
		}
		p.Line(image.Rect(x, ry, x+w-4, ry+countH), row.label.In(g.lang)+" "+row.value, g.fonts.Small, c)
	}
	return y + (len(rows)+cols-1)/cols*countH
}

// layoutCounts lays out the town's figures in three columns.
func (g *Game) layoutCounts(y int) int {
	y = g.section(y, i18n.TextCounts.In(g.lang))
	return g.layoutFigures(y, 3, g.countRows())
}

// layoutUnits lays out, in rows lines, the list of units the role commands, each
// with its state and the status of its last order; a click selects one.
func (g *Game) layoutUnits(y, rows int, s *scroll) int {
	p := &g.panel
	y = g.section(y, i18n.TextUnits.In(g.lang))
	var units []int
	for i, u := range g.snap.Units {
		if g.role.MayCommand(u.Village) {
			units = append(units, i)
		}
	}
	box := image.Rect(innerX, y, innerX+innerW, y+rows*rowH)
	if len(units) == 0 {
		p.Line(image.Rect(innerX, y, box.Max.X, y+rowH), i18n.TextNoUnits.In(g.lang), g.fonts.Small, colorPanelDim)
		return box.Max.Y
	}
	from, to := p.List(box, len(units), rowH, s)
	for k, i := range units[from:to] {
		u := g.snap.Units[i]
		r := image.Rect(innerX, y+k*rowH, innerX+innerW-scrollBarW, y+(k+1)*rowH)
		label := i18n.UnitMark(u.Kind) + " " + u.Name + "  " + i18n.UnitStateText(u.State).In(g.lang)
		if o := g.orders.Latest(u.ID); o != nil {
			label += " · " + o.Status.Text(o.Order.Order).In(g.lang)
		}
		if p.Row(r, label, colorPanelText, g.sel.has(u.ID)) && u.State != sim.UnitAbsent {
			if g.in.KeyDown(ebiten.KeyShift) {
				g.sel.toggle(u.ID)
			} else {
				g.sel.only(u.ID)
			}
		}
	}
	return box.Max.Y
}

// layoutActions lays out, in a box of height h, what the selection can do: a unit's
// tasks, a village's or zone's warnings and evacuation, a shelter's opening, a
// road's closing, a depot's supplies, or else the role's standing orders.
func (g *Game) layoutActions(y, h int, standing func(g *Game, y int) int) int {
	p := &g.panel
	p.Fill(image.Rect(innerX, y, innerX+innerW, y+1), colorButton)
	y += 6
	bottom := y + h
	town := g.session.Town()
	switch {
	case len(g.sel.units) > 0:
		g.layoutUnitOrder(y)
	case g.sel.other != "":
		g.layoutOtherUnit(y)
	case g.sel.depot >= 0:
		g.layoutDepotOrders(y)
	case g.sel.road != "":
		g.layoutRoadOrders(y)
	case g.sel.zone >= 0:
		g.layoutZoneOrders(y)
	case g.sel.station >= 0 && g.sel.station < len(town.Stations):
		y = g.layoutSelected(y, g.describeTarget(target{station: g.sel.station, shelter: -1, depot: -1, zone: -1, village: -1}))
		g.layoutDeselect(y)
	case g.sel.village >= 0 && g.sel.village < len(town.Villages):
		g.layoutVillageOrders(y)
	case g.sel.shelter >= 0 && g.sel.shelter < len(town.Shelters):
		g.layoutShelterOrders(y)
	default:
		standing(g, y)
	}
	return bottom
}

// layoutSelected lays out the name of what is selected (the first line of s) and
// returns the y below it.
func (g *Game) layoutSelected(y int, s string) int {
	p := &g.panel
	first, _, _ := cutLine(s)
	p.Line(image.Rect(innerX, y, innerX+innerW, y+rowH), first, g.fonts.Small, colorAccent)
	return y + rowH
}

// cutLine splits s at its first line break.
func cutLine(s string) (first, rest string, ok bool) {
	for i, r := range s {
		if r == '\n' {
			return s[:i], s[i+1:], true
		}
	}
	return s, "", false
}

// layoutDeselect lays out the button that drops the selection.
func (g *Game) layoutDeselect(y int) {
	if g.panel.Button(actionButton(y, 0), i18n.TextDeselect.In(g.lang), false) {
		g.sel.clear()
	}
}

// layoutOtherUnit lays out a unit the seat sees but does not command: who it is,
// what it does, and that another seat commands it.
func (g *Game) layoutOtherUnit(y int) {
	u := g.unitView(g.sel.other)
	if u == nil {
		g.sel.clear()
		return
	}
	y = g.layoutSelected(y, g.describeUnit(u))
	g.panel.Line(image.Rect(innerX, y, innerX+innerW, y+rowH), i18n.TextNotYourUnit.In(g.lang), g.fonts.Small, colorPanelDim)
	g.layoutDeselect(y + rowH + 4)
}

// layoutVillageOrders lays out a village selected: its warning and its evacuation,
// each asked in a dialog, or that the seat may not order there.
func (g *Game) layoutVillageOrders(y int) {
	name := g.session.Town().Villages[g.sel.village].Name
	y = g.layoutSelected(y, name)
	if !g.mayOrderIn(scenarios.OrderWarn, name) {
		g.panel.Line(image.Rect(innerX, y, innerX+innerW, y+rowH), i18n.TextNotAllowed.In(g.lang), g.fonts.Small, colorPanelDim)
		g.layoutDeselect(y + rowH + 4)
		return
	}
	g.layoutScopeOrders(y, scopeChoice{label: name, scope: scenarios.Scope{Villages: []string{name}}}, g.marks.villages[g.sel.village].At)
}

// layoutScopeOrders lays out the warning and the evacuation of scope sc, each asked
// in a dialog, and the button that drops the selection.
func (g *Game) layoutScopeOrders(y int, sc scopeChoice, at orb.Point) {
	p := &g.panel
	if p.Button(actionButton(y, 0), i18n.TextWarnEllipsis.In(g.lang), false) {
		g.openDialog(g.warnDialog(scenarios.ChannelLoudspeaker, []scopeChoice{sc}, true))
	}
	if p.Button(actionButton(y, 1), i18n.TextEvacuateEllipsis.In(g.lang), false) {
		g.openDialog(g.evacuateDialog([]scopeChoice{sc}, at, -1))
	}
	if p.Button(actionButton(y, 2), i18n.TextDeselect.In(g.lang), false) {
		g.sel.clear()
	}
}

// layoutShelterOrders lays out a shelter selected: its state and occupancy, and its
// opening.
func (g *Game) layoutShelterOrders(y int) {
	p := &g.panel
	i := g.sel.shelter
	name := g.session.Town().Shelters[i].Name
	y = g.layoutSelected(y, name)
	first, rest, _ := cutLine(g.describeShelter(i))
	_ = first
	p.Line(image.Rect(innerX, y, innerX+innerW, y+rowH), rest, g.fonts.Small, colorPanelText)
	y += rowH + 2
	if !g.mayOrderIn(scenarios.OrderOpenShelter, g.places.VillageOf(name)) {
		p.Line(image.Rect(innerX, y, innerX+innerW, y+rowH), i18n.TextNotAllowed.In(g.lang), g.fonts.Small, colorPanelDim)
		g.layoutDeselect(y + rowH + 4)
		return
	}
	if p.Button(actionButton(y, 0).Union(actionButton(y, 1)), i18n.TextOpenShelter.In(g.lang), false) {
		g.send(scenarios.Order{Order: scenarios.OrderOpenShelter, Shelter: name})
	}
	if p.Button(actionButton(y, 2), i18n.TextDeselect.In(g.lang), false) {
		g.sel.clear()
	}
}

// layoutUnitOrder lays out the order of the units selected: the tasks they can all
// do, then, once the place is picked on the map, the order to confirm.
func (g *Game) layoutUnitOrder(y int) {
	p := &g.panel
	grid := func(i int) image.Rectangle { return actionButton(y, i) }
	var kinds []scenarios.UnitKind
	name := ""
	for _, id := range g.sel.units {
		if u := g.unitView(id); u != nil {
			kinds = append(kinds, u.Kind)
			name = u.Name
		}
	}
	if len(kinds) == 0 {
		g.sel.clear()
		return
	}
	who := name
	if len(kinds) > 1 {
		who = fmt.Sprintf(i18n.TextUnitsSelected.In(g.lang), len(kinds))
	}
	if g.sel.place != "" {
		p.Line(image.Rect(innerX, y, innerX+innerW, y+rowH), i18n.TextConfirmOrder.In(g.lang)+": "+who+" → "+g.sel.place+" · "+i18n.TaskName(g.sel.task, g.lang), g.fonts.Small, colorAccent)
		g.layoutConfirm(y + rowH)
		return
	}
	p.Line(image.Rect(innerX, y, innerX+innerW, y+rowH), i18n.TextPickTask.In(g.lang)+": "+who, g.fonts.Small, colorPanelText)
	y += rowH
	tasks := commonTasks(kinds)
	for i, t := range tasks {
		if p.Button(grid(i), i18n.TaskName(t, g.lang), g.sel.task == t) {
			g.sel.task = t
		}
	}
	if p.Button(grid(len(tasks)), i18n.TextCancel.In(g.lang), false) {
		g.sel.clear()
	}
}

// actionButton is the i-th button of the action grid (three a row) starting at y.
func actionButton(y, i int) image.Rectangle {
	const gap = 5
	bw := (innerW - 2*gap) / 3
	x := innerX + (i%3)*(bw+gap)
	yy := y + (i/3)*(buttonH+4)
	return image.Rect(x, yy, x+bw, yy+buttonH)
}

// labelledButtons lays out a row of buttons after a label, four a row at most, and
// returns the index of the one clicked (-1 for none) and the y below them.
func (g *Game) labelledButtons(y int, label string, labels []string) (int, int) {
	const labelW, gap, perRow = 70, 4, 4
	g.panel.Line(image.Rect(innerX, y+4, innerX+labelW-4, y+buttonH), label, g.fonts.Small, colorPanelDim)
	n := min(len(labels), perRow)
	bw := (innerW - labelW - (n-1)*gap) / max(n, 1)
	clicked := -1
	for i, l := range labels {
		x := innerX + labelW + (i%perRow)*(bw+gap)
		yy := y + (i/perRow)*(buttonH+4)
		if g.panel.Button(image.Rect(x, yy, x+bw, yy+buttonH), l, false) {
			clicked = i
		}
	}
	return clicked, y + ((len(labels)+perRow-1)/perRow)*(buttonH+4)
}

// actionRows is the height of an action grid of n buttons.
func actionRows(n int) int { return ((n + 2) / 3) * (buttonH + 4) }

// unitView is the snapshot's view of unit id, or nil.
func (g *Game) unitView(id string) *sim.UnitView {
	for i := range g.snap.Units {
		if g.snap.Units[i].ID == id {
			return &g.snap.Units[i]
		}
	}
	return nil
}

// nearestShelters lists the shelters by distance from at, nearest first.
func (g *Game) nearestShelters(at orb.Point) []int {
	sh := g.session.Town().Shelters
	idx := make([]int, len(sh))
	for i := range idx {
		idx[i] = i
	}
	dist := func(i int) float64 {
		dx, dy := sh[i].Location[0]-at[0], sh[i].Location[1]-at[1]
		return dx*dx + dy*dy
	}
	slices.SortStableFunc(idx, func(a, b int) int {
		switch da, db := dist(a), dist(b); {
		case da < db:
			return -1
		case da > db:
			return 1
		}
		return 0
	})
	return idx
}

// layoutOrders lays out, in rows lines, the orders given, the latest first, each
// with its status and, when refused, why.
func (g *Game) layoutOrders(y, rows int) int {
	p := &g.panel
	y = g.section(y, i18n.TextOrders.In(g.lang))
	box := image.Rect(innerX, y, innerX+innerW, y+rows*rowH)
	entries := g.orders.Entries
	if len(entries) == 0 {
		p.Line(image.Rect(innerX, y, box.Max.X, y+rowH), i18n.TextNoOrders.In(g.lang), g.fonts.Small, colorPanelDim)
		return box.Max.Y
	}
	from, to := p.List(box, len(entries), rowH, &g.ordersScroll)
	for k := from; k < to; k++ {
		e := entries[len(entries)-1-k]
		c := color.Color(colorPanelText)
		switch e.Status {
		case StatusRejected:
			c = colorAlert
		case StatusDone:
			c = colorOK
		}
		ry := y + (k-from)*rowH
		p.Line(image.Rect(innerX, ry+2, innerX+innerW-scrollBarW, ry+rowH), g.orderLine(e), g.fonts.Small, c)
	}
	return box.Max.Y
}

// orderLine is the status list's line for order e: when it was given, what it does,
// its status and, when the world refused it, why; an order given while the clock
// stands says it waits for the clock.
func (g *Game) orderLine(e OrderEntry) string {
	status := e.Status.Text(e.Order.Order).In(g.lang)
	if e.Status == StatusIssued && g.clock.Speed() == 0 {
		status = i18n.TextWaitsForClock.In(g.lang)
	}
	line := ScenarioTime(g.session.Scenario(), e.T).Format("15:04") + " " + g.orderSummary(e.Order) + " · " + status
	if e.Status == StatusRejected && e.Reason.In(g.lang) != "" {
		line += ": " + e.Reason.In(g.lang)
	}
	return line
}

// layoutFeed lays out the feed in rows lines: unread count, mark-all-read, and the
// items, newest first, unread ones marked; clicking one opens it whole and marks it
// read.
func (g *Game) layoutFeed(y, rows int) int {
	p := &g.panel
	const markW = 90
	p.Line(image.Rect(innerX, y, innerX+innerW-markW-6, y+headH), fmt.Sprintf("%s (%d %s)", i18n.TextFeed.In(g.lang), g.feed.Unread(), i18n.TextUnread.In(g.lang)), g.fonts.Normal, colorPanelText)
	if p.Button(image.Rect(innerX+innerW-markW, y, innerX+innerW, y+headH-2), i18n.TextMarkRead.In(g.lang), false) {
		g.feed.MarkAllRead()
	}
	y += headH + 2
	box := image.Rect(innerX, y, innerX+innerW, y+rows*rowH)
	items := g.feed.Items
	from, to := p.List(box, len(items), rowH, &g.feedScroll)
	for k := from; k < to; k++ {
		i := len(items) - 1 - k
		it := items[i]
		mark := "  "
		c := g.feedColor(it)
		if !it.Read {
			mark = "● "
		}
		r := image.Rect(innerX, y+(k-from)*rowH, innerX+innerW-scrollBarW, y+(k-from+1)*rowH)
		if p.Row(r, mark+g.feedLine(it)+" "+g.feedText(it), c, g.feed.Open == i) {
			g.feed.MarkRead(i)
			g.feed.Open = i
			g.feedAction(it)
		}
	}
	return box.Max.Y
}
