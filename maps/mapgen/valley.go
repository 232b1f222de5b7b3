package mapgen

import (
	"math"
	"math/rand/v2"

	"github.com/paulmach/orb"
)

// Tile geometry, in metres. A town is one tile; a county is a grid of them.
const (
	tileHalfWidth  = 5000.0 // west-east half extent
	tileHalfHeight = 4000.0 // south-north half extent
	latticeStep    = 25.0   // spacing of river and trunk-road vertices along x
	channelHalf    = 40.0   // half width of the river channel
	floodplainEdge = 300.0  // distance from the river where the valley sides start
	floodplainRise = 6.0    // height of the floodplain edge above the river bed
	slopeSpan      = 2800.0 // horizontal distance from floodplain edge to ridge top
	bedDropPerTile = 45.0   // river bed drop across one tile, west to east
	lowestBed      = 255.0  // river bed at the county's east edge
)

// valley is the terrain of one town-sized tile: a river winding west to east along a
// valley floor between ridges, and side valleys carrying streams down to the river.
// Layout works in tile-local metres; the curvilinear frame (x, v), with v the
// northward offset from the river centreline at the same x, keeps streets parallel to
// the river and makes identical (x, v) pairs give bit-identical vertices.
type valley struct {
	centre   orb.Point // tile centre in county metres
	meanders [2]meander
	bedWest  float64 // river bed height at the tile's west edge
	bedEast  float64
	streams  []stream
	noise    valueNoise
}

// meander is one sine component of the river's course.
type meander struct{ amp, wavelength, phase float64 }

// stream is a side valley's watercourse, running from its source down to the river.
type stream struct {
	name       string
	mouthX     float64 // tile-local x where it meets the river, on the lattice
	side       float64 // +1 north bank, -1 south bank
	length     float64 // offset from the river of its source, metres
	driftAmp   float64 // sideways wander of its course
	driftPhase float64
}

// newValley draws a tile's river course and streams. bedWest/bedEast set the river's
// descent so that tiles in a row join into one river falling eastwards.
func newValley(rng *rand.Rand, centre orb.Point, bedWest, bedEast float64, noise valueNoise) *valley {
	v := &valley{centre: centre, bedWest: bedWest, bedEast: bedEast, noise: noise}
	v.meanders[0] = meander{amp: 450 + 250*rng.Float64(), wavelength: 5200 + 1600*rng.Float64(), phase: 2 * math.Pi * rng.Float64()}
	v.meanders[1] = meander{amp: 120 + 100*rng.Float64(), wavelength: 1900 + 600*rng.Float64(), phase: 2 * math.Pi * rng.Float64()}
	for _, s := range streamSites {
		v.streams = append(v.streams, stream{
			name:       s.name,
			mouthX:     s.mouthX,
			side:       s.side,
			length:     2200 + 900*rng.Float64(),
			driftAmp:   (60 + 90*rng.Float64()) * float64(1-2*rng.IntN(2)),
			driftPhase: math.Pi * (0.2 + 0.6*rng.Float64()),
		})
	}
	return v
}

// streamSites places the side streams on village boundaries, where side valleys
// naturally divide one village from the next.
var streamSites = []struct {
	name   string
	mouthX float64
	side   float64
}{
	{"石龙沟", -2800, 1}, {"白鹿溪", -1200, 1}, {"高洞沟", 1200, 1}, {"银杏溪", 3000, 1},
	{"青杠沟", -2600, -1}, {"龙井溪", -1200, -1}, {"桂花沟", 1200, -1}, {"天堂溪", 2800, -1},
}

// riverY is the river centreline's tile-local y at x. The envelope pins it to y=0 at
// the tile's west and east edges so neighbouring tiles join.
func (v *valley) riverY(x float64) float64 {
	if math.Abs(x) == tileHalfWidth {
		return 0 // exactly, so the tiles' shared edge vertices coincide
	}
	k := math.Pi / (2 * tileHalfWidth)
	s := 0.0
	for _, m := range v.meanders {
		s += m.amp * math.Sin(2*math.Pi*x/m.wavelength+m.phase)
	}
	return math.Cos(k*x) * s
}

// riverSlope is dy/dx of the centreline at x.
func (v *valley) riverSlope(x float64) float64 {
	k := math.Pi / (2 * tileHalfWidth)
	s, ds := 0.0, 0.0
	for _, m := range v.meanders {
		w := 2 * math.Pi / m.wavelength
		s += m.amp * math.Sin(w*x+m.phase)
		ds += m.amp * w * math.Cos(w*x+m.phase)
	}
	return -k*math.Sin(k*x)*s + math.Cos(k*x)*ds
}

// bed is the river bed height at x: linear, falling eastwards, extrapolated beyond the tile.
func (v *valley) bed(x float64) float64 {
	return v.bedWest + (v.bedEast-v.bedWest)*(x+tileHalfWidth)/(2*tileHalfWidth)
}

// at returns the tile-local point at x with northward offset off from the river.
func (v *valley) at(x, off float64) orb.Point { return orb.Point{x, v.riverY(x) + off} }

// offset returns the curvilinear v of a tile-local point: its northward offset from the river.
func (v *valley) offset(p orb.Point) float64 { return p[1] - v.riverY(p[0]) }

