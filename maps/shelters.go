package maps

import (
	"cmp"
	"math"
	"slices"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/planar"
)

// shelterPersonM2 is the floor area per evacuee used when a shelter has no capacity:
// the 2 m² of usable area per person that Chinese standards for emergency shelters
// (GB 21734-2008; GB/T 33744-2017 for indoor ones) set as the order of the minimum.
const shelterPersonM2 = 2.0

// shelterAssumed is the capacity assumed for a shelter with neither capacity nor any
// footprint to estimate it from.
const shelterAssumed = 100

// Where a shelter stands judged against where people live (the distance and climb are
// the order of a half-hour walk for the elderly).
const (
	// shelterServeM is how far from homes a shelter may be before check calls it
	// away from where people live.
	shelterServeM = 2000.0
	// shelterAboveM is how far above the homes nearest it (the median height of the
	// shelterHomes nearest within shelterServeM) a shelter may be before check calls it
	// far above where people live.
	shelterAboveM = 150.0
	shelterHomes  = 10
)

func shelterOf(ref FeatureRef, p properties, g orb.Geometry) Shelter {
	typ := p.str("type")
	for _, k := range []string{"amenity", "emergency", "leisure"} {
		if typ == "" {
			typ = p.str(k)
		}
	}
	s := Shelter{Ref: ref, Name: ref.Name, Location: locationOf(g), Type: typ}
	if n, ok := p.count("capacity"); ok {
		s.Capacity = n
		return s
	}
	s.estimate = true
	switch g := g.(type) {
	case orb.Polygon:
		s.grounds = g
	case orb.MultiPolygon:
		s.grounds = largestPolygon(g)
	}
	b := p.str("building")
	s.indoor = b != "" && b != "no"
	s.levels = storeys(p)
	return s
}

// estimateShelterCapacities gives the shelters the map leaves without capacity one
// from their floor area at shelterPersonM2 a person: a hall's own footprint (times its
// storeys); for grounds (a school's, a sports centre's), the footprints of the
// buildings standing in them, else the grounds themselves as open space; for a point,
// the footprint of the building it stands in. A shelter with none of these is assumed
// to take shelterAssumed. One warning lists them all.
func estimateShelterCapacities(t *Town) {
	var estimated []Phrase
	var hits []Hit
	for i := range t.Shelters {
		s := &t.Shelters[i]
		if !s.estimate {
			continue // given in the map
		}
		var floor float64
		switch {
		case s.grounds != nil && s.indoor:
			floor, s.CapacityFrom = planar.Area(s.grounds)*s.levels, phrase("footprint")
		case s.grounds != nil:
			hits = t.Index.Within(s.Location, boundRadius(s.grounds.Bound()), hits[:0], KindBuilding)
			for _, h := range hits {
				b := &t.Buildings[h.Index]
				if b.Footprint != nil && polygonContains(s.grounds, b.Centroid) {
					floor += b.AreaM2 * b.levels
				}
			}
			s.CapacityFrom = phrase("buildings in its grounds")
			if floor == 0 {
				floor, s.CapacityFrom = planar.Area(s.grounds), phrase("open ground")
			}
		default:
			if floor = t.floorAt(s.Location); floor > 0 {
				s.CapacityFrom = phrase("the building it stands in")
			}
		}
		s.Capacity = int(floor / shelterPersonM2)
		if s.Capacity <= 0 {
			s.Capacity, s.CapacityFrom = shelterAssumed, phrase("no floor area: assumed")
		}
		estimated = append(estimated, phrase("%s %d (%s)", shelterLabel(s), s.Capacity, s.CapacityFrom))
	}
	if len(estimated) > 0 {
		t.Problems.add(Warning, WholeMap, "set capacity on each to the number of people it takes",
			"避难场所容量为估算 — %d shelters have no capacity; estimated at %.0f m² a person from their floor area: %s", len(estimated), shelterPersonM2, ListSome(estimated, 6))
	}
}

// floorAt is the floor area of the building standing at p (its footprint times its
// storeys), 0 when none does.
func (t *Town) floorAt(p orb.Point) float64 {
	for _, h := range t.Index.Within(p, 0, nil, KindBuilding) {
		if b := &t.Buildings[h.Index]; b.Footprint != nil {
			return b.AreaM2 * b.levels
		}
	}
	return 0
}

// ShelterCapacityAt is the capacity of a shelter placed at p by the rule the map
// estimates capacities with: the floor area of the building it stands in at
// shelterPersonM2 a person; ok is false where no building stands.
func (t *Town) ShelterCapacityAt(p orb.Point) (capacity int, ok bool) {
	n := int(t.floorAt(p) / shelterPersonM2)
	return n, n > 0
}

// warnFarShelters warns of shelters that stand away from where people live (no home
// within shelterServeM) or far above them (more than shelterAboveM over the median
// height of the shelterHomes homes nearest): mountain huts, ski stations and summit
// refuges that a map calls shelters, where no evacuee would walk.
func warnFarShelters(t *Town) {
	if len(t.Buildings) == 0 {
		return
	}
	var hits []Hit
	var heights []float64
	for i := range t.Shelters {
		s := &t.Shelters[i]
		hits = t.Index.Within(s.Location, shelterServeM, hits[:0], KindBuilding)
		hits = slices.DeleteFunc(hits, func(h Hit) bool { return t.Buildings[h.Index].Population == 0 })
		slices.SortStableFunc(hits, func(a, b Hit) int { return cmp.Compare(a.DistM, b.DistM) })
		heights = heights[:0]
		for _, h := range hits[:min(len(hits), shelterHomes)] {
			if z, ok := t.heightAt(t.Buildings[h.Index].Centroid); ok {
				heights = append(heights, z)
			}
		}
		if len(hits) == 0 {
			t.Problems.add(Warning, s.Ref, "evacuees walk to shelters: check it is one, or set its kind to background",
				"避难场所远离居民 — shelter %s has no home within %.0f km", shelterLabel(s), shelterServeM/1000)
			continue
		}
		z, ok := t.heightAt(s.Location)
		if !ok || len(heights) == 0 {
			continue
		}
		slices.Sort(heights)
		if above := z - heights[len(heights)/2]; above > shelterAboveM {
			t.Problems.add(Warning, s.Ref, "evacuees walk to shelters: check it is one (a mountain hut is not), or set its kind to background",
				"避难场所高出居民区 — shelter %s stands %.0f m above the homes nearest it", shelterLabel(s), above)
		}
	}
}

// storeys is a building's building:levels, 1 when unknown.
func storeys(p properties) float64 {
	if l, ok := p.number("building:levels"); ok && l >= 1 && l < 100 {
		return math.Round(l)
	}
	return 1
}

// shelterLabel names a shelter in messages: its name, else its id.
func shelterLabel(s *Shelter) any {
	if s.Name != "" {
		return s.Name
	}
	if s.Ref.ID != "" {
		return s.Ref.ID
	}
	return FeatureRef{Index: s.Ref.Index, Layer: s.Ref.Layer}
}

// boundRadius is the radius of the circle around b's centre that holds b.
func boundRadius(b orb.Bound) float64 {
	return planar.Distance(b.Min, b.Max) / 2
}

// heightAt is the ground height at a point of the town, when it has terrain there.
func (t *Town) heightAt(p orb.Point) (float64, bool) {
	if t.DEM == nil {
		return 0, false
	}
	lon, lat := t.Projection.ToLonLat(p[0], p[1])
	return t.DEM.HeightAtLonLat(lon, lat)
}
