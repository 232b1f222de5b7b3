package scoring

import (
	"slices"

	"drillsim/scenarios"
	"drillsim/sim"
)

// Seat is the participant a grade is for: the town, whose command post is graded on
// the duties of the command post and its units (the default, Town), or one village's
// cadres, graded on the village duties in their own village alone.
type Seat struct {
	// Role is scenarios.RoleCommand for the town, or a village's role.
	Role scenarios.Role
	// Places says which village each hazard zone lies in; a village seat needs it.
	Places *scenarios.Places
}

// Town is the seat of the town's command post.
var Town = Seat{Role: scenarios.RoleCommand}

// VillageSeat is the seat of village's cadres on the town of places.
func VillageSeat(village string, places *scenarios.Places) Seat {
	return Seat{Role: scenarios.VillageRole(village), Places: places}
}

// Village is the seat's village, "" for the town.
func (s Seat) Village() string { return s.Role.Village() }

// Requirements returns the requirements of plan in force for scenario scn that are
// the seat's duties, in plan order: for the town, those of the command post and of
// unit kinds; for a village the scenario's hazards threaten, the village duties for
// the hazards that threaten it; for any other village, none.
func (s Seat) Requirements(plan *scenarios.Plan, scn *scenarios.Scenario) []scenarios.Requirement {
	v := s.Village()
	if v != "" && !s.threatened(scn) {
		return nil
	}
	types := scn.Hazards.Types()
	if v != "" {
		types = s.threatTypes(scn)
	}
	var reqs []scenarios.Requirement
	for _, r := range plan.RequirementsAt(scn.Level) {
		if r.AppliesTo(types) && r.Responsible.Village() == (v != "") {
			reqs = append(reqs, r)
		}
	}
	return reqs
}

// threatened reports whether the scenario's hazards threaten the seat's village: it
// is named among a hazard's villages, or holds one of its zones.
func (s Seat) threatened(scn *scenarios.Scenario) bool {
	return slices.ContainsFunc(scn.Hazards.List(), func(h scenarios.HazardInfo) bool { return s.threatenedBy(h) })
}

// threatTypes are the types of the hazards that threaten the seat's village.
func (s Seat) threatTypes(scn *scenarios.Scenario) []scenarios.HazardType {
	var types []scenarios.HazardType
	for _, h := range scn.Hazards.List() {
		if s.threatenedBy(h) && !slices.Contains(types, h.Type) {
			types = append(types, h.Type)
		}
	}
	return types
}

// threatenedBy reports whether hazard h threatens the seat's village.
func (s Seat) threatenedBy(h scenarios.HazardInfo) bool {
	return slices.Contains(h.Villages, s.Village()) || slices.ContainsFunc(h.Zones, s.holds)
}

// holds reports whether place (a village or hazard zone) is, or lies in, the seat's
// village.
func (s Seat) holds(place string) bool {
	v := s.Village()
	return place == v || s.Places != nil && s.Places.VillageOf(place) == v
}

// sees reports whether an event concerns the seat: for the town every event; for a
// village, an event in the village (by its zone, else its village), the start of a
// hazard that threatens it, or an event of no place at all (a warning, an inject).
func (s Seat) sees(e *sim.Event, scn *scenarios.Scenario) bool {
	if s.Village() == "" {
		return true
	}
	switch {
	case e.Kind == scenarios.EventHazardStarted:
		for _, h := range scn.Hazards.List() {
			if h.ID == e.Hazard {
				return s.threatenedBy(h)
			}
		}
		return e.Zone == "" || s.holds(e.Zone)
	case e.Zone != "":
		return s.holds(e.Zone)
	case e.Village != "":
		return e.Village == s.Village()
	}
	return true
}

// credits reports whether a stop event counts for the seat: what the world did counts
// for anyone its clause allows; an order or a task counts for a village only when its
// own cadres gave it.
func (s Seat) credits(e *sim.Event) bool {
	return s.Village() == "" || e.Cause == scenarios.CauseWorld || e.Role == s.Role
}

// own returns the events of what befell the seat's people: every event for the town;
// for a village, those in the village (Seat.sees), the drill's status figures, which
// count the whole town, left out.
func (s Seat) own(events []sim.Event, scn *scenarios.Scenario) []sim.Event {
	if s.Village() == "" {
		return events
	}
	var own []sim.Event
	for i := range events {
		if e := &events[i]; e.Kind != scenarios.EventStatus && s.sees(e, scn) {
			own = append(own, *e)
		}
	}
	return own
}

// VillageSeats returns the seats of the villages the scenario's hazards threaten (named
// among a hazard's villages, or holding one of its zones), in hazard order: the
// villages that have duties of their own in the drill.
func VillageSeats(scn *scenarios.Scenario, places *scenarios.Places) []Seat {
	var names []string
	add := func(v string) {
		if v != "" && !slices.Contains(names, v) {
			names = append(names, v)
		}
	}
	for _, h := range scn.Hazards.List() {
		for _, v := range h.Villages {
			add(v)
		}
		for _, z := range h.Zones {
			if places != nil {
				add(places.VillageOf(z))
			}
		}
	}
	seats := make([]Seat, len(names))
	for i, v := range names {
		seats[i] = VillageSeat(v, places)
	}
	return seats
}

// AssessVillages assesses the drill of a for each village seat of its scenario on the
// town of places (VillageSeats), in that order.
func (a *Assessment) AssessVillages(places *scenarios.Places) []Assessment {
	var out []Assessment
	for _, seat := range VillageSeats(a.Scenario, places) {
		out = append(out, AssessSeat(seat, a.Plan, a.Scenario, a.Header, a.Source, a.Events, nil, nil))
	}
	return out
}
