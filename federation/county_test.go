package federation

import (
	"context"
	"maps"
	"path/filepath"
	"slices"
	"strconv"
	"testing"
	"time"

	"drillsim/drill"
	"drillsim/drill/drilltest"
	"drillsim/journal"
	"drillsim/scenarios"
	"drillsim/server"
	"drillsim/server/servertest"
	"drillsim/session"
	"drillsim/sim"
)

// countyTown is one township of a county drill served for a test.
type countyTown struct {
	name    string
	d       *drill.Drill
	journal string
	sv      *servertest.Served
	seats   []server.Seat
}

// serveCountyTown serves drill d as township name of the county drill "county" at the
// speed max, following the county's stream until the test ends; the drill waits up to
// wait for its command post's seat to join.
func serveCountyTown(t *testing.T, ctx context.Context, url, name string, d *drill.Drill, wait time.Duration) *countyTown {
	t.Helper()
	m, err := NewMember(connect(t, url), Township{Drill: "county", Town: name}, d, nil)
	if err != nil {
		t.Fatal(err)
	}
	ct := &countyTown{name: name, d: d, journal: filepath.Join(t.TempDir(), name+".journal"), seats: servertest.Seats(t, scenarios.RoleCommand)}
	ct.sv = servertest.Serve(t, server.Config{Drill: d, Journal: ct.journal, Seats: ct.seats, Speed: server.SpeedMax, Wait: wait, Township: &server.Township{Stepped: m.Stepped}}, "")
	go func() {
		if err := m.Follow(ctx, ct.sv.Server); err != nil {
			t.Error(err)
		}
	}()
	return ct
}

// TestAUnitLentFromOneTownshipWorksInAnother runs a county drill of three townships on
// the demo town (a flood, a landslide, a fire) and the county command post on an
// embedded broker, the county's clock at the speed max. The county lends the flooded
// township's rescue team to the landslide's, 30 minutes of road away; the landslide
// township's command post (a seat joined over the network) sees it arrive and sends
// it to rescue, and it reaches the scene; the county raises the fire township's
// response to level II. The county's view shows the unit lent and received. Each
// township's drill ends in the state of a headless run of its own scenario with the
// same commands at the same ticks — the county's at the ticks the county said.
func TestAUnitLentFromOneTownshipWorksInAnother(t *testing.T) {
	broker, js := startBroker(t)
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancel()
	names := []string{"fubao", "xianshi", "baimi"}
	county, err := OpenCounty(ctx, js, "county", names)
	if err != nil {
		t.Fatal(err)
	}
	defer county.Close()
	towns := map[string]*countyTown{}
	for i, id := range []string{"flood", "landslide", "fire"} {
		wait := 50 * time.Millisecond
		if names[i] == "xianshi" {
			wait = time.Minute // its command post joins
		}
		towns[names[i]] = serveCountyTown(t, ctx, broker.URL(), names[i], drilltest.Builtin(t, id, false), wait)
	}
	receiver := towns["xianshi"]

	// The landslide township's command post sends the unit lent to it to rescue.
	const sentTo = "福宝中学"
	played := sendArrivals(t, ctx, receiver, "fubao", sentTo)

	last := int64(0)
	for _, ct := range towns {
		last = max(last, ct.d.Scenario.Duration.Seconds()/ct.d.Scenario.Tick.Seconds())
	}
	driven := make(chan error, 1)
	go func() { driven <- county.Drive(ctx, last, 0) }()

	// Once the townships report, the county lends and raises.
	for {
		if len(county.Statuses()) == len(names) {
			break
		}
		select {
		case <-ctx.Done():
			t.Fatal("the townships never reported to the county")
		case <-time.After(10 * time.Millisecond):
		}
	}
	const travelS = 30 * 60
	g, err := county.Lend(ctx, "fubao", "xianshi", "rescue-1", travelS)
	if err != nil {
		t.Fatal(err)
	}
	if g.Arrives < g.Leaves+travelS/10 || g.ID != "fubao/rescue-1" || g.Kind != scenarios.UnitRescueTeam || g.Count != 12 {
		t.Errorf("grant %+v: want fubao/rescue-1, a rescue team of 12, arriving 180 ticks or more after it leaves", g)
	}
	if _, err := county.Lend(ctx, "fubao", "xianshi", "rescue-1", travelS); err == nil {
		t.Error("the county lent fubao's rescue-1 twice")
	}
	_, raisedAt, err := county.Order(ctx, "baimi", scenarios.Order{Order: scenarios.OrderActivateResponse, Level: scenarios.LevelII}, Lead)
	if err != nil {
		t.Fatal(err)
	}
	if _, _, err := county.Order(ctx, "baimi", scenarios.Order{Order: scenarios.OrderDispatch, Unit: "fire-1", To: sentTo, Task: scenarios.TaskSuppressFire}, Lead); err == nil {
		t.Error("the county dispatched a township's unit: only the township's command post does")
	}

	awaitCountyDrill(t, ctx, slices.Collect(maps.Values(towns)), driven, played)

	// The county's view shows the lend, from both sides.
	lent, _ := county.StatusOf("fubao")
	got, _ := county.StatusOf("xianshi")
	if !slices.Contains(lent.Lent, Loan{Unit: "rescue-1", Kind: scenarios.UnitRescueTeam, Town: "xianshi", Tick: g.Leaves}) {
		t.Errorf("the county sees fubao's lent units as %+v, want rescue-1 lent to xianshi at tick %d", lent.Lent, g.Leaves)
	}
	if !slices.Contains(got.Received, Loan{Unit: g.ID, Kind: scenarios.UnitRescueTeam, Town: "fubao", Tick: g.Arrives}) {
		t.Errorf("the county sees xianshi's received units as %+v, want %s from fubao at tick %d", got.Received, g.ID, g.Arrives)
	}

	// The lent unit worked in the township it was lent to.
	var arrived, onScene bool
	for _, e := range receiver.sv.Result().Events {
		arrived = arrived || e.Kind == scenarios.EventReinforcementArrived && e.Unit == g.ID && e.T == g.Arrives*10
		onScene = onScene || e.Kind == scenarios.EventUnitOnScene && e.Unit == g.ID && e.Place == sentTo
	}
	if !arrived || !onScene {
		t.Errorf("in xianshi, %s arrived at tick %d: %v; reached %s: %v", g.ID, g.Arrives, arrived, sentTo, onScene)
	}

	// Each township's drill is its own scenario's with the same commands at the same
	// ticks: the county's at the ticks it said, the seat's as journaled.
	county1 := func(tick int64, o scenarios.Order) sim.Command {
		o.Role = scenarios.RoleCounty
		return sim.Command{Tick: tick, Order: o}
	}
	want := map[string][]sim.Command{
		"fubao": {county1(g.Leaves, scenarios.Order{Order: scenarios.OrderLend, Unit: "rescue-1", Town: "xianshi"})},
		"xianshi": {county1(g.Arrives, scenarios.Order{Order: scenarios.OrderReceive, Unit: g.ID, Kind: scenarios.UnitRescueTeam, Count: 12,
			Town: "fubao", To: g.Entry, Text: "镇综合应急救援队一分队"})},
		"baimi": {county1(raisedAt, scenarios.Order{Order: scenarios.OrderActivateResponse, Level: scenarios.LevelII})},
	}
	for _, ct := range towns {
		j, err := journal.Open(ct.journal)
		if err != nil {
			t.Fatal(err)
		}
		cmds := j.Commands()
		for _, c := range cmds {
			if c.Order.Role == scenarios.RoleCommand {
				want[ct.name] = append(want[ct.name], c) // the seat's, at the tick it came
			}
		}
		servertest.SameOrders(t, cmds, want[ct.name], true)
		headless := servertest.HeadlessHash(t, ct.d, want[ct.name])
		if served := ct.sv.Result().World.StateHash(); served != headless {
			t.Errorf("%s ends in state %016x, the headless run of the same commands in %016x", ct.name, served, headless)
		}
		if st, _ := county.StatusOf(ct.name); !st.Done || st.State != strconv16(ct.sv.Result().World.StateHash()) {
			t.Errorf("the county's last status of %s: done %v in state %s", ct.name, st.Done, st.State)
		}
	}
	if n := len(want["xianshi"]); n != 2 {
		t.Errorf("xianshi's command post gave %d orders, want the dispatch of the unit lent", n-1)
	}
}

