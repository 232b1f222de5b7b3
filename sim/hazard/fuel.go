package hazard

import (
	"fmt"
	"strconv"
	"strings"
)

// Stand defaults of the FBP System for the inputs some fuel types need, used when a
// map or fuel table does not give them: the defaults of the FBP System's reference
// implementations (Wotton et al. 2009; the cffdrs package of the Canadian Forest
// Service).
const (
	// DefaultPercentConifer is M-1/M-2's share of conifers, %.
	DefaultPercentConifer = 50
	// DefaultPercentDeadFir is M-3/M-4's share of dead balsam fir, %.
	DefaultPercentDeadFir = 35
	// DefaultGrassCuring is O-1a/O-1b's degree of curing, %: grass in the spring and
	// autumn fire seasons, mostly dead.
	DefaultGrassCuring = 85
	// DefaultGrassLoad is O-1's fuel load, kg/m² (Wotton et al. 2009).
	DefaultGrassLoad = 0.35
)

// Fuel is what burns on a cell: an FBP fuel type with the stand inputs the mixed and
// grass types need.
type Fuel struct {
	Type FuelType
	// PC is the percent conifer of M-1 and M-2.
	PC float64
	// PDF is the percent dead balsam fir of M-3 and M-4.
	PDF float64
	// Curing is the percent cured of O-1a and O-1b grass, GrassLoad their fuel load in
	// kg/m².
	Curing, GrassLoad float64
}

// NewFuel returns a fuel of type t with the FBP System's default stand inputs.
func NewFuel(t FuelType) Fuel {
	return Fuel{Type: t, PC: DefaultPercentConifer, PDF: DefaultPercentDeadFir, Curing: DefaultGrassCuring, GrassLoad: DefaultGrassLoad}
}

// Burns reports whether fire spreads through the fuel.
func (f Fuel) Burns() bool { return f.Type.Burns() }

// String returns the fuel as a fuel table writes it: "C-2", "M-1 (60 PC)", "M-3 (35
// PDF)", "O-1b (85% cured)".
func (f Fuel) String() string {
	switch f.Type {
	case M1, M2:
		return fmt.Sprintf("%s (%g PC)", f.Type, f.PC)
	case M3, M4:
		return fmt.Sprintf("%s (%g PDF)", f.Type, f.PDF)
	case O1a, O1b:
		return fmt.Sprintf("%s (%g%% cured)", f.Type, f.Curing)
	}
	return f.Type.String()
}

// check returns an error when a percentage of the fuel is outside 0–100.
func (f Fuel) check() error {
	if f.Type >= fuelTypeCount {
		return fmt.Errorf("hazard: fuel type %d is not an FBP fuel type", f.Type)
	}
	for _, p := range [...]struct {
		name  string
		value float64
	}{{"percent conifer", f.PC}, {"percent dead fir", f.PDF}, {"grass curing", f.Curing}} {
		if !(p.value >= 0 && p.value <= 100) {
			return fmt.Errorf("hazard: fuel %s has %s %v; give 0–100", f.Type, p.name, p.value)
		}
	}
	if !(f.GrassLoad > 0 && f.GrassLoad <= 100) && (f.Type == O1a || f.Type == O1b) {
		return fmt.Errorf("hazard: fuel %s has grass load %v kg/m²; give a load above 0", f.Type, f.GrassLoad)
	}
	return nil
}

