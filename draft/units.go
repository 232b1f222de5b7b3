package draft

import (
	"cmp"
	"fmt"
	"math"
	"slices"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/planar"

	"drillsim/i18n"
	"drillsim/maps"
	"drillsim/scenarios"
)

// teamSize is the strength a unit of each kind is given: people in a team, seats in a
// bus or boat, one vehicle.
var teamSize = map[scenarios.UnitKind]int{
	scenarios.UnitRescueTeam: 12, scenarios.UnitFireTeam: 15, scenarios.UnitMedicalTeam: 4,
	scenarios.UnitPoliceTeam: 6, scenarios.UnitCadres: 8, scenarios.UnitBus: 30,
	scenarios.UnitBoat: 8, scenarios.UnitAmbulance: 1, scenarios.UnitExcavator: 1,
}

// unitsByStation are the units a station of a type has when the map does not list
// them: a fire station's firefighters do rescue and fight forest fires, a hospital has
// a medical team and an ambulance, a police station officers, a town hall its buses.
var unitsByStation = map[string][]scenarios.UnitKind{
	"fire_station": {scenarios.UnitRescueTeam, scenarios.UnitFireTeam},
	"rescue":       {scenarios.UnitRescueTeam},
	"hospital":     {scenarios.UnitMedicalTeam, scenarios.UnitAmbulance},
	"police":       {scenarios.UnitPoliceTeam},
	"townhall":     {scenarios.UnitBus},
}

// neededUnits are the kinds the reference response needs for the plan's duties, and
// where a unit of each kind is based when no station of the map has one: a rescue team
// on scene (flood and landslide), a fire team (fire), a medical team for the injured,
// an excavator to clear the roads a landslide buries.
func neededUnits(scn *scenarios.Scenario) []scenarios.UnitKind {
	kinds := []scenarios.UnitKind{scenarios.UnitRescueTeam, scenarios.UnitMedicalTeam}
	if len(scn.Hazards.Fires) > 0 {
		kinds = append(kinds, scenarios.UnitFireTeam)
	}
	if len(scn.Hazards.Landslides) > 0 {
		kinds = append(kinds, scenarios.UnitExcavator)
	}
	return kinds
}

// units are the drill's units: each station's (the units the map lists for it, else
// those of its type), the boats of the depots, the cadres of each village threatened;
// with a unit of each kind the response needs that no station has, based at the
// command post, said in a note. The reinforcements the county sends arrive at the
// command post.
func (b *builder) units(scn *scenarios.Scenario) ([]scenarios.Unit, []scenarios.Reinforcement) {
	var units []scenarios.Unit
	n := map[scenarios.UnitKind]int{}
	add := func(k scenarios.UnitKind, name, base string) {
		n[k]++
		units = append(units, scenarios.Unit{ID: fmt.Sprintf("%s-%d", unitIDs[k], n[k]), Kind: k, Name: name, Base: base, Count: teamSize[k]})
	}
	for _, s := range b.town.Stations {
		base, ok := b.name(s.Ref)
		if !ok {
			continue
		}
		label := s.Name
		if label == "" {
			label = i18n.StationTypeName(s.Type, i18n.Chinese)
		}
		for _, k := range stationUnits(s) {
			add(k, label+i18n.UnitKindName(k, i18n.Chinese), base)
		}
	}
	for _, d := range b.town.Depots {
		base, ok := b.name(d.Ref)
		for _, q := range d.Stock {
			if q.Item == "boats" && ok {
				for range min(q.Count, 2) {
					add(scenarios.UnitBoat, fmt.Sprintf("冲锋舟%d号", n[scenarios.UnitBoat]+1), base)
				}
			}
		}
	}
	if !slices.ContainsFunc(b.town.Depots, func(d maps.Depot) bool { return len(d.Stock) > 0 }) {
		b.note("supplies: the map has no depot with stock (应急物资储备库), so no supplies are moved to the shelters: place one with drillsim edit")
	}
	post := b.commandPost()
	for _, k := range neededUnits(scn) {
		if n[k] == 0 {
			add(k, "镇"+i18n.UnitKindName(k, i18n.Chinese), post)
			b.note("units: no station of the map has units of kind %s; one is based at %s: place the station it comes from with drillsim edit (a station with its units)", i18n.Bilingual{i18n.UnitKindName(k, i18n.Chinese), string(k)}, post)
		}
	}
	for _, v := range scn.Hazards.ThreatenedVillages() {
		n[scenarios.UnitCadres]++
		units = append(units, scenarios.Unit{ID: fmt.Sprintf("cadres-%d", n[scenarios.UnitCadres]), Kind: scenarios.UnitCadres,
			Name: v + "村干部和网格员", Base: v, Village: v, Count: teamSize[scenarios.UnitCadres]})
	}
	reinforcements := []scenarios.Reinforcement{{ID: "county-rescue", Kind: scenarios.UnitRescueTeam, Name: "县消防救援大队", Count: 1, Delay: 90 * scenarios.Minute, ArriveAt: post}}
	if len(scn.Hazards.Fires) > 0 {
		reinforcements = append(reinforcements, scenarios.Reinforcement{ID: "county-forest-fire", Kind: scenarios.UnitFireTeam, Name: "县森林消防专业队", Count: 2, Delay: 90 * scenarios.Minute, ArriveAt: post})
	}
	return units, reinforcements
}

