package ui

import (
	"fmt"
	"image"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/planar"

	"drillsim/i18n"
	"drillsim/scenarios"
)

// dialog is an order asked for its confirmation over the map: what it does, the
// choices it needs (where to warn, which shelter), an optional text, then 确认 (or
// Enter) to give it and 取消 (or Esc) to drop it. While a dialog is open the map and
// the panel take no clicks.
type dialog struct {
	title string
	// body says what the order does.
	body    string
	order   scenarios.Order
	choices []choice
	// note is the text the order carries, when it takes one; noteRequired says it
	// cannot go without.
	note         *TextField
	notePrompt   string
	noteRequired bool
	// send gives the order made; nil for g.send.
	send func(g *Game, o scenarios.Order)
}

// choice is one choice a dialog asks: a label and its options, one of which is
// chosen (-1 until one is), and how the option chosen sets the order.
type choice struct {
	label   string
	options []string
	chosen  int
	apply   func(o *scenarios.Order, i int)
	// scroll scrolls a long list of options, such as a town's shelters.
	scroll scroll
}

// scopeChoice is a place an order may cover: a village or a hazard zone.
type scopeChoice struct {
	label string
	scope scenarios.Scope
}

// openDialog opens d, dropping the selection's order under way.
func (g *Game) openDialog(d *dialog) {
	g.dialog = d
	if d.note != nil {
		d.note.Focused = false
	}
}

// dialogFields are the open dialog's text fields.
func (g *Game) dialogFields() []*TextField {
	if g.dialog == nil || g.dialog.note == nil {
		return nil
	}
	return []*TextField{g.dialog.note}
}

// ready reports whether every choice of d is made and its required text typed.
func (d *dialog) ready(*Game) bool {
	for _, c := range d.choices {
		if c.chosen < 0 {
			return false
		}
	}
	return !d.noteRequired || d.note == nil || len(d.note.Text) > 0
}

// confirm gives the order d makes and closes it.
func (d *dialog) confirm(g *Game) {
	o := d.order
	for _, c := range d.choices {
		c.apply(&o, c.chosen)
	}
	if d.note != nil {
		o.Text = d.note.String()
	}
	g.dialog = nil
	if d.send != nil {
		d.send(g, o)
		return
	}
	g.send(o)
}

// Dialog geometry, in the logical pixels of the surface over the map.
const (
	dialogW       = 560
	dialogPad     = 16
	dialogOptionH = 30
)

// layoutDialog lays out the open dialog in the middle of the window.
func (g *Game) layoutDialog() {
	d := g.dialog
	p := &g.over
	b := p.bounds
	w := min(dialogW, b.Dx()-20)
	x0 := b.Min.X + (b.Dx()-w)/2
	x, iw := x0+dialogPad, w-2*dialogPad
	rows := maxDialogOptionRows
	h := g.dialogHeight(d, iw, rows)
	for ; rows > 1 && h > b.Dy()-20; rows-- { // a short window shows fewer options at once
		h = g.dialogHeight(d, iw, rows-1)
	}
	y0 := b.Min.Y + max((b.Dy()-h)/2, 10)
	box := image.Rect(x0, y0, x0+w, y0+h)
	p.Shade(b)
	p.Fill(box, colorPanelSolid)
	p.Frame(box, colorPanelDim)
	y := y0 + dialogPad
	y += p.Wrap(x, y, iw, d.title, g.fonts.Large, colorPanelText) + 6
	if d.body != "" {
		y += p.Wrap(x, y, iw, d.body, g.fonts.Small, colorPanelDim) + 8
	}
	for i := range d.choices {
		c := &d.choices[i]
		p.Line(image.Rect(x, y, x+iw, y+rowH), c.label, g.fonts.Small, colorPanelText)
		y += rowH + 2
		box := image.Rect(x, y, x+iw, y+min(optionRows(c), rows)*dialogOptionH)
		from, to := p.List(box, optionRows(c), dialogOptionH, &c.scroll)
		bw := (iw - scrollBarW - 6) / 2
		for k := from * 2; k < min(to*2, len(c.options)); k++ {
			col, row := k%2, k/2-from
			r := image.Rect(x+col*(bw+6), y+row*dialogOptionH, x+col*(bw+6)+bw, y+row*dialogOptionH+dialogOptionH-4)
			if p.Button(r, c.options[k], c.chosen == k) {
				c.chosen = k
			}
		}
		y = box.Max.Y + 6
	}
	if d.note != nil {
		p.Line(image.Rect(x, y, x+iw, y+rowH), d.notePrompt, g.fonts.Small, colorPanelText)
		y += rowH + 2
		p.TextField(image.Rect(x, y, x+iw, y+buttonH), d.note, i18n.TextTypeHere.In(g.lang))
		y += buttonH + 8
	}
	if g.orderWaits() {
		y += p.Wrap(x, y, iw, i18n.TextOrderWaits.In(g.lang), g.fonts.Small, colorAmber) + 6
	}
	const bw = 140
	ready := d.ready(g)
	confirm := image.Rect(x+iw-2*bw-10, y, x+iw-bw-10, y+buttonH+4)
	if ready {
		if p.PrimaryButton(confirm, i18n.TextConfirm.In(g.lang)) {
			d.confirm(g)
			return
		}
	} else {
		p.Button(confirm, i18n.TextConfirm.In(g.lang), false)
	}
	if p.Button(image.Rect(x+iw-bw, y, x+iw, y+buttonH+4), i18n.TextCancel.In(g.lang), false) {
		g.dialog = nil
	}
}

