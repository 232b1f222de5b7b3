package mapgen

import (
	"math"
	"math/rand/v2"

	"github.com/paulmach/orb"
)

// Road classes with the free-flow speeds the generator gives them.
const (
	classCounty   = "secondary"
	classTown     = "tertiary"
	classStreet   = "residential"
	classVillage  = "unclassified"
	classFootway  = "footway"
	classPath     = "path"
	classLiving   = "living_street"
	classService  = "service"
	trunkOffset   = 320.0 // offset from the river of the valley trunk roads
	bridgeHalf    = 60.0  // a bridge spans offsets [-bridgeHalf, +bridgeHalf]
	windingStep   = 25.0  // vertex spacing of winding village roads
	switchbackRun = 120.0 // sideways reach of a switchback
	switchbackUp  = 160.0 // offset gained per switchback leg
)

// road is one road LineString in tile-local metres. Junctions are vertices shared
// exactly by every road that meets there.
type road struct {
	name     string
	class    string
	speedKmh float64
	bridge   bool
	line     orb.LineString
}

// along returns the road running parallel to the river at offset off, from x0 to x1,
// with a vertex on every lattice step so cross roads on the lattice meet it at a vertex.
func along(v *valley, name, class string, speed, x0, x1, off float64) road {
	n := int(math.Round((x1 - x0) / latticeStep))
	ls := make(orb.LineString, 0, n+1)
	for i := 0; i <= n; i++ {
		ls = append(ls, v.at(x0+float64(i)*latticeStep, off))
	}
	return road{name: name, class: class, speedKmh: speed, line: ls}
}

// across returns the road running north-south at x through the given offsets, with
// intermediate vertices at most maxStep apart.
func across(v *valley, name, class string, speed, x float64, offs ...float64) road {
	const maxStep = 30.0
	ls := orb.LineString{v.at(x, offs[0])}
	for i := 1; i < len(offs); i++ {
		n := int(math.Ceil(math.Abs(offs[i]-offs[i-1]) / maxStep))
		for k := 1; k <= n; k++ {
			off := offs[i-1] + (offs[i]-offs[i-1])*float64(k)/float64(n)
			if k == n {
				off = offs[i] // the key offset itself, bit for bit
			}
			ls = append(ls, v.at(x, off))
		}
	}
	return road{name: name, class: class, speedKmh: speed, line: ls}
}

// winding joins key points with a road that wanders a few metres sideways between
// them, a vertex every windingStep, as mountain roads do. The keys themselves stay
// exact, so junctions at keys are shared vertices.
func winding(rng *rand.Rand, keys []orb.Point, wander float64) orb.LineString {
	ls := orb.LineString{keys[0]}
	for i := 1; i < len(keys); i++ {
		a, b := keys[i-1], keys[i]
		dx, dy := b[0]-a[0], b[1]-a[1]
		length := math.Hypot(dx, dy)
		n := max(int(math.Ceil(length/windingStep)), 1)
		amp := wander * (2*rng.Float64() - 1)
		nx, ny := -dy/length, dx/length
		for k := 1; k < n; k++ {
			t := float64(k) / float64(n)
			s := amp * math.Sin(math.Pi*t)
			ls = append(ls, orb.Point{a[0] + dx*t + nx*s, a[1] + dy*t + ny*s})
		}
		ls = append(ls, b)
	}
	return ls
}

// bridgeCrossing returns the three roads of a river crossing at x: the approach from
// the south bank road, the bridge itself and the approach from the north bank road.
// The bridge shares only its two end vertices, one with each approach.
func bridgeCrossing(v *valley, name, class string, speed, x, southOff, northOff float64) []road {
	south := across(v, name+"南引道", class, speed, x, southOff, -bridgeHalf)
	bridge := across(v, name, class, speed, x, -bridgeHalf, bridgeHalf)
	bridge.bridge = true
	bridge.line = orb.LineString{bridge.line[0], bridge.line[len(bridge.line)-1]}
	north := across(v, name+"北引道", class, speed, x, bridgeHalf, northOff)
	return []road{south, bridge, north}
}

// switchbacks returns the key points of a village road climbing from start away from
// the river on the given side: legs alternate left and right as they gain offset.
func switchbacks(v *valley, start orb.Point, side float64, legs int) []orb.Point {
	x0, off0 := start[0], v.offset(start)
	keys := []orb.Point{start}
	for k := 1; k <= legs; k++ {
		dx := switchbackRun
		if k%2 == 1 {
			dx = -dx
		}
		keys = append(keys, v.at(x0+dx, off0+side*switchbackUp*float64(k)))
	}
	return keys
}
