package ui

import (
	"image"

	"github.com/hajimehoshi/ebiten/v2"

	"drillsim/i18n"
	"drillsim/scenarios"
)

// Tabletop mode: a scenario with phases is played phase by phase. The clock runs to
// the end of the phase under way and stops there, and everyone sees the phase's title
// and its question while they discuss and answer; the controller releases the next
// phase (导调 发布), and a seat practised alone starts it with the clock (space or
// ×1). In projector mode the map side shows the phase, its question and the feed in
// large type, for a room.

// phaseAt returns the index of the phase under way or just ended at second t (the
// one with From < t <= To), or -1 when there is none: before the first release, or
// between phases.
func phaseAt(s *scenarios.Scenario, t int64) int {
	for i, ph := range s.Phases {
		if int64(ph.From) < t && t <= int64(ph.To) {
			return i
		}
	}
	return -1
}

// nextPhase returns the index of the first phase not ended by second t, or -1 when
// every phase has been played.
func nextPhase(s *scenarios.Scenario, t int64) int {
	for i, ph := range s.Phases {
		if int64(ph.To) > t {
			return i
		}
	}
	return -1
}

// tabletop reports whether the drill is played phase by phase.
func (g *Game) tabletop() bool { return len(g.session.Scenario().Phases) > 0 }

// releasePhase lets phase i run: the clock runs, at the last speed if it was paused,
// until the phase ends.
func (g *Game) releasePhase(i int) {
	g.runUntil = int64(g.session.Scenario().Phases[i].To)
	if g.clock.Speed() == 0 {
		g.setSpeed(g.lastSpeed)
	}
}

// holdAtPhaseEnd bounds n ticks so that the clock stops at the end of the phase
// released; it returns the ticks to step. A seat played alone, with no controller to
// release the phases, releases the next one by starting the clock.
func (g *Game) holdAtPhaseEnd(n int) int {
	if g.runUntil < 0 && n > 0 && g.tabletop() && g.role != scenarios.RoleController {
		if i := nextPhase(g.session.Scenario(), g.snap.T); i >= 0 {
			g.runUntil = int64(g.session.Scenario().Phases[i].To)
		}
	}
	if g.runUntil < 0 {
		return n
	}
	tickS := g.session.TickSeconds()
	left := (g.runUntil - g.snap.T + tickS - 1) / tickS
	return int(max(0, min(int64(n), left)))
}

// stopAtPhaseEnd pauses the clock once the phase released has ended.
func (g *Game) stopAtPhaseEnd() {
	if g.runUntil >= 0 && g.snap.T >= g.runUntil {
		g.runUntil = -1
		g.setSpeed(0)
	}
}

// layoutPhaseRelease lays out, for the controller of a tabletop drill, the button
// releasing the next phase, or the phase running.
func (g *Game) layoutPhaseRelease(y int) int {
	if !g.tabletop() {
		return y
	}
	p := &g.panel
	scn := g.session.Scenario()
	r := image.Rect(innerX, y, innerX+innerW, y+buttonH)
	i := nextPhase(scn, g.snap.T)
	switch {
	case g.runUntil >= 0 && i >= 0:
		p.Line(r, i18n.TextPhaseRunning.In(g.lang)+" "+scn.Phases[i].Title, g.fonts.Small, colorAmber)
	case i < 0:
		p.Line(r, i18n.TextPhasesDone.In(g.lang), g.fonts.Small, colorPanelDim)
	default:
		if p.PrimaryButton(r, i18n.TextReleasePhase.In(g.lang)+" "+scn.Phases[i].Title) {
			g.releasePhase(i)
		}
	}
	return y + buttonH + 6
}

// phaseText is the phase under way or just ended, as everyone sees it: its title
// and state, and its question; or what the drill waits for before the first.
func (g *Game) phaseText() (title, question string) {
	if !g.tabletop() {
		return "", ""
	}
	scn := g.session.Scenario()
	i := phaseAt(scn, g.snap.T)
	if i < 0 {
		if g.runUntil >= 0 {
			return "", ""
		}
		if g.role == scenarios.RoleController || g.served != nil {
			return i18n.TextAwaitPhase.In(g.lang), ""
		}
		return i18n.TextStartPhase.In(g.lang), ""
	}
	ph := scn.Phases[i]
	state := i18n.TextPhaseDiscuss
	if g.snap.T < int64(ph.To) {
		state = i18n.TextPhaseRunning
	}
	return ph.Title + "  (" + state.In(g.lang) + ")", ph.Question
}

