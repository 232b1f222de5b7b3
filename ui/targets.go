package ui

import (
	"fmt"
	"image"
	"slices"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/vector"
	"github.com/paulmach/orb"

	"drillsim/i18n"
	"drillsim/maps"
	"drillsim/scenarios"
)

// The map's order targets besides units, shelters and villages: depots (supplies
// moved from them), named roads (closed and reopened) and hazard zones (warned and
// evacuated), each picked with a click and given its orders in the side panel.

// depotAt is the depot whose symbol is under screen (x, y), or -1.
func (g *Game) depotAt(x, y float64) int {
	t := g.session.Town()
	return nearestPoint(&g.cam, x, y, shelterPick*g.scale, len(t.Depots), func(i int) [2]float64 { return t.Depots[i].Location })
}

// roadAt is the name of the named road drawn under screen (x, y), "" for none: an
// order names its road, so an unnamed one cannot be picked.
func (g *Game) roadAt(x, y float64) string {
	if !g.view.Layers().Has(LayerRoads) {
		return ""
	}
	t := g.session.Town()
	for _, h := range t.Index.Within(g.cam.ToTown(x, y), roadPickPx/g.cam.Scale, nil, maps.KindRoad) {
		if r := &t.Roads[h.Index]; r.Name != "" && roadStyleOf(r.Class).minScale <= g.cam.Scale {
			return r.Name
		}
	}
	return ""
}

// roadPickPx is how near a click must be to a road's line to pick it.
const roadPickPx = 5

// zoneAt is the hazard zone under screen (x, y), or -1.
func (g *Game) zoneAt(x, y float64) int {
	if !g.view.Layers().Has(LayerHazardZones) {
		return -1
	}
	hits := g.session.Town().Index.Within(g.cam.ToTown(x, y), 0, nil, maps.KindHazardZone)
	if len(hits) == 0 {
		return -1
	}
	return hits[0].Index
}

// target is what the map holds at a point for a click, and what the hover card
// there names: a unit the seat sees (commands says whether it commands it), a
// shelter, a station, a depot, a named road, a hazard zone or a village, the first
// found in that order; or, while an order waits for its place, the place a click
// picks. The fields not taken are -1 or "".
type target struct {
	unit                                   string
	commands                               bool
	shelter, station, depot, zone, village int
	road                                   string
	place                                  string
	// picking says the click picks an order's place: place is the one it picks.
	picking bool
}

// targetAt is what a click at screen (x, y) takes, and the hover card names.
func (g *Game) targetAt(x, y float64) target {
	t := target{shelter: -1, station: -1, depot: -1, zone: -1, village: -1}
	if g.sel.picking() {
		t.picking, t.place = true, g.placeAt(x, y)
		return t
	}
	town := g.session.Town()
	if u := g.unitViewAt(x, y); u != nil && g.view.Layers().Has(LayerUnits) {
		t.unit, t.commands = u.ID, g.role.MayCommand(u.Village)
		return t
	}
	switch {
	case g.pick(&t.shelter, g.marks.shelterAt(&g.cam, x, y)):
	case g.pick(&t.station, nearestPoint(&g.cam, x, y, shelterPick*g.scale, len(town.Stations), func(i int) [2]float64 { return town.Stations[i].Location })):
	case g.pick(&t.depot, g.depotAt(x, y)):
	case g.pickRoad(&t.road, g.roadAt(x, y)):
	case g.pick(&t.zone, g.zoneAt(x, y)):
	default:
		t.village = g.villageAt(x, y)
	}
	return t
}

// pick sets *field to i and reports whether i is a feature (not -1).
func (g *Game) pick(field *int, i int) bool {
	*field = i
	return i >= 0
}

// pickRoad sets *field to road name and reports whether there is one.
func (g *Game) pickRoad(field *string, name string) bool {
	*field = name
	return name != ""
}

