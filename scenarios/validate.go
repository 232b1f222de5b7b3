package scenarios

import (
	"math"
	"slices"
	"strings"

	"github.com/paulmach/orb"

	"drillsim/maps"
)

// Validate checks the scenario against its town and the plan it is graded against
// and returns every problem found as Problems, each with the file, line and column
// where it was written: missing or impossible figures; times outside the scenario or
// going backwards in a series; every reference to a unit, village, zone, shelter,
// station, place, inject, hazard and requirement; and plan requirements in force for
// this scenario whose clock could never start or stop in it (a requirement started by
// an inject the scenario lacks, or stopped by evacuating a zone no hazard threatens).
func (s *Scenario) Validate(t *maps.Town, p *Plan) error {
	if t == nil {
		return problemAt(Pos{File: s.Source}, "no town to validate the scenario against: load its map first")
	}
	v := &validator{s: s, town: t, plan: p, places: NewPlaces(t)}
	v.checkHeader()
	v.checkWeather()
	v.checkHazards()
	v.checkUnits()
	v.checkWarning()
	v.checkInjects()
	v.checkPhases()
	v.checkPlan()
	return v.probs.err()
}

// validator carries what Validate checks against and the problems found.
type validator struct {
	s      *Scenario
	town   *maps.Town
	plan   *Plan
	places *Places
	probs  Problems
}

// at is the position of the scenario value at path.
func (v *validator) at(path string) Pos { return v.s.pos.Of(path) }

// add reports a problem with the scenario value at path, prefixed by its field.
func (v *validator) add(path, format string, args ...any) {
	v.probs.add(v.at(path), "%s: "+format, append([]any{pathField(path)}, args...)...)
}

// checkTime reports a moment outside the scenario.
func (v *validator) checkTime(path string, t At) {
	if t > v.s.End() {
		v.add(path, "%v", v.s.afterEnd(t))
	}
}

// clock renders a moment as a wall-clock time for messages.
func (v *validator) clock(t At) string { return v.s.clockText(t) }

// checkSeries reports moments of a series that go backwards, repeat or lie outside
// the scenario; times[i] is written at path[i].
func (v *validator) checkSeries(path string, times []At) {
	for i, t := range times {
		p := pathIndex(path, i)
		v.checkTime(p+".at", t)
		if i > 0 && t <= times[i-1] {
			v.add(p+".at", "time goes backwards or repeats: %v after %v; list entries in time order", t, times[i-1])
		}
	}
}

// checkHeader checks the figures every scenario needs: id, title, start, duration,
// tick and plan.
func (v *validator) checkHeader() {
	s := v.s
	if s.ID == "" {
		v.add("$", "the scenario has no id: add id: <short name>")
	}
	if s.Title == "" {
		v.add("$", "the scenario has no title")
	}
	if s.Start.IsZero() {
		v.add("$", "the scenario has no start: add start: \"2026-07-15T22:00:00+08:00\"")
	}
	switch {
	case s.Duration <= 0:
		v.add("$.duration", "duration must be positive, such as 8h")
	case s.Duration > MaxDuration:
		v.add("$.duration", "duration %v is longer than a drill can be: at most %v", s.Duration, MaxDuration)
	}
	if s.Tick <= 0 {
		v.add("$.tick", "tick must be positive, such as 10s")
	} else if s.Duration%s.Tick != 0 {
		v.add("$.duration", "duration %v is not a whole number of %v ticks", s.Duration, s.Tick)
	}
	if s.Plan == "" {
		v.add("$", "the scenario names no plan: add plan: <built-in plan id or file>")
	} else if v.plan != nil && !isYAMLName(s.Plan) && s.Plan != v.plan.ID {
		v.add("$.plan", "the scenario is graded against plan %q but was given plan %q", s.Plan, v.plan.ID)
	}
}

