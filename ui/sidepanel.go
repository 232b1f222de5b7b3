package ui

import (
	"fmt"
	"image"
	"image/color"
	"slices"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/paulmach/orb"

	"drillsim/i18n"
	"drillsim/scenarios"
	"drillsim/sim"
)

// Side panel geometry.
const (
	panelX   = mapWidth
	panelPad = 10
	innerX   = panelX + panelPad
	innerW   = panelWidth - 2*panelPad
	rowH     = 18
	buttonH  = 22
)

// layoutPanel lays out the side panel: the clock and speed, the role's own panel
// (rolePanel), and the feed; then the layer menu on the map. It runs in Update to
// answer clicks and in Draw to paint (see Panel).
func (g *Game) layoutPanel() {
	p := &g.panel
	p.Fill(image.Rect(panelX, 0, ScreenWidth, ScreenHeight), colorPanelSolid)
	y := g.layoutClock(8)
	y = g.rolePanel.layout(g, y)
	g.layoutFeed(y + 8)
	g.layoutLayerMenu()
}

// layoutClock lays out the scenario clock, the role and the speed buttons.
func (g *Game) layoutClock(y int) int {
	p := &g.panel
	now := ScenarioTime(g.session.Scenario(), g.snap.T)
	p.Text(image.Pt(innerX, y), now.Format("2006-01-02 15:04:05"), g.fonts.Large, colorPanelText)
	p.Text(image.Pt(innerX, y+28), i18n.TextRole.In(g.lang)+": "+g.role.Chinese()+"    "+i18n.TextHelp.In(g.lang), g.fonts.Small, colorPanelDim)
	y += 50
	labels := [len(Speeds)]string{i18n.TextPaused.In(g.lang), "×1", "×10", "×60", "×300"}
	const bw = 48
	for i, s := range Speeds {
		r := image.Rect(innerX+i*(bw+4), y, innerX+i*(bw+4)+bw, y+buttonH)
		if p.Button(r, labels[i], g.clock.Speed() == s) {
			g.setSpeed(s)
		}
	}
	r := image.Rect(innerX+len(Speeds)*(bw+4), y, innerX+innerW, y+buttonH)
	if p.Button(r, i18n.TextStep.In(g.lang), false) {
		g.step()
	}
	return y + buttonH
}

// countRow is one line of the counts panel.
type countRow struct {
	label i18n.Text
	value string
	alert bool
}

// countRows are the figures shown, from the latest snapshot.
func (g *Game) countRows() []countRow {
	c := g.snap.Counts
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
		{i18n.TextRoadsCut, fmt.Sprint(c.RoadsCut), c.RoadsCut > 0},
		{i18n.TextFloodedCells, fmt.Sprint(c.FloodedCells), false},
		{i18n.TextBurntHa, fmt.Sprintf("%.1f", c.BurntHa), c.BurntHa > 0},
	}
}

// layoutCounts lays out the counts in two columns.
func (g *Game) layoutCounts(y int) int {
	p := &g.panel
	p.Text(image.Pt(innerX, y), i18n.TextCounts.In(g.lang), g.fonts.Normal, colorPanelText)
	y += 22
	if p.dst == nil {
		return y + 6*16
	}
	for i, row := range g.countRows() {
		x := innerX + (i%2)*(innerW/2)
		ry := y + (i/2)*16
		c := color.Color(colorPanelDim)
		if row.alert {
			c = colorAlert
		}
		p.Text(image.Pt(x, ry), row.label.In(g.lang)+" "+row.value, g.fonts.Small, c)
	}
	return y + 6*16
}

// maxUnitRows is how many units the list shows.
const maxUnitRows = 8

// layoutUnits lays out the list of units the role commands.
func (g *Game) layoutUnits(y int) int {
	p := &g.panel
	p.Text(image.Pt(innerX, y), i18n.TextUnits.In(g.lang), g.fonts.Normal, colorPanelText)
	y += 22
	rows := 0
	for _, u := range g.snap.Units {
		if !g.role.MayCommand(u.Village) || rows == maxUnitRows {
			continue
		}
		r := image.Rect(innerX, y, innerX+innerW, y+rowH)
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
		y += rowH
		rows++
	}
	if rows == 0 {
		p.Text(image.Pt(innerX, y), "—", g.fonts.Small, colorPanelDim)
		y += rowH
	}
	return y
}

