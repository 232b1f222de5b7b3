package maps

import (
	"math"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/planar"
	"github.com/paulmach/osm"
)

// ringPiece is a run of a relation's member way that the extract holds, with the ids
// of its end nodes so that pieces join where they share a node.
type ringPiece struct {
	first, last osm.NodeID
	// openFirst and openLast mark ends cut by the extract's edge, which join nothing.
	openFirst, openLast bool
	line                orb.LineString
	inner               bool
}

// closed reports whether the piece is a whole ring.
func (p *ringPiece) closed() bool {
	return !p.openFirst && !p.openLast && p.first == p.last && len(p.line) >= 4
}

// relationArea assembles a multipolygon or boundary relation's member ways into rings:
// pieces joined end to end where they share a node, holes put in the outer ring that
// holds them. Outer pieces the extract's edge left open are joined, nearest end to
// nearest end, into one open ring for mendEdgeCuts; open holes are dropped. hint is
// where the relation's label or admin_centre node lies, when the extract holds it: a
// point inside the area. mp is nil when none of the member ways is in the extract.
func (d *osmData) relationArea(r *osm.Relation, wayByID map[osm.WayID]*osm.Way) (mp orb.MultiPolygon, hint *orb.Point) {
	var pieces []ringPiece
	for _, m := range r.Members {
		switch {
		case m.Type == osm.TypeNode && (m.Role == "label" || m.Role == "admin_centre"):
			if p, ok := d.node(osm.NodeID(m.Ref)); ok && (hint == nil || m.Role == "label") {
				hint = &p
			}
		case m.Type == osm.TypeWay && (m.Role == "outer" || m.Role == "inner" || m.Role == ""):
			w := wayByID[osm.WayID(m.Ref)]
			if w == nil {
				continue
			}
			pieces = appendPieces(pieces, d, w, m.Role == "inner")
		}
	}
	if len(pieces) == 0 {
		return nil, hint
	}
	var outers, inners []orb.Ring
	var open []orb.LineString
	for _, chain := range joinPieces(pieces) {
		switch {
		case chain.closed():
			if chain.inner {
				inners = append(inners, orb.Ring(chain.line))
			} else {
				outers = append(outers, orb.Ring(chain.line))
			}
		case !chain.inner:
			open = append(open, chain.line)
		}
	}
	for _, o := range outers {
		mp = append(mp, orb.Polygon{o})
	}
	for _, h := range inners {
		for i := range mp {
			if ringContains(mp[i][0], h[0]) {
				mp[i] = append(mp[i], h)
				break
			}
		}
	}
	if len(open) > 0 {
		mp = append(mp, orb.Polygon{orb.Ring(joinNearest(open))})
	}
	if len(mp) == 0 {
		return nil, hint
	}
	return mp, hint
}

// appendPieces adds the runs of w the extract holds, their ends marked open where the
// edge cut the way.
func appendPieces(pieces []ringPiece, d *osmData, w *osm.Way, inner bool) []ringPiece {
	cur := ringPiece{inner: inner}
	flush := func() {
		if len(cur.line) >= 2 {
			pieces = append(pieces, cur)
		}
		cur = ringPiece{inner: inner}
	}
	for i, wn := range w.Nodes {
		p, ok := d.node(wn.ID)
		if !ok {
			if len(cur.line) > 0 {
				cur.openLast = true
				flush()
			}
			continue
		}
		if len(cur.line) == 0 {
			cur.first, cur.openFirst = wn.ID, i > 0
		}
		cur.line = append(cur.line, p)
		cur.last = wn.ID
	}
	flush()
	return pieces
}

// joinPieces joins pieces that share end nodes into chains, extending each chain at its
// end and then at its start until no piece continues it. A chain whose first and last
// nodes are the same is a closed ring.
func joinPieces(pieces []ringPiece) []ringPiece {
	ends := make(map[osm.NodeID][]int, 2*len(pieces))
	for i, p := range pieces {
		if !p.openFirst {
			ends[p.first] = append(ends[p.first], i)
		}
		if !p.openLast && p.last != p.first {
			ends[p.last] = append(ends[p.last], i)
		}
	}
	used := make([]bool, len(pieces))
	take := func(node osm.NodeID, inner bool) int {
		for _, i := range ends[node] {
			if !used[i] && pieces[i].inner == inner {
				used[i] = true
				return i
			}
		}
		return -1
	}
	var chains []ringPiece
	for i := range pieces {
		if used[i] {
			continue
		}
		used[i] = true
		c := pieces[i]
		c.line = append(orb.LineString(nil), c.line...)
		for !c.openLast && !c.closed() {
			j := take(c.last, c.inner)
			if j < 0 {
				break
			}
			p := pieces[j]
			if p.first == c.last && !p.openFirst {
				c.line = append(c.line, p.line[1:]...)
				c.last, c.openLast = p.last, p.openLast
			} else {
				c.line = append(c.line, reversed(p.line)[1:]...)
				c.last, c.openLast = p.first, p.openFirst
			}
		}
		for !c.openFirst && !c.closed() {
			j := take(c.first, c.inner)
			if j < 0 {
				break
			}
			p := pieces[j]
			if p.last == c.first && !p.openLast {
				c.line = append(append(orb.LineString(nil), p.line[:len(p.line)-1]...), c.line...)
				c.first, c.openFirst = p.first, p.openFirst
			} else {
				r := reversed(p.line)
				c.line = append(append(orb.LineString(nil), r[:len(r)-1]...), c.line...)
				c.first, c.openFirst = p.last, p.openLast
			}
		}
		chains = append(chains, c)
	}
	return chains
}

// joinNearest joins open chains into one, each followed by the chain (either way
// round) whose start is nearest its end.
func joinNearest(chains []orb.LineString) orb.LineString {
	out := append(orb.LineString(nil), chains[0]...)
	left := chains[1:]
	for len(left) > 0 {
		end := out[len(out)-1]
		best, bestD, flip := 0, math.Inf(1), false
		for i, c := range left {
			if d := planar.DistanceSquared(end, c[0]); d < bestD {
				best, bestD, flip = i, d, false
			}
			if d := planar.DistanceSquared(end, c[len(c)-1]); d < bestD {
				best, bestD, flip = i, d, true
			}
		}
		c := left[best]
		if flip {
			c = reversed(c)
		}
		out = append(out, c...)
		left = append(left[:best:best], left[best+1:]...)
	}
	return out
}

// reversed returns a reversed copy of ls.
func reversed(ls orb.LineString) orb.LineString {
	r := make(orb.LineString, len(ls))
	for i, p := range ls {
		r[len(ls)-1-i] = p
	}
	return r
}
