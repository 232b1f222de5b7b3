package scenarios

import (
	"strings"
	"testing"
	"time"
)

// ordersFor parses an orders file for built-in scenario id and validates it.
func ordersFor(t *testing.T, id, src string) error {
	t.Helper()
	s, err := LoadBuiltin(id)
	if err != nil {
		t.Fatal(err)
	}
	o, err := ParseOrders([]byte(src), "o.yaml", s.Start.Time)
	if err != nil {
		return err
	}
	return o.Validate(s, loadDefaultTown(t))
}

func TestOrdersValidateNamesEachBadReference(t *testing.T) {
	tests := []struct{ name, order, want string }{
		{"unknown unit", `{at: "22:20", order: dispatch, unit: rescue-9, to: 滨河路, task: rescue}`,
			`o.yaml:2:42: orders[0]: unknown unit "rescue-9": the scenario's units are rescue-1, rescue-2`},
		{"unknown place", `{at: "22:20", order: dispatch, unit: rescue-1, to: 北京, task: rescue}`,
			`o.yaml:2:56: orders[0]: unknown place "北京"`},
		{"unknown shelter", `{at: "22:20", order: open_shelter, shelter: 福宝小学}`, `o.yaml:2:49: orders[0]: unknown shelter "福宝小学"`},
		{"unknown zone", `{at: "22:20", order: evacuate, scope: {zones: [北岸街]}, shelter: 福宝中学}`, `o.yaml:2:52: orders[0]: unknown zone "北岸街"`},
		{"unknown village", `{at: "22:20", order: warn, scope: {villages: [福宝村]}, channel: sms}`, `unknown village "福宝村"`},
		{"unknown channel", `{at: "22:20", order: warn, scope: {villages: [福宝社区]}, channel: wechat}`, `unknown channel "wechat": use one of loudspeaker, sms, door_to_door`},
		{"unknown task", `{at: "22:20", order: dispatch, unit: rescue-1, to: 滨河路, task: swim}`, `unknown task "swim"`},
		{"unknown road", `{at: "22:20", order: close_road, road: 长安街}`, `unknown road "长安街"`},
		{"missing field", `{at: "22:20", order: evacuate, scope: {zones: [南岸街洪水风险区]}}`, "o.yaml:2:6: orders[0]: order evacuate needs shelter"},
		{"field the order does not take", `{at: "22:20", order: open_shelter, shelter: 福宝中学, unit: rescue-1}`,
			"orders[0]: order open_shelter takes no unit: it takes shelter"},
		{"unknown depot", `{at: "22:20", order: move_supplies, from: 县仓库, to: 福宝中学, items: [{item: tents, count: 5}]}`, `unknown depot "县仓库"`},
		{"item the depot lacks", `{at: "22:20", order: move_supplies, from: 镇应急物资储备库, to: 福宝中学, items: [{item: drones, count: 5}]}`,
			`depot 镇应急物资储备库 holds no "drones"`},
		{"more than in stock", `{at: "22:20", order: move_supplies, from: 镇应急物资储备库, to: 福宝中学, items: [{item: tents, count: 500}]}`,
			"depot 镇应急物资储备库 holds 120 tents, not 500"},
		{"reinforcement not offered", `{at: "22:20", order: request_reinforcement, kind: fire_team}`, "the scenario offers no fire_team reinforcement"},
		{"unknown inject", `{at: "22:20", role: 导调, order: inject_now, inject: F99}`, `unknown inject "F99"`},
		{"unknown hazard", `{at: "22:20", role: 导调, order: set_hazard, hazard: fire-1, set: contained}`, `unknown hazard "fire-1"`},
		{"override of another hazard", `{at: "22:20", role: 导调, order: set_hazard, hazard: dacao-flood, set: contained}`, `a flood hazard cannot set "contained"`},
		{"controller order by the command post", `{at: "22:20", order: pause}`, "only the controller (导调) gives pause, not 指挥部"},
		{"command order by the controller", `{at: "22:20", role: 导调, order: release_info, text: 测试}`, "导调 gives no release_info orders"},
		{"after the end", `{at: "+9h", order: release_info, text: 结束}`, "07-16 07:00 (+9h) is after the drill ends at 07-16 06:00 (+8h); a clock time before the start (22:00) is read"},
		{"before the start", `{at: "21:50", order: release_info, text: 开始前}`, "07-16 21:50 (+23h50m) is after the drill ends at 07-16 06:00 (+8h); a clock time before the start (22:00) is read as that time the next day: nothing can happen before the drill starts"},
		{"unknown order", `{at: "22:20", order: panic}`, `unknown order "panic"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := ordersFor(t, "flood", "orders:\n  - "+tt.order+"\n")
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error:\n%v\nwant a line containing %q", err, tt.want)
			}
		})
	}
}

func TestOrdersFileErrors(t *testing.T) {
	err := ordersFor(t, "flood", "scenario: fire\norders:\n  - {at: \"22:20\", order: pause, role: 导调}\n")
	if err == nil || !strings.Contains(err.Error(), `o.yaml:1:11: the orders are for scenario "fire", not "flood"`) {
		t.Errorf("error = %v", err)
	}
	err = ordersFor(t, "flood", "orders:\n  - {at: \"22:20\", order: pause, role: 导调, speed: 10}\n")
	if err == nil || !strings.Contains(err.Error(), `o.yaml:2:43: unknown field "speed" in orders[0]: allowed fields are at, role, order, scope`) {
		t.Errorf("error = %v", err)
	}
	err = ordersFor(t, "flood", "orders:\n  - {at: \"22:20\", order: warn, role: 镇长}\n")
	if err == nil || !strings.Contains(err.Error(), `o.yaml:2:38: unknown role "镇长"`) {
		t.Errorf("error = %v", err)
	}
	if _, err := ReadOrders("absent.orders.yaml", time.Time{}); err == nil || !strings.Contains(err.Error(), "absent.orders.yaml") {
		t.Errorf("ReadOrders of a missing file = %v", err)
	}
}

func TestReferenceOrdersDefaultToTheCommandPost(t *testing.T) {
	o, err := LoadReferenceOrders("flood")
	if err != nil {
		t.Fatal(err)
	}
	if o.Orders[0].Role != RoleCommand || o.Orders[0].Order != OrderActivateResponse || o.Orders[0].At != At(12*Minute) {
		t.Errorf("first order %+v, want 指挥部 activating the response at +12m", o.Orders[0])
	}
}
