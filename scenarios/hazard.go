package scenarios

import (
	"math"
	"slices"
)

// HazardType is the kind of a hazard, as in a map hazard zone's `hazard` property.
type HazardType string

// The hazard types.
const (
	HazardFlood     HazardType = "flood"
	HazardLandslide HazardType = "landslide"
	HazardFire      HazardType = "fire"
)

// HazardTypes lists every hazard type.
func HazardTypes() []HazardType { return []HazardType{HazardFlood, HazardLandslide, HazardFire} }

// Hazards are the scenario's scripted hazards by type.
type Hazards struct {
	Floods     []Flood     `yaml:"flood,omitempty"`
	Landslides []Landslide `yaml:"landslide,omitempty"`
	Fires      []Fire      `yaml:"fire,omitempty"`
}

// Flood is a river flood, scripted or simulated as its Model says.
type Flood struct {
	ID string `yaml:"id"`
	// Model is how the water is found: the river's scripted rise (stage, the default)
	// or a 2D hydrodynamic flood driven by inflows (inflow) or by the rain on the map
	// and any inflows (rain).
	Model FloodModel `yaml:"model,omitempty"`
	// River names the river or stream on the map that rises; empty means every river.
	River string `yaml:"river,omitempty"`
	// Zones are the flood hazard zones of the map it threatens.
	Zones []string `yaml:"zones"`
	// Villages are the villages it threatens, to be warned.
	Villages []string `yaml:"villages,omitempty"`
	// Hydrograph is the river's rise above its normal level over time, in time order,
	// everywhere along it (stage model without gauges); the level changes linearly
	// between entries and holds after the last.
	Hydrograph []RiverRise `yaml:"hydrograph,omitempty"`
	// Gauges give the rise at points along the river, each its own hydrograph (stage
	// model): the river rises from the most upstream gauge down, between gauges by their
	// rises interpolated along its length.
	Gauges []Gauge `yaml:"gauges,omitempty"`
	// Tributaries lets the river's water back up the streams that join it (stage model).
	Tributaries bool `yaml:"tributaries,omitempty"`
	// Inflows are the flows put into the map (inflow and rain models).
	Inflows []Inflow `yaml:"inflows,omitempty"`
	// Levels are stretches of the map's edge where the water outside stands at a level
	// given over time (inflow and rain models): a river or the sea whose stage is known.
	// Left out of the JSON when there are none, so that a scenario without levels keeps
	// the hash it had before floods took them.
	Levels []EdgeLevel `yaml:"levels,omitempty" json:",omitempty"`
	// ManningN, when set, is one Manning's roughness for the whole map instead of the
	// land cover's (inflow and rain models).
	ManningN float64 `yaml:"manning_n,omitempty"`
	// Scheme is the numerical scheme of a 2D flood (inflow and rain models): inertial
	// (the default, fast, for floodplains) or fv1 (the full shallow-water equations,
	// for dam breaks and fronts on steep or dry ground).
	Scheme string `yaml:"scheme,omitempty"`
}

// FloodSchemes lists the numerical schemes a 2D flood may name.
func FloodSchemes() []string { return []string{"inertial", "fv1"} }

// FloodModel is how a flood's water is found.
type FloodModel string

// The flood models.
const (
	// FloodStage spreads a scripted rise of the river over the land draining to it.
	FloodStage FloodModel = "stage"
	// FloodInflow runs the 2D hydrodynamic flood from the inflows' hydrographs.
	FloodInflow FloodModel = "inflow"
	// FloodRain runs the 2D hydrodynamic flood from the scenario's rain on the map
	// (each land cover's runoff share of it) and any inflows.
	FloodRain FloodModel = "rain"
)

// FloodModels lists the flood models.
func FloodModels() []FloodModel { return []FloodModel{FloodStage, FloodInflow, FloodRain} }

// Kind returns the flood's model, stage when none is written.
func (f Flood) Kind() FloodModel {
	if f.Model == "" {
		return FloodStage
	}
	return f.Model
}

// Hydrodynamic reports whether the flood is simulated in 2D rather than scripted.
func (f Flood) Hydrodynamic() bool { return f.Kind() == FloodInflow || f.Kind() == FloodRain }

// RiverRise is one point of a hydrograph: the rise above normal level at a moment.
type RiverRise struct {
	At    At      `yaml:"at"`
	RiseM float64 `yaml:"rise_m"`
}

// Gauge is a point of the river where its rise is given.
type Gauge struct {
	Name       string      `yaml:"name,omitempty"`
	LonLat     []float64   `yaml:"lonlat"`
	Hydrograph []RiverRise `yaml:"hydrograph"`
}

// Inflow is water put into the map: at a point (lonlat, spread over radius_m) or where
// a named river enters the map (river).
type Inflow struct {
	LonLat  []float64 `yaml:"lonlat,omitempty"`
	River   string    `yaml:"river,omitempty"`
	RadiusM float64   `yaml:"radius_m,omitempty"`
	// Hydrograph is the flow over time, interpolated linearly, zero before the first
	// entry and holding after the last.
	Hydrograph []Discharge `yaml:"hydrograph"`
}

