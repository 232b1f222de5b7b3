package federation

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	"drillsim/drill"
	"drillsim/drill/drilltest"
	"drillsim/internal/realdata"
	"drillsim/journal"
	"drillsim/scenarios"
	"drillsim/scoring"
	"drillsim/server/servertest"
	"drillsim/sim"
)

// encampScenario is an hour's drill at Encamp on the Andorra extract (a real
// OpenStreetMap export with its SRTM terrain), its one unit based at a feature named
// by its OpenStreetMap id, and the county's rescue team to request (which the plan's
// clause on reinforcements needs to be reachable; the test lends a neighbour's instead).
const encampScenario = `id: encamp-standby
title: 恩坎普待命（真实地图）
map: %s
plan: plan.yaml
start: "2026-04-03T13:00:00+01:00"
duration: 1h
tick: 10s
seed: 7
units:
  - {id: police-1, kind: police_team, name: 警察分队, base: way/30772650, count: 6}
reinforcements:
  - {id: county-rescue, kind: rescue_team, name: 县消防救援大队, count: 1, delay: 1h}
`

// encampPlan has one clause, on reinforcements: a unit that arrives is on scene within
// 30 minutes.
const encampPlan = `id: encamp
title: 真实地图区域协作预案（测试）
levels:
  - {level: IV, name: Ⅳ级应急响应, activation: 发生险情。, requirements: [R01]}
requirements:
  - {id: R01, clause: "5.1.3", title: 增援力量到达后30分钟内到达现场, category: 指挥协调, start: {event: reinforcement_arrived}, stop: {event: unit_on_scene, unit_kind: rescue_team}, allowed: 30m, weight: 10}
`

// TestAUnitLentToATownshipOnARealMap lends the demo town's rescue team to a township
// on the Andorra extract, ten minutes of road away: it arrives at the place the
// township names for lent units (its command post, by name or by OpenStreetMap id),
// its command post sends it to Encamp and it gets there; each township's drill ends in
// the state of the headless run of the same commands.
func TestAUnitLentToATownshipOnARealMap(t *testing.T) {
	geo := realdata.Path(t, "andorra/andorra.geojson")
	dem := realdata.Path(t, "andorra/andorra-srtm.asc")
	dir := t.TempDir()
	path := filepath.Join(dir, "encamp.yaml")
	for name, text := range map[string]string{"encamp.yaml": fmt.Sprintf(encampScenario, geo), "plan.yaml": encampPlan} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	encampDrill, err := drill.Load(path, drill.Options{DEM: dem})
	if err != nil {
		t.Fatal(err)
	}
	broker, js := startBroker(t)
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancel()
	county, err := OpenCounty(ctx, js, "county", []string{"fubao", "encamp"})
	if err != nil {
		t.Fatal(err)
	}
	defer county.Close()
	fubao := serveCountyTown(t, ctx, broker.URL(), "fubao", drilltest.Builtin(t, "flood", false), 50*time.Millisecond)
	encamp := serveCountyTown(t, ctx, broker.URL(), "encamp", encampDrill, time.Minute)
	played := sendArrivals(t, ctx, encamp, "fubao", "Encamp")
	driven := make(chan error, 1)
	go func() { driven <- county.Drive(ctx, 8*360, 0) }()
	for len(county.Statuses()) < 2 {
		select {
		case <-ctx.Done():
			t.Fatal("the townships never reported to the county")
		case <-time.After(10 * time.Millisecond):
		}
	}
	g, err := county.Lend(ctx, "fubao", "encamp", "rescue-1", 10*60)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("lent: %+v", g)
	awaitCountyDrill(t, ctx, []*countyTown{fubao, encamp}, driven, played)
	var onScene bool
	for _, e := range encamp.sv.Result().Events {
		onScene = onScene || e.Kind == scenarios.EventUnitOnScene && e.Unit == g.ID && e.Place == "Encamp"
	}
	if !onScene {
		t.Errorf("the unit lent, arrived at %q at tick %d, never reached Encamp", g.Entry, g.Arrives)
	}
	clocks := scoring.NewClocks(encampDrill.Plan, encampDrill.Scenario)
	clocks.Observe(encamp.sv.Result().Events)
	if w := clocks.Windows(); len(w) != 1 || !w[0].Met || w[0].StartS != g.Arrives*10 {
		t.Errorf("the plan's clause on reinforcements: %+v, want met, its clock started at the arrival (%d s)", w, g.Arrives*10)
	}
	o := func(tick int64, o scenarios.Order) sim.Command {
		o.Role = scenarios.RoleCounty
		return sim.Command{Tick: tick, Order: o}
	}
	want := map[*countyTown][]sim.Command{
		fubao:  {o(g.Leaves, scenarios.Order{Order: scenarios.OrderLend, Unit: "rescue-1", Town: "encamp"})},
		encamp: {o(g.Arrives, scenarios.Order{Order: scenarios.OrderReceive, Unit: g.ID, Kind: g.Kind, Count: g.Count, Town: "fubao", To: g.Entry, Text: "镇综合应急救援队一分队"})},
	}
	for ct, cmds := range want {
		j, err := journal.Open(ct.journal)
		if err != nil {
			t.Fatal(err)
		}
		for _, c := range j.Commands() {
			if c.Order.Role == scenarios.RoleCommand {
				cmds = append(cmds, c)
			}
		}
		servertest.SameOrders(t, j.Commands(), cmds, true)
		if served, headless := ct.sv.Result().World.StateHash(), servertest.HeadlessHash(t, ct.d, cmds); served != headless {
			t.Errorf("%s ends in state %016x, the headless run of the same commands in %016x", ct.name, served, headless)
		}
	}
}
