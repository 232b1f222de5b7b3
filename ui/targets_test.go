package ui

import (
	"slices"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/paulmach/orb"
	"github.com/paulmach/orb/planar"

	"drillsim/i18n"
	"drillsim/maps"
	"drillsim/scenarios"
	"drillsim/sim"
)

// clickLabelled clicks the middle of the widget labelled exactly label: over the
// map (a dialog) first, then in the side panel.
func clickLabelled(t *testing.T, in *scriptInput, g *Game, label string) {
	t.Helper()
	var found *Widget
	theHost.onUpdate(func() {
		for _, w := range append(append([]Widget(nil), g.over.Widgets...), g.panel.Widgets...) {
			if w.Label == label && found == nil {
				found = &w
			}
		}
	})
	if found == nil {
		t.Fatalf("no widget is labelled %q; %v", label, g)
	}
	c := found.Rect.Min.Add(found.Rect.Max).Div(2)
	theHost.click(in, c.X, c.Y)
}

// clickTown centres the map on town point p at scale px/m and clicks it.
func clickTown(in *scriptInput, g *Game, p orb.Point, scale float64) {
	var x, y float64
	theHost.onUpdate(func() {
		g.cam.Center, g.cam.Scale = p, scale
		x, y = g.cam.ToScreen(p)
	})
	theHost.click(in, int(x), int(y))
}

// lastOrder is the last order the game sent and its status, after one more tick.
func lastOrder(t *testing.T, g *Game) OrderEntry {
	t.Helper()
	var e OrderEntry
	n := 0
	theHost.onUpdate(func() {
		g.advance(1)
		n = len(g.orders.Entries)
		if n > 0 {
			e = g.orders.Entries[n-1]
		}
	})
	if n == 0 {
		t.Fatal("the game sent no order")
	}
	return e
}

func TestCloseARoadPickedOnTheMap(t *testing.T) {
	s := newSession(t, "flood")
	g, in := playing(t, s, Config{})
	theHost.updatesPass(2)
	town := s.Town()
	i := slices.IndexFunc(town.Roads, func(r maps.Road) bool { return r.Name == "滨河路" })
	if i < 0 {
		t.Fatal("the default town has no 滨河路")
	}
	line := town.Roads[i].Line
	clickTown(in, g, line[len(line)/2], 4)
	var sel selection
	theHost.onUpdate(func() { sel = g.sel })
	if sel.road != "滨河路" {
		t.Fatalf("clicking on 滨河路 selected %+v", sel)
	}
	clickLabelled(t, in, g, "封闭道路")
	if e := lastOrder(t, g); e.Order.Order != scenarios.OrderCloseRoad || e.Order.Road != "滨河路" || e.Status != StatusEnRoute {
		t.Fatalf("the order sent is %+v (%v %s), want 滨河路 closed", e.Order, e.Status, e.Reason.In(i18n.English))
	}
	if closed := s.Snapshot().ClosedEdges; len(closed) == 0 {
		t.Error("the world has no closed road after 封闭道路")
	}
	var state i18n.Text
	theHost.onUpdate(func() { _, state = g.roadState("滨河路") })
	if state != i18n.TextRoadClosed {
		t.Errorf("the panel says 滨河路 is %s, want %s", state.In(i18n.Chinese), i18n.TextRoadClosed.In(i18n.Chinese))
	}
}

func TestWarnAHazardZonePickedOnTheMap(t *testing.T) {
	s := newSession(t, "landslide")
	g, in := playing(t, s, Config{})
	theHost.updatesPass(2)
	zone := -1
	var at orb.Point
	for i, z := range s.Town().HazardZones {
		if c, _ := planar.CentroidArea(z.Area); planar.MultiPolygonContains(z.Area, c) {
			zone, at = i, c
			break
		}
	}
	if zone < 0 {
		t.Fatal("no hazard zone of the default town holds its centroid")
	}
	clickTown(in, g, at, 8)
	var sel selection
	theHost.onUpdate(func() { sel = g.sel })
	if sel.zone != zone {
		t.Fatalf("clicking inside hazard zone %d selected %+v", zone, sel)
	}
	clickLabelled(t, in, g, i18n.TextWarnEllipsis.In(i18n.Chinese))
	clickLabelled(t, in, g, i18n.ChannelName(scenarios.ChannelLoudspeaker, i18n.Chinese))
	clickLabelled(t, in, g, i18n.TextConfirm.In(i18n.Chinese))
	name := s.Town().HazardZones[zone].Name
	e := lastOrder(t, g)
	if e.Order.Order != scenarios.OrderWarn || !slices.Equal(e.Order.Scope.Zones, []string{name}) || e.Status != StatusEnRoute {
		t.Fatalf("the order sent is %+v (%v %s), want zone %s warned", e.Order, e.Status, e.Reason.In(i18n.English), name)
	}
}

