package server_test

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	"drillsim/drill"
	"drillsim/internal/realdata"
	"drillsim/journal"
	"drillsim/scenarios"
	"drillsim/server"
	"drillsim/server/servertest"
	"drillsim/session"
)

// andorraScenario is a forest fire above Encamp on the Andorra extract (a real
// OpenStreetMap export with its SRTM terrain): a township command post and two of its
// villages, units based at features named by their OpenStreetMap ids.
const andorraScenario = `id: andorra-fire
title: 恩坎普林火（真实地图）
map: %s
plan: plan.yaml
start: "2026-04-03T13:00:00+01:00"
duration: 1h
tick: 10s
seed: 7
weather:
  wind: [{at: "13:00", speed_ms: 5, from_deg: 200}]
  fire_danger: [{at: "13:00", ffmc: 92, bui: 70}]
hazards:
  fire:
    - {id: encamp-fire, villages: [Encamp], ignite: {at: "13:05", lonlat: [1.6052, 42.5447]}}
units:
  - {id: police-1, kind: police_team, name: 警察分队, base: way/30772650, count: 6}
  - {id: cadres-encamp, kind: cadres, name: Encamp村干部, base: way/194554955, village: Encamp, count: 5}
  - {id: cadres-canillo, kind: cadres, name: Canillo村干部, base: way/30772650, village: Canillo, count: 5}
injects:
  - {id: W01, at: "13:10", to: 指挥部, from: 瞭望台, text: 恩坎普后山冒烟。, expect: 预警。}
  - {id: W02, at: "13:12", to: "村:Encamp", from: 护林员, text: 火线逼近。, expect: 入户通知。}
`

const andorraPlan = `id: andorra
title: 真实地图演练预案（测试）
levels:
  - {level: IV, name: Ⅳ级应急响应, activation: 发生森林火灾。, requirements: [R02]}
requirements:
  - {id: R02, clause: "4.3.1", title: 险情发生后30分钟内初报, category: 预警与信息报告, start: {event: hazard_started}, stop: {event: report_sent, report: initial}, allowed: 30m, weight: 10}
`

const andorraOrders = `scenario: andorra-fire
orders:
  - {at: "13:11", order: activate_response, level: IV}
  - {at: "13:12", order: warn, scope: {villages: [Encamp]}, channel: sms, text: 林火逼近，请立即转移。}
  - {at: "13:14", role: "村:Encamp", order: dispatch, unit: cadres-encamp, to: Encamp, task: warn_door_to_door}
  - {at: "13:15", order: dispatch, unit: police-1, to: Encamp, task: transport}
  - {at: "13:20", role: "村:Canillo", order: warn, scope: {villages: [Canillo]}, channel: sms}
  - {at: "13:30", order: report, report: initial, text: 恩坎普林火，已预警。}
`

// TestASeatedDrillOnARealMap serves a forest fire on the Andorra extract (OpenStreetMap,
// SRTM terrain) to the command post, two villages and the controller, each a bot
// playing its role's orders at the speed max, while the Canillo seat also tries to
// send Encamp's cadres (refused, not journaled). The journal holds the orders at their
// ticks and the drill ends in the state of the headless run of the same orders.
func TestASeatedDrillOnARealMap(t *testing.T) {
	geo := realdata.Path(t, "andorra/andorra.geojson")
	dem := realdata.Path(t, "andorra/andorra-srtm.asc")
	dir := t.TempDir()
	for name, text := range map[string]string{"andorra.yaml": fmt.Sprintf(andorraScenario, geo), "plan.yaml": andorraPlan, "andorra.orders.yaml": andorraOrders} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	d, err := drill.Load(filepath.Join(dir, "andorra.yaml"), drill.Options{Orders: filepath.Join(dir, "andorra.orders.yaml"), DEM: dem})
	if err != nil {
		t.Fatal(err)
	}
	canillo := scenarios.VillageRole("Canillo")
	seats := servertest.Seats(t, scenarios.RoleCommand, scenarios.VillageRole("Encamp"), canillo, scenarios.RoleController)
	jpath := filepath.Join(dir, "andorra.journal")
	sv := serve(t, server.Config{Drill: d, Journal: jpath, Seats: seats, Speed: server.SpeedMax, Wait: time.Minute})
	bots := make([]servertest.Bot, len(seats))
	for i, s := range seats {
		bots[i] = servertest.Bot{Seat: s, Cmds: session.RoleCommands(d.Commands, s.Role)}
	}
	bots[2].Before = func(r *session.Remote) {
		r.Send(scenarios.Order{Order: scenarios.OrderDispatch, Unit: "cadres-encamp", To: "Encamp", Task: scenarios.TaskWarnDoorToDoor})
	}
	servertest.Play(t, sv.URL, bots)
	<-sv.Done()
	if err := sv.Err(); err != nil {
		t.Fatal(err)
	}
	j, err := journal.Open(jpath)
	if err != nil {
		t.Fatal(err)
	}
	servertest.SameOrders(t, j.Commands(), d.Commands, true)
	if got, want := sv.Result().World.StateHash(), servertest.HeadlessHash(t, d, j.Commands()); got != want {
		t.Errorf("the served drill ends in state %016x, the headless run of its journal's orders in %016x", got, want)
	}
}