// streamX is the x of a stream's course at offset a (≥0) from the river.
func (s *stream) streamX(a float64) float64 {
	return s.mouthX + s.driftAmp*(math.Sin(math.Pi*a/s.length+s.driftPhase)-math.Sin(s.driftPhase))
}

// course returns the stream's polyline from its source down to its mouth on the river,
// one vertex every lattice step of offset.
func (v *valley) course(s *stream) orb.LineString {
	n := int(s.length / latticeStep)
	ls := make(orb.LineString, 0, n+1)
	for i := n; i >= 0; i-- {
		a := float64(i) * latticeStep
		x := s.streamX(a)
		ls = append(ls, v.at(x, s.side*a))
	}
	return ls
}

// profile is the valley cross-section: height above the river bed at distance d from
// the centreline, for valley sides that rise by rise metres to the ridge.
func profile(d, rise float64) float64 {
	switch {
	case d < channelHalf:
		t := d / channelHalf
		return -3 * (1 - t*t)
	case d < floodplainEdge:
		return floodplainRise * math.Pow((d-channelHalf)/(floodplainEdge-channelHalf), 1.5)
	default:
		return floodplainRise + (rise-floodplainRise)*smoothstep((d-floodplainEdge)/slopeSpan)
	}
}

// height returns the ground height at a tile-local point.
func (v *valley) height(p orb.Point) float64 {
	x := p[0]
	off := p[1] - v.riverY(x)
	sl := v.riverSlope(x)
	d := math.Abs(off) / math.Sqrt(1+sl*sl)
	base := v.bed(x)
	gx, gy := p[0]+v.centre[0], p[1]+v.centre[1]
	ridge := 870 + 260*v.noise.at(gx/4200, gy/4200)
	rise := math.Max(ridge-base, 200)
	h := profile(d, rise)

	// Side valleys: carve along each stream on this bank.
	carveMax, gMax := 0.0, 0.0
	above := math.Max(h-floodplainRise, 0)
	a := math.Abs(off)
	for i := range v.streams {
		s := &v.streams[i]
		if s.side*off <= 0 {
			continue
		}
		w := 70 + 0.08*a
		if math.Abs(x-s.mouthX) > 2*math.Abs(s.driftAmp)+4*w {
			continue // too far for the stream's widest wander: skip the sine
		}
		dx := x - s.streamX(a)
		if math.Abs(dx) > 4*w {
			continue
		}
		g := math.Exp(-(dx / w) * (dx / w))
		if a > s.length {
			e := (a - s.length) / 300
			g *= math.Exp(-e * e)
		}
		if g > gMax {
			gMax = g
			carveMax = 0.7 * above * g
		}
	}
	// Roughness grows with height above the floodplain, so the valley floor stays
	// smooth and nothing dips below the river.
	rough := 0.0
	if above > 0 {
		n := 90*v.noise.at(gx/1200+17.3, gy/1200) + 35*v.noise.at(gx/500-5.1, gy/500+9.7) + 12*v.noise.at(gx/200+3.3, gy/200-7.9)
		rough = n * math.Min(above/150, 1) * (1 - 0.9*gMax)
	}
	return base + h - carveMax + rough
}

// grade returns the ground slope (rise over run) at a tile-local point.
func (v *valley) grade(p orb.Point) float64 {
	const e = 10.0
	dx := (v.height(orb.Point{p[0] + e, p[1]}) - v.height(orb.Point{p[0] - e, p[1]})) / (2 * e)
	dy := (v.height(orb.Point{p[0], p[1] + e}) - v.height(orb.Point{p[0], p[1] - e})) / (2 * e)
	return math.Hypot(dx, dy)
}

// downhill returns the unit vector pointing downhill at a tile-local point.
func (v *valley) downhill(p orb.Point) orb.Point {
	const e = 10.0
	dx := (v.height(orb.Point{p[0] + e, p[1]}) - v.height(orb.Point{p[0] - e, p[1]})) / (2 * e)
	dy := (v.height(orb.Point{p[0], p[1] + e}) - v.height(orb.Point{p[0], p[1] - e})) / (2 * e)
	n := math.Hypot(dx, dy)
	if n == 0 {
		return orb.Point{0, 0}
	}
	return orb.Point{-dx / n, -dy / n}
}

// riverCourse returns the river's polyline across [x0, x1], west to east, one vertex
// per lattice step.
func (v *valley) riverCourse(x0, x1 float64) orb.LineString {
	n := int(math.Round((x1 - x0) / latticeStep))
	ls := make(orb.LineString, 0, n+1)
	for i := 0; i <= n; i++ {
		ls = append(ls, v.at(x0+float64(i)*latticeStep, 0))
	}
	return ls
}

// band returns the closed counter-clockwise ring between the offset curves lo(x) and
// hi(x) (lo < hi) for x from x0 to x1, with a vertex at least every 50 m.
func (v *valley) band(x0, x1 float64, lo, hi func(x float64) float64) orb.Ring {
	n := max(int(math.Ceil((x1-x0)/(2*latticeStep))), 1)
	xs := make([]float64, n+1)
	for i := range xs {
		xs[i] = x0 + (x1-x0)*float64(i)/float64(n)
	}
	xs[n] = x1
	r := make(orb.Ring, 0, 2*n+3)
	for _, x := range xs {
		r = append(r, v.at(x, lo(x)))
	}
	for i := n; i >= 0; i-- {
		r = append(r, v.at(xs[i], hi(xs[i])))
	}
	return append(r, r[0])
}
