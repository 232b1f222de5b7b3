package ui

import (
	"image"

	"github.com/hajimehoshi/ebiten/v2"

	"drillsim/i18n"
	"drillsim/scenarios"
)

// Tabletop mode: a scenario with phases is played phase by phase. The controller
// releases the next phase, the clock runs to its end and stops, and everyone sees the
// phase's title and its question while they discuss and answer, with orders or a
// note sent as a report.

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
// released; it returns the ticks to step.
func (g *Game) holdAtPhaseEnd(n int) int {
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
	if g.runUntil >= 0 {
		if i := nextPhase(scn, g.snap.T); i >= 0 {
			p.Text(image.Pt(innerX, y), clip(i18n.TextPhaseRunning.In(g.lang)+" "+scn.Phases[i].Title, 30), g.fonts.Small, colorAmber)
		}
		return y + buttonH + 6
	}
	i := nextPhase(scn, g.snap.T)
	if i < 0 {
		p.Text(image.Pt(innerX, y), i18n.TextPhasesDone.In(g.lang), g.fonts.Small, colorPanelDim)
		return y + buttonH + 6
	}
	if p.Button(image.Rect(innerX, y, innerX+innerW, y+buttonH), clip(i18n.TextReleasePhase.In(g.lang)+" "+scn.Phases[i].Title, 28), true) {
		g.releasePhase(i)
	}
	return y + buttonH + 6
}

// drawPhase shows everyone the phase under way or just ended, with its question, or
// that the drill waits for the controller to release the first phase.
func (g *Game) drawPhase(dst *ebiten.Image) {
	if !g.tabletop() {
		return
	}
	scn := g.session.Scenario()
	i := phaseAt(scn, g.snap.T)
	if i < 0 {
		if g.runUntil < 0 {
			textBox(dst, image.Pt(10, 62), i18n.TextAwaitPhase.In(g.lang), g.fonts.Normal, colorMapText)
		}
		return
	}
	ph := scn.Phases[i]
	state := i18n.TextPhaseDiscuss
	if g.snap.T < int64(ph.To) {
		state = i18n.TextPhaseRunning
	}
	body := ph.Title + "  (" + state.In(g.lang) + ")"
	if ph.Question != "" {
		body += "\n" + wrap(i18n.TextQuestion.In(g.lang)+": "+ph.Question, 44)
	}
	textBox(dst, image.Pt(10, 62), body, g.fonts.Normal, colorMapText)
}
