package ui

import (
	"fmt"
	"image"
	"slices"

	"drillsim/i18n"
	"drillsim/maps"
	"drillsim/scenarios"
	"drillsim/sim"
)

// shelterFull tells the seat when the shelter its evacuation goes to is full (the
// engine's shelter_full event): a red line in the feed, and over the map a notice to
// click that asks where the others should go instead.
type shelterFull struct {
	// notice is the feed item of the latest full shelter not dealt with, -1 for none.
	notice int
}

// observe takes in the drill's shelter_full events that concern the seat: its own
// village's, or every village's for the town's seats.
func (s *shelterFull) observe(g *Game, events []sim.Event) {
	own := ""
	if g.village >= 0 {
		own = g.session.Town().Villages[g.village].Name
	}
	town := g.session.Town()
	for i := range events {
		e := events[i]
		if e.Kind != scenarios.EventShelterFull || own != "" && e.Village != own {
			continue
		}
		k := slices.IndexFunc(town.Shelters, func(sh maps.Shelter) bool { return sh.Name == e.Shelter })
		if k < 0 {
			continue
		}
		capacity := town.Shelters[k].Capacity
		g.feed.Note(e.T, noteShelterFull, bilingual(func(l i18n.Language) string {
			if e.Place == "" {
				return fmt.Sprintf(i18n.TextShelterFullNowhere.In(l), e.Shelter, capacity, capacity, e.Count)
			}
			return fmt.Sprintf(i18n.TextShelterFullNote.In(l), e.Shelter, capacity, capacity, e.Count, e.Place)
		}), k)
		n := len(g.feed.Items) - 1
		for n > 0 && g.feed.Items[n].Note != noteShelterFull {
			n--
		}
		g.feed.Items[n].Text = e.Village
		s.notice = n
	}
}

// layoutShelterNotice lays out, from y at the top of the map, the full shelter's
// notice: a click on it asks where the others should go instead.
func (g *Game) layoutShelterNotice(y int) bool {
	n := g.full.notice
	if n < 0 || n >= len(g.feed.Items) || g.feed.Items[n].Note != noteShelterFull || g.session.Done() {
		return false
	}
	it := g.feed.Items[n]
	s := g.feedText(it) + " — " + i18n.TextChooseAnother.In(g.lang)
	mw := g.overMapW()
	w := min(640, mw-36)
	f := g.fonts.Small
	h := len(wrapWidth(s, f, float64(w)))*int(lineHeight(f)) + 12
	r := image.Rect((mw-w)/2-8, y, (mw+w)/2+8, y+h)
	p := &g.over
	p.Fill(r, colorAlertBox)
	p.Wrap(r.Min.X+8, r.Min.Y+6, w, s, f, colorWhite)
	if p.dst == nil {
		p.widget(s, r)
		if p.clicked(r) {
			g.full.notice = -1
			g.feed.MarkRead(n)
			g.offerOtherShelter(it)
		}
	}
	return true
}
