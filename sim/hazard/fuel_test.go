package hazard

import (
	"math"
	"strings"
	"testing"
)

func TestParseFuelReadsFuelTables(t *testing.T) {
	for _, c := range []struct {
		text  string
		green bool
		want  Fuel
	}{
		{"C-2", false, NewFuel(C2)},
		{"c2", false, NewFuel(C2)},
		{" O-1a ", false, NewFuel(O1a)},
		{"NF", false, NewFuel(NonFuel)},
		{"Non-fuel", false, NewFuel(NonFuel)},
		{"WA", false, NewFuel(Water)},
		{"M-1 (25 PC)", false, Fuel{Type: M1, PC: 25, PDF: DefaultPercentDeadFir, Curing: DefaultGrassCuring, GrassLoad: DefaultGrassLoad}},
		{"M-1/M-2 (65 PC)", true, Fuel{Type: M2, PC: 65, PDF: DefaultPercentDeadFir, Curing: DefaultGrassCuring, GrassLoad: DefaultGrassLoad}},
		{"M-3/M-4 (50 PDF)", false, Fuel{Type: M3, PC: DefaultPercentConifer, PDF: 50, Curing: DefaultGrassCuring, GrassLoad: DefaultGrassLoad}},
		{"D-1/D-2", true, NewFuel(D2)},
		{"O-1b (60% cured)", false, Fuel{Type: O1b, PC: DefaultPercentConifer, PDF: DefaultPercentDeadFir, Curing: 60, GrassLoad: DefaultGrassLoad}},
	} {
		got, err := ParseFuel(c.text, c.green)
		if err != nil {
			t.Errorf("ParseFuel(%q): %v", c.text, err)
			continue
		}
		if got != c.want {
			t.Errorf("ParseFuel(%q, %v) = %+v, want %+v", c.text, c.green, got, c.want)
		}
	}
	for _, bad := range []string{"", "C-9", "M-1 (140 PC)", "C-2 (40 PC)", "M-1 (lots)"} {
		if _, err := ParseFuel(bad, false); err == nil || !strings.Contains(err.Error(), "fuel") {
			t.Errorf("ParseFuel(%q): %v, want an error naming the fuel", bad, err)
		}
	}
}

func TestLandcoverFuelTable(t *testing.T) {
	for _, c := range []struct {
		name            string
		leafless, green FuelType
	}{
		{"forest", M1, M2}, {"Conifer", C6, C6}, {"broadleaf", D1, D2}, {"bamboo", D1, D2},
		{"shrub", O1b, O1b}, {"grass", O1b, O1b}, {"farmland", O1a, O1a}, {"none", NonFuel, NonFuel},
		{"C-3", C3, C3}, {"M-1/M-2 (70 PC)", M1, M2},
	} {
		for green, want := range map[bool]FuelType{false: c.leafless, true: c.green} {
			f, err := LandcoverFuel(c.name, green)
			if err != nil || f.Type != want {
				t.Errorf("LandcoverFuel(%q, green %v) = %v, %v; want %v", c.name, green, f.Type, err, want)
			}
		}
	}
	if _, err := LandcoverFuel("lava", false); err == nil || !strings.Contains(err.Error(), "forest") {
		t.Errorf("unknown landcover fuel: %v, want an error listing the names", err)
	}
}

// TestGreenAspenNeedsADroughtToBurn checks D-2 (Wotton et al. 2009): no spread below
// BUI 80, a fifth of leafless aspen's rate above it.
func TestGreenAspenNeedsADroughtToBurn(t *testing.T) {
	w := FireWeather{WindKmh: 20, FFMC: 92, BUI: 60, FMC: DefaultFMC}
	if p := fbpPredict(NewFuel(D2), w, 0, 0); p.ROS != 0 {
		t.Errorf("D-2 at BUI 60 spreads at %v m/min", p.ROS)
	}
	w.BUI = 100
	d1, d2 := fbpPredict(NewFuel(D1), w, 0, 0), fbpPredict(NewFuel(D2), w, 0, 0)
	if math.Abs(d2.ROS/d1.ROS-0.2) > 1e-12 {
		t.Errorf("D-2 runs at %v of D-1 at BUI 100, want 0.2", d2.ROS/d1.ROS)
	}
}

// TestEllipseRateTracesTheEllipse checks the rate along a ray from the ignition point
// against the ellipse it stands for: head and back rates straight ahead and behind, and
// every ray ending on the ellipse with centre (ros−bros)/2 and semi-axes (ros+bros)/2
// and fros.
func TestEllipseRateTracesTheEllipse(t *testing.T) {
	ros, bros, lb := 16.0, 1.0, 2.5
	fros := (ros + bros) / (2 * lb)
	if r := ellipseRate(ros, bros, fros, 1, 0); math.Abs(r-ros) > 1e-12 {
		t.Errorf("ahead: %v, want %v", r, ros)
	}
	if r := ellipseRate(ros, bros, fros, -1, 0); math.Abs(r-bros) > 1e-12 {
		t.Errorf("behind: %v, want %v", r, bros)
	}
	a, c := (ros+bros)/2, (ros-bros)/2
	for k := range 36 {
		phi := float64(k) * math.Pi / 18
		r := ellipseRate(ros, bros, fros, math.Cos(phi), math.Sin(phi))
		x, y := r*math.Cos(phi), r*math.Sin(phi)
		if on := (x-c)*(x-c)/(a*a) + y*y/(fros*fros); math.Abs(on-1) > 1e-9 {
			t.Errorf("ray at %.0f°: point (%.3f, %.3f) off the ellipse (%.6f)", phi*180/math.Pi, x, y, on)
		}
	}
	if r := ellipseRate(5, 5, 5, 0.6, 0.8); math.Abs(r-5) > 1e-12 {
		t.Errorf("circle: %v, want 5", r)
	}
}

func FuzzParseFuel(f *testing.F) {
	for _, s := range []string{"C-2", "M-1/M-2 (25 PC)", "O-1b (60% cured)", "NF", "M-3 30", "d1/d2"} {
		f.Add(s, false)
	}
	f.Fuzz(func(t *testing.T, text string, green bool) {
		fuel, err := ParseFuel(text, green)
		if err == nil && fuel.check() != nil {
			t.Fatalf("ParseFuel(%q) = %+v, which is out of range: %v", text, fuel, fuel.check())
		}
	})
}
