package ui

import (
	"fmt"
	"image"
	"image/color"

	"drillsim/i18n"
	"drillsim/scenarios"
	"drillsim/sim"
)

// villagePanel is a village's cadres' (村): their village's own figures and shelters,
// its main actions in plain sight (大喇叭预警, 短信预警, 入户通知, 组织转移, 向镇报告,
// 开放安置点), each one click and a confirmation; its countdowns, its units and what
// the selection can do, and its orders.
type villagePanel struct {
	answers
	shelters, units scroll
}

// The village panel's parts.
const (
	villageShelterRows = 2
	villageUnitRows    = 2
	villageActionsH    = 84
)

func (p *villagePanel) layout(g *Game, y int) int {
	y = g.layoutAnswer(y+gapH, &p.answers)
	y = p.layoutOwn(g, y+gapH)
	y = p.layoutMainActions(g, y+gapH)
	y = g.layoutDeadlines(y+gapH, deadlineRows)
	y = g.layoutUnits(y+gapH, villageUnitRows, &p.units)
	y = g.layoutActions(y+gapH, villageActionsH, layoutPickHint)
	return g.layoutOrders(y+gapH, orderRows)
}

func (p *villagePanel) fields() []*TextField { return []*TextField{&p.answers.field} }

// seatCounts are the figures of the seat's own area: a village's for its cadres, the
// town's for the others.
func (g *Game) seatCounts() sim.Counts {
	if g.village >= 0 && g.village < len(g.snap.Villages) {
		return g.snap.Villages[g.village]
	}
	return g.snap.Counts
}

// villageRows are the village's own figures.
func (g *Game) villageRows() []countRow { return peopleRows(g.seatCounts()) }

// ownShelters are the shelters in the seat's village.
func (g *Game) ownShelters() []int {
	var out []int
	town := g.session.Town()
	if g.village < 0 {
		return nil
	}
	for i, sh := range town.Shelters {
		if g.places.VillageOf(sh.Name) == town.Villages[g.village].Name {
			out = append(out, i)
		}
	}
	return out
}

// layoutOwn lays out the village's figures and its shelters with their occupancy.
func (p *villagePanel) layoutOwn(g *Game, y int) int {
	pn := &g.panel
	y = g.section(y, fmt.Sprintf(i18n.TextOwnFigures.In(g.lang), g.role.Village()))
	y = g.layoutFigures(y, 3, g.villageRows())
	shelters := g.ownShelters()
	box := image.Rect(innerX, y+2, innerX+innerW, y+2+villageShelterRows*rowH)
	if len(shelters) == 0 {
		pn.Line(image.Rect(innerX, box.Min.Y, box.Max.X, box.Min.Y+rowH), i18n.TextNoOwnShelter.In(g.lang), g.fonts.Small, colorPanelDim)
		return box.Max.Y
	}
	from, to := pn.List(box, len(shelters), rowH, &p.shelters)
	for k, i := range shelters[from:to] {
		r := image.Rect(innerX, box.Min.Y+k*rowH, innerX+innerW-scrollBarW, box.Min.Y+(k+1)*rowH)
		line, c := g.shelterLine(i)
		if pn.Row(r, line, c, g.sel.shelter == i) {
			g.sel.selectTarget(target{shelter: i, station: -1, depot: -1, zone: -1, village: -1})
		}
	}
	return box.Max.Y
}

// shelterLine is a shelter's line in its village's panel: its name, open or not, and
// how many it holds, are coming and it takes, red when full.
func (g *Game) shelterLine(i int) (string, color.Color) {
	sh := g.session.Town().Shelters[i]
	if i >= len(g.snap.Shelters) {
		return sh.Name, colorPanelText
	}
	v := g.snap.Shelters[i]
	state := i18n.TextShelterClosed
	if v.Open {
		state = i18n.TextShelterOpen
	}
	line := sh.Name + " " + state.In(g.lang) + " " + fmt.Sprintf(i18n.TextHoverOccupancy.In(g.lang), v.Occupancy, v.Capacity, v.Coming)
	if v.Occupancy+v.Coming >= v.Capacity {
		return line, colorAlert
	}
	return line, colorPanelText
}

// mainAction is one of a village's main actions.
type mainAction struct {
	label i18n.Text
	open  func(g *Game) *dialog
}

// mainActions are a village's main actions, each a dialog to confirm.
var mainActions = []mainAction{
	{i18n.TextActLoudspeaker, func(g *Game) *dialog {
		return g.warnDialog(scenarios.ChannelLoudspeaker, g.ownScopes(), false)
	}},
	{i18n.TextActSMS, func(g *Game) *dialog { return g.warnDialog(scenarios.ChannelSMS, g.ownScopes(), false) }},
	{i18n.TextActDoorToDoor, func(g *Game) *dialog {
		return g.warnDialog(scenarios.ChannelDoorToDoor, g.ownScopes(), false)
	}},
	{i18n.TextActEvacuate, func(g *Game) *dialog {
		return g.evacuateDialog(g.ownScopes(), g.marks.villages[g.village].At, -1)
	}},
	{i18n.TextActReport, func(g *Game) *dialog { return g.reportDialog() }},
	{i18n.TextActOpenShelter, func(g *Game) *dialog { return g.openShelterDialog(g.marks.villages[g.village].At) }},
}

// layoutMainActions lays out the village's main actions, two rows of three.
func (p *villagePanel) layoutMainActions(g *Game, y int) int {
	pn := &g.panel
	y = g.section(y, i18n.TextOwnActions.In(g.lang))
	if g.village < 0 {
		return y
	}
	for i, a := range mainActions {
		if pn.PrimaryButton(actionButton(y, i), a.label.In(g.lang)) && !g.session.Done() {
			g.openDialog(a.open(g))
		}
	}
	return y + actionRows(len(mainActions))
}

// layoutPickHint says, with nothing selected, what a click on the map offers.
func layoutPickHint(g *Game, y int) int {
	return y + g.panel.Wrap(innerX, y, innerW, i18n.TextVillagePickHint.In(g.lang), g.fonts.Small, colorPanelDim)
}
