package draft

import (
	"cmp"
	"math"
	"slices"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/planar"

	"drillsim/mapedit"
	"drillsim/maps"
)

// zonesOf lists the zones of the drill's hazards as features (their areas and
// people), whether the map has them or the drill adds them.
func (b *builder) zonesOf(s *sketch) []mapedit.Feature {
	var names []string
	if s.flood != nil {
		names = append(names, s.flood.zones...)
	}
	if s.slide != nil {
		names = append(names, s.slide.zone)
	}
	if s.fire != nil {
		names = append(names, s.fire.zone)
	}
	t := b.doc.Town()
	var fs []mapedit.Feature
	for _, name := range names {
		if i := slices.IndexFunc(b.added, func(f mapedit.Feature) bool { return f.Name() == name }); i >= 0 {
			fs = append(fs, b.added[i])
			continue
		}
		if pl, err := t.Places.Find(name, maps.KindHazardZone); err == nil {
			z := t.HazardZones[pl.Index]
			fs = append(fs, mapedit.Feature{Kind: maps.KindHazardZone, Geom: z.Area, Props: map[string]any{"name": name, "people": float64(z.People)}})
		}
	}
	return fs
}

// nearestZone is the distance from p to the nearest of the zones' centres.
func nearestZone(zones []mapedit.Feature, p orb.Point) float64 {
	d := math.Inf(1)
	for _, z := range zones {
		d = min(d, planar.Distance(z.Location(), p))
	}
	return d
}

// ensureShelters makes sure the people the drill's zones threaten have shelters
// outside them to go to: the map's, and when they take too few, or none takes a zone's
// people within shelterReachM of it, the halls the suggestions find nearest the zones,
// added to the drill's map. With none at all the map lacks one.
func (b *builder) ensureShelters(s *sketch) error {
	zones := b.zonesOf(s)
	people := 0
	for _, z := range zones {
		people += int(z.Props["people"].(float64))
	}
	outside := func(p [2]float64) bool {
		return !slices.ContainsFunc(zones, func(z mapedit.Feature) bool { return planar.MultiPolygonContains(z.Area(), p) })
	}
	type shelter struct {
		at   orb.Point
		room int
	}
	var shelters []shelter
	capacity := 0
	for _, sh := range b.doc.Town().Shelters {
		if outside(sh.Location) {
			shelters = append(shelters, shelter{sh.Location, sh.Capacity})
			capacity += sh.Capacity
		}
	}
	var halls []string
	sites := b.doc.ShelterSites(zones...)
	slices.SortStableFunc(sites, func(a, c mapedit.Feature) int {
		return cmp.Compare(nearestZone(zones, a.Location()), nearestZone(zones, c.Location()))
	})
	take := func(i int) {
		site := sites[i]
		sites = slices.Delete(sites, i, i+1)
		halls = append(halls, b.add(site)...)
		shelters = append(shelters, shelter{site.Location(), int(site.Props["capacity"].(float64))})
		capacity += shelters[len(shelters)-1].room
	}
	for want := people + people/5; capacity < want && len(sites) > 0; {
		take(0)
	}
	// Each zone in turn claims room for its people in a shelter within reach, as the
	// reference response sends them; a zone with none gets the nearest hall within reach
	// that takes them.
	var far []string
	for _, z := range zones {
		at, need := z.Location(), int(z.Props["people"].(float64))
		if i := slices.IndexFunc(shelters, func(sh shelter) bool {
			return sh.room >= need && planar.Distance(sh.at, at) <= shelterReachM
		}); i >= 0 {
			shelters[i].room -= need
			continue
		}
		best := -1
		for i, site := range sites {
			d := planar.Distance(site.Location(), at)
			if d <= shelterReachM && int(site.Props["capacity"].(float64)) >= need && (best < 0 || d < planar.Distance(sites[best].Location(), at)) {
				best = i
			}
		}
		if best < 0 {
			far = append(far, z.Name())
			continue
		}
		take(best)
		shelters[len(shelters)-1].room -= need
	}
	if len(halls) > 0 {
		b.note("shelters: the map's shelters outside the zones take too few of the %d people threatened, or lie too far from them; halls added as shelters: %s; check them with drillsim edit", people, maps.ListSome(halls, len(halls)))
	}
	if len(far) > 0 {
		b.note("shelters: no shelter or hall within %d m takes the people of %s: they walk further and may not be moved in time; place a shelter near them with drillsim edit", shelterReachM, maps.ListSome(far, len(far)))
	}
	if capacity == 0 {
		return &Lack{Drill: b.kind, What: say("a shelter outside the hazard zones"), Add: say("evacuees need somewhere to go: use drillsim edit to place a shelter (a school, a hall, a square) outside the zones")}
	}
	if capacity < people {
		b.note("shelters take %d of the %d people threatened: the others wait at home; place more with drillsim edit", capacity, people)
	}
	return nil
}

// shelterReachM is how far from its zone a shelter may lie: the transfer the plan wants
// done within two hours of the warning leaves those slowest on foot (2.5 km/h), after
// the warning's delay and their preparing, about an hour's walk, some 2.5 km of
// mountain road, 2 km as the crow flies.
const shelterReachM = 2000
