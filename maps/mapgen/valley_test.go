package mapgen

import (
	"math"
	"testing"

	"github.com/paulmach/orb"
)

func TestProfileRisesFromTheRiverToTheRidge(t *testing.T) {
	prev := profile(0, 700)
	if prev >= 0 {
		t.Fatalf("profile at the centreline %g, want below the bed line", prev)
	}
	for d := 5.0; d <= floodplainEdge+slopeSpan+500; d += 5 {
		h := profile(d, 700)
		if h < prev {
			t.Fatalf("profile falls at %g m: %g after %g", d, h, prev)
		}
		prev = h
	}
	if prev != 700 {
		t.Errorf("profile beyond the ridge %g, want the full rise 700", prev)
	}
	if h := profile(floodplainEdge, 700); h != floodplainRise {
		t.Errorf("profile at the floodplain edge %g, want %g", h, floodplainRise)
	}
}

func TestRiverIsPinnedAtTileEdgesAndSlopeMatches(t *testing.T) {
	v := testCounty(1, 3).valleys[0]
	if v.riverY(-tileHalfWidth) != 0 || v.riverY(tileHalfWidth) != 0 {
		t.Errorf("river at the tile edges: %g, %g; want exactly 0", v.riverY(-tileHalfWidth), v.riverY(tileHalfWidth))
	}
	for x := -4900.0; x < 4900; x += 370 {
		num := (v.riverY(x+0.01) - v.riverY(x-0.01)) / 0.02
		if d := math.Abs(num - v.riverSlope(x)); d > 1e-4 {
			t.Errorf("riverSlope(%g) = %g, numeric %g", x, v.riverSlope(x), num)
		}
	}
	if v.bed(-tileHalfWidth) <= v.bed(tileHalfWidth) {
		t.Error("river bed must fall eastwards")
	}
}

func TestHeightIsLowestAtTheRiverAcrossTheValley(t *testing.T) {
	v := testCounty(1, 8).valleys[0]
	for x := -4800.0; x <= 4800; x += 400 {
		river := v.height(v.at(x, 0))
		for _, off := range []float64{-2000, -600, -200, -60, 60, 200, 600, 2000} {
			if h := v.height(v.at(x, off)); h <= river {
				t.Errorf("x=%g: ground %g m from the river at %.1f m is not above the river at %.1f m", x, off, h, river)
			}
		}
	}
}

func TestStreamsRunFromSourceToARiverVertex(t *testing.T) {
	v := testCounty(1, 2).valleys[0]
	river := v.riverCourse(-tileHalfWidth, tileHalfWidth)
	for i := range v.streams {
		s := &v.streams[i]
		c := v.course(s)
		mouth := c[len(c)-1]
		found := false
		for _, p := range river {
			found = found || p == mouth
		}
		if !found {
			t.Errorf("stream %s ends at %v, not on a river vertex", s.name, mouth)
		}
		if h0, h1 := v.height(c[0]), v.height(mouth); h0 <= h1+100 {
			t.Errorf("stream %s source %.0f m is not well above its mouth %.0f m", s.name, h0, h1)
		}
		if math.Copysign(1, v.offset(c[0])) != s.side {
			t.Errorf("stream %s rises on the wrong bank", s.name)
		}
	}
}

func TestBandIsAClosedCounterClockwiseRing(t *testing.T) {
	v := testCounty(1, 2).valleys[0]
	r := v.band(-100, 230, func(float64) float64 { return 100 }, func(float64) float64 { return 200 })
	if r[0] != r[len(r)-1] {
		t.Fatal("ring is not closed")
	}
	if r[0] != v.at(-100, 100) || r[len(r)/2-1] != v.at(230, 100) {
		t.Error("ring must start and turn at the exact end points")
	}
	area := 0.0
	for i := 1; i < len(r); i++ {
		area += r[i-1][0]*r[i][1] - r[i][0]*r[i-1][1]
	}
	if area <= 0 {
		t.Error("ring is clockwise")
	}
}

func TestStreamsRunInTheirSideValleys(t *testing.T) {
	for seed := uint64(1); seed <= 3; seed++ {
		v := testCounty(1, seed).valleys[0]
		for i := range v.streams {
			s := &v.streams[i]
			lower := 0
			samples := 0
			for a := 600.0; a < s.length-300; a += 100 {
				p := v.at(s.streamX(a), s.side*a)
				h := v.height(p)
				samples++
				if h < v.height(orb.Point{p[0] - 150, p[1]}) && h < v.height(orb.Point{p[0] + 150, p[1]}) {
					lower++
				}
			}
			if lower < samples*3/4 {
				t.Errorf("seed %d stream %s: lower than the ground 150 m either side at only %d of %d points", seed, s.name, lower, samples)
			}
		}
	}
}