// checkWeather checks the rain and wind series.
func (v *validator) checkWeather() {
	w := v.s.Weather
	times := make([]At, len(w.Rain))
	for i, r := range w.Rain {
		times[i] = r.At
		if r.MMPerH < 0 {
			v.add(pathIndex("$.weather.rain", i)+".mm_per_h", "rainfall %g mm/h cannot be negative", r.MMPerH)
		}
	}
	v.checkSeries("$.weather.rain", times)
	times = make([]At, len(w.Wind))
	for i, ws := range w.Wind {
		times[i] = ws.At
		p := pathIndex("$.weather.wind", i)
		if ws.SpeedMS < 0 {
			v.add(p+".speed_ms", "wind speed %g m/s cannot be negative", ws.SpeedMS)
		}
		if ws.FromDeg < 0 || ws.FromDeg >= 360 {
			v.add(p+".from_deg", "wind direction %g must be in [0, 360) degrees from north", ws.FromDeg)
		}
	}
	v.checkSeries("$.weather.wind", times)
	v.checkFireDanger()
}

// checkHazards checks each hazard's id, zones, villages, times and triggers.
func (v *validator) checkHazards() {
	seen := map[string]bool{}
	for _, h := range v.s.Hazards.List() {
		switch {
		case h.ID == "":
			v.add(h.Path, "the hazard has no id")
		case seen[h.ID]:
			v.add(h.Path+".id", "hazard id %q is used twice", h.ID)
		case slices.Contains(HazardTypes(), HazardType(h.ID)):
			v.add(h.Path+".id", "hazard id %q is a hazard type; triggers could not tell them apart: choose another id", h.ID)
		}
		seen[h.ID] = true
		for j, name := range h.Villages {
			v.checkVillage(pathIndex(h.Path+".villages", j), name)
		}
	}
	for i, f := range v.s.Hazards.Floods {
		p := pathIndex("$.hazards.flood", i)
		if f.River != "" && !v.places.Is(f.River, maps.KindRiver, maps.KindStream, maps.KindWater) {
			v.add(p+".river", "%v", v.places.unknown(NounRiver, f.River, maps.KindRiver, maps.KindStream))
		}
		if len(f.Zones) == 0 {
			v.add(p, "flood %s threatens no zones: list its flood hazard zones under zones", f.ID)
		}
		for j, z := range f.Zones {
			v.checkZone(pathIndex(p+".zones", j), z, HazardFlood)
		}
		v.checkFloodModel(p, f)
	}
	for i, l := range v.s.Hazards.Landslides {
		p := pathIndex("$.hazards.landslide", i)
		v.checkZone(p+".zone", l.Zone, HazardLandslide)
		tr := l.Trigger
		switch {
		case tr.At != nil && tr.RainMM != 0:
			v.add(p+".trigger", "give the trigger a time (at) or a rainfall (rain_mm and window), not both")
		case tr.At != nil:
			v.checkTime(p+".trigger.at", *tr.At)
		case tr.RainMM <= 0 || tr.Window <= 0:
			v.add(p+".trigger", "landslide %s needs trigger: {at: <time>} or {rain_mm: <mm>, window: <duration>}", l.ID)
		case v.s.Duration > MaxDuration || v.s.Tick <= 0:
			// the header's problems are reported; the rain cannot be followed
		default:
			if _, ok := l.TriggerAt(v.s.Weather, v.s.Tick, v.s.End()); !ok {
				v.add(p+".trigger", "landslide %s never fails: the weather never brings %g mm within %v; raise the rain or lower the threshold", l.ID, tr.RainMM, tr.Window)
			}
		}
		v.checkLandslideFigures(p, l)
		v.checkOverrides(p, HazardLandslide, l.Overrides)
	}
	for i, f := range v.s.Hazards.Fires {
		p := pathIndex("$.hazards.fire", i)
		if f.Zone != "" {
			v.checkZone(p+".zone", f.Zone, HazardFire)
		}
		ig := f.Ignite
		v.checkTime(p+".ignite.at", ig.At)
		switch {
		case (ig.AtPlace == "") == (ig.LonLat == nil):
			v.add(p+".ignite", "give the ignition one place: at_place (a named map feature) or lonlat [lon, lat]")
		case ig.AtPlace != "" && !v.places.Is(ig.AtPlace, PlaceKinds...):
			v.add(p+".ignite.at_place", "%v", v.places.orUnknown(failf("unknown place %q: name a feature of the map", ig.AtPlace), ig.AtPlace, PlaceKinds...))
		case ig.LonLat != nil:
			v.checkLonLat(p+".ignite.lonlat", ig.LonLat)
		}
		v.checkOverrides(p, HazardFire, f.Overrides)
	}
}

