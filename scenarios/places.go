package scenarios

import (
	"errors"
	"slices"
	"strings"

	"github.com/paulmach/orb"

	"drillsim/maps"
)

// Places finds a town's named features by name, or by OpenStreetMap id (way/194554955,
// so that an unnamed hospital can be a base): the one lookup of names that the
// scenario checks, the engine and the window share. When several features share a
// name, Find gives the first of the most specific kind: shelters, stations and depots
// before hazard zones and villages, before loudspeakers, roads, buildings, land cover
// and waterways (PlaceKinds). When several features of that kind bear it (two
// shelters of one name), the name is ambiguous for that kind (maps.Places, which check
// warns by): the checks refuse it and the engine refuses orders naming it.
type Places struct {
	town   *maps.Town
	byName map[string][]Place
	byID   map[string]Place // every feature with an OpenStreetMap id, named by it
	all    []Place          // every place, in PlaceKinds order and the town's order within a kind
	first  []Place          // the first place of each name, in the same order
	// zoneVillage is the village each hazard zone lies in, -1 for none.
	zoneVillage []int
}

// PlaceKinds are the kinds of named features, most specific first: the precedence
// of Places.Find (the map's own, maps.PlaceKinds).
var PlaceKinds = maps.PlaceKinds

// Place is a named feature of the town: its kind, its index among the town's
// features of that kind, where it is in town metres (a point feature's location, an
// area's centre, a road's middle vertex, a village's people's centre), and the
// village and hazard zone that point lies in (-1 when none; a village's and a zone's
// are themselves) as Find and First hand it out.
type Place struct {
	Name    string
	Kind    maps.Kind
	Index   int
	At      orb.Point
	Village int
	Zone    int
}

// NewPlaces indexes t's named features.
func NewPlaces(t *maps.Town) *Places {
	p := &Places{town: t, byName: map[string][]Place{}, byID: map[string]Place{}}
	add := func(k maps.Kind, i int, ref maps.FeatureRef, at orb.Point) {
		if id := ref.ID; maps.IsOSMID(id) {
			if _, dup := p.byID[id]; !dup {
				p.byID[id] = Place{Name: id, Kind: k, Index: i, At: at, Village: -1, Zone: -1}
			}
		}
		name := ref.Name
		if name == "" {
			return
		}
		pl := Place{Name: name, Kind: k, Index: i, At: at, Village: -1, Zone: -1}
		if k == maps.KindHazardZone {
			p.zoneVillage[i] = p.resolve(pl).Village
		}
		if len(p.byName[name]) == 0 {
			p.first = append(p.first, pl)
		}
		p.byName[name] = append(p.byName[name], pl)
		p.all = append(p.all, pl)
	}
	p.zoneVillage = make([]int, len(t.HazardZones))
	for i, s := range t.Shelters {
		add(maps.KindShelter, i, s.Ref, s.Location)
	}
	for i, s := range t.Stations {
		add(maps.KindStation, i, s.Ref, s.Location)
	}
	for i, d := range t.Depots {
		add(maps.KindDepot, i, d.Ref, d.Location)
	}
	for i, z := range t.HazardZones {
		add(maps.KindHazardZone, i, z.Ref, z.Area.Bound().Center())
	}
	for i, v := range t.Villages {
		add(maps.KindVillage, i, v.Ref, villageCentre(t, i))
	}
	for i, l := range t.Loudspeakers {
		add(maps.KindLoudspeaker, i, l.Ref, l.Location)
	}
	for i, r := range t.Roads {
		add(maps.KindRoad, i, r.Ref, r.Line[len(r.Line)/2])
	}
	for i, b := range t.Buildings {
		add(maps.KindBuilding, i, b.Ref, b.Centroid)
	}
	for i, l := range t.Landcover {
		add(maps.KindLandcover, i, l.Ref, l.Area.Bound().Center())
	}
	for i, w := range t.Waterways {
		if w.Geom != nil {
			add(w.Kind, i, w.Ref, w.Geom.Bound().Center())
		}
	}
	return p
}

// resolve places pl in the village (maps.Town.VillageAt: the most specific, as the
// buildings are) and the hazard zone its point lies in. It costs a
// search of the town, so places are placed as they are handed out, not all when
// indexed.
func (p *Places) resolve(pl Place) Place {
	pl.Village, pl.Zone = p.town.VillageAt(pl.At), -1
	for _, h := range p.town.Index.Within(pl.At, 0, nil, maps.KindHazardZone) {
		if pl.Zone < 0 {
			pl.Zone = h.Index
		}
	}
	switch pl.Kind {
	case maps.KindVillage:
		pl.Village = pl.Index
	case maps.KindHazardZone:
		pl.Zone = pl.Index
	}
	return pl
}

// villageCentre is where a village's people are: the mean of its buildings'
// centroids weighted by residents, or its area's centre when nobody lives there.
func villageCentre(t *maps.Town, v int) orb.Point {
	var sx, sy, n float64
	for _, b := range t.Buildings {
		if b.Village == v && b.Population > 0 {
			sx += b.Centroid[0] * float64(b.Population)
			sy += b.Centroid[1] * float64(b.Population)
			n += float64(b.Population)
		}
	}
	if n == 0 {
		return t.Villages[v].Area.Bound().Center()
	}
	return orb.Point{sx / n, sy / n}
}

// Find returns the place named name, or the feature of that OpenStreetMap id: of
// several of one name, the first of the most specific kind (PlaceKinds).
func (p *Places) Find(name string) (Place, bool) {
	if all := p.byName[name]; len(all) > 0 {
		return p.resolve(all[0]), true
	}
	if pl, ok := p.byID[name]; ok {
		return p.resolve(pl), true
	}
	return Place{}, false
}

