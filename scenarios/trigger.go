package scenarios

import (
	"slices"
	"strings"
)

// Trigger says which events start or stop a requirement's clock: events of one kind
// that pass every filter given. Filters left empty match anything; which filters an
// event kind takes is listed with the EventKind constants.
type Trigger struct {
	Event EventKind `yaml:"event"`
	// Inject is an inject id.
	Inject string `yaml:"inject,omitempty"`
	// Hazard is a hazard id of the scenario, or a hazard type (flood, landslide, fire)
	// matching any hazard of that type: plans name types, scenarios name ids.
	Hazard  string `yaml:"hazard,omitempty"`
	Village string `yaml:"village,omitempty"`
	Zone    string `yaml:"zone,omitempty"`
	Shelter string `yaml:"shelter,omitempty"`
	// UnitKind is a unit kind such as rescue_team.
	UnitKind UnitKind `yaml:"unit_kind,omitempty"`
	// Order is an order kind such as warn or evacuate.
	Order OrderKind `yaml:"order,omitempty"`
	// Level is a response level (IV ... I) for response_activated and
	// activate_response orders, or a warning colour (blue, yellow, orange, red) for
	// rain_warning. It matches that level or a higher one: "orange" matches an orange
	// or red warning, "IV" a response at Ⅳ or above.
	Level string `yaml:"level,omitempty"`
	// Report is initial (初报) or followup (续报).
	Report ReportKind `yaml:"report,omitempty"`
	// Share is the fraction of residents (0 < share <= 1) the event must reach, such
	// as 0.9 of a village warned; 0 means any.
	Share float64 `yaml:"share,omitempty"`
	// AllOf lists villages or zones every one of which must have had the event.
	AllOf []string `yaml:"all_of,omitempty"`
	// AllThreatened means every village (for warned) or zone (for evacuated) that the
	// scenario's hazards threaten must have had the event: how a plan says "all
	// threatened people" without naming the places of one scenario.
	AllThreatened bool `yaml:"all_threatened,omitempty"`
	// Channel is the warning channel of a warned event (door_to_door: 入户).
	Channel Channel `yaml:"channel,omitempty"`
	// By lists the causes of the events the trigger counts (order, task, world: see
	// Cause). Left out, a requirement's stop counts what the participants did
	// (ParticipantCauses), never the world; a start, or an inject's condition, counts
	// any cause.
	By []Cause `yaml:"by,omitempty"`
	// Role is the role whose order (or whose dispatched unit's task) the event must
	// come from, such as 指挥部 for the command post's report to the county.
	Role Role `yaml:"role,omitempty"`
	// AfterStart, on a requirement's stop, counts only events from the moment its
	// clock starts: a report counts only once what it reports has happened.
	AfterStart bool `yaml:"after_start,omitempty"`
}

// StopTrigger returns the trigger as a requirement's stop reads it: counting the
// participants' causes when it names none.
func (t Trigger) StopTrigger() Trigger {
	if len(t.By) == 0 {
		t.By = ParticipantCauses
	}
	return t
}

// triggerFilters lists the filters each event kind takes, by YAML name.
var triggerFilters = map[EventKind][]string{
	EventInject:               {"inject"},
	EventHazardStarted:        {"hazard", "zone"},
	EventRainWarning:          {"level", "inject"},
	EventResponseActivated:    {"level"},
	EventOrder:                {"order", "village", "zone", "shelter", "unit_kind", "level", "report"},
	EventWarned:               {"village", "zone", "share", "all_of", "all_threatened", "channel"},
	EventEvacuated:            {"village", "zone", "all_of", "all_threatened"},
	EventSheltered:            {"shelter", "village", "share"},
	EventShelterFull:          {"shelter", "village"},
	EventUnitOnScene:          {"unit_kind", "zone", "village", "hazard"},
	EventRoadCut:              {"hazard", "village"},
	EventRoadCleared:          {"village"},
	EventFireContained:        {"hazard"},
	EventReportSent:           {"report"},
	EventInfoReleased:         {},
	EventReinforcementArrived: {"unit_kind"},
	EventCasualty:             {"village", "zone", "hazard"},
	EventRejected:             {"order", "unit_kind"},
	EventTaskDone:             {"unit_kind", "village", "zone"},
	EventStatus:               {},
	EventBuildingDestroyed:    {"village", "zone", "hazard"},
}

// warningColours are the colours of Chinese rainstorm warnings, most severe first.
var warningColours = []string{"red", "orange", "yellow", "blue"}

