package mapgen

import (
	"math"
	"testing"
)

func TestValueNoiseRangeAndContinuity(t *testing.T) {
	n := valueNoise{seed: 7}
	for i := 0; i < 2000; i++ {
		x, y := float64(i)*0.173, float64(i%37)*0.311
		v := n.at(x, y)
		if v < -1 || v > 1 {
			t.Fatalf("at(%g,%g) = %g, want within [-1,1]", x, y, v)
		}
		if d := math.Abs(n.at(x+1e-4, y) - v); d > 1e-2 {
			t.Fatalf("noise jumps by %g over 1e-4 at (%g,%g)", d, x, y)
		}
	}
	if n.at(3, 4) != n.lattice(3, 4) {
		t.Errorf("noise at a lattice point must equal the lattice value")
	}
}

func TestValueNoiseDependsOnSeed(t *testing.T) {
	a, b := valueNoise{seed: 1}, valueNoise{seed: 2}
	same := 0
	for i := int64(0); i < 100; i++ {
		if a.lattice(i, -i) == b.lattice(i, -i) {
			same++
		}
	}
	if same > 0 {
		t.Errorf("%d of 100 lattice values equal across seeds", same)
	}
}

func TestSmoothstepClamps(t *testing.T) {
	for _, c := range []struct{ in, want float64 }{{-1, 0}, {0, 0}, {0.5, 0.5}, {1, 1}, {2, 1}} {
		if got := smoothstep(c.in); got != c.want {
			t.Errorf("smoothstep(%g) = %g, want %g", c.in, got, c.want)
		}
	}
}
