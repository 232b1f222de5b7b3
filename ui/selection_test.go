package ui

import (
	"slices"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"

	"drillsim/scenarios"
)

func TestCommonTasksAreWhatEveryKindCanDo(t *testing.T) {
	for _, tc := range []struct {
		kinds []scenarios.UnitKind
		want  []scenarios.Task
	}{
		{nil, nil},
		{[]scenarios.UnitKind{scenarios.UnitBoat}, []scenarios.Task{scenarios.TaskRescue, scenarios.TaskTransport}},
		{[]scenarios.UnitKind{scenarios.UnitMedicalTeam, scenarios.UnitMedicalTeam}, []scenarios.Task{scenarios.TaskTreat, scenarios.TaskDeliver}},
		{[]scenarios.UnitKind{scenarios.UnitRescueTeam, scenarios.UnitBoat}, []scenarios.Task{scenarios.TaskRescue, scenarios.TaskTransport}},
		{[]scenarios.UnitKind{scenarios.UnitRescueTeam, scenarios.UnitMedicalTeam, scenarios.UnitCadres}, []scenarios.Task{scenarios.TaskDeliver}},
		{[]scenarios.UnitKind{scenarios.UnitBoat, scenarios.UnitCadres}, []scenarios.Task{}},
	} {
		if got := commonTasks(tc.kinds); !slices.Equal(got, tc.want) {
			t.Errorf("common tasks of %v: %v, want %v", tc.kinds, got, tc.want)
		}
	}
}

func TestShiftDragSelectsUnitsAndDispatchesThemTogether(t *testing.T) {
	s := newSession(t, "flood")
	g, in := playing(t, s, Config{})
	theHost.updatesPass(2)
	// Both rescue squads start at their base: zoom there and box it.
	var bx, by float64
	theHost.onUpdate(func() {
		for _, u := range g.snap.Units {
			if u.ID == "rescue-1" {
				g.cam.Center = u.At
				g.cam.Scale = 2
			}
		}
		bx, by = g.cam.ToScreen(g.cam.Center)
	})
	theHost.updatesPass(1)
	x0, y0, x1, y1 := int(bx)-30, int(by)-30, int(bx)+30, int(by)+30
	var center [2]float64
	theHost.onUpdate(func() {
		center = g.cam.Center
		in.held[ebiten.KeyShift] = true
		in.x, in.y, in.down, in.pressed = x0, y0, true, true
	})
	theHost.onUpdate(func() { in.x, in.y = (x0+x1)/2, (y0+y1)/2 })
	theHost.onUpdate(func() { in.x, in.y = x1, y1 })
	theHost.onUpdate(func() { in.down, in.released = false, true })
	theHost.onUpdate(func() { delete(in.held, ebiten.KeyShift) })
	var sel selection
	var after [2]float64
	theHost.onUpdate(func() { sel, after = g.sel, g.cam.Center })
	if after != center {
		t.Errorf("a shift-drag panned the map from %v to %v", center, after)
	}
	slices.Sort(sel.units)
	if !slices.Equal(sel.units, []string{"rescue-1", "rescue-2"}) {
		t.Fatalf("the box around the rescue base selected %v, want rescue-1 and rescue-2", sel.units)
	}
	clickWidget(t, in, g, "搜救")
	var px, py float64
	theHost.onUpdate(func() {
		g.cam.Fit(s.Town().Core)
		for i, v := range s.Town().Villages {
			if v.Name == "福宝社区" {
				px, py = g.cam.ToScreen(g.marks.villages[i].At)
			}
		}
	})
	theHost.click(in, int(px), int(py))
	theHost.press(in, ebiten.KeyEnter)
	var orders []scenarios.Order
	theHost.onUpdate(func() {
		for _, e := range g.orders.Entries {
			orders = append(orders, e.Order)
		}
	})
	if len(orders) != 2 {
		t.Fatalf("Enter sent %d orders, want one per selected unit: %+v", len(orders), orders)
	}
	for _, o := range orders {
		if o.Order != scenarios.OrderDispatch || o.Task != scenarios.TaskRescue || o.To == "" || o.To != orders[0].To {
			t.Errorf("order %+v: want both sent to rescue at the same place", o)
		}
	}
}

func TestShiftClickAddsAndRemovesAUnit(t *testing.T) {
	s := newSession(t, "flood")
	g, in := playing(t, s, Config{})
	theHost.updatesPass(2)
	scrollTo(t, in, g, "镇综合应急救援队一分队", "冲锋舟2号")
	clickWidget(t, in, g, "冲锋舟1号")
	theHost.onUpdate(func() { in.held[ebiten.KeyShift] = true })
	clickWidget(t, in, g, "冲锋舟2号")
	var sel selection
	theHost.onUpdate(func() { sel = g.sel })
	if !slices.Equal(sel.units, []string{"boat-1", "boat-2"}) {
		t.Fatalf("click then shift-click selected %v, want boat-1 and boat-2", sel.units)
	}
	clickWidget(t, in, g, "冲锋舟1号")
	theHost.onUpdate(func() { sel = g.sel; delete(in.held, ebiten.KeyShift) })
	if !slices.Equal(sel.units, []string{"boat-2"}) {
		t.Errorf("shift-clicking a selected unit left %v, want boat-2 alone", sel.units)
	}
}
