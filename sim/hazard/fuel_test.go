package hazard

import (
	"math"
	"strings"
	"testing"
)

func TestParseFuelKnowsTheMapsFuelNames(t *testing.T) {
	for _, name := range []string{"forest", "conifer", "broadleaf", "bamboo", "shrub", "grass", "farmland", "none"} {
		f, err := ParseFuel(name)
		if err != nil {
			t.Errorf("ParseFuel(%q): %v", name, err)
			continue
		}
		if f.String() != name {
			t.Errorf("ParseFuel(%q).String() = %q", name, f)
		}
	}
	if f, err := ParseFuel(" Conifer "); err != nil || f != Conifer {
		t.Errorf("ParseFuel with case and spaces = %v, %v", f, err)
	}
	_, err := ParseFuel("tundra")
	if err == nil || !strings.Contains(err.Error(), `"tundra"`) || !strings.Contains(err.Error(), "farmland") {
		t.Errorf("unknown fuel: error %v, want it to quote the name and list the choices", err)
	}
}

func TestFuelSpreadFactorsFollowThePaper(t *testing.T) {
	want := map[Fuel]float64{
		NoFuel: 0, Forest: 1.3, Conifer: 1.4, Broadleaf: 1, Bamboo: 1.3, Shrub: 1,
		Grass: 0.7, Farmland: 0.7 * 0.6,
	}
	for f := range fuelCount {
		if got := f.spreadFactor(); math.Abs(got-want[f]) > 1e-12 {
			t.Errorf("%s spreads with factor %v, want %v", f, got, want[f])
		}
		if f != NoFuel && fuels[f].burnSteps == 0 {
			t.Errorf("%s burns for 0 steps", f)
		}
	}
	if Fuel(99).String() != "unknown fuel" || Fuel(99).spreadFactor() != 0 {
		t.Error("an out-of-range fuel must read as unknown and not burn")
	}
}
