package sim

import "drillsim/scenarios"

// injectState is the master scenario events list as it plays: when each inject is due
// (-1 while its condition has not held), and whether it has been delivered.
type injectState struct {
	due       []int64
	delivered []bool
	when      []*TriggerMatcher // for injects with a condition
}

func (is *injectState) init(s *scenarios.Scenario) {
	is.due = make([]int64, len(s.Injects))
	is.delivered = make([]bool, len(s.Injects))
	is.when = make([]*TriggerMatcher, len(s.Injects))
	for i, in := range s.Injects {
		is.due[i] = -1
		switch {
		case in.At != nil:
			is.due[i] = int64(*in.At)
		case in.When != nil:
			is.when[i] = NewTriggerMatcher(in.When.Trigger, s)
		}
	}
}

// deliverInjects delivers the injects due by now, in list order.
func (w *World) deliverInjects(now int64) {
	is := &w.injects
	for i, in := range w.scn.Injects {
		if is.delivered[i] || is.due[i] < 0 || is.due[i] > now {
			continue
		}
		is.delivered[i] = true
		w.emit(Event{Kind: scenarios.EventInject, Inject: in.ID, Role: in.To, From: in.From, Text: in.Text})
		if in.Kind == scenarios.InjectRainWarning {
			w.emit(Event{Kind: scenarios.EventRainWarning, Inject: in.ID, Level: in.Level, Role: in.To, From: in.From})
		}
	}
}

// observe lets conditional injects watch the tick's events; one whose condition holds
// becomes due After later.
func (is *injectState) observe(w *World, now int64) {
	for i, m := range is.when {
		if m == nil || is.due[i] >= 0 {
			continue
		}
		for k := range w.events {
			if m.Observe(&w.events[k]) {
				is.due[i] = now + int64(w.scn.Injects[i].When.After)
				break
			}
		}
	}
}

// injectNow makes inject id due at once (the controller's order), reporting false if
// there is no such inject or it was delivered already.
func (w *World) injectNow(id string, now int64) bool {
	for i, in := range w.scn.Injects {
		if in.ID == id && !w.injects.delivered[i] {
			w.injects.due[i] = now
			return true
		}
	}
	return false
}
