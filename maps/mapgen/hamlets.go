package mapgen

import (
	"math"

	"github.com/paulmach/orb"
)

// hamlet is a village group (组): a cluster of houses along one road.
type hamlet struct {
	name    string
	village int
	centre  orb.Point // set once its houses are placed
	houses  int
}

// villageLayout is the road skeleton of one village, kept for placing its hamlets.
type villageLayout struct {
	trunk     orb.LineString   // the trunk road stretch the village road leaves from
	keys      []orb.Point      // the switchback key points of the village road
	branches  []orb.LineString // side roads along the slope
	branchIDs []int            // their indices in the tile's roads, named after their hamlets
	footpaths []orb.LineString // paths up to scattered hamlets
}

// groupNames numbers a village's groups (组) the way villages do; groups beyond the
// list share its last name, which no village plan reaches.
var groupNames = []string{"一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二", "十三", "十四", "十五"}

// villageRoadStart returns where village i's road leaves the town network, its side
// and its number of switchback legs.
func (t *tile) villageRoadStart(i int) (orb.Point, float64, int) {
	a := &t.villages[i]
	switch {
	case a.side == 0 && a.offMin > 0:
		return t.v.at(a.roadX, upperStreet), 1, 8
	case a.side == 0:
		return t.v.at(a.roadX, -trunkOffset), -1, 10
	default:
		return t.v.at(a.roadX, a.side*trunkOffset), a.side, 9
	}
}

// layoutVillageRoads lays village i's road: switchbacks up the slope from the valley,
// side roads along the slope from every second bend and a footpath onward from each
// side road's end.
func (t *tile) layoutVillageRoads(i int) {
	a := &t.villages[i]
	start, side, legs := t.villageRoadStart(i)
	keys := switchbacks(t.v, start, side, legs)
	lay := villageLayout{keys: keys}
	if a.side != 0 {
		lay.trunk = along(t.v, "", "", 0, a.roadX-350, a.roadX+350, a.side*trunkOffset).line
	}
	t.roads = append(t.roads, road{name: a.name + "村道", class: classVillage, speedKmh: 25, line: winding(t.rng, keys, 6)})

	dir := float64(1 - 2*t.rng.IntN(2))
	for k := 2; k < len(keys); k += 2 {
		dir = -dir
		from := keys[k]
		fromOff := t.v.offset(from)
		if idx, _ := villageAt(t.villages, from[0], fromOff); idx != i {
			continue
		}
		length := 350 + 350*t.rng.Float64()
		if dir < 0 {
			length = min(length, from[0]-a.xMin-150)
		} else {
			length = min(length, a.xMax-150-from[0])
		}
		if length < 150 {
			continue
		}
		branch := []orb.Point{from}
		for m := 1; float64(m)*100 <= length; m++ {
			branch = append(branch, t.v.at(from[0]+dir*100*float64(m), fromOff+side*8*float64(m)))
		}
		line := winding(t.rng, branch, 4)
		t.roads = append(t.roads, road{class: classVillage, speedKmh: 20, line: line})
		lay.branches = append(lay.branches, line)
		lay.branchIDs = append(lay.branchIDs, len(t.roads)-1)

		end := branch[len(branch)-1]
		endOff := t.v.offset(end)
		path := []orb.Point{end}
		drift := 30 * float64(1-2*t.rng.IntN(2))
		for m := 1; m <= 3; m++ {
			path = append(path, t.v.at(end[0]+drift*float64(m), endOff+side*90*float64(m)))
		}
		class := classFootway
		if len(lay.footpaths)%2 == 1 {
			class = classPath
		}
		pline := winding(t.rng, path, 3)
		t.roads = append(t.roads, road{name: a.name + "山间步道", class: class, speedKmh: 5, line: pline})
		lay.footpaths = append(lay.footpaths, pline)
	}
	t.layouts = append(t.layouts, lay)
	t.layoutOf[i] = len(t.layouts) - 1
}

