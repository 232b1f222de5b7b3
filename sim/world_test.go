package sim

import (
	"strings"
	"sync"
	"testing"

	"drillsim/maps"
	"drillsim/scenarios"
)

// defaultTown loads the demo town once for the package's tests.
var defaultTown = sync.OnceValues(maps.Default)

func mustTown(t testing.TB) *maps.Town {
	t.Helper()
	town, err := defaultTown()
	if err != nil {
		t.Fatal(err)
	}
	return town
}

// newWorld makes a world of a built-in scenario on the demo town.
func newWorld(t testing.TB, id string) *World {
	t.Helper()
	scn, err := scenarios.LoadBuiltin(id)
	if err != nil {
		t.Fatal(err)
	}
	w, err := New(mustTown(t), scn, Options{})
	if err != nil {
		t.Fatal(err)
	}
	return w
}

// referenceWorld makes a world of built-in scenario id with its reference orders
// queued.
func referenceWorld(t testing.TB, id string) *World {
	t.Helper()
	w := newWorld(t, id)
	orders, err := scenarios.LoadReferenceOrders(id)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range CommandsOf(orders.Orders, w.TickSeconds()) {
		w.Apply(c)
	}
	return w
}

// stepUntil steps w until it reaches second s, collecting the events.
func stepUntil(w *World, s int64) []Event {
	var all []Event
	for w.Now() < s && !w.Done() {
		all = append(all, w.Step()...)
	}
	return all
}

func TestInvalidOrdersAreRejectedWithAReason(t *testing.T) {
	cases := []struct {
		name  string
		order scenarios.Order
		want  string
	}{
		{"unknown unit", scenarios.Order{Order: scenarios.OrderDispatch, Unit: "nobody", To: "福宝中学", Task: scenarios.TaskRescue}, `no unit "nobody"`},
		{"unknown place", scenarios.Order{Order: scenarios.OrderDispatch, Unit: "rescue-1", To: "火星", Task: scenarios.TaskRescue}, `no place "火星"`},
		{"task the unit cannot do", scenarios.Order{Order: scenarios.OrderDispatch, Unit: "medical-1", To: "福宝中学", Task: scenarios.TaskClearRoad}, "cannot clear_road"},
		{"unknown village", scenarios.Order{Order: scenarios.OrderWarn, Scope: scenarios.Scope{Villages: []string{"桃花源村"}}, Channel: scenarios.ChannelSMS}, `no village "桃花源村"`},
		{"empty scope", scenarios.Order{Order: scenarios.OrderEvacuate}, "names no village or zone"},
		{"not enough stock", scenarios.Order{Order: scenarios.OrderMoveSupplies, From: "镇应急物资储备库", To: "福宝中学", Items: []maps.Quantity{{Item: "tents", Count: 100000}}}, "holds 120 tents, not 100000"},
		{"village outside its own", scenarios.Order{Order: scenarios.OrderWarn, Role: scenarios.VillageRole("玉兰村"), Scope: scenarios.Scope{Villages: []string{"石龙村"}}, Channel: scenarios.ChannelLoudspeaker}, "act in their own village"},
		{"village giving a command-post order", scenarios.Order{Order: scenarios.OrderActivateResponse, Role: scenarios.VillageRole("玉兰村"), Level: scenarios.LevelIV}, "may not give activate_response"},
		{"no such road", scenarios.Order{Order: scenarios.OrderCloseRoad, Road: "长安街"}, `no road "长安街"`},
		{"reinforcement the county lacks", scenarios.Order{Order: scenarios.OrderRequestReinforcement, Kind: scenarios.UnitExcavator}, "the county has no excavator"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			w := newWorld(t, "flood")
			if c.order.Role == "" {
				c.order.Role = scenarios.RoleCommand
			}
			sent := w.Apply(Command{Tick: 1, Order: c.order})
			var got *Event
			for _, e := range w.Step() {
				if e.Kind == scenarios.EventRejected && e.Seq == sent.Seq {
					got = &e
				}
			}
			if got == nil || !strings.Contains(got.Reason.String(), c.want) {
				t.Fatalf("rejection %+v, want a reason saying %q", got, c.want)
			}
		})
	}
}

