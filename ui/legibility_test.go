package ui

import (
	"fmt"
	"image"
	"image/color"
	"math"
	"slices"
	"strings"
	"testing"

	"drillsim/scenarios"
)

// The legibility tests walk the window's screens, for every seat, at 100% and 200%,
// and read every text they draw: each fits its box or can be read whole (cut, it
// shows whole on hover and click), stays on its surface, is at least 14 pixels at
// 100%, and stands out from what is behind it by a contrast of 4.5:1 at least (WCAG
// AA), measured on the pixels drawn.

// minBodyPx and minContrast are the room's legibility: body text at 14 pixels at
// least, and a WCAG AA contrast.
const (
	minBodyPx   = 14
	minContrast = 4.5
)

// legibility gathers what the walk measured.
type legibility struct {
	texts       int
	minContrast float64
	worst       string
}

// check reads the texts of surfaces p drawn in screenshot img of screen name; the
// contrast of a text under a shade (a dialog, the help or the end screen over it) is
// not read, shadedAbove saying the surfaces are shaded by one drawn after them.
func (lg *legibility) check(t *testing.T, name string, img *image.RGBA, shadedAbove bool, panels ...*Panel) {
	t.Helper()
	for _, p := range panels {
		for _, d := range p.Texts {
			lg.texts++
			switch {
			case !d.Whole:
				t.Errorf("%s: %q does not fit %v and cannot be read whole", name, d.Text, d.Box)
			case d.Rect.Min.X < p.bounds.Min.X-1 || d.Rect.Max.X > p.bounds.Max.X+1:
				t.Errorf("%s: %q at %v runs off its surface %v", name, d.Text, d.Rect, p.bounds)
			case d.Size < minBodyPx:
				t.Errorf("%s: %q is drawn at %.0f px, under %d", name, d.Text, d.Size, minBodyPx)
			}
			r := p.rectToScreen(d.Rect).Intersect(img.Bounds())
			if r.Empty() || d.Shaded || shadedAbove {
				continue
			}
			bg := backgroundOf(img, r)
			c := contrast(d.Color, bg)
			if lg.minContrast == 0 || c < lg.minContrast {
				lg.minContrast, lg.worst = c, fmt.Sprintf("%s: %q, %v on %v", name, d.Text, d.Color, bg)
			}
			if c < minContrast {
				t.Errorf("%s: %q in %v on %v has a contrast of %.2f:1, under %.1f:1", name, d.Text, d.Color, bg, c, minContrast)
			}
		}
	}
}

// backgroundOf is the colour most pixels of r have in img: what a text is drawn on.
func backgroundOf(img *image.RGBA, r image.Rectangle) color.RGBA {
	count := map[color.RGBA]int{}
	var best color.RGBA
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			c := img.RGBAAt(x, y)
			count[c]++
			if count[c] > count[best] {
				best = c
			}
		}
	}
	return best
}

// contrast is the WCAG contrast ratio of two colours (the text's alpha ignored: text
// is drawn opaque).
func contrast(a color.Color, b color.RGBA) float64 {
	r, g, bl, _ := a.RGBA()
	la := luminance(float64(r>>8), float64(g>>8), float64(bl>>8))
	lb := luminance(float64(b.R), float64(b.G), float64(b.B))
	if la < lb {
		la, lb = lb, la
	}
	return (la + 0.05) / (lb + 0.05)
}

// luminance is the WCAG relative luminance of an sRGB colour of 0-255 channels.
func luminance(r, g, b float64) float64 {
	lin := func(c float64) float64 {
		c /= 255
		if c <= 0.03928 {
			return c / 12.92
		}
		return math.Pow((c+0.055)/1.055, 2.4)
	}
	return 0.2126*lin(r) + 0.7152*lin(g) + 0.0722*lin(b)
}

// identifiers are the scenario's internal ids, which a player never sees: its units,
// hazards' and injects'.
func identifiers(s *scenarios.Scenario) []string {
	var out []string
	for _, u := range s.Units {
		out = append(out, u.ID)
	}
	for _, h := range s.Hazards.Floods {
		out = append(out, h.ID)
	}
	for _, h := range s.Hazards.Landslides {
		out = append(out, h.ID)
	}
	for _, h := range s.Hazards.Fires {
		out = append(out, h.ID)
	}
	for _, in := range s.Injects {
		out = append(out, in.ID)
	}
	return slices.DeleteFunc(out, func(id string) bool { return id == "" })
}

// saysNoIdentifier fails when a text the surfaces drew names one of ids.
func saysNoIdentifier(t *testing.T, name string, ids []string, panels ...*Panel) {
	t.Helper()
	for _, p := range panels {
		for _, d := range p.Texts {
			for _, id := range ids {
				if strings.Contains(d.Text, id) {
					t.Errorf("%s: %q shows the identifier %s", name, d.Text, id)
				}
			}
		}
	}
}