// sendArrivals joins township ct's command post over the network; it sends each unit
// lent to it by township from to rescue at place to as soon as it sees it arrive, and
// plays on to the end of the drill. The channel says how the seat ended.
func sendArrivals(t *testing.T, ctx context.Context, ct *countyTown, from, to string) <-chan error {
	t.Helper()
	post, err := servertest.DialRetrying(ctx, ct.sv.URL, ct.seats[0].Code, session.RemoteOptions{HoldReady: true})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(post.Close)
	played := make(chan error, 1)
	go func() {
		for {
			for _, e := range post.Advance(0) {
				if e.Kind == scenarios.EventReinforcementArrived && e.From == from {
					post.Send(scenarios.Order{Order: scenarios.OrderDispatch, Unit: e.Unit, To: to, Task: scenarios.TaskRescue})
				}
			}
			post.Ready()
			if post.Done() {
				played <- nil
				return
			}
			if err := post.Wait(ctx); err != nil {
				if post.Advance(0); post.Done() {
					err = nil
				}
				played <- err
				return
			}
		}
	}()
	return played
}

// awaitCountyDrill waits until every township's drill has ended without an error,
// the county clock has run out (driven) and the seat that played has ended (played).
func awaitCountyDrill(t *testing.T, ctx context.Context, towns []*countyTown, driven, played <-chan error) {
	t.Helper()
	for _, ct := range towns {
		select {
		case <-ct.sv.Done():
		case <-ctx.Done():
			t.Fatalf("%s's drill did not end", ct.name)
		}
		if err := ct.sv.Err(); err != nil {
			t.Fatalf("%s: %v", ct.name, err)
		}
	}
	if err := <-driven; err != nil {
		t.Fatal(err)
	}
	if err := <-played; err != nil {
		t.Fatal(err)
	}
}

// strconv16 is a state hash as a township reports it.
func strconv16(h uint64) string { return strconv.FormatUint(h, 16) }
