package report

import (
	"fmt"
	"strings"

	"drillsim/i18n"
	"drillsim/scenarios"
	"drillsim/sim"
)

// onTimeline reports whether an event belongs on the report's timeline: everything
// but the periodic status figures and the arrivals at shelters, which the charts show.
func onTimeline(e *sim.Event) bool {
	return e.Kind != scenarios.EventStatus && e.Kind != scenarios.EventSheltered
}

// eventText describes an event in one line: what happened, then its details.
func eventText(e *sim.Event, l i18n.Language) string {
	name := i18n.EventKindName(e.Kind, l)
	var parts []string
	add := func(s string) {
		if s != "" {
			parts = append(parts, s)
		}
	}
	add(string(e.Order))
	add(e.Level)
	add(string(e.Report))
	add(e.Inject)
	add(e.Hazard)
	add(e.Unit)
	add(e.Village)
	add(e.Zone)
	add(e.Shelter)
	add(e.Road)
	if e.Count > 0 {
		add(fmt.Sprintf(l.Pick("%d人", "%d people"), e.Count))
	}
	if e.Share > 0 && e.Kind == scenarios.EventWarned {
		add(fmt.Sprintf("%.0f%%", 100*e.Share))
	}
	add(i18n.ReasonText(e.Reason, l, nil))
	if len(parts) == 0 {
		return name
	}
	return name + l.Pick("：", ": ") + strings.Join(parts, l.Pick("，", ", "))
}
