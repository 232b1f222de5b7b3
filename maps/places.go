package maps

import (
	"fmt"
	"slices"
	"strings"
)

// Place is a feature an order can name: its kind and its index in the Town's slice of
// that kind.
type Place struct {
	Kind  Kind
	Index int
	Ref   FeatureRef
}

// PlaceKinds is the precedence among kinds when features of several kinds share a
// name, the one rule of the checks and the engine: where a unit or supplies go is a
// facility before an area, an area before a road, a road before a building.
var PlaceKinds = []Kind{KindShelter, KindStation, KindDepot, KindHazardZone, KindVillage, KindLoudspeaker,
	KindRoad, KindBuilding, KindLandcover, KindRiver, KindStream, KindWater}

// mappedInPieces are the kinds whose features of one name are pieces of one place.
var mappedInPieces = map[Kind]bool{KindRoad: true, KindBuilding: true, KindLandcover: true,
	KindRiver: true, KindStream: true, KindWater: true}

// Places finds the features orders can name, by name or by OpenStreetMap id
// ("way/194554955", so that an unnamed hospital can still be a base). Several shelters,
// stations, depots, hazard zones, villages or loudspeakers bearing one name make that
// name ambiguous for their kind; features that are mapped in pieces (a street as
// several ways, a river, a forest, a school's buildings) are one place by their name.
// Build it with NewPlaces; it is read-only after.
type Places struct {
	byName map[string][]Place // in PlaceKinds, then map order
	byID   map[string]Place
	dups   []Duplicate
}

// Duplicate is a name borne by several features of one kind.
type Duplicate struct {
	Name   string
	Kind   Kind
	Places []Place
}

// AmbiguousError is the answer to a name that several features of the kind wanted bear.
type AmbiguousError struct {
	Name   string
	Places []Place
}

// Error lists the features that bear the name and says how to name one of them.
func (e *AmbiguousError) Error() string {
	var refs []string
	for _, p := range e.Places {
		refs = append(refs, p.Ref.String())
	}
	return fmt.Sprintf("%q is ambiguous: %d %ss bear that name (%s); name one by its id, or rename them in the map",
		e.Name, len(e.Places), e.Places[0].Kind, strings.Join(refs, "; "))
}

// UnknownPlaceError is the answer to a name no feature of the kinds wanted bears.
type UnknownPlaceError struct {
	Name  string
	Kinds []Kind
}

func (e *UnknownPlaceError) Error() string {
	return fmt.Sprintf("no place on the map is named %q", e.Name)
}

// NewPlaces indexes the town's named features, and every feature by its OSM id.
func NewPlaces(t *Town) *Places {
	p := &Places{byName: map[string][]Place{}, byID: map[string]Place{}}
	for _, k := range PlaceKinds {
		pieces := map[string]bool{}
		for i, ref := range t.refs(k) {
			pl := Place{Kind: k, Index: i, Ref: ref}
			if IsOSMID(ref.ID) {
				if _, dup := p.byID[ref.ID]; !dup {
					p.byID[ref.ID] = pl
				}
			}
			if ref.Name == "" {
				continue
			}
			if mappedInPieces[k] {
				if pieces[ref.Name] {
					continue // the same street, river or forest: another of its pieces
				}
				pieces[ref.Name] = true
			}
			p.byName[ref.Name] = append(p.byName[ref.Name], pl)
		}
	}
	names := make([]string, 0, len(p.byName))
	for name := range p.byName {
		names = append(names, name)
	}
	slices.Sort(names)
	for _, name := range names {
		ps := p.byName[name]
		for i := 0; i < len(ps); {
			j := i + 1
			for j < len(ps) && ps[j].Kind == ps[i].Kind {
				j++
			}
			if j-i > 1 {
				p.dups = append(p.dups, Duplicate{Name: name, Kind: ps[i].Kind, Places: ps[i:j:j]})
			}
			i = j
		}
	}
	return p
}

// Find returns the place name stands for among the kinds given (any kind orders name
// when none is): the feature with that OSM id, else the feature of that name of the
// first kind in the engine's precedence that has one. It returns an *AmbiguousError
// when several features of that kind bear the name, and an *UnknownPlaceError when
// none of the kinds does.
func (p *Places) Find(name string, kinds ...Kind) (Place, error) {
	want := func(k Kind) bool { return len(kinds) == 0 || slices.Contains(kinds, k) }
	if pl, ok := p.byID[name]; ok && want(pl.Kind) {
		return pl, nil
	}
	ps := p.byName[name]
	for i := 0; i < len(ps); i++ {
		if !want(ps[i].Kind) {
			continue
		}
		j := i + 1
		for j < len(ps) && ps[j].Kind == ps[i].Kind {
			j++
		}
		if j-i > 1 {
			return Place{}, &AmbiguousError{Name: name, Places: ps[i:j:j]}
		}
		return ps[i], nil
	}
	return Place{}, &UnknownPlaceError{Name: name, Kinds: kinds}
}

// Named lists the features bearing name, of every kind, in precedence order.
func (p *Places) Named(name string) []Place { return slices.Clone(p.byName[name]) }

// Duplicates lists the names several features of one kind bear, sorted by name.
func (p *Places) Duplicates() []Duplicate { return p.dups }

// refs lists the references of the town's features of kind k, in slice order.
func (t *Town) refs(k Kind) []FeatureRef {
	switch k {
	case KindShelter:
		return refsOf(t.Shelters, func(f *Shelter) FeatureRef { return f.Ref })
	case KindStation:
		return refsOf(t.Stations, func(f *Station) FeatureRef { return f.Ref })
	case KindDepot:
		return refsOf(t.Depots, func(f *Depot) FeatureRef { return f.Ref })
	case KindHazardZone:
		return refsOf(t.HazardZones, func(f *HazardZone) FeatureRef { return f.Ref })
	case KindVillage:
		return refsOf(t.Villages, func(f *Village) FeatureRef { return f.Ref })
	case KindLoudspeaker:
		return refsOf(t.Loudspeakers, func(f *Loudspeaker) FeatureRef { return f.Ref })
	case KindRoad:
		return refsOf(t.Roads, func(f *Road) FeatureRef { return f.Ref })
	case KindBuilding:
		return refsOf(t.Buildings, func(f *Building) FeatureRef { return f.Ref })
	case KindLandcover:
		return refsOf(t.Landcover, func(f *Landcover) FeatureRef { return f.Ref })
	case KindRiver, KindStream, KindWater:
		var refs []FeatureRef
		for _, f := range t.Waterways {
			if f.Kind == k {
				refs = append(refs, f.Ref)
			}
		}
		return refs
	}
	return nil
}

// refsOf lists ref of each of xs.
func refsOf[T any](xs []T, ref func(*T) FeatureRef) []FeatureRef {
	refs := make([]FeatureRef, len(xs))
	for i := range xs {
		refs[i] = ref(&xs[i])
	}
	return refs
}

// warnDuplicateNames warns of every name several features of one kind bear: an order
// naming it would be refused as ambiguous.
func warnDuplicateNames(t *Town) {
	for _, d := range t.Places.Duplicates() {
		var ids []any
		for _, p := range d.Places {
			if p.Ref.ID != "" {
				ids = append(ids, p.Ref.ID)
			} else {
				ids = append(ids, FeatureRef{Index: p.Ref.Index, Layer: p.Ref.Layer})
			}
		}
		t.Problems.add(Warning, d.Places[0].Ref, "rename one in the map, or name it in orders by its id",
			"重名 — %d %ss are named %q (%s): an order naming it is refused as ambiguous", len(d.Places), d.Kind, d.Name, ListSome(ids, 4))
	}
}