// TestResidentsAreConserved checks, tick by tick through a whole combined drill, that
// every resident is in exactly one place: at home, on the way, sheltered or hurt; and
// that no shelter holds more than its capacity.
func TestResidentsAreConserved(t *testing.T) {
	w := referenceWorld(t, "combined")
	for !w.Done() {
		w.Step()
		for i := range w.people.groups {
			g := &w.people.groups[i]
			if g.home < 0 || g.moving < 0 || g.home+g.moving+g.sheltered+g.hurt != g.pop || g.treated > g.hurt {
				t.Fatalf("tick %d building %d: home %d moving %d sheltered %d hurt %d of %d", w.Tick(), g.building, g.home, g.moving, g.sheltered, g.hurt, g.pop)
			}
		}
		for i, s := range w.shelters {
			if s.occupancy+s.reserved > w.town.Shelters[i].Capacity {
				t.Fatalf("tick %d: %s holds %d and expects %d, capacity %d", w.Tick(), w.town.Shelters[i].Name, s.occupancy, s.reserved, w.town.Shelters[i].Capacity)
			}
		}
		c := w.Counts()
		if c.Unwarned+c.Warned+c.Moving+c.Sheltered+c.Casualties != c.Residents {
			t.Fatalf("tick %d: counts do not add up: %+v", w.Tick(), c)
		}
	}
}

// TestLoudspeakersReachOnlyWhoHearsThem warns one village by loudspeaker and another
// by text message: the first reaches just the houses within a loudspeaker's radius,
// after its delay; the second everyone.
func TestLoudspeakersReachOnlyWhoHearsThem(t *testing.T) {
	w := newWorld(t, "flood")
	village := func(name string) int32 {
		p, _ := w.places.find(name)
		return int32(p.index)
	}
	yulan, shilong := village("玉兰村"), village("石龙村")
	w.Apply(Command{Tick: 1, Order: scenarios.Order{Role: scenarios.RoleCommand, Order: scenarios.OrderWarn, Scope: scenarios.Scope{Villages: []string{"玉兰村"}}, Channel: scenarios.ChannelLoudspeaker}})
	w.Apply(Command{Tick: 1, Order: scenarios.Order{Role: scenarios.RoleCommand, Order: scenarios.OrderWarn, Scope: scenarios.Scope{Villages: []string{"石龙村"}}, Channel: scenarios.ChannelSMS}})
	delay := int64(w.scn.Warning.Loudspeaker.Delay)
	stepUntil(w, delay)
	for _, g := range w.people.groups {
		if g.village == yulan && g.warnedAt >= 0 {
			t.Fatalf("a 玉兰村 house was warned at %d, before the loudspeaker's %d s delay", g.warnedAt, delay)
		}
	}
	stepUntil(w, int64(w.scn.Warning.SMS.Delay)+w.TickSeconds()*2)
	var heard, deaf, sms, missed int
	for _, g := range w.people.groups {
		switch {
		case g.village == yulan && g.loud && g.warnedAt >= 0:
			heard++
		case g.village == yulan && !g.loud && g.warnedAt >= 0:
			deaf++
		case g.village == shilong && g.warnedAt >= 0:
			sms++
		case g.village == shilong:
			missed++
		}
	}
	if heard == 0 || deaf != 0 || sms == 0 || missed != 0 {
		t.Errorf("loudspeaker warned %d houses in range and %d out of it; text messages warned %d and missed %d", heard, deaf, sms, missed)
	}
}

func TestNewRefusesHazardsWithoutTerrain(t *testing.T) {
	town := *mustTown(t)
	town.DEM = nil
	scn, err := scenarios.LoadBuiltin("flood")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := New(&town, scn, Options{}); err == nil || !strings.Contains(err.Error(), "no terrain (DEM)") {
		t.Errorf("New = %v, want an error saying the map has no terrain", err)
	}
}

func TestEvacuationEmptiesTheZoneIntoShelters(t *testing.T) {
	w := newWorld(t, "landslide")
	zone := "银杏村六组滑坡隐患点"
	for _, ch := range []scenarios.Channel{scenarios.ChannelLoudspeaker, scenarios.ChannelSMS, scenarios.ChannelDoorToDoor} {
		w.Apply(Command{Tick: 1, Order: scenarios.Order{Role: scenarios.RoleCommand, Order: scenarios.OrderWarn, Scope: scenarios.Scope{Zones: []string{zone}}, Channel: ch}})
	}
	w.Apply(Command{Tick: 1, Order: scenarios.Order{Role: scenarios.RoleCommand, Order: scenarios.OrderEvacuate, Scope: scenarios.Scope{Zones: []string{zone}}, Shelter: "银杏村活动中心"}})
	var evacuated *Event
	for _, e := range stepUntil(w, 3*3600) {
		if e.Kind == scenarios.EventEvacuated && e.Zone == zone {
			evacuated = &e
			break
		}
	}
	if evacuated == nil || evacuated.Share < 1-evacuatedRemain {
		t.Fatalf("zone not reported evacuated within 3 h: %+v", evacuated)
	}
	p, _ := w.places.find("银杏村活动中心")
	if occ := w.shelters[p.index].occupancy; occ == 0 {
		t.Errorf("nobody reached 银杏村活动中心")
	}
}
