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

// injectRows is how many pending injects the controller's panel shows before they
// scroll.
const injectRows = 4

// layoutControls lays out the controller's (导调) own orders: the tabletop phases,
// the injects not delivered yet (a click asks to deliver one now), and the changes
// to the hazards: a fire declared contained, a landslide's runout.
func (cp *controllerPanel) layoutControls(g *Game, y int) int {
	p := &g.panel
	scn := g.session.Scenario()
	p.Fill(image.Rect(innerX, y, innerX+innerW, y+1), colorButton)
	y += 6
	y = g.layoutPhaseRelease(y)
	cp.pending = g.injects.Pending(cp.pending[:0])
	y = g.section(y, fmt.Sprintf("%s (%d)", i18n.TextInjectNow.In(g.lang), len(cp.pending)))
	box := image.Rect(innerX, y, innerX+innerW, y+injectRows*rowH)
	if len(cp.pending) == 0 {
		p.Line(image.Rect(innerX, y, box.Max.X, y+rowH), i18n.TextNoPendingInjects.In(g.lang), g.fonts.Small, colorPanelDim)
	}
	from, to := p.List(box, len(cp.pending), rowH, &cp.injects)
	for k, i := range cp.pending[from:to] {
		in := scn.Injects[i]
		ordered := g.injectOrdered(in.ID)
		r := image.Rect(innerX, y+k*rowH, innerX+innerW-scrollBarW, y+(k+1)*rowH)
		if p.Row(r, g.injectLabel(in), colorPanelText, ordered) && !ordered {
			g.openDialog(g.injectDialog(in))
		}
	}
	return g.layoutHazardControls(box.Max.Y + 4)
}

// injectLabel is an inject as the controller's list shows it: when, to whom, from
// whom, what it says.
func (g *Game) injectLabel(in scenarios.Inject) string {
	when := i18n.TextOnCondition.In(g.lang)
	if in.At != nil {
		when = clockTime(g, int64(*in.At))
	}
	return when + " " + in.From + "→" + i18n.RoleName(in.To, g.lang) + " " + in.Text
}

// injectDialog asks the controller to deliver inject in now.
func (g *Game) injectDialog(in scenarios.Inject) *dialog {
	return &dialog{
		title: i18n.TextInjectNow.In(g.lang),
		body:  g.injectLabel(in),
		order: scenarios.Order{Order: scenarios.OrderInjectNow, Inject: in.ID},
	}
}

// hazardName names a scenario's hazard by the zone it concerns, else by its type.
func (g *Game) hazardName(zone string, t scenarios.HazardType) string {
	if zone != "" {
		return zone
	}
	return i18n.HazardName(t, g.lang)
}

// layoutHazardControls lays out a button per fire to declare it contained and a row
// of runouts per landslide, each asked to confirm.
func (g *Game) layoutHazardControls(y int) int {
	p := &g.panel
	hz := g.session.Scenario().Hazards
	for _, f := range hz.Fires {
		label := i18n.TextContainFire.In(g.lang) + " " + g.hazardName(f.Zone, scenarios.HazardFire)
		if p.Button(image.Rect(innerX, y, innerX+innerW, y+buttonH), label, false) {
			g.openDialog(&dialog{title: label, order: scenarios.Order{Order: scenarios.OrderSetHazard, Hazard: f.ID, Set: scenarios.OverrideContained}})
		}
		y += buttonH + 4
	}
	for _, l := range hz.Landslides {
		name := g.hazardName(l.Zone, scenarios.HazardLandslide)
		p.Line(image.Rect(innerX, y, innerX+innerW, y+rowH), i18n.TextRunout.In(g.lang)+" "+name, g.fonts.Small, colorPanelDim)
		y += rowH
		for i, m := range runoutChoicesM {
			label := fmt.Sprintf(i18n.TextMetres.In(g.lang), m)
			if p.Button(actionButton(y, i), label, false) {
				g.openDialog(&dialog{title: i18n.TextRunout.In(g.lang) + " " + name + " " + label,
					order: scenarios.Order{Order: scenarios.OrderSetHazard, Hazard: l.ID, Set: scenarios.OverrideRunoutM, Value: m}})
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