// maxDialogOptionRows is how many rows of options a dialog shows before they scroll.
const maxDialogOptionRows = 5

// optionRows is how many rows c's options take, two a row.
func optionRows(c *choice) int { return (len(c.options) + 1) / 2 }

// orderWaits reports whether an order given now waits for the clock: it stands and
// the drill goes on.
func (g *Game) orderWaits() bool { return g.clock.Speed() == 0 && !g.session.Done() }

// dialogHeight is the height dialog d takes with inner width iw, showing at most
// rows rows of each choice's options.
func (g *Game) dialogHeight(d *dialog, iw, rows int) int {
	h := 2*dialogPad + len(wrapWidth(d.title, g.fonts.Large, float64(iw)))*int(lineHeight(g.fonts.Large)) + 6
	if d.body != "" {
		h += len(wrapWidth(d.body, g.fonts.Small, float64(iw)))*int(lineHeight(g.fonts.Small)) + 8
	}
	for i := range d.choices {
		h += rowH + 2 + min(optionRows(&d.choices[i]), rows)*dialogOptionH + 6
	}
	if d.note != nil {
		h += rowH + 2 + buttonH + 8
	}
	if g.orderWaits() {
		h += len(wrapWidth(i18n.TextOrderWaits.In(g.lang), g.fonts.Small, float64(iw)))*int(lineHeight(g.fonts.Small)) + 6
	}
	return h + buttonH + 4
}

// scopeOptions are the places a seat's own actions cover: a village's cadres their
// village and each hazard zone in it; the others the selection's.
func (g *Game) ownScopes() []scopeChoice {
	if g.village < 0 {
		return nil
	}
	town := g.session.Town()
	name := town.Villages[g.village].Name
	out := []scopeChoice{{label: fmt.Sprintf(i18n.TextWholeVillage.In(g.lang), name), scope: scenarios.Scope{Villages: []string{name}}}}
	for z, hz := range town.HazardZones {
		if g.places.ZoneVillage(z) == g.village {
			out = append(out, scopeChoice{label: hz.Name, scope: scenarios.Scope{Zones: []string{hz.Name}}})
		}
	}
	return out
}

// scopeChoiceOf is the choice among scopes, the first chosen.
func scopeChoiceOf(l i18n.Language, scopes []scopeChoice) choice {
	c := choice{label: i18n.TextWhere.In(l), chosen: 0, apply: func(o *scenarios.Order, i int) { o.Scope = scopes[i].scope }}
	for _, s := range scopes {
		c.options = append(c.options, s.label)
	}
	return c
}

// warnDialog asks to warn one of scopes by channel ch, or by any channel when
// choose is set.
func (g *Game) warnDialog(ch scenarios.Channel, scopes []scopeChoice, choose bool) *dialog {
	d := &dialog{
		title: i18n.TextWarnScope.In(g.lang) + " — " + i18n.ChannelName(ch, g.lang),
		body:  channelHelp(ch).In(g.lang),
		order: scenarios.Order{Order: scenarios.OrderWarn, Channel: ch},
	}
	if choose {
		d.title, d.body = i18n.TextWarnScope.In(g.lang), ""
		channels := []scenarios.Channel{scenarios.ChannelLoudspeaker, scenarios.ChannelSMS, scenarios.ChannelDoorToDoor}
		c := choice{label: i18n.TextHow.In(g.lang), chosen: -1, apply: func(o *scenarios.Order, i int) { o.Channel = channels[i] }}
		for _, ch := range channels {
			c.options = append(c.options, i18n.ChannelName(ch, g.lang))
		}
		d.choices = append(d.choices, c)
	}
	d.choices = append([]choice{scopeChoiceOf(g.lang, scopes)}, d.choices...)
	return d
}

// channelHelp says what warning by channel ch does.
func channelHelp(ch scenarios.Channel) i18n.Text {
	switch ch {
	case scenarios.ChannelSMS:
		return i18n.TextHelpSMS
	case scenarios.ChannelDoorToDoor:
		return i18n.TextHelpDoorToDoor
	}
	return i18n.TextHelpLoudspeaker
}