// checkFloodModel checks what a flood's model needs: a hydrograph or gauges for a
// stage flood; inflows (an inflow flood) or the scenario's rain (a rain flood) for a
// hydrodynamic one; and nothing of the other model's.
func (v *validator) checkFloodModel(p string, f Flood) {
	switch f.Kind() {
	case FloodStage:
		switch {
		case len(f.Hydrograph) == 0 && len(f.Gauges) == 0:
			v.add(p, "flood %s has no hydrograph: list {at, rise_m} points, or gauges along the river each with its own", f.ID)
		case len(f.Hydrograph) > 0 && len(f.Gauges) > 0:
			v.add(p+".gauges", "flood %s gives both a hydrograph and gauges: put the hydrograph under a gauge", f.ID)
		}
		v.checkRises(p+".hydrograph", f.Hydrograph)
		for j, g := range f.Gauges {
			gp := pathIndex(p+".gauges", j)
			v.checkLonLat(gp+".lonlat", g.LonLat)
			if len(g.Hydrograph) == 0 {
				v.add(gp, "gauge %s has no hydrograph: list {at, rise_m} points", g.Name)
			}
			v.checkRises(gp+".hydrograph", g.Hydrograph)
		}
		if len(f.Inflows) > 0 || f.ManningN != 0 {
			v.add(p+".model", "flood %s is a stage flood: inflows and manning_n belong to model inflow or rain", f.ID)
		}
		if len(f.Levels) > 0 {
			v.add(p+".levels", "flood %s is a stage flood: its river is scripted, so it takes no levels at the map's edge (model inflow or rain does)", f.ID)
		}
		if f.Scheme != "" {
			v.add(p+".scheme", "flood %s is a stage flood: its river is scripted, so it has no scheme (model inflow or rain computes the water by one)", f.ID)
		}
	case FloodInflow, FloodRain:
		if len(f.Hydrograph) > 0 || len(f.Gauges) > 0 || f.Tributaries {
			v.add(p+".model", "flood %s is %s %s flood: its water comes from inflows and rain, not a river rise (hydrograph, gauges, tributaries are the stage model's)", f.ID, map[FloodModel]string{FloodInflow: "an", FloodRain: "a"}[f.Kind()], f.Kind())
		}
		if f.Kind() == FloodInflow && len(f.Inflows) == 0 && len(f.Levels) == 0 {
			v.add(p, "flood %s (model inflow) has no inflows: list {lonlat or river, hydrograph: [{at, q_m3s}]} (or levels: [{from, to, hydrograph: [{at, level_m}]}])", f.ID)
		}
		for j, l := range f.Levels {
			lp := pathIndex(p+".levels", j)
			v.checkLonLat(lp+".from", l.From)
			v.checkLonLat(lp+".to", l.To)
			if len(l.Hydrograph) == 0 {
				v.add(lp, "the level boundary has no hydrograph: list {at, level_m} points")
			}
			times := make([]At, len(l.Hydrograph))
			for k, h := range l.Hydrograph {
				times[k] = h.At
				if math.IsNaN(h.LevelM) || math.IsInf(h.LevelM, 0) {
					v.add(pathIndex(lp+".hydrograph", k)+".level_m", "level %g m is not a level", h.LevelM)
				}
			}
			v.checkSeries(lp+".hydrograph", times)
		}
		if f.Kind() == FloodRain && len(v.s.Weather.Rain) == 0 {
			v.add(p+".model", "flood %s (model rain) needs rain: give the scenario weather.rain", f.ID)
		}
		if f.Scheme != "" && !slices.Contains(FloodSchemes(), f.Scheme) {
			v.add(p+".scheme", "unknown flood scheme %q: use %s", f.Scheme, strings.Join(FloodSchemes(), " or "))
		}
		if f.ManningN < 0 || f.ManningN > 1 {
			v.add(p+".manning_n", "Manning's n %g is not a roughness: between 0.01 (smooth) and about 0.2 (dense forest)", f.ManningN)
		}
		for j, in := range f.Inflows {
			ip := pathIndex(p+".inflows", j)
			switch {
			case (in.LonLat == nil) == (in.River == ""):
				v.add(ip, "give the inflow one place: lonlat [lon, lat], or river (where that river enters the map)")
			case in.LonLat != nil:
				v.checkLonLat(ip+".lonlat", in.LonLat)
			case !v.places.Is(in.River, maps.KindRiver, maps.KindStream):
				v.add(ip+".river", "%s", v.places.unknown("river", in.River, maps.KindRiver, maps.KindStream))
			}
			if in.RadiusM < 0 {
				v.add(ip+".radius_m", "radius %g m cannot be negative", in.RadiusM)
			}
			if len(in.Hydrograph) == 0 {
				v.add(ip, "the inflow has no hydrograph: list {at, q_m3s} points")
			}
			times := make([]At, len(in.Hydrograph))
			for k, q := range in.Hydrograph {
				times[k] = q.At
				if q.QM3 < 0 {
					v.add(pathIndex(ip+".hydrograph", k)+".q_m3s", "flow %g m³/s cannot be negative", q.QM3)
				}
			}
			v.checkSeries(ip+".hydrograph", times)
		}
	default:
		v.add(p+".model", "unknown flood model %q: use %s", f.Model, joinKinds(FloodModels()))
	}
}