// setFilters returns the YAML names of the filters t sets, in field order.
func (t Trigger) setFilters() []string {
	var set []string
	for _, f := range []struct {
		name string
		set  bool
	}{
		{"inject", t.Inject != ""}, {"hazard", t.Hazard != ""}, {"village", t.Village != ""},
		{"zone", t.Zone != ""}, {"shelter", t.Shelter != ""}, {"unit_kind", t.UnitKind != ""},
		{"order", t.Order != ""}, {"level", t.Level != ""}, {"report", t.Report != ""},
		{"share", t.Share != 0}, {"all_of", len(t.AllOf) > 0}, {"all_threatened", t.AllThreatened},
		{"channel", t.Channel != ""},
	} {
		if f.set {
			set = append(set, f.name)
		}
	}
	return set
}

// checkForm reports what is wrong with the trigger on its own, without a scenario or
// map: an unknown event kind, a filter the event does not take, a bad value. path is
// the trigger's YAML path, for positions; stop says it is a requirement's stop, the
// only trigger after_start belongs to.
func (t Trigger) checkForm(path string, pos *Positions, probs *Problems, stop bool) {
	field := pathField(path)
	if t.Event == "" {
		probs.add(pos.Of(path), "%s: event is missing: give one of %s", field, joinKinds(EventKinds()))
		return
	}
	allowed, ok := triggerFilters[t.Event]
	if !ok {
		probs.add(pos.Of(path+".event"), "%s: unknown event %q: use one of %s", field, t.Event, joinKinds(EventKinds()))
		return
	}
	for _, f := range t.setFilters() {
		if !slices.Contains(allowed, f) {
			probs.add(pos.Of(path+"."+f), "%s: event %s takes no %s filter: it takes %s", field, t.Event, f, listOrNone(allowed))
		}
	}
	if t.Share < 0 || t.Share > 1 {
		probs.add(pos.Of(path+".share"), "%s: share %g must be a fraction between 0 and 1, such as 0.9", field, t.Share)
	}
	if t.UnitKind != "" && !t.UnitKind.Valid() {
		probs.add(pos.Of(path+".unit_kind"), "%s: unknown unit_kind %q: use one of %s", field, t.UnitKind, joinKinds(UnitKinds()))
	}
	if t.Order != "" && !t.Order.Valid() {
		probs.add(pos.Of(path+".order"), "%s: unknown order %q: use one of %s", field, t.Order, joinKinds(OrderKinds()))
	}
	if t.Report != "" && t.Report != ReportInitial && t.Report != ReportFollowup {
		probs.add(pos.Of(path+".report"), "%s: unknown report %q: use initial (初报) or followup (续报)", field, t.Report)
	}
	if t.Level != "" {
		if t.Event == EventRainWarning {
			if !slices.Contains(warningColours, t.Level) {
				probs.add(pos.Of(path+".level"), "%s: unknown warning colour %q: use one of %s", field, t.Level, strings.Join(warningColours, ", "))
			}
		} else if _, err := ParseLevel(t.Level); err != nil {
			probs.add(pos.Of(path+".level"), "%s: %v", field, err)
		}
	}
	if t.AllThreatened && len(t.AllOf) > 0 {
		probs.add(pos.Of(path+".all_of"), "%s: give all_of or all_threatened, not both", field)
	}
	if t.Channel != "" && !t.Channel.Valid() {
		probs.add(pos.Of(path+".channel"), "%s: unknown channel %q: use one of %s", field, t.Channel, joinKinds(Channels()))
	}
	for i, c := range t.By {
		if !c.Valid() {
			probs.add(pos.Of(pathIndex(path+".by", i)), "%s: unknown cause %q: use order (a participant's order), task (a dispatched unit's task) or world (the hazards and the weather)", field, c)
		}
	}
	if t.AfterStart && !stop {
		probs.add(pos.Of(path+".after_start"), "%s: after_start belongs to a requirement's stop: it says the stop counts only once the clock has started", field)
	}
}

// joinKinds lists string-like kinds for a message.
func joinKinds[K ~string](ks []K) string {
	s := make([]string, len(ks))
	for i, k := range ks {
		s[i] = string(k)
	}
	return strings.Join(s, ", ")
}

// listOrNone lists names for a message, or says there are none.
func listOrNone(names []string) string {
	if len(names) == 0 {
		return "no filters"
	}
	return strings.Join(names, ", ")
}

// ColourAtLeast reports whether warning colour have (red, orange, yellow, blue) is as
// severe as want or more: how a trigger's level matches a rain_warning event.
func ColourAtLeast(have, want string) bool {
	h, w := slices.Index(warningColours, have), slices.Index(warningColours, want)
	return h >= 0 && w >= 0 && h <= w
}
