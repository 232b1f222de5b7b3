package report

import (
	"testing"

	"drillsim/i18n"
	"drillsim/scenarios"
	"drillsim/sim"
)

func TestEventText(t *testing.T) {
	for _, tc := range []struct {
		e      sim.Event
		zh, en string
	}{
		{sim.Event{Kind: scenarios.EventWarned, Zone: "南岸街", Count: 12, Share: 0.5}, "群众已预警：南岸街，12人，50%", "residents warned: 南岸街, 12 people, 50%"},
		{sim.Event{Kind: scenarios.EventInfoReleased}, "信息发布", "information released"},
		{sim.Event{Kind: scenarios.EventRejected, Order: scenarios.OrderDispatch, Reason: sim.Reason{Code: sim.ReasonText, Args: []string{"no such unit"}}}, "指令被拒：dispatch，no such unit", "order rejected: dispatch, no such unit"},
		{sim.Event{Kind: "odd"}, "odd", "odd"},
	} {
		if zh, en := eventText(&tc.e, i18n.Chinese), eventText(&tc.e, i18n.English); zh != tc.zh || en != tc.en {
			t.Errorf("eventText = %q / %q, want %q / %q", zh, en, tc.zh, tc.en)
		}
	}
	if onTimeline(&sim.Event{Kind: scenarios.EventStatus}) || onTimeline(&sim.Event{Kind: scenarios.EventSheltered}) || !onTimeline(&sim.Event{Kind: scenarios.EventRoadCut}) {
		t.Error("the timeline should leave out status and sheltered events only")
	}
}
