package ui

import (
	"cmp"
	"fmt"
	"image"
	"slices"

	"drillsim/i18n"
	"drillsim/observation"
	"drillsim/scenarios"
	"drillsim/scoring"
)

// requirementRow is one plan requirement in the evaluator's table.
type requirementRow struct {
	Clause, Title string
	State         scoring.ClockState
	// LeftS is the seconds left while the clock runs; ResponseS the time taken once
	// done.
	LeftS, ResponseS int64
}

// requirementTable appends to rows every requirement in force: those timing first,
// the most urgent first, then those done, then those not started, each group in plan
// order.
func (g *Game) requirementTable(rows []requirementRow) []requirementRow {
	windows := g.reqs.Windows()
	for i := range windows {
		w := &windows[i]
		st, left := w.StateAt(g.snap.T)
		rows = append(rows, requirementRow{Clause: w.Requirement.Clause, Title: w.Requirement.Title, State: st, LeftS: left, ResponseS: w.ResponseS})
	}
	group := func(s scoring.ClockState) int {
		switch {
		case s.Running():
			return 0
		case s == scoring.ClockMet || s == scoring.ClockMissed:
			return 1
		}
		return 2
	}
	slices.SortStableFunc(rows, func(a, b requirementRow) int {
		if c := cmp.Compare(group(a.State), group(b.State)); c != 0 {
			return c
		}
		if group(a.State) == 0 {
			return cmp.Compare(a.LeftS, b.LeftS)
		}
		return 0
	})
	return rows
}

// clockStateTexts name the clock states in the evaluator's table.
var clockStateTexts = [...]i18n.Text{
	scoring.ClockWaiting: i18n.TextClockWaiting,
	scoring.ClockRunning: i18n.TextClockRunning,
	scoring.ClockClosing: i18n.TextClockRunning,
	scoring.ClockOverdue: i18n.TextClockOverdue,
	scoring.ClockMet:     i18n.TextClockMet,
	scoring.ClockMissed:  i18n.TextClockMissed,
}

// tableRows is how many requirements the evaluator's table shows before it scrolls.
const tableRows = 8

// layoutRequirementTable lays out the requirements in force with their state: a
// count by state, then the rows, timing ones with their countdown, done ones with
// the time they took.
func (ep *evaluatorPanel) layoutRequirementTable(g *Game, y int) int {
	p := &g.panel
	ep.table = g.requirementTable(ep.table[:0])
	rows := ep.table
	var count [len(clockStateTexts)]int
	for _, r := range rows {
		count[r.State]++
	}
	y = g.section(y, i18n.TextRequirementTable.In(g.lang))
	summary := fmt.Sprintf("%s %d · %s %d · %s %d · %s %d · %s %d",
		i18n.TextClockMet.In(g.lang), count[scoring.ClockMet], i18n.TextClockMissed.In(g.lang), count[scoring.ClockMissed],
		i18n.TextClockRunning.In(g.lang), count[scoring.ClockRunning]+count[scoring.ClockClosing], i18n.TextClockOverdue.In(g.lang), count[scoring.ClockOverdue],
		i18n.TextClockWaiting.In(g.lang), count[scoring.ClockWaiting])
	y += p.Wrap(innerX, y, innerW, summary, g.fonts.Small, colorPanelDim) + 2
	box := image.Rect(innerX, y, innerX+innerW, y+tableRows*rowH)
	from, to := p.List(box, len(rows), rowH, &ep.rows)
	for k, r := range rows[from:to] {
		figure := ""
		switch {
		case r.State.Running():
			figure = formatLeft(r.LeftS)
		case r.State == scoring.ClockMet || r.State == scoring.ClockMissed:
			figure = formatLeft(r.ResponseS)
		}
		label := clockStateTexts[r.State].In(g.lang) + " " + figure + " " + r.Clause + " " + r.Title
		ry := y + k*rowH
		p.Line(image.Rect(innerX, ry+2, innerX+innerW-scrollBarW, ry+rowH), label, g.fonts.Small, clockColor(r.State))
	}
	return box.Max.Y
}

// ratingsOf lists the ratings of a scale, best first.
func ratingsOf(s observation.Scale) []observation.Rating {
	if s == observation.ScaleYesNo {
		return []observation.Rating{observation.RatingYes, observation.RatingNo}
	}
	return []observation.Rating{observation.RatingP, observation.RatingS, observation.RatingM, observation.RatingU}
}

// ratingLabel is a rating as its button shows it: in words, the letter of the P/S/M/U
// scale after them as a hint, 圆满完成 (P).
func ratingLabel(r observation.Rating, l i18n.Language) string {
	switch r {
	case observation.RatingYes:
		return i18n.TextYes.In(l)
	case observation.RatingNo:
		return i18n.TextNo.In(l)
	case observation.RatingP:
		return i18n.TextRatingP.In(l) + " (P)"
	case observation.RatingS:
		return i18n.TextRatingS.In(l) + " (S)"
	case observation.RatingM:
		return i18n.TextRatingM.In(l) + " (M)"
	case observation.RatingU:
		return i18n.TextRatingU.In(l) + " (U)"
	}
	return string(r)
}