// Ambiguous returns the features that make name ambiguous among kinds (all of
// PlaceKinds when none is given): several features of the first of those kinds that
// bears the name. It returns nil for a name that is not ambiguous, or not there.
func (p *Places) Ambiguous(name string, kinds ...maps.Kind) []maps.Place {
	if p.town.Places == nil {
		return nil
	}
	var amb *maps.AmbiguousError
	if _, err := p.town.Places.Find(name, kinds...); errors.As(err, &amb) {
		return amb.Places
	}
	return nil
}

// First lists the place Find gives for each name, in PlaceKinds order.
func (p *Places) First() []Place {
	out := make([]Place, len(p.first))
	for i, pl := range p.first {
		out[i] = p.resolve(pl)
	}
	return out
}

// Is reports whether name names one feature of one of kinds: by its name, not
// ambiguous among them, or by its OpenStreetMap id.
func (p *Places) Is(name string, kinds ...maps.Kind) bool {
	if pl, ok := p.byID[name]; ok && slices.Contains(kinds, pl.Kind) {
		return true
	}
	return slices.ContainsFunc(p.byName[name], func(pl Place) bool { return slices.Contains(kinds, pl.Kind) }) &&
		p.Ambiguous(name, kinds...) == nil
}

// VillageOf names the village the place named name lies in, "" when it lies in none
// or there is no such place.
func (p *Places) VillageOf(name string) string {
	if pl, ok := p.Find(name); ok && pl.Village >= 0 {
		return p.town.Villages[pl.Village].Name
	}
	return ""
}

// ZoneVillage is the index of the village hazard zone z lies in (by its centre), -1
// for none.
func (p *Places) ZoneVillage(z int) int { return p.zoneVillage[z] }

// names lists the names of the features of kind k in map order, for messages.
func (p *Places) names(k maps.Kind) []string {
	var names []string
	for _, pl := range p.all {
		if pl.Kind == k && !slices.Contains(names, pl.Name) {
			names = append(names, pl.Name)
		}
	}
	return names
}

// orUnknown is the failure of a name Is refuses: unknown's when the name is
// ambiguous, else missing, the failure given for a name the map lacks.
func (p *Places) orUnknown(missing error, name string, kinds ...maps.Kind) error {
	if amb := p.Ambiguous(name, kinds...); amb != nil {
		return ambiguous(NounPlace, name, amb)
	}
	return missing
}

// ambiguous is the failure of a name several features bear: how to name one of them.
func ambiguous(what Noun, name string, amb []maps.Place) error {
	ids := make([]string, len(amb))
	for i, pl := range amb {
		ids[i] = pl.Ref.ID
		if ids[i] == "" {
			ids[i] = pl.Ref.String()
		}
	}
	return failf("%s %q is ambiguous: %d %ss of the map bear that name (%s); name the one meant by its id, or rename them in the map",
		what, name, len(amb), amb[0].Kind, strings.Join(ids, ", "))
}

// hazardZone returns the zone named name, and false if the map has none.
func (p *Places) hazardZone(name string) (maps.HazardZone, bool) {
	if pl, ok := p.byID[name]; ok && pl.Kind == maps.KindHazardZone {
		return p.town.HazardZones[pl.Index], true
	}
	for _, pl := range p.byName[name] {
		if pl.Kind == maps.KindHazardZone {
			return p.town.HazardZones[pl.Index], true
		}
	}
	return maps.HazardZone{}, false
}

// station returns the station named name, and false if the map has none.
func (p *Places) station(name string) (maps.Station, bool) {
	if pl, ok := p.byID[name]; ok && pl.Kind == maps.KindStation {
		return p.town.Stations[pl.Index], true
	}
	for _, pl := range p.byName[name] {
		if pl.Kind == maps.KindStation {
			return p.town.Stations[pl.Index], true
		}
	}
	return maps.Station{}, false
}

// depot returns the depot named name, and false if the map has none.
func (p *Places) depot(name string) (maps.Depot, bool) {
	if pl, ok := p.byID[name]; ok && pl.Kind == maps.KindDepot {
		return p.town.Depots[pl.Index], true
	}
	for _, pl := range p.byName[name] {
		if pl.Kind == maps.KindDepot {
			return p.town.Depots[pl.Index], true
		}
	}
	return maps.Depot{}, false
}

// unknown is the failure of a name Is refuses: one that several features of the kinds
// expected bear, or one the map lacks, listing the names it has of those kinds (at
// most a dozen); what says what the name should have been.
func (p *Places) unknown(what Noun, name string, kinds ...maps.Kind) error {
	if amb := p.Ambiguous(name, kinds...); amb != nil {
		return ambiguous(what, name, amb)
	}
	var have []string
	for _, k := range kinds {
		have = append(have, p.names(k)...)
	}
	if len(have) == 0 {
		return failf("unknown %s %q: the map %s has no such feature", what, name, p.town.Name)
	}
	if len(have) > 12 {
		have = append(have[:12:12], "…")
	}
	return failf("unknown %s %q: the map %s has no such feature; it has %s", what, name, p.town.Name, strings.Join(have, ", "))
}

// Noun is a word of a message naming what something should have been (a village, a
// shelter): a message's argument that another language says by its own word.
type Noun string

// The nouns of messages.
const (
	NounVillage    Noun = "village"
	NounZone       Noun = "zone"
	NounHazardZone Noun = "hazard zone"
	NounShelter    Noun = "shelter"
	NounDepot      Noun = "depot"
	NounRiver      Noun = "river"
	NounBase       Noun = "base"
	NounPlace      Noun = "place"
)