// checkRises checks a hydrograph of rises: in time order, none negative.
func (v *validator) checkRises(path string, h []RiverRise) {
	times := make([]At, len(h))
	for j, r := range h {
		times[j] = r.At
		if r.RiseM < 0 {
			v.add(pathIndex(path, j)+".rise_m", "rise %g m cannot be negative", r.RiseM)
		}
	}
	v.checkSeries(path, times)
}

// checkLonLat reports a position that is not [lon, lat] inside the town.
func (v *validator) checkLonLat(path string, ll []float64) {
	if len(ll) != 2 {
		v.add(path, "write the position as [lon, lat], found %d numbers", len(ll))
		return
	}
	x, y := v.town.Projection.FromLonLat(ll[0], ll[1])
	if !v.town.Bounds.Contains(orb.Point{x, y}) {
		v.add(path, "[%g, %g] lies outside the map %s; is it [lon, lat] in WGS84?", ll[0], ll[1], v.town.Name)
	}
}

// checkOverrides reports overrides a hazard type does not take, or out of time order.
func (v *validator) checkOverrides(path string, h HazardType, overrides []Override) {
	times := make([]At, len(overrides))
	for i, o := range overrides {
		times[i] = o.At
		if !slices.Contains(overrideTargets[h], o.Set) {
			v.add(pathIndex(path+".overrides", i)+".set", "a %s cannot set %q: it takes %s", h, o.Set, joinKinds(overrideTargets[h]))
		}
	}
	v.checkSeries(path+".overrides", times)
}

// checkZone reports a name that is not a hazard zone of the map, or one of another
// hazard type.
func (v *validator) checkZone(path, name string, want HazardType) {
	z, ok := v.places.hazardZone(name)
	switch {
	case !ok || !v.places.Is(name, maps.KindHazardZone):
		v.add(path, "%v", v.places.unknown(NounHazardZone, name, maps.KindHazardZone))
	case want != "" && HazardType(z.Hazard) != want:
		v.add(path, "zone %s is a %s zone, not a %s zone", name, z.Hazard, want)
	}
}

// checkVillage reports a name that is not a village of the map.
func (v *validator) checkVillage(path, name string) {
	if !v.places.Is(name, maps.KindVillage) {
		v.add(path, "%v", v.places.unknown(NounVillage, name, maps.KindVillage))
	}
}

