package scenarios

import (
	"fmt"
	"slices"
	"strings"

	"drillsim/maps"
)

// places indexes a town's named features by name, for checking references.
type places struct {
	town   *maps.Town
	byName map[string][]maps.Kind
}

// newPlaces indexes t's named features.
func newPlaces(t *maps.Town) *places {
	p := &places{town: t, byName: map[string][]maps.Kind{}}
	add := func(k maps.Kind, name string) {
		if name != "" && !slices.Contains(p.byName[name], k) {
			p.byName[name] = append(p.byName[name], k)
		}
	}
	for _, r := range t.Roads {
		add(maps.KindRoad, r.Name)
	}
	for _, w := range t.Waterways {
		add(w.Kind, w.Name)
	}
	for _, b := range t.Buildings {
		add(maps.KindBuilding, b.Name)
	}
	for _, v := range t.Villages {
		add(maps.KindVillage, v.Name)
	}
	for _, s := range t.Shelters {
		add(maps.KindShelter, s.Name)
	}
	for _, d := range t.Depots {
		add(maps.KindDepot, d.Name)
	}
	for _, s := range t.Stations {
		add(maps.KindStation, s.Name)
	}
	for _, z := range t.HazardZones {
		add(maps.KindHazardZone, z.Name)
	}
	for _, l := range t.Landcover {
		add(maps.KindLandcover, l.Name)
	}
	for _, l := range t.Loudspeakers {
		add(maps.KindLoudspeaker, l.Name)
	}
	return p
}

// is reports whether name is a feature of one of kinds.
func (p *places) is(name string, kinds ...maps.Kind) bool {
	for _, k := range p.byName[name] {
		if slices.Contains(kinds, k) {
			return true
		}
	}
	return false
}

// names lists the names of the features of kind k in map order, for messages.
func (p *places) names(k maps.Kind) []string {
	var names []string
	add := func(name string) {
		if name != "" && !slices.Contains(names, name) {
			names = append(names, name)
		}
	}
	t := p.town
	switch k {
	case maps.KindVillage:
		for _, v := range t.Villages {
			add(v.Name)
		}
	case maps.KindShelter:
		for _, s := range t.Shelters {
			add(s.Name)
		}
	case maps.KindDepot:
		for _, d := range t.Depots {
			add(d.Name)
		}
	case maps.KindStation:
		for _, s := range t.Stations {
			add(s.Name)
		}
	case maps.KindHazardZone:
		for _, z := range t.HazardZones {
			add(z.Name)
		}
	case maps.KindRiver, maps.KindStream, maps.KindWater:
		for _, w := range t.Waterways {
			if w.Kind == k {
				add(w.Name)
			}
		}
	}
	return names
}

// hazardZone returns the zone named name, and false if the map has none.
func (p *places) hazardZone(name string) (maps.HazardZone, bool) {
	for _, z := range p.town.HazardZones {
		if z.Name == name {
			return z, true
		}
	}
	return maps.HazardZone{}, false
}

// station returns the station named name, and false if the map has none.
func (p *places) station(name string) (maps.Station, bool) {
	for _, s := range p.town.Stations {
		if s.Name == name {
			return s, true
		}
	}
	return maps.Station{}, false
}

// depot returns the depot named name, and false if the map has none.
func (p *places) depot(name string) (maps.Depot, bool) {
	for _, d := range p.town.Depots {
		if d.Name == name {
			return d, true
		}
	}
	return maps.Depot{}, false
}

// unknown writes the message for a name the map lacks, listing the names it has of
// the kinds expected (at most a dozen).
func (p *places) unknown(what, name string, kinds ...maps.Kind) string {
	var have []string
	for _, k := range kinds {
		have = append(have, p.names(k)...)
	}
	msg := fmt.Sprintf("unknown %s %q: the map %s has no such feature", what, name, p.town.Name)
	if len(have) > 0 {
		if len(have) > 12 {
			have = append(have[:12:12], "…")
		}
		msg += "; it has " + strings.Join(have, ", ")
	}
	return msg
}
