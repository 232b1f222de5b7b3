package ui

import (
	"cmp"
	"fmt"
	"image"
	"slices"

	"drillsim/observation"
	"drillsim/scenarios"
)

// requirementRow is one plan requirement in the evaluator's table.
type requirementRow struct {
	Clause, Title string
	State         ClockState
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
		st, left := StateAt(w, g.snap.T)
		rows = append(rows, requirementRow{Clause: w.Requirement.Clause, Title: w.Requirement.Title, State: st, LeftS: left, ResponseS: w.ResponseS})
	}
	group := func(s ClockState) int {
		switch {
		case s.Running():
			return 0
		case s == ClockMet || s == ClockMissed:
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
var clockStateTexts = [...]Text{
	ClockWaiting: TextClockWaiting,
	ClockRunning: TextClockRunning,
	ClockClosing: TextClockRunning,
	ClockOverdue: TextClockOverdue,
	ClockMet:     TextClockMet,
	ClockMissed:  TextClockMissed,
}

// maxTableRows is how many requirements the evaluator's table shows.
const maxTableRows = 8

// layoutRequirementTable lays out the requirements in force with their state: a
// count by state, then the rows, timing ones with their countdown, done ones with
// the time they took.
func (g *Game) layoutRequirementTable(y int) int {
	p := &g.panel
	g.tableBuf = g.requirementTable(g.tableBuf[:0])
	rows := g.tableBuf
	var count [len(clockStateTexts)]int
	for _, r := range rows {
		count[r.State]++
	}
	p.Text(image.Pt(innerX, y), TextRequirementTable.In(g.lang), g.fonts.Normal, colorPanelText)
	y += 22
	summary := fmt.Sprintf("%s %d · %s %d · %s %d · %s %d · %s %d",
		TextClockMet.In(g.lang), count[ClockMet], TextClockMissed.In(g.lang), count[ClockMissed],
		TextClockRunning.In(g.lang), count[ClockRunning]+count[ClockClosing], TextClockOverdue.In(g.lang), count[ClockOverdue],
		TextClockWaiting.In(g.lang), count[ClockWaiting])
	p.Text(image.Pt(innerX, y), summary, g.fonts.Small, colorPanelDim)
	y += 18
	for _, r := range rows[:min(len(rows), maxTableRows)] {
		figure := ""
		switch {
		case r.State.Running():
			figure = formatLeft(r.LeftS)
		case r.State == ClockMet || r.State == ClockMissed:
			figure = formatLeft(r.ResponseS)
		}
		label := clockStateTexts[r.State].In(g.lang) + " " + figure + " " + r.Clause + " " + r.Title
		p.Text(image.Pt(innerX, y), clip(label, 30), g.fonts.Small, clockColor(r.State))
		y += 16
	}
	return y
}

// ratingsOf lists the ratings of a scale, best first.
func ratingsOf(s observation.Scale) []observation.Rating {
	if s == observation.ScaleYesNo {
		return []observation.Rating{observation.RatingYes, observation.RatingNo}
	}
	return []observation.Rating{observation.RatingP, observation.RatingS, observation.RatingM, observation.RatingU}
}

// ratingLabel is a rating as its button shows it.
func ratingLabel(r observation.Rating, l Language) string {
	switch r {
	case observation.RatingYes:
		return TextYes.In(l)
	case observation.RatingNo:
		return TextNo.In(l)
	}
	return string(r)
}

// maxObservationRows is how many of the latest observations the panel lists.
const maxObservationRows = 4

// layoutObservationForm lays out the evaluator's form: the item (with buttons to
// the previous and next), its ratings, a comment and the button that records the
// observation at the drill's present moment; then the latest observations.
func (g *Game) layoutObservationForm(y int) int {
	p := &g.panel
	items := observation.DefaultItems
	p.Fill(image.Rect(innerX, y, innerX+innerW, y+1), colorPanelDim)
	y += 6
	p.Text(image.Pt(innerX, y), TextObserve.In(g.lang), g.fonts.Normal, colorPanelText)
	const nav = 56
	if p.Button(image.Rect(innerX+innerW-2*nav-4, y, innerX+innerW-nav-4, y+20), TextPrevItem.In(g.lang), false) {
		g.eval.item = (g.eval.item + len(items) - 1) % len(items)
		g.eval.rating = ""
	}
	if p.Button(image.Rect(innerX+innerW-nav, y, innerX+innerW, y+20), TextNextItem.In(g.lang), false) {
		g.eval.item = (g.eval.item + 1) % len(items)
		g.eval.rating = ""
	}
	y += 24
	it := items[g.eval.item]
	title := it.Title
	if g.lang == English {
		title = it.English
	}
	p.Text(image.Pt(innerX, y), wrap(it.ID+" "+title, 24), g.fonts.Small, colorPanelText)
	y += 34
	ratings := ratingsOf(it.Scale)
	bw := (innerW - 4*(len(ratings)-1)) / len(ratings)
	for i, r := range ratings {
		x := innerX + i*(bw+4)
		if p.Button(image.Rect(x, y, x+bw, y+buttonH), ratingLabel(r, g.lang), g.eval.rating == r) {
			g.eval.rating = r
		}
	}
	y += buttonH + 4
	p.TextField(image.Rect(innerX, y, innerX+innerW, y+buttonH), &g.eval.comment, TextCommentPlaceholder.In(g.lang))
	y += buttonH + 4
	if p.Button(image.Rect(innerX, y, innerX+innerW, y+buttonH), TextRecord.In(g.lang), g.eval.rating != "") && g.eval.rating != "" {
		g.recordObservation(it)
	}
	y += buttonH + 4
	if g.eval.problem != "" {
		p.Text(image.Pt(innerX, y), clip(g.eval.problem, 30), g.fonts.Small, colorAlert)
		y += 16
	}
	obs := g.session.Observations()
	for i := len(obs) - 1; i >= 0 && i >= len(obs)-maxObservationRows; i-- {
		o := obs[i]
		label := ScenarioTime(g.session.Scenario(), int64(o.At)).Format("15:04") + " " + o.Item + " " + ratingLabel(o.Rating, g.lang) + " " + o.Comment
		p.Text(image.Pt(innerX, y), clip(label, 30), g.fonts.Small, colorPanelDim)
		y += 16
	}
	return y
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
func (g *Game) recordObservation(it observation.Item) {
	o := observation.Observation{
		Item: it.ID, Rating: g.eval.rating, Comment: g.eval.comment.String(),
		Evaluator: g.role.Chinese(), HasTime: true, At: scenarios.At(g.snap.T),
	}
	if err := g.session.Observe(o); err != nil {
		g.eval.problem = err.Error()
		return
	}
	g.eval.problem = ""
	g.eval.rating = ""
	g.eval.comment.Clear()
}