// drawSelectedTarget outlines the road or the hazard zone selected.
func (g *Game) drawSelectedTarget(dst *ebiten.Image) {
	t := g.session.Town()
	line := func(ls orb.LineString, w float32) {
		for i := 1; i < len(ls); i++ {
			x0, y0 := g.cam.ToScreen(ls[i-1])
			x1, y1 := g.cam.ToScreen(ls[i])
			vector.StrokeLine(dst, float32(x0), float32(y0), float32(x1), float32(y1), w, colorSelected, true)
		}
	}
	if g.sel.road != "" {
		for i := range t.Roads {
			if t.Roads[i].Name == g.sel.road {
				line(t.Roads[i].Line, 5)
			}
		}
	}
	if g.sel.zone >= 0 && g.sel.zone < len(t.HazardZones) {
		for _, poly := range t.HazardZones[g.sel.zone].Area {
			for _, ring := range poly {
				line(orb.LineString(ring), 2.5)
			}
		}
	}
}

// mayOrderIn reports whether the player's role gives orders of kind k about a place in
// village v (scenarios.Role.MayGive and MayActIn).
func (g *Game) mayOrderIn(k scenarios.OrderKind, v string) bool {
	return g.role.MayGive(k) && g.role.MayActIn(v)
}

// roadState is the class of road name and whether it is open, closed by order or cut
// (by the hazards), as the latest snapshot has it.
func (g *Game) roadState(name string) (class string, state i18n.Text) {
	t := g.session.Town()
	closed, cut := false, false
	for i := range t.Roads {
		if t.Roads[i].Name != name {
			continue
		}
		class = t.Roads[i].Class
		for _, e := range t.Network.EdgesOfRoad(i) {
			closed = closed || slices.Contains(g.snap.ClosedEdges, e)
			cut = cut || slices.Contains(g.snap.CutEdges, e)
		}
	}
	switch {
	case closed:
		return class, i18n.TextRoadClosed
	case cut:
		return class, i18n.TextRoadCut
	}
	return class, i18n.TextRoadOpen
}

// layoutRoadOrders lays out the selected road's state and its closing or reopening.
func (g *Game) layoutRoadOrders(y int) {
	p := &g.panel
	name := g.sel.road
	class, state := g.roadState(name)
	y = g.layoutSelected(y, name+"  "+i18n.RoadClassName(class, g.lang)+" · "+state.In(g.lang))
	if !g.role.MayGive(scenarios.OrderCloseRoad) {
		p.Line(image.Rect(innerX, y, innerX+innerW, y+rowH), i18n.TextNotAllowed.In(g.lang), g.fonts.Small, colorPanelDim)
		g.layoutDeselect(y + rowH + 4)
		return
	}
	for i, k := range []scenarios.OrderKind{scenarios.OrderCloseRoad, scenarios.OrderOpenRoad} {
		if p.Button(actionButton(y, i), i18n.OrderKindName(k, g.lang), false) {
			g.send(scenarios.Order{Order: k, Road: name})
		}
	}
	if p.Button(actionButton(y, 2), i18n.TextDeselect.In(g.lang), false) {
		g.sel.clear()
	}
}

// layoutZoneOrders lays out the selected hazard zone, the people it threatens, and
// its warning and evacuation, each asked in a dialog.
func (g *Game) layoutZoneOrders(y int) {
	p := &g.panel
	z := &g.session.Town().HazardZones[g.sel.zone]
	y = g.layoutSelected(y, fmt.Sprintf(i18n.TextZoneLine.In(g.lang), z.Name, i18n.HazardName(scenarios.HazardType(z.Hazard), g.lang), z.People))
	if !g.mayOrderIn(scenarios.OrderWarn, g.places.VillageOf(z.Name)) {
		p.Line(image.Rect(innerX, y, innerX+innerW, y+rowH), i18n.TextNotAllowed.In(g.lang), g.fonts.Small, colorPanelDim)
		g.layoutDeselect(y + rowH + 4)
		return
	}
	g.layoutScopeOrders(y, scopeChoice{label: z.Name, scope: scenarios.Scope{Zones: []string{z.Name}}}, g.zoneCentre(g.sel.zone))
}

