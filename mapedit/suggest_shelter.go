package mapedit

import (
	"cmp"
	"slices"

	"github.com/paulmach/orb/planar"

	"drillsim/maps"
)

// Halls where evacuees can be taken in that the map does not call shelters, by their
// OpenStreetMap tags: public buildings, town halls, churches and temples, libraries and
// halls of culture and sport.
var (
	hallBuildings = map[string]bool{"public": true, "civic": true, "government": true, "townhall": true,
		"church": true, "chapel": true, "cathedral": true, "temple": true, "mosque": true,
		"sports_hall": true, "gymnasium": true, "school": true, "kindergarten": true}
	hallAmenities = map[string]bool{"townhall": true, "public_building": true, "place_of_worship": true,
		"community_centre": true, "library": true, "theatre": true, "arts_centre": true, "social_centre": true,
		"exhibition_centre": true, "conference_centre": true}
)

// minHallCapacity is the fewest evacuees a hall must take to be suggested as a shelter.
const minHallCapacity = 50

// ShelterSites suggests shelters: the map's halls (hallBuildings, hallAmenities) that
// are not shelters yet and lie outside every hazard zone (those of the map and the
// areas given), each taking as many as its floor holds by the map's rule
// (maps.Town.ShelterCapacityAt), the largest first. Their names are the halls' own,
// or their village's with 安置点 when they have none.
func (d *Doc) ShelterSites(avoid ...Feature) []Feature {
	var zones []Feature
	for i := range d.slots {
		if f := &d.slots[i].cur; !f.Deleted && f.Kind == maps.KindHazardZone {
			zones = append(zones, *f)
		}
	}
	zones = append(zones, avoid...)
	var sites []Feature
	for _, b := range d.town.Buildings {
		src, _ := d.town.SourceOf(b.Ref)
		p := src.Properties
		tag := func(k string) string { s, _ := p[k].(string); return s }
		if !hallBuildings[tag("building")] && !hallAmenities[tag("amenity")] {
			continue
		}
		capacity, ok := d.town.ShelterCapacityAt(b.Centroid)
		if !ok || capacity < minHallCapacity || slices.ContainsFunc(zones, func(z Feature) bool { return planar.MultiPolygonContains(z.Area(), b.Centroid) }) {
			continue
		}
		name := b.Name
		if name == "" {
			name = "安置点"
			if v := d.town.VillageAt(b.Centroid); v >= 0 {
				name = d.town.Villages[v].Name + name
			}
		}
		sites = append(sites, Feature{Kind: maps.KindShelter, Geom: b.Centroid, Props: map[string]any{"name": name, "capacity": float64(capacity)}})
	}
	slices.SortStableFunc(sites, func(a, b Feature) int {
		return cmp.Compare(b.Props["capacity"].(float64), a.Props["capacity"].(float64))
	})
	d.nameApart(sites)
	return sites
}
