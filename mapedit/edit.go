package mapedit

import (
	"errors"
	"fmt"

	"github.com/paulmach/orb"

	"drillsim/maps"
)

// Vertex names a position of an area: polygon, ring and index in the ring (not the
// closing position, which follows the first).
type Vertex struct{ Poly, Ring, Index int }

// errNoSuchFeature answers an edit of a feature index the Doc does not have, or of a
// deleted one.
var errNoSuchFeature = errors.New("no such feature")

// live returns feature i, or an error when there is none or it was deleted.
func (d *Doc) live(i int) (*Feature, error) {
	if i < 0 || i >= len(d.slots) || d.slots[i].cur.Deleted {
		return nil, errNoSuchFeature
	}
	return &d.slots[i].cur, nil
}

// Add adds features (as one edit, one undo) and returns their indices. Each needs an
// editable kind, a geometry that suits it, and a name no other feature of its kind
// bears (orders could not tell them apart).
func (d *Doc) Add(fs ...Feature) ([]int, error) {
	taken := map[string]bool{}
	for _, f := range fs {
		if _, ok := fieldsByKind[f.Kind]; !ok {
			return nil, fmt.Errorf("drillsim edit marks up %s, not %s", kindList(), f.Kind)
		}
		if err := checkGeometry(f); err != nil {
			return nil, err
		}
		key := f.Kind.String() + "\x00" + f.Name()
		if f.Name() == "" || taken[key] || d.named(f.Kind, f.Name(), -1) {
			return nil, fmt.Errorf("another %s is named %q: give this one another name", f.Kind, f.Name())
		}
		taken[key] = true
	}
	afters := map[int]Feature{}
	var order []int
	for _, f := range fs {
		f = f.clone()
		f.Deleted = false
		i := len(d.slots)
		absent := Feature{Kind: f.Kind, Deleted: true}
		d.slots = append(d.slots, slot{cur: absent, loaded: absent, written: absent, home: -1})
		afters[i] = f
		order = append(order, i)
	}
	d.do(afters, order)
	return order, nil
}

// kindList names the editable kinds for messages.
func kindList() string {
	s := ""
	for i, k := range EditableKinds {
		if i > 0 {
			s += ", "
		}
		s += k.String()
	}
	return s
}

// checkGeometry reports a geometry that does not suit the feature's kind: areas need
// rings of three or more corners, the others a point.
func checkGeometry(f Feature) error {
	if !IsArea(f.Kind) {
		if _, ok := f.Geom.(orb.Point); !ok {
			return fmt.Errorf("a %s is a point on the map", f.Kind)
		}
		return nil
	}
	mp, ok := f.Geom.(orb.MultiPolygon)
	if !ok || len(mp) == 0 {
		return fmt.Errorf("a %s is an area: draw at least three corners", f.Kind)
	}
	for _, p := range mp {
		for _, r := range p {
			if len(r) < 4 || !r.Closed() {
				return fmt.Errorf("a %s is an area: each of its rings needs at least three corners", f.Kind)
			}
		}
	}
	return nil
}

// named reports whether a feature other than except, of kind k and not deleted, is
// named name.
func (d *Doc) named(k maps.Kind, name string, except int) bool {
	for i := range d.slots {
		if f := &d.slots[i].cur; i != except && !f.Deleted && f.Kind == k && f.Name() == name {
			return true
		}
	}
	return false
}

// UniqueName is base, or base followed by the first number that makes it a name no
// feature of kind k bears.
func (d *Doc) UniqueName(k maps.Kind, base string) string {
	if !d.named(k, base, -1) {
		return base
	}
	for n := 2; ; n++ {
		if name := fmt.Sprintf("%s%d", base, n); !d.named(k, name, -1) {
			return name
		}
	}
}

// ring returns the ring v lies on in feature f, and an error when there is no such.
func ring(f *Feature, v Vertex) (orb.Ring, error) {
	mp := f.Area()
	if v.Poly < 0 || v.Poly >= len(mp) || v.Ring < 0 || v.Ring >= len(mp[v.Poly]) {
		return nil, errors.New("no such ring")
	}
	r := mp[v.Poly][v.Ring]
	if v.Index < 0 || v.Index >= len(r)-1 {
		return nil, errors.New("no such corner")
	}
	return r, nil
}

