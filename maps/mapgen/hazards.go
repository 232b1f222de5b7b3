package mapgen

import (
	"math"
	"sort"

	"github.com/paulmach/orb"
)

// Hazard kinds, as written in the `hazard` property.
const (
	hazardLandslide = "landslide"
	hazardFlood     = "flood"
	hazardFire      = "fire"
)

// Landslide siting, in metres and rise over run.
const (
	minLandslideGrade  = 0.36 // a landslide source is at least this steep (~20°)
	minRunout          = 100.0
	maxRunout          = 400.0
	minLandslideZones  = 6
	maxLandslideZones  = 8
	minLandslideHouses = 3
	landslideSpacing   = 300.0 // between zone centres
	maxSlideTurn       = 0.7   // cosine of the largest angle between the slide and the fall line
)

// hazardZone is a mapped hazard area and who it threatens.
type hazardZone struct {
	name, hazard string
	ring         orb.Ring
	households   int
	people       int
	runoutM      float64
}

// slide is a landslide source on a slope: an ellipse centred on centre, its long axis
// along the fall line down, and the corridor it runs out along.
type slide struct {
	centre     orb.Point
	down       orb.Point // unit vector down the fall line
	halfLength float64   // along down
	halfWidth  float64   // across
	runout     float64
}

// threatens reports whether p lies in the slide's path: within its width, from its top
// edge down to runout metres past its lower edge.
func (s *slide) threatens(p orb.Point) bool {
	dx, dy := p[0]-s.centre[0], p[1]-s.centre[1]
	along := dx*s.down[0] + dy*s.down[1]
	across := -dx*s.down[1] + dy*s.down[0]
	return math.Abs(across) <= s.halfWidth && along >= -s.halfLength && along <= s.halfLength+s.runout
}

// ring returns the slide source as a 16-gon.
func (s *slide) ring() orb.Ring {
	const n = 16
	r := make(orb.Ring, 0, n+1)
	for k := 0; k < n; k++ {
		a := 2 * math.Pi * float64(k) / n
		u, w := s.halfLength*math.Cos(a), s.halfWidth*math.Sin(a)
		r = append(r, orb.Point{s.centre[0] + u*s.down[0] - w*s.down[1], s.centre[1] + u*s.down[1] + w*s.down[0]})
	}
	return append(r, r[0])
}

// layoutHazards maps the landslide hazard points above hamlets, the flood-prone
// riverside blocks and the fire-risk belt at the forest park's edge, counting the
// households and people each threatens from the buildings actually there.
func (t *tile) layoutHazards() {
	t.layoutLandslides()
	p := t.prefix
	floods := []struct {
		name           string
		x0, x1, lo, hi float64
	}{
		{p + "福宝场镇滨河片区洪水风险区", -850, 850, 45, 190},
		{p + "南岸街洪水风险区", -560, 560, -230, -45},
	}
	for _, f := range floods {
		lo, hi := f.lo, f.hi
		z := hazardZone{name: f.name, hazard: hazardFlood,
			ring: t.v.band(f.x0, f.x1, func(float64) float64 { return lo }, func(float64) float64 { return hi })}
		t.count(&z, func(b *building) bool {
			off := t.v.offset(b.centre)
			return b.centre[0] >= f.x0 && b.centre[0] <= f.x1 && off >= lo && off <= hi
		})
		t.hazards = append(t.hazards, z)
	}
	const fireX, fireBelt = 1100.0, 250.0
	edge := func(x float64) float64 { return t.forestOffset(x, 1) }
	fire := hazardZone{name: p + "福宝国家森林公园林缘火险区", hazard: hazardFire,
		ring: t.v.band(-fireX, fireX, func(x float64) float64 { return edge(x) - fireBelt }, func(x float64) float64 { return edge(x) + fireBelt })}
	t.count(&fire, func(b *building) bool {
		return math.Abs(b.centre[0]) <= fireX && math.Abs(t.v.offset(b.centre)-edge(b.centre[0])) <= fireBelt
	})
	t.hazards = append(t.hazards, fire)
}