// checkUnits checks units and reinforcements: ids, kinds, bases, villages, and no more
// units at a station than the map gives it.
func (v *validator) checkUnits() {
	seen := map[string]bool{}
	placed := map[string]int{} // station name + "/" + kind -> units based there
	for i, u := range v.s.Units {
		p := pathIndex("$.units", i)
		v.checkID(p, u.ID, "unit", seen)
		if !u.Kind.Valid() {
			v.add(p+".kind", "unknown unit kind %q: use one of %s", u.Kind, joinKinds(UnitKinds()))
		}
		if !v.places.Is(u.Base, maps.KindStation, maps.KindDepot, maps.KindShelter, maps.KindVillage) {
			v.add(p+".base", "%v", v.places.unknown(NounBase, u.Base, maps.KindStation, maps.KindDepot))
		}
		if u.Count < 1 {
			v.add(p+".count", "count %d must be at least 1", u.Count)
		}
		switch {
		case u.Kind == UnitCadres && u.Village == "":
			v.add(p, "cadres %s need the village they belong to: add village: <name>", u.ID)
		case u.Kind != UnitCadres && u.Village != "":
			v.add(p+".village", "only cadres belong to a village; %s is a %s", u.ID, u.Kind)
		case u.Village != "":
			v.checkVillage(p+".village", u.Village)
		}
		if st, ok := v.places.station(u.Base); ok {
			key := u.Base + "/" + string(u.Kind)
			placed[key]++
			k := slices.IndexFunc(st.Units, func(q maps.Quantity) bool { return q.Item == string(u.Kind) })
			if k >= 0 && placed[key] > st.Units[k].Count {
				v.add(p+".base", "station %s has %d %s on the map; this is number %d", u.Base, st.Units[k].Count, u.Kind, placed[key])
			}
		}
	}
	for i, r := range v.s.Reinforcements {
		p := pathIndex("$.reinforcements", i)
		v.checkID(p, r.ID, "reinforcement", seen)
		if !r.Kind.Valid() {
			v.add(p+".kind", "unknown unit kind %q: use one of %s", r.Kind, joinKinds(UnitKinds()))
		}
		if r.Delay <= 0 {
			v.add(p+".delay", "delay must be positive: the time from request to arrival, such as 1h30m")
		}
		if r.Count < 1 {
			v.add(p+".count", "count %d must be at least 1", r.Count)
		}
		if r.ArriveAt != "" && !v.places.Is(r.ArriveAt, PlaceKinds...) {
			v.add(p+".arrive_at", "%v", v.places.orUnknown(failf("unknown place %q: name a feature of the map", r.ArriveAt), r.ArriveAt, PlaceKinds...))
		}
	}
}

// checkID reports a missing or repeated id.
func (v *validator) checkID(path, id, what string, seen map[string]bool) {
	switch {
	case id == "":
		v.add(path, "the %s has no id", what)
	case seen[id]:
		v.add(path+".id", "%s id %q is used twice", what, id)
	}
	seen[id] = true
}

// checkWarning checks the channels' delays and compliance.
func (v *validator) checkWarning() {
	for _, c := range Channels() {
		cp, _ := v.s.Warning.Params(c)
		p := "$.warning." + string(c)
		if cp.Delay < 0 {
			v.add(p+".delay", "delay cannot be negative")
		}
		if cp.Compliance < 0 || cp.Compliance > 1 {
			v.add(p+".compliance", "compliance %g must be a fraction between 0 and 1", cp.Compliance)
		}
	}
}

// checkInjects checks each inject's id, time or condition, recipient, text and kind.
func (v *validator) checkInjects() {
	seen := map[string]bool{}
	for i, in := range v.s.Injects {
		p := pathIndex("$.injects", i)
		v.checkID(p, in.ID, "inject", seen)
		switch {
		case (in.At == nil) == (in.When == nil):
			v.add(p, "inject %s needs at (a time) or when (a condition), one of the two", in.ID)
		case in.At != nil:
			v.checkTime(p+".at", *in.At)
		default:
			in.When.Trigger.checkForm(p+".when", v.s.pos, &v.probs, false)
			v.checkTrigger(in.When.Trigger, p+".when", v.at, failf("inject %s is never delivered", in.ID))
			if in.When.Event == EventInject && in.When.Inject == in.ID {
				v.add(p+".when.inject", "inject %s waits for itself", in.ID)
			}
		}
		if in.To == "" {
			v.add(p, "inject %s has no recipient: add to: 指挥部 or 村:<village>", in.ID)
		} else if village := in.To.Village(); village != "" {
			v.checkVillage(p+".to", village)
		}
		if in.Text == "" {
			v.add(p, "inject %s has no text", in.ID)
		}
		switch in.Kind {
		case InjectMessage:
			if in.Level != "" {
				v.add(p+".level", "only a rain_warning inject has a level")
			}
		case InjectRainWarning:
			if !slices.Contains(warningColours, in.Level) {
				v.add(p+".level", "a rain_warning needs level: one of %s", strings.Join(warningColours, ", "))
			}
		default:
			v.add(p+".kind", "unknown inject kind %q: use message or rain_warning", in.Kind)
		}
	}
}

