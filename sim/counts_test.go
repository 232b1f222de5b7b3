package sim

import "testing"

// TestVillageCountsAddUpToTheTown plays the combined drill with its reference orders
// and checks, every hour, that each village's figures add up to its residents and
// that the villages' figures, with those of the buildings in no village, are the
// town's: a village's cadres see their own share of the town, no more, no less.
func TestVillageCountsAddUpToTheTown(t *testing.T) {
	w := referenceWorld(t, "combined")
	var villages []Counts
	for !w.Done() {
		w.Step()
		if w.Now()%3600 != 0 {
			continue
		}
		villages = w.VillageCounts(villages)
		if len(villages) != len(w.town.Villages) {
			t.Fatalf("%d villages' figures for %d villages", len(villages), len(w.town.Villages))
		}
		var sum, outside Counts
		for i := range w.people.groups {
			if g := &w.people.groups[i]; g.village < 0 {
				w.countGroup(&outside, g)
			}
		}
		for i, c := range villages {
			if c.Unwarned+c.Warned+c.Moving+c.Sheltered+c.Casualties != c.Residents || c.Residents != int(w.people.villagePop[i]) {
				t.Fatalf("t=%d: %s's figures do not add up to its %d residents: %+v", w.Now(), w.town.Villages[i].Name, w.people.villagePop[i], c)
			}
			sum.Residents += c.Residents
			sum.Sheltered += c.Sheltered
			sum.InDanger += c.InDanger
			sum.Casualties += c.Casualties
		}
		town := w.Counts()
		if sum.Residents+outside.Residents != town.Residents || sum.Sheltered+outside.Sheltered != town.Sheltered ||
			sum.InDanger+outside.InDanger != town.InDanger || sum.Casualties+outside.Casualties != town.Casualties {
			t.Fatalf("t=%d: the villages' figures %+v and the rest %+v are not the town's %+v", w.Now(), sum, outside, town)
		}
	}
}