// count sets the zone's households and people from the buildings in it.
func (t *tile) count(z *hazardZone, in func(b *building) bool) {
	for i := range t.buildings {
		if b := &t.buildings[i]; b.use == useHouse && in(b) {
			z.households++
			z.people += b.population
		}
	}
}

// layoutLandslides finds, above each hamlet, the steepest slope within 200 m uphill of
// its highest house, sizes a landslide there running down towards the hamlet with a
// runout that reaches it, counts the houses below the source in its path, and keeps
// the ones that threaten most people — one per village first — sparing shelters,
// stations and depots.
func (t *tile) layoutLandslides() {
	type candidate struct {
		s      slide
		hamlet int
		z      hazardZone
	}
	var cands []candidate
	for h := range t.hamlets {
		hm := &t.hamlets[h]
		if hm.houses < 4 {
			continue
		}
		top, topH := orb.Point{}, math.Inf(-1)
		for i := range t.buildings {
			if b := &t.buildings[i]; b.hamlet == h {
				if z := t.v.height(b.centre); z > topH {
					top, topH = b.centre, z
				}
			}
		}
		// The slide runs from the source towards the hamlet, which must be downhill of it.
		down := t.v.downhill(hm.centre)
		best, bestGrade, reach, toHamlet := orb.Point{}, 0.0, 0.0, orb.Point{}
		for s := 40.0; s <= 200; s += 20 {
			q := orb.Point{top[0] - down[0]*s, top[1] - down[1]*s}
			g := t.v.grade(q)
			if g < minLandslideGrade || g <= bestGrade {
				continue
			}
			r := dist(hm.centre, q)
			dir := orb.Point{(hm.centre[0] - q[0]) / r, (hm.centre[1] - q[1]) / r}
			if fall := t.v.downhill(q); dir[0]*fall[0]+dir[1]*fall[1] < maxSlideTurn {
				continue
			}
			best, bestGrade, reach, toHamlet = q, g, r, dir
		}
		if bestGrade == 0 {
			continue
		}
		sl := slide{centre: best, down: toHamlet, halfLength: 50 + 30*t.rng.Float64(), halfWidth: 40 + 30*t.rng.Float64()}
		sl.runout = math.Round(min(max(reach-sl.halfLength+60, minRunout), maxRunout))
		z := hazardZone{name: hm.name + "滑坡隐患点", hazard: hazardLandslide, ring: sl.ring(), runoutM: sl.runout}
		source := t.v.height(best)
		t.count(&z, func(b *building) bool { return sl.threatens(b.centre) && t.v.height(b.centre) < source })
		if z.households < minLandslideHouses || t.threatensFacility(&sl) {
			continue
		}
		cands = append(cands, candidate{s: sl, hamlet: h, z: z})
	}
	sort.SliceStable(cands, func(i, j int) bool { return cands[i].z.people > cands[j].z.people })
	taken := make([]bool, len(cands))
	var chosen []slide
	perVillage := make([]int, len(t.villages))
	for pass := 1; pass <= 2; pass++ {
		for i, c := range cands {
			if taken[i] || len(chosen) >= maxLandslideZones || perVillage[t.hamlets[c.hamlet].village] >= pass {
				continue
			}
			if pass == 2 && len(chosen) >= minLandslideZones {
				break
			}
			near := false
			for _, s := range chosen {
				near = near || dist(s.centre, c.s.centre) < landslideSpacing
			}
			if near {
				continue
			}
			taken[i] = true
			chosen = append(chosen, c.s)
			perVillage[t.hamlets[c.hamlet].village]++
			t.hazards = append(t.hazards, c.z)
		}
	}
}

// threatensFacility reports whether a slide's path covers a shelter, station or depot.
func (t *tile) threatensFacility(s *slide) bool {
	for _, x := range t.shelters {
		if s.threatens(x.at) {
			return true
		}
	}
	for _, x := range t.stations {
		if s.threatens(x.at) {
			return true
		}
	}
	for _, x := range t.depots {
		if s.threatens(x.at) {
			return true
		}
	}
	return false
}
