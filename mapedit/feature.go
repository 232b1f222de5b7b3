package mapedit

import (
	stdmaps "maps"
	"reflect"

	"github.com/paulmach/orb"

	"drillsim/maps"
)

// Feature is one feature a drill designer marks up: its kind, where it is in the town's
// metres, and its properties as the map file holds them (JSON values: strings,
// float64 numbers, objects of counts).
type Feature struct {
	Kind maps.Kind
	// Geom is an orb.Point for shelters, depots, stations and loudspeakers, and an
	// orb.MultiPolygon of closed rings for villages and hazard zones.
	Geom  orb.Geometry
	Props map[string]any
	// Deleted marks a feature taken away (or, for one added and undone, not there).
	Deleted bool
}

// EditableKinds are the kinds of features the editor marks up, in the order its tools
// are offered.
var EditableKinds = []maps.Kind{maps.KindHazardZone, maps.KindVillage, maps.KindShelter,
	maps.KindDepot, maps.KindStation, maps.KindLoudspeaker}

// IsArea reports whether features of kind k are areas (villages and hazard zones)
// rather than points.
func IsArea(k maps.Kind) bool { return k == maps.KindVillage || k == maps.KindHazardZone }

// Name is the feature's name ("" when it has none).
func (f *Feature) Name() string {
	s, _ := f.Props["name"].(string)
	return s
}

// Area is the feature's area, nil for a point.
func (f *Feature) Area() orb.MultiPolygon {
	mp, _ := f.Geom.(orb.MultiPolygon)
	return mp
}

// Location is the point that stands for the feature: itself, or the middle of its area.
func (f *Feature) Location() orb.Point {
	switch g := f.Geom.(type) {
	case orb.Point:
		return g
	case orb.MultiPolygon:
		return g.Bound().Center()
	}
	return orb.Point{}
}

// ReachM is how far a loudspeaker (大喇叭) is heard, in metres: its radius_m, or the
// reach the map assumes when it gives none; 0 for a feature of another kind.
func (f *Feature) ReachM() float64 {
	if f.Kind != maps.KindLoudspeaker {
		return 0
	}
	if r, ok := f.Props["radius_m"].(float64); ok && r > 0 {
		return r
	}
	return defaultLoudspeakerRadiusM
}

// clone returns a deep copy of f, which edits can change without touching f.
func (f Feature) clone() Feature {
	f.Geom = orb.Clone(f.Geom)
	f.Props = cloneProps(f.Props)
	return f
}

// cloneProps copies properties deeply (objects of counts are maps).
func cloneProps(p map[string]any) map[string]any {
	c := stdmaps.Clone(p)
	if c == nil {
		c = map[string]any{}
	}
	for k, v := range c {
		if m, ok := v.(map[string]any); ok {
			c[k] = cloneProps(m)
		}
	}
	return c
}

// same reports whether a and b are the same feature state.
func same(a, b Feature) bool {
	if a.Kind != b.Kind || a.Deleted != b.Deleted {
		return false
	}
	if a.Deleted {
		return true
	}
	return orb.Equal(a.Geom, b.Geom) && reflect.DeepEqual(normalProps(a.Props), normalProps(b.Props))
}

// normalProps treats no properties and empty properties alike.
func normalProps(p map[string]any) map[string]any {
	if len(p) == 0 {
		return nil
	}
	return p
}