// checkPhases checks that phases are in order, within the scenario, and hold injects
// that exist and fall within them.
func (v *validator) checkPhases() {
	seen := map[string]bool{}
	var prevEnd At
	for i, ph := range v.s.Phases {
		p := pathIndex("$.phases", i)
		v.checkID(p, ph.ID, "phase", seen)
		v.checkTime(p+".to", ph.To)
		if ph.To <= ph.From {
			v.add(p+".to", "phase %s ends (%v) before it begins (%v)", ph.ID, ph.To, ph.From)
		}
		if i > 0 && ph.From < prevEnd {
			v.add(p+".from", "phase %s begins at %v, before the previous phase ends at %v", ph.ID, ph.From, prevEnd)
		}
		prevEnd = ph.To
		for j, id := range ph.Injects {
			in, ok := v.s.Inject(id)
			switch {
			case !ok:
				v.add(pathIndex(p+".injects", j), "unknown inject %q", id)
			case in.At != nil && (*in.At < ph.From || *in.At > ph.To):
				v.add(pathIndex(p+".injects", j), "inject %s at %v lies outside phase %s (%v to %v)", id, *in.At, ph.ID, ph.From, ph.To)
			}
		}
	}
}

// checkPlan reports requirements in force for this scenario whose clock could never
// start or stop; the problems point into the plan file.
func (v *validator) checkPlan() {
	if v.plan == nil {
		v.add("$.plan", "no plan to validate against: load the plan %q first", v.s.Plan)
		return
	}
	atPlan := v.plan.pos.Of
	types := v.s.Hazards.Types()
	for i, r := range v.plan.Requirements {
		if !r.AppliesTo(types) || !slices.ContainsFunc(v.plan.RequirementsAt(v.s.Level), func(q Requirement) bool { return q.ID == r.ID }) {
			continue
		}
		rp := pathIndex("$.requirements", i)
		v.checkTrigger(r.Start, rp+".start", atPlan, failf("in scenario %s, requirement %s (clause %s) never starts", v.s.ID, r.ID, r.Clause))
		v.checkTrigger(r.Stop, rp+".stop", atPlan, failf("in scenario %s, requirement %s (clause %s) can never be met", v.s.ID, r.ID, r.Clause))
	}
}

