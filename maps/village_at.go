package maps

import "github.com/paulmach/orb"

// VillageAt is the index in Villages of the village point p lies in, -1 for none. Of
// several (a hamlet drawn inside its parish's boundary), it is the smallest, the most
// specific; but never a village drawn around a place point that reaches here into a
// mapped boundary not holding that point (spills). Buildings are put in villages by
// this rule, and places should be too.
func (t *Town) VillageAt(p orb.Point) int {
	v, _ := t.villageAt(p, nil)
	return v
}

// villageAt is VillageAt reusing hits, which it returns for the next call.
func (t *Town) villageAt(p orb.Point, hits []Hit) (int, []Hit) {
	hits = t.Index.Within(p, 0, hits[:0], KindVillage)
	best := -1
	for _, h := range hits {
		if spills(t.Villages, h.Index, hits) {
			continue
		}
		if best < 0 || t.Villages[h.Index].areaM2 < t.Villages[best].areaM2 ||
			t.Villages[h.Index].areaM2 == t.Villages[best].areaM2 && h.Index < best {
			best = h.Index
		}
	}
	return best, hits
}

// spills reports whether village v, drawn around a place point, reaches here into a
// mapped boundary (among hits) that does not hold its point: there the boundary, the
// village the map draws, decides, not the reach of the point next door.
func spills(villages []Village, v int, hits []Hit) bool {
	if villages[v].Origin != VillageAroundPoint {
		return false
	}
	for _, h := range hits {
		if m := &villages[h.Index]; m.Origin != VillageAroundPoint && !multiPolygonContains(m.Area, villages[v].seat) {
			return true
		}
	}
	return false
}
