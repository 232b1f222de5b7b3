package ui

import (
	"image"
	"testing"
)

func TestLabelPlacerAvoidsOverlaps(t *testing.T) {
	bounds := image.Rect(0, 0, 400, 300)
	var p LabelPlacer
	a := &Label{Text: "福宝社区", Beside: true, w: 56, h: 14}
	b := &Label{Text: "福宝中学", Beside: true, w: 56, h: 14}
	c := &Label{Text: "福宝镇卫生院", Beside: true, w: 84, h: 14}
	ra, ok := p.Place(a, 100, 100, bounds)
	if !ok {
		t.Fatal("the first label found no place on an empty map")
	}
	rb, ok := p.Place(b, 100, 100, bounds)
	if !ok {
		t.Fatal("a second label at the same point found no place though three sides are free")
	}
	if ra.Overlaps(rb) {
		t.Errorf("labels overlap: %v and %v", ra, rb)
	}
	rc, ok := p.Place(c, 100, 100, bounds)
	if ok && (rc.Overlaps(ra) || rc.Overlaps(rb)) {
		t.Errorf("third label %v overlaps %v or %v", rc, ra, rb)
	}
	centred := &Label{Text: "玉兰村", w: 42, h: 14}
	if _, ok := p.Place(centred, 100, 100, bounds); ok {
		t.Error("a centred label was placed over the labels already there")
	}
	p.Reset()
	if _, ok := p.Place(centred, 100, 100, bounds); !ok {
		t.Error("after Reset a centred label found no place on an empty map")
	}
}

func TestLabelPlacerKeepsLabelsOnScreen(t *testing.T) {
	var p LabelPlacer
	l := &Label{Text: "东", Beside: true, w: 14, h: 14}
	r, ok := p.Place(l, 395, 150, image.Rect(0, 0, 400, 300))
	if !ok {
		t.Fatal("no place found near the right edge though the left side is free")
	}
	if r.Max.X > 400 {
		t.Errorf("label %v runs off the right edge", r)
	}
}