// checkTrigger reports a trigger that names something the scenario or town lacks,
// or that waits for an event the scenario cannot produce. at locates path; outcome
// says what follows, such as "inject I3 is never delivered".
func (v *validator) checkTrigger(tr Trigger, path string, at func(string) Pos, outcome error) {
	s, pl := v.s, v.places
	bad := func(field, format string, args ...any) {
		v.probs.add(at(path+field), "%s: %v: "+format, append([]any{pathField(path), outcome}, args...)...)
	}
	if tr.Inject != "" {
		if _, ok := s.Inject(tr.Inject); !ok {
			bad(".inject", "the scenario has no inject %q", tr.Inject)
		}
	}
	if tr.Hazard != "" && !s.hasHazard(tr.Hazard) {
		bad(".hazard", "the scenario has no hazard %q (its hazards: %s)", tr.Hazard, strings.Join(s.hazardIDs(), ", "))
	}
	if tr.Village != "" && !pl.Is(tr.Village, maps.KindVillage) {
		bad(".village", "%v", pl.unknown(NounVillage, tr.Village, maps.KindVillage))
	}
	if tr.Shelter != "" && !pl.Is(tr.Shelter, maps.KindShelter) {
		bad(".shelter", "%v", pl.unknown(NounShelter, tr.Shelter, maps.KindShelter))
	}
	zones := nonEmpty(tr.Zone)
	for _, name := range tr.AllOf {
		switch {
		case pl.Is(name, maps.KindHazardZone):
			zones = append(zones, name)
		case !pl.Is(name, maps.KindVillage):
			bad(".all_of", "%q is neither a village nor a hazard zone of the map", name)
		}
	}
	threatened := s.Hazards.ThreatenedZones()
	for _, z := range zones {
		if !pl.Is(z, maps.KindHazardZone) {
			bad(".zone", "%v", pl.unknown(NounZone, z, maps.KindHazardZone))
		} else if (tr.Event == EventEvacuated || tr.Event == EventWarned) && !slices.Contains(threatened, z) {
			bad(".zone", "no hazard of the scenario threatens zone %s (threatened: %s)", z, listOrNone(threatened))
		}
	}
	switch tr.Event {
	case EventRainWarning:
		if !slices.ContainsFunc(s.Injects, func(in Inject) bool {
			return in.Kind == InjectRainWarning && (tr.Level == "" || ColourAtLeast(in.Level, tr.Level))
		}) {
			if tr.Level == "" {
				bad(".event", "the scenario has no rain_warning inject")
			} else {
				bad(".level", "no rain_warning inject of the scenario is %s or more severe", tr.Level)
			}
		}
	case EventHazardStarted, EventRoadCut, EventBuildingDestroyed:
		if len(s.Hazards.List()) == 0 {
			bad(".event", "the scenario has no hazards")
		}
	case EventFireContained:
		if len(s.Hazards.Fires) == 0 {
			bad(".event", "the scenario has no fire")
		}
	case EventReinforcementArrived:
		if !slices.ContainsFunc(s.Reinforcements, func(r Reinforcement) bool { return tr.UnitKind == "" || r.Kind == tr.UnitKind }) {
			bad(".event", "the scenario offers no %s reinforcement", orAny(string(tr.UnitKind)))
		}
	case EventUnitOnScene:
		if tr.UnitKind != "" && !s.hasUnitKind(tr.UnitKind) {
			bad(".unit_kind", "the scenario has no %s unit and offers none as reinforcement", tr.UnitKind)
		}
	}
	if tr.AllThreatened {
		switch {
		case tr.Event == EventWarned && len(s.Hazards.ThreatenedVillages()) == 0:
			bad(".all_threatened", "the scenario's hazards list no threatened villages: add villages to them")
		case tr.Event == EventEvacuated && len(threatened) == 0:
			bad(".all_threatened", "the scenario's hazards threaten no zones")
		}
	}
}

// orAny renders an empty filter as "any" in messages.
func orAny(s string) string {
	if s == "" {
		return "any"
	}
	return s
}

// hasUnit reports whether id is a unit or reinforcement of the scenario.
func (s *Scenario) hasUnit(id string) bool { return slices.Contains(s.unitIDs(), id) }

// unitIDs lists the ids of the units and reinforcements.
func (s *Scenario) unitIDs() []string {
	var ids []string
	for _, u := range s.Units {
		ids = append(ids, u.ID)
	}
	for _, r := range s.Reinforcements {
		ids = append(ids, r.ID)
	}
	return ids
}

// hasUnitKind reports whether a unit or reinforcement of kind k exists.
func (s *Scenario) hasUnitKind(k UnitKind) bool {
	return slices.ContainsFunc(s.Units, func(u Unit) bool { return u.Kind == k }) ||
		slices.ContainsFunc(s.Reinforcements, func(r Reinforcement) bool { return r.Kind == k })
}

// hazard returns the hazard with id, and false if there is none.
func (s *Scenario) hazard(id string) (HazardInfo, bool) {
	for _, h := range s.Hazards.List() {
		if h.ID == id {
			return h, true
		}
	}
	return HazardInfo{}, false
}

// hasHazard reports whether name is a hazard id of the scenario or the type of one of
// its hazards.
func (s *Scenario) hasHazard(name string) bool {
	_, ok := s.hazard(name)
	return ok || slices.Contains(s.Hazards.Types(), HazardType(name))
}

// hazardIDs lists the hazard ids.
func (s *Scenario) hazardIDs() []string {
	var ids []string
	for _, h := range s.Hazards.List() {
		ids = append(ids, h.ID)
	}
	return ids
}