// evacuateDialog asks to move one of scopes to a shelter: the shelters listed with
// their occupancy, those of the seat's own village first, then by distance from at;
// skip (-1 for none) is left out, a shelter just found full.
func (g *Game) evacuateDialog(scopes []scopeChoice, at orb.Point, skip int) *dialog {
	d := &dialog{
		title: i18n.TextEvacuate.In(g.lang),
		body:  i18n.TextHelpEvacuate.In(g.lang),
		order: scenarios.Order{Order: scenarios.OrderEvacuate},
	}
	shelters := g.shelterChoices(at, skip)
	c := choice{label: i18n.TextEvacuateTo.In(g.lang), chosen: -1, apply: func(o *scenarios.Order, i int) {
		o.Shelter = g.session.Town().Shelters[shelters[i]].Name
	}}
	for _, i := range shelters {
		c.options = append(c.options, g.shelterLabel(i))
	}
	d.choices = []choice{scopeChoiceOf(g.lang, scopes), c}
	return d
}

// shelterChoices lists the shelters an evacuation may go to: the seat's village's
// first, then the others by distance from at; skip left out.
func (g *Game) shelterChoices(at orb.Point, skip int) []int {
	var own, others []int
	for _, i := range g.nearestShelters(at) {
		switch {
		case i == skip:
		case g.village >= 0 && g.places.VillageOf(g.session.Town().Shelters[i].Name) == g.session.Town().Villages[g.village].Name:
			own = append(own, i)
		default:
			others = append(others, i)
		}
	}
	return append(own, others...)
}

// shelterLabel is a shelter as a choice shows it: its name and how many it holds of
// how many.
func (g *Game) shelterLabel(i int) string {
	sh := g.session.Town().Shelters[i]
	if i < len(g.snap.Shelters) {
		v := g.snap.Shelters[i]
		return fmt.Sprintf("%s %d/%d", sh.Name, v.Occupancy+v.Coming, v.Capacity)
	}
	return sh.Name
}

// openShelterDialog asks which of the seat's shelters to open.
func (g *Game) openShelterDialog(at orb.Point) *dialog {
	d := &dialog{title: i18n.TextOpenShelter.In(g.lang), body: i18n.TextHelpOpenShelter.In(g.lang), order: scenarios.Order{Order: scenarios.OrderOpenShelter}}
	var shelters []int
	for _, i := range g.shelterChoices(at, -1) {
		if g.mayOrderIn(scenarios.OrderOpenShelter, g.places.VillageOf(g.session.Town().Shelters[i].Name)) {
			shelters = append(shelters, i)
		}
	}
	c := choice{label: i18n.TextWhichShelter.In(g.lang), chosen: -1, apply: func(o *scenarios.Order, i int) {
		o.Shelter = g.session.Town().Shelters[shelters[i]].Name
	}}
	if len(shelters) == 1 {
		c.chosen = 0
	}
	for _, i := range shelters {
		c.options = append(c.options, g.shelterLabel(i))
	}
	d.choices = []choice{c}
	return d
}

// reportDialog asks for a report to the town (a village's) or the county (the
// command post's): the first or a follow-up one, with what it says.
func (g *Game) reportDialog() *dialog {
	kinds := []scenarios.ReportKind{scenarios.ReportInitial, scenarios.ReportFollowup}
	c := choice{label: i18n.TextWhichReport.In(g.lang), options: []string{i18n.TextReportInitial.In(g.lang), i18n.TextReportFollowup.In(g.lang)},
		chosen: 0, apply: func(o *scenarios.Order, i int) { o.Report = kinds[i] }}
	for _, e := range g.orders.Entries {
		if e.Order.Order == scenarios.OrderReport && e.Status != StatusRejected {
			c.chosen = 1 // the first report has gone
		}
	}
	title := i18n.TextReportToTown
	if g.village < 0 {
		title = i18n.TextReportToCounty
	}
	return &dialog{
		title: title.In(g.lang), body: i18n.TextHelpReport.In(g.lang),
		order: scenarios.Order{Order: scenarios.OrderReport}, choices: []choice{c},
		note: &TextField{MaxRunes: maxNoteRunes}, notePrompt: i18n.TextReportSays.In(g.lang),
	}
}

// zoneCentre is the centre of hazard zone z.
func (g *Game) zoneCentre(z int) orb.Point {
	c, _ := planar.CentroidArea(g.session.Town().HazardZones[z].Area)
	return c
}

// offerOtherShelter asks, on the notice of a full shelter, where the evacuees of its
// village still to go should go instead: any shelter but the full one.
func (g *Game) offerOtherShelter(it FeedItem) {
	town := g.session.Town()
	scopes := g.ownScopes()
	if scopes == nil {
		village := it.Text
		scopes = []scopeChoice{{label: village, scope: scenarios.Scope{Villages: []string{village}}}}
	}
	at := town.Shelters[it.Ref].Location
	g.openDialog(g.evacuateDialog(scopes, at, it.Ref))
}
