package hazard

import (
	"math"
	"slices"
	"strings"
	"testing"

	"drillsim/maps"
)

// planeAndFloor is a plane falling 5 m per 10 m cell (26.6°) eastward from 100 m in
// column 0 to a level floor at 0 m from column 20 on, 41 rows and 160 columns: H = 100 m
// from the top of the plane to the floor.
func planeAndFloor() *maps.Terrain {
	g := flatGrid(160, 41, 10)
	for i := range g.Elev {
		g.Elev[i] = float32(max(0, 100-5*float64(i%g.Cols)))
	}
	return g
}

// topSource is a 3×3 block at the top of the plane, 3 m deep, its crown the middle cell
// of column 0.
func topSource(g *maps.Terrain) []SlideSource {
	var src []SlideSource
	for col := range 3 {
		for row := 19; row <= 21; row++ {
			src = append(src, SlideSource{Cell: g.Index(col, row), DepthM: 3})
		}
	}
	return src
}

func runout(t *testing.T, g *maps.Terrain, src []SlideSource, opt RunoutOptions) Deposit {
	t.Helper()
	r, err := NewRunouts(g)
	if err != nil {
		t.Fatal(err)
	}
	d, err := r.Run(src, opt)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// TestRunoutLengthIsHeightOverTanReachAngle slides down an inclined plane onto a flat
// floor: from the crown the debris runs H / tan α (Heim's energy line) and no farther,
// within one cell, at 12°, 15° and 20°.
func TestRunoutLengthIsHeightOverTanReachAngle(t *testing.T) {
	g := planeAndFloor()
	for _, angle := range []float64{12, 15, 20} {
		d := runout(t, g, topSource(g), RunoutOptions{ReachAngleDeg: angle})
		want := 100 / math.Tan(angle*math.Pi/180)
		if math.Abs(d.RunoutM-want) > g.Cell {
			t.Errorf("reach angle %v°: runout %.1f m from the crown, H/tan α = %.1f m", angle, d.RunoutM, want)
		}
		if toe := float64(d.Toe%g.Cols) * g.Cell; math.Abs(toe-want) > g.Cell {
			t.Errorf("reach angle %v°: toe %.0f m east of the crown, want %.1f m", angle, toe, want)
		}
		if d.Crown != g.Index(0, 19) {
			t.Errorf("crown at cell %d, want the first of the top cells, %d", d.Crown, g.Index(0, 19))
		}
	}
}

// TestRunoutCrossesAOneCellPit digs a one-cell pit 3 m deep in the debris's path, on the
// plane and on the floor: the runout is as long as without it.
func TestRunoutCrossesAOneCellPit(t *testing.T) {
	g := planeAndFloor()
	clean := runout(t, g, topSource(g), RunoutOptions{ReachAngleDeg: 15})
	for _, col := range []int{10, 40} {
		pit := planeAndFloor()
		pit.Elev[pit.Index(col, 20)] -= 3
		d := runout(t, pit, topSource(pit), RunoutOptions{ReachAngleDeg: 15})
		if math.Abs(d.RunoutM-clean.RunoutM) > g.Cell {
			t.Errorf("pit in column %d: runout %.0f m, %.0f m without the pit", col, d.RunoutM, clean.RunoutM)
		}
	}
}

// TestRunoutConservesVolume checks the deposit holds the source volume (within 1 %,
// here to rounding), left where the ground is gentler than the reach angle: on the floor
// (all but the thin fringes, under MinFlowThicknessM, that stop on the 26.6° plane).
func TestRunoutConservesVolume(t *testing.T) {
	g := planeAndFloor()
	d := runout(t, g, topSource(g), RunoutOptions{ReachAngleDeg: 15})
	if want := 9 * 3 * g.Cell * g.Cell; d.VolumeM3 != want {
		t.Errorf("volume %v m³, want %v", d.VolumeM3, want)
	}
	sum, floor := 0.0, 0.0
	for i, c := range d.Cells {
		v := float64(d.DepthM[i]) * g.Cell * g.Cell
		sum += v
		if int(c)%g.Cols >= 20 {
			floor += v
		}
	}
	if math.Abs(sum/d.VolumeM3-1) > 1e-4 {
		t.Errorf("deposit holds %.1f m³ of %.1f m³", sum, d.VolumeM3)
	}
	if floor < 0.9*sum {
		t.Errorf("only %.0f of %.0f m³ came to rest on the floor", floor, sum)
	}
	if !slices.IsSorted(d.Cells) {
		t.Error("cells not in ascending order")
	}
}

// TestReachAngleFromVolumeFollowsCorominas checks the regression log10(H/L) = 0.047 −
// 0.085 log10 V at 10⁴ m³ (H/L = 0.509, 27.0°) and 10⁶ m³ (0.344, 19.0°), and that a
// runout given no angle takes it.
func TestReachAngleFromVolumeFollowsCorominas(t *testing.T) {
	for v, want := range map[float64]float64{1e4: math.Atan(math.Pow(10, 0.047-0.34)) * 180 / math.Pi, 1e6: math.Atan(math.Pow(10, 0.047-0.51)) * 180 / math.Pi} {
		if got := ReachAngleFromVolume(v); math.Abs(got-want) > 1e-9 {
			t.Errorf("ReachAngleFromVolume(%g) = %v, want %v", v, got, want)
		}
	}
	g := planeAndFloor()
	d := runout(t, g, topSource(g), RunoutOptions{})
	if want := ReachAngleFromVolume(2700); d.ReachAngleDeg != want {
		t.Errorf("runout took %v°, want %v° from 2,700 m³", d.ReachAngleDeg, want)
	}
	small, big := topSource(g), topSource(g)
	for i := range big {
		big[i].DepthM = 30
	}
	if a, b := runout(t, g, small, RunoutOptions{}), runout(t, g, big, RunoutOptions{}); b.RunoutM <= a.RunoutM {
		t.Errorf("ten times the volume ran %.0f m, no farther than %.0f m", b.RunoutM, a.RunoutM)
	}
}

// TestRunoutWidthFollowsTheTerrain slides the same source down an open plane and down a
// gully cut into it: the gully keeps the debris to its floor, the plane lets it fan out.
func TestRunoutWidthFollowsTheTerrain(t *testing.T) {
	open := planeAndFloor()
	gully := planeAndFloor()
	for i := range gully.Elev {
		gully.Elev[i] += float32(4 * math.Abs(float64(i/gully.Cols-20)))
	}
	width := func(d Deposit, g *maps.Terrain) int {
		rows := map[int]bool{}
		for _, c := range d.Cells {
			if int(c)%g.Cols == 15 {
				rows[int(c)/g.Cols] = true
			}
		}
		return len(rows)
	}
	a := runout(t, open, topSource(open), RunoutOptions{ReachAngleDeg: 15})
	b := runout(t, gully, topSource(gully), RunoutOptions{ReachAngleDeg: 15})
	if wo, wg := width(a, open), width(b, gully); wg >= wo || wg > 3 {
		t.Errorf("width 150 m down: %d cells on the open slope, %d in the gully", wo, wg)
	}
}

// TestRunoutStopsAtTheDesignersRunout caps the runout at 100 m beyond the source.
func TestRunoutStopsAtTheDesignersRunout(t *testing.T) {
	g := planeAndFloor()
	d := runout(t, g, topSource(g), RunoutOptions{ReachAngleDeg: 15, MaxRunoutM: 100})
	if d.RunoutM > 120+g.Cell*math.Sqrt2 {
		t.Errorf("capped runout reached %.0f m from the crown (source 20 m, cap 100 m beyond)", d.RunoutM)
	}
}

// TestRunoutOnLevelGroundStaysPut slides a source on level ground: it stays where it is.
func TestRunoutOnLevelGroundStaysPut(t *testing.T) {
	g := flatGrid(10, 10, 10)
	d := runout(t, g, []SlideSource{{g.Index(5, 5), 2}}, RunoutOptions{ReachAngleDeg: 20})
	if !slices.Equal(d.Cells, []int32{int32(g.Index(5, 5))}) || math.Abs(float64(d.DepthM[0])-2) > 1e-6 {
		t.Errorf("level ground: %v %v", d.Cells, d.DepthM)
	}
}

func TestRunoutRejectsBadInput(t *testing.T) {
	if _, err := NewRunouts(nil); err == nil {
		t.Error("NewRunouts(nil) succeeded")
	}
	g := planeAndFloor()
	r, err := NewRunouts(g)
	if err != nil {
		t.Fatal(err)
	}
	for name, c := range map[string]struct {
		src []SlideSource
		opt RunoutOptions
	}{
		"no source":      {nil, RunoutOptions{}},
		"outside":        {[]SlideSource{{-1, 2}}, RunoutOptions{}},
		"depth":          {[]SlideSource{{1, 0}}, RunoutOptions{}},
		"angle":          {[]SlideSource{{1, 2}}, RunoutOptions{ReachAngleDeg: 95}},
		"negative cap":   {[]SlideSource{{1, 2}}, RunoutOptions{MaxRunoutM: -5}},
		"infinite cap":   {[]SlideSource{{1, 2}}, RunoutOptions{MaxRunoutM: math.Inf(1)}},
		"NaN depth":      {[]SlideSource{{1, math.NaN()}}, RunoutOptions{}},
		"negative angle": {[]SlideSource{{1, 2}}, RunoutOptions{ReachAngleDeg: -3}},
	} {
		if _, err := r.Run(c.src, c.opt); err == nil || !strings.HasPrefix(err.Error(), "hazard: ") {
			t.Errorf("%s: %v", name, err)
		}
	}
	// A failed run leaves the buffers clean for the next.
	d := runout(t, g, topSource(g), RunoutOptions{ReachAngleDeg: 15})
	if d2, _ := r.Run(topSource(g), RunoutOptions{ReachAngleDeg: 15}); !slices.Equal(d.Cells, d2.Cells) {
		t.Error("a second run on the same Runouts differs")
	}
}
