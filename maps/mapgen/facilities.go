package mapgen

import (
	"math"

	"github.com/paulmach/orb"
)

// shelter is a place evacuees go, with how many it holds.
type shelter struct {
	name, typ string
	at        orb.Point
	capacity  int
}

// station is a base of responders and the units based there.
type station struct {
	name, typ string
	at        orb.Point
	units     map[string]int
}

// depot is a materials store and its stock.
type depot struct {
	name  string
	at    orb.Point
	stock map[string]int
}

// loudspeaker is a village broadcast loudspeaker (大喇叭).
type loudspeaker struct {
	name    string
	at      orb.Point
	radiusM float64
}

// Loudspeaker coverage: hamlet loudspeakers are added, biggest uncovered hamlet first,
// until this share of buildings hears one. Remote groups stay uncovered, as they are
// in real townships, and are warned by phone or door to door.
const (
	speakerCoverageGoal = 0.85
	hamletSpeakerRadius = 350.0
)

// layoutLoudspeakers adds loudspeakers at hamlets to the town and committee ones
// until most, but not all, buildings are covered.
func (t *tile) layoutLoudspeakers() {
	covered := make([]bool, len(t.buildings))
	n := 0
	cover := func(s loudspeaker) {
		r2 := s.radiusM * s.radiusM
		for i := range t.buildings {
			if !covered[i] && dist2(t.buildings[i].centre, s.at) <= r2 {
				covered[i] = true
				n++
			}
		}
	}
	for _, s := range t.speakers {
		cover(s)
	}
	used := make([]bool, len(t.hamlets))
	for float64(n) < speakerCoverageGoal*float64(len(t.buildings)) {
		best, bestGain := -1, 0
		for h := range t.hamlets {
			if used[h] || t.hamlets[h].houses == 0 {
				continue
			}
			gain := 0
			r2 := hamletSpeakerRadius * hamletSpeakerRadius
			for i := range t.buildings {
				if !covered[i] && dist2(t.buildings[i].centre, t.hamlets[h].centre) <= r2 {
					gain++
				}
			}
			if gain > bestGain {
				best, bestGain = h, gain
			}
		}
		if best < 0 {
			return
		}
		used[best] = true
		s := loudspeaker{name: t.hamlets[best].name + "广播", at: t.hamlets[best].centre, radiusM: hamletSpeakerRadius}
		t.speakers = append(t.speakers, s)
		cover(s)
	}
}

// dist2 is the squared planar distance between two points in metres.
func dist2(a, b orb.Point) float64 {
	dx, dy := a[0]-b[0], a[1]-b[1]
	return dx*dx + dy*dy
}

// dist is the planar distance between two points in metres.
func dist(a, b orb.Point) float64 { return math.Sqrt(dist2(a, b)) }