// layoutActions lays out what the selection can do: a unit's tasks, a village's
// warnings and evacuations, a shelter's opening, or else the role's standing orders.
func (g *Game) layoutActions(y int, standing func(g *Game, y int) int) int {
	p := &g.panel
	p.Fill(image.Rect(innerX, y, innerX+innerW, y+1), colorPanelDim)
	y += 6
	switch {
	case len(g.sel.units) > 0:
		return g.layoutUnitOrder(y)
	case g.sel.depot >= 0:
		return g.layoutDepotOrders(y)
	case g.sel.road != "":
		return g.layoutRoadOrders(y)
	case g.sel.zone >= 0:
		return g.layoutZoneOrders(y)
	case g.sel.village >= 0 && g.sel.village < len(g.session.Town().Villages):
		name := g.session.Town().Villages[g.sel.village].Name
		p.Text(image.Pt(innerX, y), name, g.fonts.Small, colorPanelText)
		y += rowH
		if !g.mayOrderIn(scenarios.OrderWarn, name) {
			p.Text(image.Pt(innerX, y), i18n.TextNotAllowed.In(g.lang), g.fonts.Small, colorPanelDim)
			return y + rowH
		}
		return g.layoutWarnAndEvacuate(y, scenarios.Scope{Villages: []string{name}}, g.marks.villages[g.sel.village].At)
	case g.sel.shelter >= 0 && g.sel.shelter < len(g.session.Town().Shelters):
		name := g.session.Town().Shelters[g.sel.shelter].Name
		state := i18n.TextShelterClosed
		if sv := g.snap.Shelters; g.sel.shelter < len(sv) && sv[g.sel.shelter].Open {
			state = i18n.TextShelterOpen
		}
		p.Text(image.Pt(innerX, y), name+"  "+state.In(g.lang), g.fonts.Small, colorPanelText)
		y += rowH
		if !g.mayOrderIn(scenarios.OrderOpenShelter, g.places.VillageOf(name)) {
			p.Text(image.Pt(innerX, y), i18n.TextNotAllowed.In(g.lang), g.fonts.Small, colorPanelDim)
			return y + rowH
		}
		if p.Button(actionButton(y, 0).Union(actionButton(y, 1)), i18n.TextOpenShelter.In(g.lang), false) {
			g.send(scenarios.Order{Order: scenarios.OrderOpenShelter, Shelter: name})
		}
		return y + buttonH + 4
	}
	return standing(g, y)
}

// layoutUnitOrder lays out the order of the units selected: the tasks they can all
// do, then, once the place is picked on the map, the order to confirm.
func (g *Game) layoutUnitOrder(y int) int {
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
		return y
	}
	who := name
	if len(kinds) > 1 {
		who = fmt.Sprintf(i18n.TextUnitsSelected.In(g.lang), len(kinds))
	}
	if g.sel.place != "" {
		p.Text(image.Pt(innerX, y), clip(i18n.TextConfirmOrder.In(g.lang)+": "+who+" → "+g.sel.place+" · "+i18n.TaskName(g.sel.task, g.lang), 30), g.fonts.Small, colorSelected)
		return g.layoutConfirm(y + rowH)
	}
	p.Text(image.Pt(innerX, y), i18n.TextPickTask.In(g.lang)+": "+who, g.fonts.Small, colorPanelText)
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
	return y + actionRows(len(tasks)+1)
}

// actionButton is the i-th button of the action grid (three a row) starting at y.
func actionButton(y, i int) image.Rectangle {
	const bw, gap = 98, 5
	x := innerX + (i%3)*(bw+gap)
	yy := y + (i/3)*(buttonH+4)
	return image.Rect(x, yy, x+bw, yy+buttonH)
}