// unitIDs are the prefixes of unit ids by kind.
var unitIDs = map[scenarios.UnitKind]string{
	scenarios.UnitRescueTeam: "rescue", scenarios.UnitFireTeam: "fire", scenarios.UnitMedicalTeam: "medical",
	scenarios.UnitPoliceTeam: "police", scenarios.UnitBus: "bus", scenarios.UnitBoat: "boat",
	scenarios.UnitAmbulance: "ambulance", scenarios.UnitExcavator: "excavator", scenarios.UnitCadres: "cadres",
}

// stationUnits are the kinds of the units of station s, one of each, in UnitKinds
// order: those the map lists, else those of its type.
func stationUnits(s maps.Station) []scenarios.UnitKind {
	var kinds []scenarios.UnitKind
	for _, q := range s.Units {
		if k := scenarios.UnitKind(q.Item); k.Valid() && k != scenarios.UnitCadres {
			for range min(q.Count, 2) {
				kinds = append(kinds, k)
			}
		}
	}
	if len(s.Units) == 0 {
		kinds = unitsByStation[s.Type]
	}
	return kinds
}

// commandPost is where the command post (镇指挥部) sits, as the drill names it: the
// station nearest the zones threatened, a town hall counting townHallPullM nearer than
// it is, else the largest shelter. The units the map lacks are based there, so it must
// be near the zones, not a town hall up another valley.
func (b *builder) commandPost() string {
	t := b.town
	var centres []orb.Point
	for _, z := range b.zones {
		if pl, err := b.places.Find(z, maps.KindHazardZone); err == nil {
			centres = append(centres, t.HazardZones[pl.Index].Area.Bound().Center())
		}
	}
	far := func(s maps.Station) float64 {
		d := math.Inf(1)
		for _, c := range centres {
			d = min(d, planar.Distance(c, s.Location))
		}
		if s.Type == "townhall" {
			d -= townHallPullM
		}
		return d
	}
	order := slices.Clone(t.Stations)
	slices.SortStableFunc(order, func(a, c maps.Station) int { return cmp.Compare(far(a), far(c)) })
	for _, s := range order {
		if name, ok := b.name(s.Ref); ok {
			return name
		}
	}
	best, bestCap := "", -1
	for _, s := range t.Shelters {
		if name, ok := b.name(s.Ref); ok && s.Capacity > bestCap {
			best, bestCap = name, s.Capacity
		}
	}
	return best
}

// townHallPullM is how much nearer than it is a town hall counts as the command post:
// the town's government leads when it is not much farther than a station.
const townHallPullM = 2000

// containsPoint reports whether p lies in area.
func containsPoint(area orb.MultiPolygon, p orb.Point) bool {
	return planar.MultiPolygonContains(area, p)
}