// EdgeLevel is a stretch of the map's edge, from one end to the other (each [lon, lat],
// on the same edge of the terrain grid), beyond which the water stands at the level its
// hydrograph gives: a level (stage) boundary of the 2D flood. Water flows in while the
// level stands above the water inside, and out while it stands below.
type EdgeLevel struct {
	From []float64 `yaml:"from"`
	To   []float64 `yaml:"to"`
	// Hydrograph is the water level over time, in metres on the terrain's datum,
	// interpolated linearly, the first level before the first entry and the last after
	// the last.
	Hydrograph []WaterLevel `yaml:"hydrograph"`
}

// WaterLevel is one point of a level hydrograph: the water level at a moment.
type WaterLevel struct {
	At     At      `yaml:"at"`
	LevelM float64 `yaml:"level_m"`
}

// LevelAt returns the water level in metres at moment t, interpolating linearly; the
// first level before the first point.
func (e EdgeLevel) LevelAt(t At) float64 {
	h := e.Hydrograph
	if len(h) > 0 && t < h[0].At {
		return h[0].LevelM
	}
	return interpolate(len(h), func(i int) (At, float64) { return h[i].At, h[i].LevelM }, t)
}

// Discharge is one point of an inflow hydrograph: the flow at a moment.
type Discharge struct {
	At  At      `yaml:"at"`
	QM3 float64 `yaml:"q_m3s"`
}

// RiseAt returns the river's rise in metres at moment t (the Hydrograph, for a flood
// without gauges), interpolating linearly; zero before its first point.
func (f Flood) RiseAt(t At) float64 { return riseAt(f.Hydrograph, t) }

// RiseAt returns the gauge's rise in metres at moment t.
func (g Gauge) RiseAt(t At) float64 { return riseAt(g.Hydrograph, t) }

// FlowAt returns the inflow in m³/s at moment t, interpolating linearly; zero before
// its first point.
func (in Inflow) FlowAt(t At) float64 {
	h := in.Hydrograph
	return interpolate(len(h), func(i int) (At, float64) { return h[i].At, h[i].QM3 }, t)
}

func riseAt(h []RiverRise, t At) float64 {
	return interpolate(len(h), func(i int) (At, float64) { return h[i].At, h[i].RiseM }, t)
}

// interpolate is the value at moment t of a series of n points in time order, linear
// between points, zero before the first and the last's after it.
func interpolate(n int, point func(i int) (At, float64), t At) float64 {
	if n == 0 {
		return 0
	}
	if t0, _ := point(0); t < t0 {
		return 0
	}
	for i := 1; i < n; i++ {
		if tb, vb := point(i); t < tb {
			ta, va := point(i - 1)
			return va + (vb-va)*float64(t-ta)/float64(tb-ta)
		}
	}
	_, v := point(n - 1)
	return v
}

// Landslide is the failure of a mapped landslide hazard zone.
type Landslide struct {
	ID string `yaml:"id"`
	// Zone is the landslide hazard zone (滑坡隐患点) on the map that fails.
	Zone     string           `yaml:"zone"`
	Villages []string         `yaml:"villages,omitempty"`
	Trigger  LandslideTrigger `yaml:"trigger"`
	// VolumeM3 is the volume of ground that fails, m³; 0 takes the zone's area times a
	// default depth.
	VolumeM3 float64 `yaml:"volume_m3,omitempty" json:"VolumeM3,omitempty"`
	// ReachAngleDeg is the reach angle (Fahrböschung) from the crown of the slide to the
	// toe of its deposit, degrees; 0 takes it from the volume.
	ReachAngleDeg float64 `yaml:"reach_angle_deg,omitempty" json:"ReachAngleDeg,omitempty"`
	// Overrides script the landslide's outcome; see Override.
	Overrides []Override `yaml:"overrides,omitempty"`
}

// checkLandslideFigures reports a volume or reach angle out of range.
func (v *validator) checkLandslideFigures(path string, l Landslide) {
	if !(l.VolumeM3 >= 0) || math.IsInf(l.VolumeM3, 1) {
		v.add(path+".volume_m3", "volume %g m³ is not a volume ≥ 0 (0 takes the zone's area times a default depth)", l.VolumeM3)
	}
	if !(l.ReachAngleDeg >= 0 && l.ReachAngleDeg < 90) {
		v.add(path+".reach_angle_deg", "reach angle %g° is not between 0° and 90° (typically 11°-30°; 0 takes it from the volume)", l.ReachAngleDeg)
	}
}