// labelledButtons lays out a row of buttons after a label, four a row at most, and
// returns the index of the one clicked (-1 for none) and the y below them.
func (g *Game) labelledButtons(y int, label string, labels []string) (int, int) {
	const labelW, gap, perRow = 76, 4, 4
	g.panel.Text(image.Pt(innerX, y+3), clip(label, 6), g.fonts.Small, colorPanelDim)
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

// nearestShelters lists up to n shelters nearest at.
func (g *Game) nearestShelters(at orb.Point, n int) []int {
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
	return idx[:min(n, len(idx))]
}

// clip shortens s to n runes with an ellipsis.
func clip(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}

// maxOrderRows is how many recent orders the status list shows.
const maxOrderRows = 3

// layoutOrders lays out the latest orders and their status.
func (g *Game) layoutOrders(y int) int {
	p := &g.panel
	p.Text(image.Pt(innerX, y), i18n.TextOrders.In(g.lang), g.fonts.Normal, colorPanelText)
	y += 22
	entries := g.orders.Entries
	for i := len(entries) - 1; i >= 0 && i >= len(entries)-maxOrderRows; i-- {
		e := entries[i]
		c := color.Color(colorPanelText)
		switch e.Status {
		case StatusRejected:
			c = colorAlert
		case StatusDone:
			c = colorOK
		}
		lines := g.orderLines(e)
		p.Text(image.Pt(innerX, y), clip(lines[0], 30), g.fonts.Small, c)
		y += 16
		for _, why := range lines[1:] {
			p.Text(image.Pt(innerX+12, y), clip(why, 28), g.fonts.Small, c)
			y += 16
		}
	}
	return y
}

// orderLines are the status list's lines for order e: when it was given, what it
// does and its status, then, when the world refused it, why.
func (g *Game) orderLines(e OrderEntry) []string {
	line := ScenarioTime(g.session.Scenario(), e.T).Format("15:04") + " " + g.orderSummary(e.Order) + " · " + e.Status.Text(e.Order.Order).In(g.lang)
	if e.Status == StatusRejected && e.Reason.In(g.lang) != "" {
		return []string{line, e.Reason.In(g.lang)}
	}
	return []string{line}
}

// maxFeedRows is how many feed items the panel shows.
const maxFeedRows = 7

// feedKindTexts name the feed's items that are not injects.
var feedKindTexts = map[scenarios.EventKind]i18n.Text{
	scenarios.EventRejected:             i18n.TextRejected,
	scenarios.EventTaskDone:             i18n.TextTaskAbandoned,
	scenarios.EventHazardStarted:        i18n.TextHazardStarted,
	scenarios.EventReinforcementArrived: i18n.TextReinforcementArrived,
	scenarios.EventFireContained:        i18n.TextFireContained,
}

// feedLine is the one-line heading of a feed item: time, sender and receiver.
func (g *Game) feedLine(it FeedItem) string {
	t := ScenarioTime(g.session.Scenario(), it.T).Format("15:04")
	if it.Kind == scenarios.EventInject {
		return t + " " + it.From + "→" + it.To
	}
	if name, ok := feedKindTexts[it.Kind]; ok {
		if it.Hazard != "" {
			return t + " " + name.In(g.lang) + " " + i18n.HazardName(it.Hazard, g.lang)
		}
		return t + " " + name.In(g.lang)
	}
	return t + " " + string(it.Kind)
}

// feedText is the body of a feed item: an inject's text, the refused order and why,
// the unit that gave up its task and why, or the units arrived, by their names.
func (g *Game) feedText(it FeedItem) string {
	switch it.Kind {
	case scenarios.EventRejected:
		s := i18n.OrderKindName(it.Order, g.lang)
		if it.Unit != "" {
			s += " " + g.unitName(it.Unit)
		}
		return s + ": " + it.Reason.In(g.lang)
	case scenarios.EventTaskDone:
		return g.unitName(it.Unit) + ": " + it.Reason.In(g.lang)
	case scenarios.EventReinforcementArrived:
		return fmt.Sprintf("%s ×%d", g.unitName(it.Unit), it.Count)
	}
	return it.Text
}

// layoutFeed lays out the feed: unread count, mark-all-read, and the latest items,
// unread ones marked; clicking one opens it and marks it read.
func (g *Game) layoutFeed(y int) {
	p := &g.panel
	p.Text(image.Pt(innerX, y), fmt.Sprintf("%s  (%d %s)", i18n.TextFeed.In(g.lang), g.feed.Unread(), i18n.TextUnread.In(g.lang)), g.fonts.Normal, colorPanelText)
	if p.Button(image.Rect(innerX+innerW-86, y, innerX+innerW, y+20), i18n.TextMarkRead.In(g.lang), false) {
		g.feed.MarkAllRead()
	}
	y += 24
	items := g.feed.Items
	for i := len(items) - 1; i >= 0 && i >= len(items)-maxFeedRows && y+rowH <= ScreenHeight; i-- {
		it := items[i]
		mark := "  "
		c := color.Color(colorPanelDim)
		if !it.Read {
			mark, c = "● ", colorUnread
		}
		if it.Kind == scenarios.EventRejected {
			c = colorAlert
		}
		if p.Row(image.Rect(innerX, y, innerX+innerW, y+rowH), clip(mark+g.feedLine(it)+" "+g.feedText(it), 26), c, g.openItem == i) {
			g.feed.MarkRead(i)
			g.openItem = i
		}
		y += rowH
	}
}
