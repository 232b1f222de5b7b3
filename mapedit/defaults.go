package mapedit

import (
	"github.com/paulmach/orb"

	"drillsim/maps"
)

// Figures a feature placed with a click starts with, for the designer to correct in
// the form: a township's usual stock and units, a loudspeaker's usual reach.
const (
	// defaultShelterCapacity is the capacity of a shelter placed where no building
	// stands to estimate it from: a village activity centre's.
	defaultShelterCapacity = 200
	// defaultLoudspeakerRadiusM is the reach of a village loudspeaker (大喇叭) in the
	// open: the 300 m the map assumes for one that does not say.
	defaultLoudspeakerRadiusM = 300
)

// defaultNames are the names new features start from, numbered to be unique.
var defaultNames = map[maps.Kind]string{
	maps.KindShelter: "安置点", maps.KindDepot: "应急物资储备点", maps.KindStation: "救援队驻地",
	maps.KindLoudspeaker: "大喇叭", maps.KindVillage: "村", maps.KindHazardZone: "风险区",
}

// zoneNames are the names new hazard zones start from, by hazard.
var zoneNames = map[string]string{"flood": "洪水风险区", "landslide": "滑坡隐患点", "fire": "林缘火险区"}

// NewPoint is a feature of point kind k placed at p, with a name no other bears and the
// figures a click gives it: a shelter takes as many as the building it stands in holds
// (by the map's rule), a depot a township store's stock, a station a rescue team, a
// loudspeaker its usual reach.
func (d *Doc) NewPoint(k maps.Kind, p orb.Point) Feature {
	f := Feature{Kind: k, Geom: p, Props: map[string]any{"name": d.UniqueName(k, defaultNames[k]+"1")}}
	switch k {
	case maps.KindShelter:
		capacity, ok := d.town.ShelterCapacityAt(p)
		if !ok {
			capacity = defaultShelterCapacity
		}
		f.Props["capacity"] = float64(capacity)
	case maps.KindDepot:
		f.Props["stock"] = map[string]any{"sandbags": 2000.0, "quilts": 300.0, "tents": 50.0,
			"drinking_water_t": 5.0, "instant_noodles_boxes": 200.0, "life_jackets": 100.0}
	case maps.KindStation:
		f.Props["type"] = "rescue"
		f.Props["units"] = map[string]any{"rescue_team": 1.0}
	case maps.KindLoudspeaker:
		f.Props["radius_m"] = float64(defaultLoudspeakerRadiusM)
	}
	return f
}

// NewArea is an area of kind k drawn with the corners of ring (closed or not): a
// village, or a hazard zone of hazard with the households and people living in it.
func (d *Doc) NewArea(k maps.Kind, hazard string, ring orb.Ring) Feature {
	r := append(orb.Ring(nil), ring...)
	if len(r) > 0 && !r.Closed() {
		r = append(r, r[0])
	}
	if len(r) >= 4 && ringArea(r) < 0 {
		reverse(r) // counter-clockwise, as RFC 7946 has outer rings
	}
	base := defaultNames[k]
	if k == maps.KindHazardZone && zoneNames[hazard] != "" {
		base = zoneNames[hazard]
	}
	f := Feature{Kind: k, Geom: orb.MultiPolygon{{r}}, Props: map[string]any{"name": d.UniqueName(k, base+"1")}}
	if k == maps.KindHazardZone {
		f.Props["hazard"] = hazard
		households, people := d.Threat(f)
		f.Props["households"], f.Props["people"] = float64(households), float64(people)
	}
	return f
}

// ringArea is the signed area of a closed ring, positive counter-clockwise.
func ringArea(r orb.Ring) float64 {
	a := 0.0
	for i := 0; i+1 < len(r); i++ {
		a += r[i][0]*r[i+1][1] - r[i+1][0]*r[i][1]
	}
	return a / 2
}

func reverse(r orb.Ring) {
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
}