// layoutProjector lays out, over the map, the phase's title and question and the
// latest of the feed in large type.
func (g *Game) layoutProjector() {
	p := &g.over
	mw := g.overMapW()
	h := g.logical(ScreenHeight)
	p.Fill(image.Rect(0, 0, mw, h), colorPanelSolid)
	x, w := 40, mw-80
	y := 30
	title, question := g.phaseText()
	if title == "" {
		title = ScenarioTime(g.session.Scenario(), g.snap.T).Format("15:04")
	}
	y += p.Wrap(x, y, w, title, g.fonts.Huge, colorPanelText) + 16
	if question != "" {
		y += p.Wrap(x, y, w, i18n.TextQuestion.In(g.lang)+": "+question, g.fonts.Large, colorUnread) + 24
	}
	p.Fill(image.Rect(x, y, x+w, y+2), colorPanelDim)
	y += 14
	items := g.feed.Items
	for i := len(items) - 1; i >= 0; i-- {
		it := items[i]
		lines := wrapWidth(g.feedLine(it)+"  "+g.feedText(it), g.fonts.Large, float64(w))
		if y+len(lines)*int(lineHeight(g.fonts.Large)) > h-60 {
			break
		}
		y += p.Wrap(x, y, w, g.feedLine(it)+"  "+g.feedText(it), g.fonts.Large, g.feedColor(it)) + 8
	}
}

// layoutProjectorButton lays out the button that switches projector mode, beside the
// layer button, in a tabletop.
func (g *Game) layoutProjectorButton() {
	if !g.tabletop() {
		return
	}
	r := layerButtonRect(g.overMapW()).Sub(image.Pt(120, 0))
	if g.over.Button(r, i18n.TextProjector.In(g.lang), g.projector) {
		g.projector = !g.projector
	}
}

// answers is a tabletop seat's answer box: the answer to the phase's question, typed
// and sent with 提交 or Enter; answers go to the feed, the journal and the report.
type answers struct{ field TextField }

// answerH is the answer box's height.
const answerH = headH + buttonH

// layoutAnswer lays out, in a tabletop with a question, the answer box: the field
// and 提交; elsewhere nothing.
func (g *Game) layoutAnswer(y int, a *answers) int {
	if !g.tabletop() {
		return y - gapH
	}
	p := &g.panel
	y = g.section(y, i18n.TextAnswer.In(g.lang))
	const bw = 70
	p.TextField(image.Rect(innerX, y, innerX+innerW-bw-6, y+buttonH), &a.field, i18n.TextAnswerPlaceholder.In(g.lang))
	if p.PrimaryButton(image.Rect(innerX+innerW-bw, y, innerX+innerW, y+buttonH), i18n.TextSubmit.In(g.lang)) {
		g.submitAnswer(a)
	}
	return y + buttonH
}

// submitAnswer sends the answer typed, if any, and empties the box.
func (g *Game) submitAnswer(a *answers) {
	if len(a.field.Text) == 0 {
		a.field.Focused = true
		return
	}
	text := a.field.String()
	g.send(scenarios.Order{Order: scenarios.OrderAnswer, Text: text})
	g.feed.Note(g.snap.T, noteAnswer, i18n.Bilingual{text, text}, -1)
	g.feed.MarkRead(len(g.feed.Items) - 1)
	a.field.Clear()
	a.field.Focused = false
}

// submitsAnswer sends the answer when Enter is pressed in a focused answer field,
// and reports whether it did.
func (g *Game) submitsAnswer(f *TextField, in Input) bool {
	a, ok := g.rolePanel.(interface{ answer() *answers })
	if !ok || &a.answer().field != f || !in.KeyPressed(ebiten.KeyEnter) {
		return false
	}
	g.submitAnswer(a.answer())
	return true
}

func (a *answers) answer() *answers { return a }
