package mapgen

import "math/rand/v2"

// Household-size weights for 1..8 residents. Old-town households are larger; rural
// households have more elderly and children left behind.
var (
	townSizes    = [8]float64{4, 14, 24, 24, 16, 9, 5, 4}
	oldTownSizes = [8]float64{2, 8, 18, 24, 20, 14, 8, 6}
	ruralSizes   = [8]float64{5, 14, 22, 24, 17, 10, 5, 3}
)

// Share of residents who are elderly, children or disabled.
const (
	townVulnerableShare  = 0.25
	ruralVulnerableShare = 0.36
)

// maxHousehold is the most residents one building gets.
const maxHousehold = len(townSizes)

// assignPopulation gives every house 1..8 residents drawn from its area's household
// sizes, then nudges random houses up or down by one until the total is exactly target
// (clamped to what the houses can hold), and draws the vulnerable among the residents.
// Public buildings get one resident on duty and no vulnerable.
func assignPopulation(rng *rand.Rand, bs []building, target int) {
	var houses []int
	total := 0
	for i := range bs {
		b := &bs[i]
		if b.use != useHouse {
			b.population, b.vulnerable = 1, 0
			total++
			continue
		}
		sizes := &ruralSizes
		switch {
		case b.oldTown:
			sizes = &oldTownSizes
		case b.hamlet < 0:
			sizes = &townSizes
		}
		b.population = 1 + pickWeighted(rng, sizes[:])
		total += b.population
		houses = append(houses, i)
	}
	if len(houses) == 0 {
		return
	}
	public := len(bs) - len(houses)
	target = min(max(target, public+len(houses)), public+maxHousehold*len(houses))
	for diff := target - total; diff != 0; {
		b := &bs[houses[rng.IntN(len(houses))]]
		switch {
		case diff > 0 && b.population < maxHousehold:
			b.population++
			diff--
		case diff < 0 && b.population > 1:
			b.population--
			diff++
		}
	}
	for _, i := range houses {
		b := &bs[i]
		p := townVulnerableShare
		if b.hamlet >= 0 {
			p = ruralVulnerableShare
		}
		b.vulnerable = 0
		for k := 0; k < b.population; k++ {
			if rng.Float64() < p {
				b.vulnerable++
			}
		}
	}
}

// pickWeighted returns an index drawn with probability proportional to its weight.
func pickWeighted(rng *rand.Rand, weights []float64) int {
	sum := 0.0
	for _, w := range weights {
		sum += w
	}
	r := rng.Float64() * sum
	for i, w := range weights {
		if r < w {
			return i
		}
		r -= w
	}
	return len(weights) - 1
}
