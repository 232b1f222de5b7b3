package mapgen

import (
	"math/rand/v2"
	"testing"
)

func TestAssignPopulationHitsTheTarget(t *testing.T) {
	bs := make([]building, 1000)
	for i := range bs {
		bs[i] = building{use: useHouse, hamlet: i % 3}
		if i%3 == 0 {
			bs[i].hamlet = -1
		}
	}
	bs[0].use = useSchool
	assignPopulation(rand.New(rand.NewPCG(1, 1)), bs, 4500)
	total, vul := 0, 0
	for _, b := range bs {
		if b.population < 1 || b.population > 8 || b.vulnerable > b.population {
			t.Fatalf("building %+v out of range", b)
		}
		total += b.population
		vul += b.vulnerable
	}
	if total != 4500 {
		t.Errorf("total %d, want the target 4500", total)
	}
	if bs[0].population != 1 || bs[0].vulnerable != 0 {
		t.Errorf("public building got %d residents, %d vulnerable; want 1 on duty", bs[0].population, bs[0].vulnerable)
	}
	if share := float64(vul) / float64(total); share < 0.27 || share > 0.35 {
		t.Errorf("vulnerable share %.3f, want about 0.32", share)
	}
}

func TestAssignPopulationClampsAnUnreachableTarget(t *testing.T) {
	bs := make([]building, 10)
	for i := range bs {
		bs[i] = building{use: useHouse, hamlet: 0}
	}
	assignPopulation(rand.New(rand.NewPCG(1, 1)), bs, 1000)
	for _, b := range bs {
		if b.population != 8 {
			t.Fatalf("population %d, want every house full (8) when the target is out of reach", b.population)
		}
	}
}

func TestPickWeightedFollowsTheWeights(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 3))
	counts := [3]int{}
	for i := 0; i < 10000; i++ {
		counts[pickWeighted(rng, []float64{1, 0, 3})]++
	}
	if counts[1] != 0 || counts[2] < 2*counts[0] {
		t.Errorf("counts %v for weights 1:0:3", counts)
	}
}
