package hazard

import (
	"fmt"
	"strings"
)

// Fuel is what grows on a cell and can burn: the fuel names a map's landcover carries
// (maps.Landcover.Fuel), and NoFuel for roads, water, bare rock and built-up ground.
type Fuel uint8

const (
	NoFuel Fuel = iota
	// Forest is woodland of unknown or mixed species (OSM landuse=forest, natural=wood).
	Forest
	// Conifer is pine, fir or cypress forest.
	Conifer
	// Broadleaf is broadleaved (evergreen or deciduous) forest.
	Broadleaf
	// Bamboo is a bamboo grove.
	Bamboo
	// Shrub is scrub and heath.
	Shrub
	// Grass is grassland and meadow.
	Grass
	// Farmland is cropland, orchards and vineyards.
	Farmland
	fuelCount
)

// fuelTraits is how a fuel burns in the fire automaton.
type fuelTraits struct {
	name string
	// vegetation and density are Alexandridis et al. (2008) p_veg and p_den.
	vegetation, density float64
	// burnSteps is how many automaton steps a cell of this fuel burns.
	burnSteps uint8
}

// fuels maps drillsim's fuels onto the vegetation classes of Alexandridis et al. 2008
// (Table 1: p_veg agricultural −0.3, thickets 0, pines +0.4; p_den sparse −0.4, normal 0,
// dense +0.3). The choices:
//   - conifer: pines, normal density — the paper's most flammable class;
//   - forest (species unknown, usually mixed in Sichuan's hills): thickets, dense — between
//     broadleaf and conifer, erring to the flammable side;
//   - broadleaf: thickets, normal — moister litter than pine, no resin;
//   - bamboo: thickets, dense — closely packed culms;
//   - shrub: thickets, normal — the paper's own scrub class;
//   - grass: agricultural, normal — light fuel that carries fire but burns out at once;
//   - farmland: agricultural, sparse — crops, fallow and bare soil between.
//
// Burn durations (steps of Fire.StepSeconds, 2 min on a 30 m grid): timber 3 steps, bamboo
// and shrub 2, grass and farmland 1.
var fuels = [fuelCount]fuelTraits{
	NoFuel:    {name: "none"},
	Forest:    {name: "forest", vegetation: 0, density: 0.3, burnSteps: 3},
	Conifer:   {name: "conifer", vegetation: 0.4, density: 0, burnSteps: 3},
	Broadleaf: {name: "broadleaf", vegetation: 0, density: 0, burnSteps: 3},
	Bamboo:    {name: "bamboo", vegetation: 0, density: 0.3, burnSteps: 2},
	Shrub:     {name: "shrub", vegetation: 0, density: 0, burnSteps: 2},
	Grass:     {name: "grass", vegetation: -0.3, density: 0, burnSteps: 1},
	Farmland:  {name: "farmland", vegetation: -0.3, density: -0.4, burnSteps: 1},
}

// String returns the fuel's name as a map's landcover writes it: "conifer", "grass", and
// "none" for NoFuel.
func (f Fuel) String() string {
	if f < fuelCount {
		return fuels[f].name
	}
	return "unknown fuel"
}

// ParseFuel returns the fuel a landcover's fuel name stands for ("forest", "conifer",
// "broadleaf", "bamboo", "shrub", "grass", "farmland" or "none"; case and surrounding
// spaces ignored), and an error listing the names it knows otherwise.
func ParseFuel(name string) (Fuel, error) {
	key := strings.ToLower(strings.TrimSpace(name))
	for f := range fuelCount {
		if fuels[f].name == key {
			return f, nil
		}
	}
	names := make([]string, 0, fuelCount)
	for f := range fuelCount {
		names = append(names, fuels[f].name)
	}
	return NoFuel, fmt.Errorf("hazard: unknown fuel %q; use one of %s", name, strings.Join(names, ", "))
}

// spreadFactor returns (1 + p_veg)(1 + p_den): how much more readily than the paper's
// reference fuel a cell of fuel f catches fire; 0 for NoFuel.
func (f Fuel) spreadFactor() float64 {
	if f == NoFuel || f >= fuelCount {
		return 0
	}
	t := fuels[f]
	return (1 + t.vegetation) * (1 + t.density)
}