// ParseFuel reads a fuel as the FBP System's fuel tables write it (the Prometheus /
// Cell2Fire lookup tables): an FBP code, "C-2", "O-1a", "NF", "WA", "Non-fuel",
// "Water", optionally with its stand input in parentheses or after a space: "M-1 (25
// PC)", "M-3 (30 PDF)", "O-1b (60% cured)", "M-2 70". A seasonal pair, "D-1/D-2",
// "M-1/M-2 (25 PC)" or "M-3/M-4 (50 PDF)", stands for its leafless type before green-up
// and its green one after (green true). Inputs not given take the FBP defaults. It
// returns an error naming the text otherwise.
func ParseFuel(text string, green bool) (Fuel, error) {
	code, param := strings.TrimSpace(text), ""
	if i := strings.IndexAny(code, "( "); i >= 0 {
		code, param = code[:i], strings.Trim(strings.TrimSpace(code[i:]), "()")
	}
	if a, b, ok := strings.Cut(code, "/"); ok {
		code = a
		if green {
			code = b
		}
	}
	t, err := ParseFuelType(code)
	if err != nil {
		return Fuel{}, fmt.Errorf("hazard: fuel %q: %q is not an FBP fuel type; write a code such as C-2, M-1 (50 PC), O-1b or NF", text, code)
	}
	f := NewFuel(t)
	if param == "" {
		return f, nil
	}
	digits := strings.TrimRightFunc(param, func(r rune) bool { return r != '.' && (r < '0' || r > '9') })
	digits = strings.TrimLeftFunc(digits, func(r rune) bool { return r != '.' && (r < '0' || r > '9') })
	value, err := strconv.ParseFloat(digits, 64)
	if err != nil {
		return Fuel{}, fmt.Errorf("hazard: fuel %q: %q holds no percentage; write it as in \"M-1 (50 PC)\"", text, param)
	}
	switch t {
	case M1, M2:
		f.PC = value
	case M3, M4:
		f.PDF = value
	case O1a, O1b:
		f.Curing = value
	default:
		return Fuel{}, fmt.Errorf("hazard: fuel %q: %s takes no percentage (only M-1 to M-4 and O-1 do)", text, t)
	}
	if err := f.check(); err != nil {
		return Fuel{}, fmt.Errorf("hazard: fuel %q: %w", text, err)
	}
	return f, nil
}

// landcoverFuels is the one table from the fuel names of a map's landcover
// (maps.Landcover.Fuel, from its `fuel` property or its OSM landuse/natural tag) to
// FBP fuel types. The FBP types were built for Canada's forests; these are the
// nearest in structure and fire behaviour to the stands of a hill township in southern
// China, the choice a Canadian fire behaviour analyst makes for a landscape outside the
// types' range:
//
//	landcover  leafless / green   why
//	forest     M-1 / M-2, 50 PC   species unknown: mixed conifer and broadleaf, the usual hill forest
//	conifer    C-6                plantations of Chinese fir, Masson pine and cypress: even-aged, closed, crown base ~7 m
//	broadleaf  D-1 / D-2          broadleaf litter under a hardwood canopy
//	bamboo     D-1 / D-2          bamboo groves burn in their leaf litter like hardwood stands
//	shrub      O-1b               the FBP System has no shrub type; scrub with a cured grass layer
//	grass      O-1b               standing grass
//	farmland   O-1a               stubble and fallow: matted, flattened grass
//	none       NF                 no fuel
//	water      WA                 open water
//
// Leafless types apply before green-up (the spring and autumn fire seasons, when most
// forest fires of southern China burn); the green ones after it. A landcover's fuel may
// also name an FBP code directly ("C-3", "M-1 (70 PC)"), which ParseFuel reads.
var landcoverFuels = []struct {
	name            string
	leafless, green FuelType
}{
	{"forest", M1, M2},
	{"conifer", C6, C6},
	{"broadleaf", D1, D2},
	{"bamboo", D1, D2},
	{"shrub", O1b, O1b},
	{"grass", O1b, O1b},
	{"farmland", O1a, O1a},
	{"none", NonFuel, NonFuel},
	{"water", Water, Water},
}

// LandcoverFuel returns the FBP fuel for a map landcover's fuel name (see
// landcoverFuels: "forest", "conifer", "broadleaf", "bamboo", "shrub", "grass",
// "farmland", "none", "water"; case and spaces ignored) or for an FBP code it carries
// ("C-3", "M-1 (70 PC)"), before green-up or after it (green). It returns an error
// listing the names otherwise.
func LandcoverFuel(name string, green bool) (Fuel, error) {
	key := strings.ToLower(strings.TrimSpace(name))
	for _, lf := range landcoverFuels {
		if lf.name == key {
			if green {
				return NewFuel(lf.green), nil
			}
			return NewFuel(lf.leafless), nil
		}
	}
	if f, err := ParseFuel(name, green); err == nil {
		return f, nil
	}
	names := make([]string, len(landcoverFuels))
	for i, lf := range landcoverFuels {
		names[i] = lf.name
	}
	return Fuel{}, fmt.Errorf("hazard: unknown fuel %q; use one of %s, or an FBP fuel type such as C-2", name, strings.Join(names, ", "))
}
