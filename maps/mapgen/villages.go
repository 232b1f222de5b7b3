package mapgen

import (
	"fmt"
	"math"

	"github.com/paulmach/orb"
)

// Bands of the township's middle strip, in offsets from the river: the community
// (福宝社区) spans the valley around the town; upland villages lie above and below it.
const (
	middleHalfWidth = 1200.0
	communityTop    = 1200.0
	communityBottom = -800.0
)

// villageArea is one village (村) or the community (社区): a cell of the partition of a
// tile, in the curvilinear frame. Side villages run from the river to the tile edge on
// one bank; the middle strip is split into an upland village, the community, and a
// village across the river.
type villageArea struct {
	name, head, phone string
	community         bool
	side              float64 // +1 north bank, -1 south bank, 0 middle strip
	xMin, xMax        float64
	offMin, offMax    float64 // offset band (only for the middle strip)
	roadX             float64 // where its village road starts
	population        int
}

// villagePlan lists the township's villages with illustrative names, heads and phones.
// The heads are written 张XX and the phones 138xxxx0001 on purpose: they are not real.
func villagePlan(prefix string) []villageArea {
	inf := math.Inf(1)
	areas := []villageArea{
		{name: "福宝社区", community: true, side: 0, xMin: -middleHalfWidth, xMax: middleHalfWidth, offMin: communityBottom, offMax: communityTop},
		{name: "玉兰村", side: 0, xMin: -middleHalfWidth, xMax: middleHalfWidth, offMin: communityTop, offMax: inf, roadX: 0},
		{name: "大漕村", side: 0, xMin: -middleHalfWidth, xMax: middleHalfWidth, offMin: -inf, offMax: communityBottom, roadX: 0},
		{name: "石龙村", side: 1, xMin: -tileHalfWidth, xMax: -2800, roadX: -3900},
		{name: "白鹿村", side: 1, xMin: -2800, xMax: -middleHalfWidth, roadX: -2000},
		{name: "高洞村", side: 1, xMin: middleHalfWidth, xMax: 3000, roadX: 2100},
		{name: "银杏村", side: 1, xMin: 3000, xMax: tileHalfWidth, roadX: 4000},
		{name: "青杠村", side: -1, xMin: -tileHalfWidth, xMax: -2600, roadX: -3800},
		{name: "龙井村", side: -1, xMin: -2600, xMax: -middleHalfWidth, roadX: -1900},
		{name: "桂花村", side: -1, xMin: middleHalfWidth, xMax: 2800, roadX: 2000},
		{name: "天堂坝村", side: -1, xMin: 2800, xMax: tileHalfWidth, roadX: 3900},
	}
	surnames := []string{"张", "李", "王", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐"}
	mobile := []string{"138", "139", "135", "136", "137", "150", "151", "158", "159", "187", "188"}
	for i := range areas {
		areas[i].name = prefix + areas[i].name
		areas[i].head = surnames[i%len(surnames)] + "XX"
		areas[i].phone = fmt.Sprintf("%sxxxx%04d", mobile[i%len(mobile)], i+1)
	}
	return areas
}

// villageAt returns the index of the area holding a point given by x and its river
// offset, and how far the point is from the area's edges (in x or in offset).
func villageAt(areas []villageArea, x, off float64) (index int, margin float64) {
	for i := range areas {
		a := &areas[i]
		if x < a.xMin || x >= a.xMax {
			continue
		}
		var lo, hi float64
		switch {
		case a.side == 0:
			lo, hi = a.offMin, a.offMax
		case a.side > 0:
			lo, hi = 0, math.Inf(1)
		default:
			lo, hi = math.Inf(-1), 0
		}
		if off < lo || off >= hi {
			continue
		}
		m := min(x-a.xMin, a.xMax-x, off-lo, hi-off)
		return i, m
	}
	return -1, 0
}

// ring returns the area's boundary as a closed counter-clockwise ring in tile-local
// metres. Neighbouring areas share their boundary vertices exactly: each shared
// edge is built from the same (x, offset) pairs.
func (a *villageArea) ring(v *valley) orb.Ring {
	var r orb.Ring
	chain := func(x0, x1, off float64) {
		step := latticeStep * 2
		if x1 < x0 {
			step = -step
		}
		n := int(math.Round((x1 - x0) / step))
		for i := 0; i <= n; i++ {
			r = append(r, v.at(x0+float64(i)*step, off))
		}
	}
	top, bottom := tileHalfHeight, -tileHalfHeight
	switch {
	case a.side == 0 && a.community:
		chain(a.xMin, a.xMax, a.offMin)
		r = append(r, v.at(a.xMax, 0))
		chain(a.xMax, a.xMin, a.offMax)
		r = append(r, v.at(a.xMin, 0))
	case a.side == 0 && a.offMin > 0: // upland village above the community
		chain(a.xMin, a.xMax, a.offMin)
		r = append(r, orb.Point{a.xMax, top}, orb.Point{a.xMin, top})
	case a.side == 0: // village below the community, across the river
		r = append(r, orb.Point{a.xMin, bottom}, orb.Point{a.xMax, bottom})
		chain(a.xMax, a.xMin, a.offMax)
	case a.side > 0:
		chain(a.xMin, a.xMax, 0)
		if a.xMax == -middleHalfWidth {
			r = append(r, v.at(a.xMax, communityTop))
		}
		r = append(r, orb.Point{a.xMax, top}, orb.Point{a.xMin, top})
		if a.xMin == middleHalfWidth {
			r = append(r, v.at(a.xMin, communityTop))
		}
	default:
		r = append(r, orb.Point{a.xMin, bottom}, orb.Point{a.xMax, bottom})
		if a.xMax == -middleHalfWidth {
			r = append(r, v.at(a.xMax, communityBottom))
		}
		chain(a.xMax, a.xMin, 0)
		if a.xMin == middleHalfWidth {
			r = append(r, v.at(a.xMin, communityBottom))
		}
	}
	return append(r, r[0])
}
