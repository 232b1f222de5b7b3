package draft

import (
	"cmp"
	"math"
	"slices"
	"strings"

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
// outside them to go to: the map's, and when they take too few, the halls the
// suggestions find nearest the zones, added to the drill's map. With none at all the map lacks one.
func (b *builder) ensureShelters(s *sketch) error {
	zones := b.zonesOf(s)
	people := 0
	for _, z := range zones {
		people += int(z.Props["people"].(float64))
	}
	outside := func(p [2]float64) bool {
		return !slices.ContainsFunc(zones, func(z mapedit.Feature) bool { return planar.MultiPolygonContains(z.Area(), p) })
	}
	capacity := 0
	for _, sh := range b.doc.Town().Shelters {
		if outside(sh.Location) {
			capacity += sh.Capacity
		}
	}
	if want := people + people/5; capacity < want {
		var halls []string
		sites := b.doc.ShelterSites(zones...)
		slices.SortStableFunc(sites, func(a, c mapedit.Feature) int {
			return cmp.Compare(nearestZone(zones, a.Location()), nearestZone(zones, c.Location()))
		})
		for _, site := range sites {
			if capacity >= want {
				break
			}
			halls = append(halls, b.add(site)...)
			capacity += int(site.Props["capacity"].(float64))
		}
		if len(halls) > 0 {
			b.note("安置点 shelters: the map's shelters outside the zones take too few of the %d people threatened; halls added as shelters: %s; check them with drillsim edit", people, strings.Join(halls, ", "))
		}
	}
	if capacity == 0 {
		return &Lack{Drill: b.kind, What: "a shelter outside the hazard zones", Add: "evacuees need somewhere to go: use drillsim edit to place a shelter (a school, a hall, a square) outside the zones"}
	}
	if capacity < people {
		b.note("安置点 shelters take %d of the %d people threatened: the others wait at home; place more with drillsim edit", capacity, people)
	}
	return nil
}