// editRing changes one ring of area i (a copy of it, given to change) as one edit.
func (d *Doc) editRing(i int, v Vertex, change func(orb.Ring) (orb.Ring, error)) error {
	f, err := d.live(i)
	if err != nil {
		return err
	}
	if _, err := ring(f, v); err != nil {
		return err
	}
	after := f.clone()
	mp := after.Geom.(orb.MultiPolygon)
	r, err := change(mp[v.Poly][v.Ring])
	if err != nil {
		return err
	}
	r[len(r)-1] = r[0]
	mp[v.Poly][v.Ring] = r
	d.doOne(i, after)
	return nil
}

// MoveVertex moves corner v of area i to p.
func (d *Doc) MoveVertex(i int, v Vertex, p orb.Point) error {
	return d.editRing(i, v, func(r orb.Ring) (orb.Ring, error) {
		r[v.Index] = p
		return r, nil
	})
}

// InsertVertex adds a corner at p on the side of area i from corner v to the next,
// and returns it.
func (d *Doc) InsertVertex(i int, v Vertex, p orb.Point) (Vertex, error) {
	err := d.editRing(i, v, func(r orb.Ring) (orb.Ring, error) {
		return append(r[:v.Index+1], append(orb.Ring{p}, r[v.Index+1:]...)...), nil
	})
	return Vertex{v.Poly, v.Ring, v.Index + 1}, err
}

// DeleteVertex takes corner v away from area i; a ring keeps at least three corners.
func (d *Doc) DeleteVertex(i int, v Vertex) error {
	return d.editRing(i, v, func(r orb.Ring) (orb.Ring, error) {
		if len(r) <= 4 {
			return nil, errors.New("an area keeps at least three corners: delete the whole feature instead")
		}
		r = append(r[:v.Index], r[v.Index+1:]...)
		if v.Index == 0 {
			r[len(r)-1] = r[0]
		}
		return r, nil
	})
}

// Move moves feature i by (dx, dy) metres: a point, or a whole area.
func (d *Doc) Move(i int, dx, dy float64) error {
	f, err := d.live(i)
	if err != nil {
		return err
	}
	after := f.clone()
	after.Geom = translate(after.Geom, dx, dy)
	d.doOne(i, after)
	return nil
}

// SetGeometry gives area i a new shape (a suggestion taken for it, a ring redrawn).
func (d *Doc) SetGeometry(i int, g orb.Geometry) error {
	f, err := d.live(i)
	if err != nil {
		return err
	}
	after := f.clone()
	after.Geom = orb.Clone(g)
	if err := checkGeometry(after); err != nil {
		return err
	}
	d.doOne(i, after)
	return nil
}

// Set sets field key of feature i from the text typed into its form (see Fields): an
// empty text removes the property (but a name, which every feature keeps).
func (d *Doc) Set(i int, key, text string) error {
	f, err := d.live(i)
	if err != nil {
		return err
	}
	fd, ok := fieldOf(f.Kind, key)
	if !ok {
		return fmt.Errorf("a %s has no field %s", f.Kind, key)
	}
	v, err := parseField(fd, text)
	if err != nil {
		return err
	}
	if key == "name" && d.named(f.Kind, v.(string), i) {
		return fmt.Errorf("another %s is named %q: orders could not tell them apart", f.Kind, v)
	}
	after := f.clone()
	if v == nil {
		delete(after.Props, key)
	} else {
		after.Props[key] = v
	}
	if same(after, *f) {
		return nil
	}
	d.doOne(i, after)
	return nil
}

// Delete takes feature i away.
func (d *Doc) Delete(i int) error {
	f, err := d.live(i)
	if err != nil {
		return err
	}
	after := f.clone()
	after.Deleted = true
	d.doOne(i, after)
	return nil
}
