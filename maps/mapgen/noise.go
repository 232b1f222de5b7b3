package mapgen

import "math"

// valueNoise is seeded, smooth 2-D value noise: random values on an integer lattice,
// blended with a quintic fade. It is a pure function of the seed and the position, so
// every cell of a DEM can be computed independently and in any order.
type valueNoise struct {
	seed uint64
}

// lattice returns the pseudo-random value in [-1, 1] at lattice point (ix, iy).
func (n valueNoise) lattice(ix, iy int64) float64 {
	h := n.seed ^ uint64(ix)*0x9E3779B97F4A7C15 ^ uint64(iy)*0xC2B2AE3D27D4EB4F
	// splitmix64 finaliser
	h ^= h >> 30
	h *= 0xBF58476D1CE4E5B9
	h ^= h >> 27
	h *= 0x94D049BB133111EB
	h ^= h >> 31
	return float64(h>>11)/float64(1<<52) - 1
}

// at returns the noise in [-1, 1] at (x, y) in lattice units.
func (n valueNoise) at(x, y float64) float64 {
	fx, fy := math.Floor(x), math.Floor(y)
	ix, iy := int64(fx), int64(fy)
	tx, ty := fade(x-fx), fade(y-fy)
	a := n.lattice(ix, iy)
	b := n.lattice(ix+1, iy)
	c := n.lattice(ix, iy+1)
	d := n.lattice(ix+1, iy+1)
	ab := a + (b-a)*tx
	cd := c + (d-c)*tx
	return ab + (cd-ab)*ty
}

// fade is the quintic 6t⁵-15t⁴+10t³, whose first and second derivatives vanish at 0 and 1.
func fade(t float64) float64 { return t * t * t * (t*(t*6-15) + 10) }

// smoothstep is 3t²-2t³ with t clamped to [0, 1].
func smoothstep(t float64) float64 {
	if t <= 0 {
		return 0
	}
	if t >= 1 {
		return 1
	}
	return t * t * (3 - 2*t)
}
