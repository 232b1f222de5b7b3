package mapgen

import (
	"fmt"
	"math"
	"regexp"
	"testing"

	"github.com/paulmach/orb"
)

// vertexRoads maps every road vertex of a tile to the roads that have it.
func vertexRoads(tl *tile) map[orb.Point][]int {
	m := map[orb.Point][]int{}
	for i, r := range tl.roads {
		for _, p := range r.line {
			m[p] = append(m[p], i)
		}
	}
	return m
}

// sharedWithAnother reports whether p is a vertex of a road other than road.
func sharedWithAnother(m map[orb.Point][]int, p orb.Point, road int) bool {
	for _, r := range m[p] {
		if r != road {
			return true
		}
	}
	return false
}

func TestTownAlleysRunFromStreetToStreetAtSharedVertices(t *testing.T) {
	tl := laidTile()
	at := vertexRoads(tl)
	for _, band := range townAlleyBands {
		name := regexp.MustCompile(fmt.Sprintf("^%s[0-9]+巷$", band.name))
		alleys := 0
		for i, r := range tl.roads {
			if !name.MatchString(r.name) {
				continue
			}
			alleys++
			a, z := r.line[0], r.line[len(r.line)-1]
			if off := tl.v.offset(a); math.Abs(off-band.from) > 1e-6 || !sharedWithAnother(at, a, i) {
				t.Errorf("%s starts at offset %.1f, not on a vertex of the street at %g", r.name, off, band.from)
			}
			if off := tl.v.offset(z); math.Abs(off-band.to) > 1e-6 {
				t.Errorf("%s ends at offset %.1f, want %g", r.name, off, band.to)
			}
			if math.Abs(band.to) != landingOffset && !sharedWithAnother(at, z, i) {
				t.Errorf("%s ends at %v, which the street at %g does not have", r.name, z, band.to)
			}
			if r.class != band.class || r.speedKmh != band.speedKmh {
				t.Errorf("%s is %s at %g km/h, want the band's %s at %g", r.name, r.class, r.speedKmh, band.class, band.speedKmh)
			}
			for k := 1; k < len(r.line); k++ {
				if d := dist(r.line[k-1], r.line[k]); d > accessStep+1e-9 || d == 0 {
					t.Errorf("%s: vertices %d and %d are %.2f m apart, want (0, %g]", r.name, k-1, k, d, accessStep)
				}
			}
		}
		if alleys < 5 {
			t.Errorf("band %s has %d alleys, want at least 5", band.name, alleys)
		}
	}
}
