package hazard

import (
	"fmt"
	"strings"
)

// FuelType is a fuel type of the Canadian Forest Fire Behavior Prediction (FBP) System
// (Forestry Canada Fire Danger Group 1992, "Development and structure of the Canadian
// Forest Fire Behavior Prediction System", Information Report ST-X-3, Table 1), with the
// D-2 type of Wotton, Alexander & Taylor (2009, "Updates and revisions to the 1992
// Canadian Forest Fire Behavior Prediction System", Information Report GLC-X-10), and the
// two codes that never burn: NonFuel (NF) and Water (WA).
type FuelType uint8

// The FBP fuel types.
const (
	NonFuel FuelType = iota // NF: rock, roads, built-up ground, bare soil
	Water                   // WA: open water
	C1                      // C-1 spruce–lichen woodland
	C2                      // C-2 boreal spruce
	C3                      // C-3 mature jack or lodgepole pine
	C4                      // C-4 immature jack or lodgepole pine
	C5                      // C-5 red and white pine
	C6                      // C-6 conifer plantation
	C7                      // C-7 ponderosa pine–Douglas-fir
	D1                      // D-1 leafless aspen
	D2                      // D-2 green aspen
	M1                      // M-1 boreal mixedwood, leafless
	M2                      // M-2 boreal mixedwood, green
	M3                      // M-3 dead balsam fir mixedwood, leafless
	M4                      // M-4 dead balsam fir mixedwood, green
	O1a                     // O-1a matted grass
	O1b                     // O-1b standing grass
	S1                      // S-1 jack or lodgepole pine slash
	S2                      // S-2 white spruce–balsam slash
	S3                      // S-3 coastal cedar–hemlock–Douglas-fir slash
	fuelTypeCount
)

// fbpCoefficients are a fuel type's constants in the FBP System: the rate of spread
// curve RSI = a (1 − e^(−b·ISI))^c (ST-X-3 eq. 26 and Table 6; M-3 and M-4 from Wotton
// et al. 2009 eq. 30 and 32), the buildup effect's BUIo and q (ST-X-3 eq. 54, Table 7),
// and the default crown base height CBH (m) and crown fuel load CFL (kg/m²) (ST-X-3
// Table 8). D-2 spreads on D-1's curve (Wotton et al. 2009).
type fbpCoefficients struct {
	code     string
	a, b, c  float64
	buiO, q  float64
	cbh, cfl float64
}

var fbpTypes = [fuelTypeCount]fbpCoefficients{
	NonFuel: {code: "NF"},
	Water:   {code: "WA"},
	C1:      {"C-1", 90, 0.0649, 4.5, 72, 0.9, 2, 0.75},
	C2:      {"C-2", 110, 0.0282, 1.5, 64, 0.7, 3, 0.8},
	C3:      {"C-3", 110, 0.0444, 3.0, 62, 0.75, 8, 1.15},
	C4:      {"C-4", 110, 0.0293, 1.5, 66, 0.8, 4, 1.2},
	C5:      {"C-5", 30, 0.0697, 4.0, 56, 0.8, 18, 1.2},
	C6:      {"C-6", 30, 0.0800, 3.0, 62, 0.8, 7, 1.8},
	C7:      {"C-7", 45, 0.0305, 2.0, 106, 0.85, 10, 0.5},
	D1:      {"D-1", 30, 0.0232, 1.6, 32, 0.9, 0, 0},
	D2:      {"D-2", 30, 0.0232, 1.6, 32, 0.9, 0, 0},
	M1:      {"M-1", 0, 0, 0, 50, 0.8, 6, 0.8},
	M2:      {"M-2", 0, 0, 0, 50, 0.8, 6, 0.8},
	M3:      {"M-3", 120, 0.0572, 1.4, 50, 0.8, 6, 0.8},
	M4:      {"M-4", 100, 0.0404, 1.48, 50, 0.8, 6, 0.8},
	O1a:     {"O-1a", 190, 0.0310, 1.4, 1, 1.0, 0, 0},
	O1b:     {"O-1b", 250, 0.0350, 1.7, 1, 1.0, 0, 0},
	S1:      {"S-1", 75, 0.0297, 1.3, 38, 0.75, 0, 0},
	S2:      {"S-2", 40, 0.0438, 1.7, 63, 0.75, 0, 0},
	S3:      {"S-3", 55, 0.0829, 3.2, 31, 0.75, 0, 0},
}

// String returns the type's FBP code, as in "C-2", "O-1a" or "NF".
func (t FuelType) String() string {
	if t < fuelTypeCount {
		return fbpTypes[t].code
	}
	return "unknown fuel type"
}

// Burns reports whether fire can spread through the type: every type but NonFuel and
// Water.
func (t FuelType) Burns() bool { return t > Water && t < fuelTypeCount }

// ParseFuelType returns the fuel type an FBP code names: "C-2", "c2", "O-1a", "D-1",
// "NF", "WA" (hyphens, spaces and case do not matter; "Non-fuel" and "Water" are
// accepted too). It returns an error listing the codes otherwise.
func ParseFuelType(code string) (FuelType, error) {
	key := fuelCodeKey(code)
	switch key {
	case "NONFUEL":
		return NonFuel, nil
	case "WATER":
		return Water, nil
	}
	for t := range fuelTypeCount {
		if fuelCodeKey(fbpTypes[t].code) == key {
			return t, nil
		}
	}
	codes := make([]string, 0, fuelTypeCount)
	for t := range fuelTypeCount {
		codes = append(codes, fbpTypes[t].code)
	}
	return NonFuel, fmt.Errorf("hazard: %q is not an FBP fuel type; use one of %s", code, strings.Join(codes, ", "))
}

// fuelCodeKey folds an FBP code for comparison: upper case without hyphens or spaces.
func fuelCodeKey(code string) string {
	return strings.NewReplacer("-", "", " ", "", "_", "").Replace(strings.ToUpper(strings.TrimSpace(code)))
}