// LandslideTrigger says when a landslide fails: at a moment, or when the rain in a
// sliding window reaches a threshold. Give one of the two.
type LandslideTrigger struct {
	At *At `yaml:"at,omitempty"`
	// RainMM is the cumulative rainfall that triggers failure, over Window.
	RainMM float64  `yaml:"rain_mm,omitempty"`
	Window Duration `yaml:"window,omitempty"`
}

// TriggerAt returns when the landslide fails under weather w, checking the rainfall
// threshold once per tick as the engine does, and false if it does not fail by end.
func (l Landslide) TriggerAt(w Weather, tick Duration, end At) (At, bool) {
	if l.Trigger.At != nil {
		return *l.Trigger.At, *l.Trigger.At <= end
	}
	if l.Trigger.RainMM <= 0 || tick <= 0 {
		return 0, false
	}
	for t := At(0); t <= end; t += At(tick) {
		if w.RainfallMM(max(0, t-At(l.Trigger.Window)), t) >= l.Trigger.RainMM {
			return t, true
		}
	}
	return 0, false
}

// Fire is a forest fire from an ignition, spread by the engine's fire model.
type Fire struct {
	ID string `yaml:"id"`
	// Zone is the fire hazard zone on the map it threatens.
	Zone      string     `yaml:"zone,omitempty"`
	Villages  []string   `yaml:"villages,omitempty"`
	Ignite    Ignition   `yaml:"ignite"`
	Overrides []Override `yaml:"overrides,omitempty"`
}

// Ignition is where and when a fire starts: at a named map feature or at a lon/lat
// position. Give one of the two places.
type Ignition struct {
	At      At        `yaml:"at"`
	AtPlace string    `yaml:"at_place,omitempty"`
	LonLat  []float64 `yaml:"lonlat,omitempty"`
}

// Override is a scripted change to a hazard that wins over the engine's model from
// moment At, because the exercise designer decides: Set names what changes.
type Override struct {
	At    At             `yaml:"at"`
	Set   OverrideTarget `yaml:"set"`
	Value float64        `yaml:"value,omitempty"`
}

// OverrideTarget is what an Override changes.
type OverrideTarget string

// The override targets.
const (
	// OverrideSpreadFactor multiplies a fire's rates of spread by Value (0 stops it).
	OverrideSpreadFactor OverrideTarget = "spread_factor"
	// OverrideContained declares a fire contained: it spreads no further.
	OverrideContained OverrideTarget = "contained"
	// OverrideRunoutM sets a landslide's runout beyond its zone to Value metres.
	OverrideRunoutM OverrideTarget = "runout_m"
)

// overrideTargets lists the overrides each hazard type takes.
var overrideTargets = map[HazardType][]OverrideTarget{
	HazardFire:      {OverrideSpreadFactor, OverrideContained},
	HazardLandslide: {OverrideRunoutM},
}

// HazardInfo is what all hazards have in common, for checks and lists.
type HazardInfo struct {
	Type     HazardType
	ID       string
	Zones    []string
	Villages []string
	// Path is the hazard's YAML path, for positions.
	Path string
}

// List returns every hazard, floods first, then landslides, then fires, each in file
// order.
func (h Hazards) List() []HazardInfo {
	var list []HazardInfo
	for i, f := range h.Floods {
		list = append(list, HazardInfo{HazardFlood, f.ID, f.Zones, f.Villages, pathIndex("$.hazards.flood", i)})
	}
	for i, l := range h.Landslides {
		list = append(list, HazardInfo{HazardLandslide, l.ID, nonEmpty(l.Zone), l.Villages, pathIndex("$.hazards.landslide", i)})
	}
	for i, f := range h.Fires {
		list = append(list, HazardInfo{HazardFire, f.ID, nonEmpty(f.Zone), f.Villages, pathIndex("$.hazards.fire", i)})
	}
	return list
}

// Types returns the hazard types present, in HazardTypes order.
func (h Hazards) Types() []HazardType {
	var types []HazardType
	for _, t := range HazardTypes() {
		if slices.ContainsFunc(h.List(), func(i HazardInfo) bool { return i.Type == t }) {
			types = append(types, t)
		}
	}
	return types
}

// ThreatenedZones returns the map zones the hazards threaten, in hazard order, each
// once.
func (h Hazards) ThreatenedZones() []string {
	var zones []string
	for _, i := range h.List() {
		zones = appendNew(zones, i.Zones...)
	}
	return zones
}

// ThreatenedVillages returns the villages the hazards threaten, in hazard order, each
// once.
func (h Hazards) ThreatenedVillages() []string {
	var villages []string
	for _, i := range h.List() {
		villages = appendNew(villages, i.Villages...)
	}
	return villages
}

// appendNew appends the items not yet in list.
func appendNew(list []string, items ...string) []string {
	for _, s := range items {
		if !slices.Contains(list, s) {
			list = append(list, s)
		}
	}
	return list
}

// nonEmpty returns a one-item list, or nil for "".
func nonEmpty(s string) []string {
	if s == "" {
		return nil
	}
	return []string{s}
}
