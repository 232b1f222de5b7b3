package maps

import "github.com/paulmach/orb"

// Threatened counts who lives in area: its households (the inhabited buildings whose
// centroids lie in it, a house being a household's as village registers count them)
// and its people (their residents). It is the one rule by which the map fills in a
// hazard zone's figures and the editor suggests them.
func (t *Town) Threatened(area orb.MultiPolygon) (households, people int) {
	if len(area) == 0 {
		return 0, 0
	}
	b := area.Bound()
	for _, h := range t.Index.Within(b.Center(), boundRadius(b), nil, KindBuilding) {
		bd := &t.Buildings[h.Index]
		if bd.Population > 0 && multiPolygonContains(area, bd.Centroid) {
			households++
			people += bd.Population
		}
	}
	return households, people
}