// itemTitle is an observation item's title in l, its id when the form lacks it.
func itemTitle(id string, l i18n.Language) string {
	for _, it := range observation.DefaultItems {
		if it.ID == id {
			if l == i18n.English {
				return it.English
			}
			return it.Title
		}
	}
	return id
}

// observationRows is how many observations the panel shows before they scroll.
const observationRows = 3

// layoutObservationForm lays out the evaluator's form: the item (with buttons to
// the previous and next), its ratings, a comment and the button that records the
// observation at the drill's present moment; then the latest observations.
func (ep *evaluatorPanel) layoutObservationForm(g *Game, y int) int {
	p := &g.panel
	items := observation.DefaultItems
	p.Fill(image.Rect(innerX, y, innerX+innerW, y+1), colorPanelDim)
	y += 6
	p.Text(image.Pt(innerX, y), i18n.TextObserve.In(g.lang), g.fonts.Normal, colorPanelText)
	const nav = 56
	if p.Button(image.Rect(innerX+innerW-2*nav-4, y, innerX+innerW-nav-4, y+20), i18n.TextPrevItem.In(g.lang), false) {
		ep.form.item = (ep.form.item + len(items) - 1) % len(items)
		ep.form.rating = ""
	}
	if p.Button(image.Rect(innerX+innerW-nav, y, innerX+innerW, y+20), i18n.TextNextItem.In(g.lang), false) {
		ep.form.item = (ep.form.item + 1) % len(items)
		ep.form.rating = ""
	}
	y += 24
	it := items[ep.form.item]
	title := fmt.Sprintf("%d/%d %s", ep.form.item+1, len(items), itemTitle(it.ID, g.lang))
	p.Fill(image.Rect(innerX, y, innerX+innerW, y+2*rowH), colorPanelSolid)
	if len(wrapWidth(title, g.fonts.Small, innerW)) > 2 {
		p.Line(image.Rect(innerX, y, innerX+innerW, y+rowH), title, g.fonts.Small, colorPanelText)
	} else {
		p.Wrap(innerX, y, innerW, title, g.fonts.Small, colorPanelText)
	}
	y += 2*rowH + 4
	ratings := ratingsOf(it.Scale)
	const gap = 4
	bw := (innerW - gap) / 2
	for i, r := range ratings {
		x := innerX + (i%2)*(bw+gap)
		ry := y + (i/2)*(buttonH+gap)
		if p.Button(image.Rect(x, ry, x+bw, ry+buttonH), ratingLabel(r, g.lang), ep.form.rating == r) {
			ep.form.rating = r
		}
	}
	y += 2 * (buttonH + gap)
	p.TextField(image.Rect(innerX, y, innerX+innerW, y+buttonH), &ep.form.comment, i18n.TextCommentPlaceholder.In(g.lang))
	y += buttonH + 4
	if p.Button(image.Rect(innerX, y, innerX+innerW, y+buttonH), i18n.TextRecord.In(g.lang), ep.form.rating != "") && ep.form.rating != "" {
		ep.recordObservation(g, it)
	}
	y += buttonH + 4
	p.Line(image.Rect(innerX, y, innerX+innerW, y+rowH), ep.form.problem, g.fonts.Small, colorAlert)
	y += rowH
	obs := g.session.Observations()
	box := image.Rect(innerX, y, innerX+innerW, y+observationRows*rowH)
	from, to := p.List(box, len(obs), rowH, &ep.obs)
	for k := from; k < to; k++ {
		o := obs[len(obs)-1-k]
		label := clockTime(g, int64(o.At)) + " " + ratingLabel(o.Rating, g.lang) + " " + itemTitle(o.Item, g.lang) + " " + o.Comment
		ry := y + (k-from)*rowH
		p.Line(image.Rect(innerX, ry, innerX+innerW-scrollBarW, ry+rowH), label, g.fonts.Small, colorPanelDim)
	}
	return box.Max.Y
}

// evaluatorForm is what the evaluator is filling in.
type evaluatorForm struct {
	item    int // index into observation.DefaultItems
	rating  observation.Rating
	comment TextField
	// problem is why the session refused the last observation.
	problem string
}

// recordObservation gives the session the observation of item it as filled in,
// stamped with the drill's present moment, and clears the form for the next.
func (ep *evaluatorPanel) recordObservation(g *Game, it observation.Item) {
	o := observation.Observation{
		Item: it.ID, Rating: ep.form.rating, Comment: ep.form.comment.String(),
		Evaluator: g.role.Chinese(), HasTime: true, At: scenarios.At(g.snap.T),
	}
	if err := g.session.Observe(o); err != nil {
		ep.form.problem = err.Error()
		return
	}
	ep.form.problem = ""
	ep.form.rating = ""
	ep.form.comment.Clear()
}