// layoutDepotOrders lays out the selected depot's stock left, a button per item that
// adds a lot of it to the supplies to move, and then the destination picked on the
// map and the order to confirm.
func (g *Game) layoutDepotOrders(y int) {
	p := &g.panel
	d := &g.session.Town().Depots[g.sel.depot]
	y = g.layoutSelected(y, d.Name)
	if !g.role.MayGive(scenarios.OrderMoveSupplies) {
		p.Line(image.Rect(innerX, y, innerX+innerW, y+rowH), i18n.TextNotAllowed.In(g.lang), g.fonts.Small, colorPanelDim)
		g.layoutDeselect(y + rowH + 4)
		return
	}
	if g.sel.place != "" {
		p.Line(image.Rect(innerX, y, innerX+innerW, y+rowH), i18n.OrderKindName(scenarios.OrderMoveSupplies, g.lang)+" → "+g.sel.place+": "+itemsText(g.sel.supplies, g.lang), g.fonts.Small, colorAccent)
		g.layoutConfirm(y + rowH)
		return
	}
	left := d.Stock
	if g.sel.depot < len(g.snap.Depots) {
		left = g.snap.Depots[g.sel.depot]
	}
	for i, q := range left {
		chosen := supplyCount(g.sel.supplies, q.Item)
		label := fmt.Sprintf("%s %d/%d", i18n.ItemName(q.Item, g.lang), chosen, q.Count)
		if p.Button(actionButton(y, i), label, chosen > 0) && chosen < q.Count {
			g.sel.supplies = addSupply(g.sel.supplies, q.Item, min(q.Count-chosen, supplyLot(q.Count)))
		}
	}
	y += actionRows(len(left))
	hint := i18n.TextPickSupplies
	if len(g.sel.supplies) > 0 {
		hint = i18n.TextPickPlace
	}
	p.Line(image.Rect(innerX, y, innerX+innerW, y+rowH), hint.In(g.lang), g.fonts.Small, colorPanelDim)
}

// supplyLot is how much of an item holding count one click adds: a quarter of it,
// at least one.
func supplyLot(count int) int { return max(1, (count+3)/4) }

// supplyCount is how much of item qs holds.
func supplyCount(qs []maps.Quantity, item string) int {
	for _, q := range qs {
		if q.Item == item {
			return q.Count
		}
	}
	return 0
}

// addSupply adds n of item to qs.
func addSupply(qs []maps.Quantity, item string, n int) []maps.Quantity {
	for i := range qs {
		if qs[i].Item == item {
			qs[i].Count += n
			return qs
		}
	}
	return append(qs, maps.Quantity{Item: item, Count: n})
}

// layoutConfirm lays out the confirm and cancel buttons of an order whose place is
// picked.
func (g *Game) layoutConfirm(y int) {
	p := &g.panel
	if p.PrimaryButton(actionButton(y, 0), i18n.TextConfirm.In(g.lang)) {
		g.confirmOrder()
	}
	if p.Button(actionButton(y, 1), i18n.TextCancel.In(g.lang), false) {
		g.sel.place = ""
	}
}

// confirmOrder sends the order the selection holds: the dispatch of the units
// selected, one order per unit, which stay selected for their next order; or the
// supplies from the depot selected.
func (g *Game) confirmOrder() {
	switch {
	case len(g.sel.units) > 0:
		for _, id := range g.sel.units {
			g.send(scenarios.Order{Order: scenarios.OrderDispatch, Unit: id, To: g.sel.place, Task: g.sel.task})
		}
		g.sel.task, g.sel.place = "", ""
	case g.sel.depot >= 0:
		g.send(scenarios.Order{Order: scenarios.OrderMoveSupplies, From: g.session.Town().Depots[g.sel.depot].Name, To: g.sel.place, Items: g.sel.supplies})
		g.sel.supplies, g.sel.place = nil, ""
	}
}

// layoutReinforcements lays out a request to the county for each kind of unit the
// scenario's reinforcements hold.
func (g *Game) layoutReinforcements(y int) int {
	var kinds []scenarios.UnitKind
	var labels []string
	for _, r := range g.session.Scenario().Reinforcements {
		if !slices.Contains(kinds, r.Kind) {
			kinds = append(kinds, r.Kind)
			labels = append(labels, i18n.UnitKindName(r.Kind, g.lang))
		}
	}
	if len(kinds) == 0 {
		return y
	}
	clicked, y := g.labelledButtons(y, i18n.OrderKindName(scenarios.OrderRequestReinforcement, g.lang), labels)
	if clicked >= 0 {
		g.send(scenarios.Order{Order: scenarios.OrderRequestReinforcement, Kind: kinds[clicked], Count: 1})
	}
	return y
}