func TestMoveSuppliesFromADepotToAShelter(t *testing.T) {
	s := newSession(t, "flood")
	g, in := playing(t, s, Config{})
	theHost.updatesPass(2)
	town := s.Town()
	if len(town.Depots) == 0 || len(town.Depots[0].Stock) == 0 {
		t.Fatal("the default town has no depot with stock")
	}
	d := town.Depots[0]
	clickTown(in, g, d.Location, 2)
	var sel selection
	theHost.onUpdate(func() { sel = g.sel })
	if sel.depot != 0 {
		t.Fatalf("clicking the depot selected %+v", sel)
	}
	item := d.Stock[0]
	clickWidget(t, in, g, i18n.ItemName(item.Item, i18n.Chinese)+" 0/")
	clickWidget(t, in, g, i18n.ItemName(item.Item, i18n.Chinese)+" ")
	theHost.onUpdate(func() { sel = g.sel })
	lot := supplyLot(item.Count)
	if want := min(item.Count, 2*lot); supplyCount(sel.supplies, item.Item) != want {
		t.Fatalf("two clicks on %s chose %v, want %d", item.Item, sel.supplies, want)
	}
	clickTown(in, g, town.Shelters[0].Location, 2)
	theHost.press(in, ebiten.KeyEnter)
	e := lastOrder(t, g)
	if e.Order.Order != scenarios.OrderMoveSupplies || e.Order.From != d.Name || e.Order.To != town.Shelters[0].Name || e.Status != StatusEnRoute {
		t.Fatalf("the order sent is %+v (%v %s), want supplies from %s to %s", e.Order, e.Status, e.Reason.In(i18n.English), d.Name, town.Shelters[0].Name)
	}
	if left := s.Snapshot().Depots[0][0].Count; left != item.Count-min(item.Count, 2*lot) {
		t.Errorf("the depot holds %d %s after the move, want %d", left, item.Item, item.Count-min(item.Count, 2*lot))
	}
}

func TestRequestReinforcementAndReleaseInformation(t *testing.T) {
	s := newSession(t, "flood")
	g, in := playing(t, s, Config{})
	theHost.updatesPass(2)
	clickLabelled(t, in, g, "冲锋舟")
	e := lastOrder(t, g)
	if e.Order.Order != scenarios.OrderRequestReinforcement || e.Order.Kind != scenarios.UnitBoat || e.Status != StatusEnRoute {
		t.Fatalf("the order sent is %+v (%v %s), want boats requested", e.Order, e.Status, e.Reason.In(i18n.English))
	}
	clickWidget(t, in, g, "点此输入文字")
	const info = "大漕河水位上涨，沿河群众请立即转移"
	theHost.typeText(in, info)
	theHost.press(in, ebiten.KeyEnter)
	clickLabelled(t, in, g, "发布信息")
	if e := lastOrder(t, g); e.Order.Order != scenarios.OrderReleaseInfo || e.Order.Text != info || e.Status != StatusEnRoute {
		t.Fatalf("the order sent is %+v (%v %s), want the information released", e.Order, e.Status, e.Reason.In(i18n.English))
	}
	released := slices.ContainsFunc(s.Events(), func(ev sim.Event) bool { return ev.Kind == scenarios.EventInfoReleased && ev.Text == info })
	if !released {
		t.Error("the world has no info-released event with the text typed")
	}
}