// layoutVillage places village i's committee (its shelter and loudspeaker) and its
// hamlets: a ribbon along the trunk road, groups along the village road and each side
// road, and small groups at the footpaths' ends.
func (t *tile) layoutVillage(i int) {
	a := &t.villages[i]
	lay := &t.layouts[t.layoutOf[i]]
	t.placeCommittee(i, lay)
	hamletOf := func() int {
		t.hamlets = append(t.hamlets, hamlet{
			name:    a.name + groupNames[min(countHamlets(t.hamlets, i), len(groupNames)-1)] + "组",
			village: i,
		})
		return len(t.hamlets) - 1
	}
	if lay.trunk != nil {
		t.placeAlong(lay.trunk, 15+t.rng.IntN(16), i, hamletOf(), 60)
	}
	for _, seg := range [][2]int{{1, 4}, {5, 8}} {
		if seg[1] <= len(lay.keys) {
			t.placeAlong(orb.LineString(lay.keys[seg[0]:seg[1]]), 15+t.rng.IntN(11), i, hamletOf(), 60)
		}
	}
	for k, b := range lay.branches {
		h := hamletOf()
		t.roads[lay.branchIDs[k]].name = t.hamlets[h].name + "便道"
		t.placeAlong(b, 30+t.rng.IntN(21), i, h, 70)
	}
	for _, f := range lay.footpaths {
		t.placeAlong(f[len(f)/2:], 5+t.rng.IntN(6), i, hamletOf(), 45)
	}
}

// countHamlets returns how many hamlets village i has so far.
func countHamlets(hs []hamlet, village int) int {
	n := 0
	for _, h := range hs {
		if h.village == village {
			n++
		}
	}
	return n
}

// placeCommittee puts the village committee building beside the village road, with the
// village's activity-centre shelter and loudspeaker there. In the upland village above
// the town it also houses the forest fire team at the forest park's edge.
func (t *tile) placeCommittee(i int, lay *villageLayout) {
	a := &t.villages[i]
	at := -1
	for k := 1; k+1 < len(lay.keys) && at < 0; k++ {
		if idx, _ := villageAt(t.villages, lay.keys[k][0], t.v.offset(lay.keys[k])); idx != i {
			continue
		}
		at = t.placeNamed(orb.LineString(lay.keys[k:k+2]), i, a.name+"村委会", useCommittee, 12, 7)
	}
	if at < 0 {
		return
	}
	c := t.buildings[at].centre
	t.shelters = append(t.shelters, shelter{name: a.name + "活动中心", typ: "activity_centre", at: c, capacity: 120 + 10*t.rng.IntN(19)})
	t.speakers = append(t.speakers, loudspeaker{name: a.name + "村委会广播", at: c, radiusM: 500})
	if a.side == 0 && a.offMin > 0 {
		n := len(lay.keys)
		if f := t.placeNamed(orb.LineString(lay.keys[n-3:n-1]), i, t.prefix+"森林防火专业队", useFireTeam, 14, 9); f >= 0 {
			t.stations = append(t.stations, station{name: t.prefix + "森林防火专业队", typ: "fire_station", at: t.buildings[f].centre, units: map[string]int{"fire_team": 2}})
		}
	}
}

// placeNamed places one named public building beside a road line, close to it.
// It returns the building's index, or -1 when no site was found.
func (t *tile) placeNamed(line orb.LineString, village int, name, use string, hw, hh float64) int {
	for tries := 0; tries < 200; tries++ {
		i := t.rng.IntN(len(line) - 1)
		a, b := line[i], line[i+1]
		dx, dy := b[0]-a[0], b[1]-a[1]
		length := math.Hypot(dx, dy)
		s := t.rng.Float64()
		side := float64(1 - 2*t.rng.IntN(2))
		off := hh + 8 + 10*t.rng.Float64()
		c := orb.Point{a[0] + dx*s - side*off*dy/length, a[1] + dy*s + side*off*dx/length}
		angle := math.Atan2(dy, dx)
		if t.site(c, village, hw, hh, angle, false) {
			return t.add(building{name: name, use: use, centre: c, halfW: hw, halfH: hh, angle: angle, village: village, hamlet: -1})
		}
	}
	return -1
}
