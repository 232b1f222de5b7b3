package sim

import (
	"slices"

	"drillsim/scenarios"
)

// TriggerMatcher follows a drill's events in order and tells when a requirement's or
// an inject's trigger has fired: at the first event that passes every filter, or, for
// all_of and all_threatened, at the event that completes the set of places.
type TriggerMatcher struct {
	t    scenarios.Trigger
	need []string // places that must all have the event; nil when one event will do
	seen []bool
	done bool
}

// NewTriggerMatcher prepares to match t in the events of a drill of scenario s (whose
// hazards say which places all_threatened means).
func NewTriggerMatcher(t scenarios.Trigger, s *scenarios.Scenario) *TriggerMatcher {
	m := &TriggerMatcher{t: t}
	switch {
	case len(t.AllOf) > 0:
		m.need = t.AllOf
	case t.AllThreatened && t.Event == scenarios.EventEvacuated:
		m.need = s.Hazards.ThreatenedZones()
	case t.AllThreatened:
		m.need = s.Hazards.ThreatenedVillages()
	}
	m.seen = make([]bool, len(m.need))
	return m
}

// Within keeps, of the places a set trigger (all_of, all_threatened) needs, those
// keep accepts: a village's own share of the places threatened.
func (m *TriggerMatcher) Within(keep func(place string) bool) {
	if m.need == nil {
		return
	}
	var need []string
	for _, p := range m.need {
		if keep(p) {
			need = append(need, p)
		}
	}
	if need == nil {
		need = []string{} // a set of none: the first event that passes completes it
	}
	m.need, m.seen = need, make([]bool, len(need))
}

// Observe takes the next event and reports whether the trigger fires with it. It
// fires once: later events return false.
func (m *TriggerMatcher) Observe(e *Event) bool {
	if m.done || !m.passes(e) {
		return false
	}
	if m.need == nil {
		m.done = true
		return true
	}
	for i, name := range m.need {
		if name == e.Village || name == e.Zone {
			m.seen[i] = true
		}
	}
	if !slices.Contains(m.seen, false) {
		m.done = true
	}
	return m.done
}

// Fired reports whether the trigger has fired.
func (m *TriggerMatcher) Fired() bool { return m.done }

// passes checks the single-event filters of the trigger.
func (m *TriggerMatcher) passes(e *Event) bool {
	t := &m.t
	if e.Kind != t.Event ||
		t.Inject != "" && e.Inject != t.Inject ||
		t.Hazard != "" && e.Hazard != t.Hazard && string(e.HazardType) != t.Hazard ||
		t.Village != "" && e.Village != t.Village ||
		t.Zone != "" && e.Zone != t.Zone ||
		t.Shelter != "" && e.Shelter != t.Shelter ||
		t.UnitKind != "" && e.UnitKind != t.UnitKind ||
		t.Order != "" && e.Order != t.Order ||
		t.Report != "" && e.Report != t.Report ||
		t.Channel != "" && e.Channel != t.Channel ||
		len(t.By) > 0 && !slices.Contains(t.By, e.Cause) ||
		t.Role != "" && (e.Role != t.Role || e.Cause == scenarios.CauseWorld) ||
		t.Share > 0 && e.Share < t.Share-1e-9 {
		return false
	}
	if t.Level != "" {
		if e.Kind == scenarios.EventRainWarning {
			return scenarios.ColourAtLeast(e.Level, t.Level)
		}
		have, err1 := scenarios.ParseLevel(e.Level)
		want, err2 := scenarios.ParseLevel(t.Level)
		return err1 == nil && err2 == nil && have.AtLeast(want)
	}
	return true
}
