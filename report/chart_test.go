package report

import (
	"bytes"
	"image"
	"image/png"
	"testing"

	"drillsim/i18n"
)

// decodePNG decodes a chart's image.
func decodePNG(t *testing.T, c Chart) image.Image {
	t.Helper()
	img, err := png.Decode(bytes.NewReader(c.PNG))
	if err != nil {
		t.Fatalf("chart %s is not a PNG: %v", c.Name, err)
	}
	return img
}

// countNear counts the pixels within a few levels of the colour r, g, b.
func countNear(img image.Image, r, g, b uint8) int {
	n := 0
	bounds := img.Bounds()
	for y := bounds.Min.Y; y < bounds.Max.Y; y++ {
		for x := bounds.Min.X; x < bounds.Max.X; x++ {
			pr, pg, pb, _ := img.At(x, y).RGBA()
			if absDiff(uint8(pr>>8), r) < 8 && absDiff(uint8(pg>>8), g) < 8 && absDiff(uint8(pb>>8), b) < 8 {
				n++
			}
		}
	}
	return n
}

// absDiff is |a-b|.
func absDiff(a, b uint8) uint8 {
	if a > b {
		return a - b
	}
	return b - a
}

func TestChartsShowTheResults(t *testing.T) {
	needCJKFont(t)
	cs, err := newChartStyle()
	if err != nil {
		t.Fatal(err)
	}
	a := floodAssessment(t)
	timeline, err := a.timelineChart(cs, i18n.Chinese)
	if err != nil {
		t.Fatal(err)
	}
	img := decodePNG(t, timeline)
	// Ten applicable requirements: 3 met (green), 1 late (orange), 6 never done (red).
	if countNear(img, 46, 139, 87) == 0 || countNear(img, 220, 120, 0) == 0 || countNear(img, 200, 30, 30) == 0 {
		t.Error("the timeline lacks the green of met, the orange of late or the red of never-done duties")
	}
	if h := img.Bounds().Dy(); h < 300 {
		t.Errorf("the timeline of ten requirements is %d pixels high, too low to read", h)
	}
	response, err := a.responseChart(cs, i18n.English)
	if err != nil {
		t.Fatal(err)
	}
	if countNear(decodePNG(t, response), 150, 150, 150) == 0 {
		t.Error("the response chart has no grey bars for the time allowed")
	}
	people, err := a.peopleChart(cs, i18n.Chinese)
	if err != nil {
		t.Fatal(err)
	}
	if countNear(decodePNG(t, people), 46, 139, 87) == 0 {
		t.Error("the people chart has no sheltered line")
	}
}

func TestClockTicks(t *testing.T) {
	a := floodAssessment(t)
	ticks := clockTicks{a}.Ticks(0, 8*3600)
	if len(ticks) != 9 || ticks[0].Label != "22:00" || ticks[8].Label != "06:00" {
		t.Errorf("ticks of an 8-hour drill from 22:00: %+v", ticks)
	}
	if long := (clockTicks{a}).Ticks(0, 48*3600); len(long) > 11 {
		t.Errorf("a 48-hour axis has %d ticks, want at most 11", len(long))
	}
}
