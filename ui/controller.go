package ui

import (
	"fmt"
	"image"

	"drillsim/i18n"
	"drillsim/scenarios"
	"drillsim/sim"
)

// InjectLog follows which injects of a scenario have been delivered, from the
// events of the drill.
type InjectLog struct {
	scn       *scenarios.Scenario
	delivered []bool // by index into scn.Injects
}

// NewInjectLog returns the log of scenario s with nothing delivered yet.
func NewInjectLog(s *scenarios.Scenario) *InjectLog {
	return &InjectLog{scn: s, delivered: make([]bool, len(s.Injects))}
}

// Observe takes the next events of the drill.
func (l *InjectLog) Observe(events []sim.Event) {
	for i := range events {
		if events[i].Kind != scenarios.EventInject {
			continue
		}
		for k, in := range l.scn.Injects {
			if in.ID == events[i].Inject {
				l.delivered[k] = true
			}
		}
	}
}

// Pending returns the indexes (into the scenario's injects) of those not delivered
// yet, in scenario order, appended to dst.
func (l *InjectLog) Pending(dst []int) []int {
	for k, done := range l.delivered {
		if !done {
			dst = append(dst, k)
		}
	}
	return dst
}

// injectOrdered reports whether an inject_now order for inject id waits for the
// next tick: its row shows selected and a second click sends nothing.
func (g *Game) injectOrdered(id string) bool {
	for _, e := range g.orders.Entries {
		if e.Order.Order == scenarios.OrderInjectNow && e.Order.Inject == id && e.Status == StatusIssued {
			return true
		}
	}
	return false
}

// runoutChoicesM are the runouts, in metres beyond its zone, the controller can set
// for a landslide that has not failed yet.
var runoutChoicesM = [...]float64{50, 150, 300}

// maxInjectRows is how many pending injects the controller's panel lists.
const maxInjectRows = 4

// layoutControls lays out the controller's (导调) own orders: the tabletop phases,
// the injects not delivered yet (a click delivers one now), and the changes to the
// hazards: a fire declared contained, a landslide's runout.
func (cp *controllerPanel) layoutControls(g *Game, y int) int {
	p := &g.panel
	scn := g.session.Scenario()
	p.Fill(image.Rect(innerX, y, innerX+innerW, y+1), colorPanelDim)
	y += 6
	y = g.layoutPhaseRelease(y)
	p.Text(image.Pt(innerX, y), i18n.TextInjectNow.In(g.lang), g.fonts.Normal, colorPanelText)
	y += 22
	cp.pending = g.injects.Pending(cp.pending[:0])
	if len(cp.pending) == 0 {
		p.Text(image.Pt(innerX, y), i18n.TextNoPendingInjects.In(g.lang), g.fonts.Small, colorPanelDim)
		y += rowH
	}
	for _, k := range cp.pending[:min(len(cp.pending), maxInjectRows)] {
		in := scn.Injects[k]
		when := i18n.TextOnCondition.In(g.lang)
		if in.At != nil {
			when = ScenarioTime(scn, int64(*in.At)).Format("15:04")
		}
		label := clip(in.ID+" "+when+" →"+in.To.Chinese()+" "+in.Text, 27)
		ordered := g.injectOrdered(in.ID)
		if p.Row(image.Rect(innerX, y, innerX+innerW, y+rowH), label, colorPanelText, ordered) && !ordered {
			g.send(scenarios.Order{Order: scenarios.OrderInjectNow, Inject: in.ID})
		}
		y += rowH
	}
	if n := len(cp.pending) - maxInjectRows; n > 0 {
		p.Text(image.Pt(innerX, y), fmt.Sprintf(i18n.TextMoreInjects.In(g.lang), n), g.fonts.Small, colorPanelDim)
		y += 16
	}
	return g.layoutHazardControls(y + 4)
}

// layoutHazardControls lays out a button per fire to declare it contained and a row
// of runouts per landslide.
func (g *Game) layoutHazardControls(y int) int {
	p := &g.panel
	hz := g.session.Scenario().Hazards
	if len(hz.Fires)+len(hz.Landslides) == 0 {
		return y
	}
	const bw, gap = 98, 5
	for _, f := range hz.Fires {
		label := i18n.TextContainFire.In(g.lang) + " " + f.ID
		if p.Button(image.Rect(innerX, y, innerX+innerW, y+buttonH), clip(label, 30), false) {
			g.send(scenarios.Order{Order: scenarios.OrderSetHazard, Hazard: f.ID, Set: scenarios.OverrideContained})
		}
		y += buttonH + 4
	}
	for _, l := range hz.Landslides {
		p.Text(image.Pt(innerX, y), clip(i18n.TextRunout.In(g.lang)+" "+l.ID, 30), g.fonts.Small, colorPanelDim)
		y += 16
		for i, m := range runoutChoicesM {
			x := innerX + i*(bw+gap)
			if p.Button(image.Rect(x, y, x+bw, y+buttonH), fmt.Sprintf(i18n.TextMetres.In(g.lang), m), false) {
				g.send(scenarios.Order{Order: scenarios.OrderSetHazard, Hazard: l.ID, Set: scenarios.OverrideRunoutM, Value: m})
			}
		}
		y += buttonH + 4
	}
	return y
}

// sendClock records a change of the controller's clock as a pause or speed order.
func (g *Game) sendClock(speed int) {
	if speed == 0 {
		g.send(scenarios.Order{Order: scenarios.OrderPause})
		return
	}
	g.send(scenarios.Order{Order: scenarios.OrderSpeed, Factor: float64(speed)})
}