// screen is one state of the window to read: a name and how to get there.
type screen struct {
	name string
	set  func(g *Game)
}

// seatScreens are the states each seat's window is read in.
func seatScreens(s *scenarios.Scenario) []screen {
	end := int(int64(s.Duration)/s.Tick.Seconds()) + 1
	out := []screen{
		{"at the start", func(g *Game) {}},
		{"two hours in", func(g *Game) { g.advance(720) }},
		{"help", func(g *Game) { g.help = true }},
		{"layers", func(g *Game) { g.help, g.layerMenu = false, true }},
		{"a feed item open", func(g *Game) {
			g.layerMenu = false
			g.feed.Open = len(g.feed.Items) - 1
		}},
		{"a unit selected", func(g *Game) {
			for _, u := range g.snap.Units {
				if g.role.MayCommand(u.Village) {
					g.sel.only(u.ID)
					return
				}
			}
			if len(g.snap.Units) > 0 {
				g.sel.selectTarget(target{unit: g.snap.Units[0].ID, shelter: -1, station: -1, depot: -1, zone: -1, village: -1})
			}
		}},
		{"a village selected", func(g *Game) { g.sel.clear(); g.sel.village = 0 }},
		{"a hazard zone selected", func(g *Game) { g.sel.clear(); g.sel.zone = 0 }},
		{"a shelter selected", func(g *Game) { g.sel.clear(); g.sel.shelter = 0 }},
		{"a depot selected", func(g *Game) { g.sel.clear(); g.sel.depot = 0 }},
		{"a station selected", func(g *Game) { g.sel.clear(); g.sel.station = 0 }},
		{"a road selected", func(g *Game) { g.sel.clear(); g.sel.road = g.session.Town().Roads[firstNamedRoad(g)].Name }},
		{"the warning dialog", func(g *Game) {
			g.sel.clear()
			g.openDialog(g.warnDialog(scenarios.ChannelLoudspeaker, []scopeChoice{{label: "全村", scope: scenarios.Scope{Villages: []string{g.session.Town().Villages[0].Name}}}}, true))
		}},
		{"the evacuation dialog", func(g *Game) {
			g.openDialog(g.evacuateDialog([]scopeChoice{{label: "全村", scope: scenarios.Scope{Villages: []string{g.session.Town().Villages[0].Name}}}}, g.marks.villages[0].At, -1))
		}},
		{"the report dialog", func(g *Game) { g.openDialog(g.reportDialog()) }},
		{"the end", func(g *Game) { g.dialog = nil; g.advance(end) }},
		{"the end closed", func(g *Game) { g.endClosed = true }},
	}
	if len(s.Phases) > 0 {
		out = append(out, screen{"projector", func(g *Game) { g.endClosed, g.projector = true, true }})
	}
	return out
}

// firstNamedRoad is the index of the town's first named road.
func firstNamedRoad(g *Game) int {
	for i, r := range g.session.Town().Roads {
		if r.Name != "" {
			return i
		}
	}
	return 0
}

// TestEveryTextCanBeReadWhole walks the screens of every seat (the command post in
// the flood, a village in the landslide and the tabletop, the controller in the
// tabletop, the evaluators in the fire) at 100% and 200%, and the start screen.
func TestEveryTextCanBeReadWhole(t *testing.T) {
	lg := &legibility{}
	var started string
	l, _ := launching(t, scenarios.Library(), testLoader(t, &started), Config{})
	var img *image.RGBA
	img = theHost.screenshot()
	lg.check(t, "the start screen", img, false, &l.panel)
	theHost.play(nil, nil)

	for _, seat := range []struct {
		scenario string
		role     scenarios.Role
	}{
		{"flood", scenarios.RoleCommand},
		{"landslide", scenarios.VillageRole("银杏村")},
		{"tabletop", scenarios.VillageRole("银杏村")},
		{"tabletop", scenarios.RoleController},
		{"fire", scenarios.RoleEvaluator},
	} {
		for _, scale := range []float64{1, 2} {
			s := newSessionAs(t, seat.scenario, seat.role)
			g, _ := playing(t, s, Config{Scale: scale})
			for _, sc := range seatScreens(s.Scenario()) {
				theHost.onUpdate(func() { sc.set(g) })
				theHost.updatesPass(2)
				name := fmt.Sprintf("%s as %s at %.0f%%, %s", seat.scenario, seat.role, 100*scale, sc.name)
				img = theHost.screenshot()
				lg.check(t, name, img, g.over.shaded, &g.panel)
				lg.check(t, name, img, false, &g.over)
				saysNoIdentifier(t, name, identifiers(s.Scenario()), &g.panel, &g.over)
			}
			theHost.play(nil, nil)
		}
	}
	t.Logf("%d texts read; the lowest contrast %.2f:1 (%s)", lg.texts, lg.minContrast, lg.worst)
}
