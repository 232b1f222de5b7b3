package report

import (
	"fmt"
	"slices"
	"strings"

	"drillsim/i18n"
	"drillsim/scenarios"
	"drillsim/sim"
)

// timelineRow is one line of the report's timeline: a moment (or, for a group of
// hazard consequences, the span it covers) and what happened.
type timelineRow struct {
	from, to int64 // to == from for a moment
	text     string
}

// The timeline's budget: hazard consequences are grouped by place in spans of
// consequenceSpans[0] (10 minutes), widened to the next span while the timeline
// would run past timelineBudget lines, so that any drill's report stays within
// maxReportPages.
var consequenceSpans = []int64{600, 1200, 1800, 3600, 2 * 3600, 4 * 3600, 8 * 3600, 24 * 3600}

const timelineBudget = 160

// consequences are the event kinds the timeline groups by span and place: what the
// hazards did, and the residents warned and sheltered, which come many a tick.
var consequences = []scenarios.EventKind{scenarios.EventCasualty, scenarios.EventRoadCut, scenarios.EventBuildingDestroyed,
	scenarios.EventRoadCleared, scenarios.EventWarned, scenarios.EventSheltered}

// timeline lays out the drill's timeline in names: one line for every inject, order,
// refused order, hazard, unit on scene or done, place evacuated, fire contained,
// reinforcement, road cleared by a task, and each requirement's clock starting,
// stopping or running out; the hazards' consequences and the residents warned and
// sheltered grouped by place and span (10 minutes, wider when a drill has too many
// to read).
func (a assessed) timeline(l i18n.Language) []timelineRow {
	n := drillNames{scn: a.Scenario, l: l}
	var rows []timelineRow
	var grouped []*sim.Event
	shownOrders := map[uint64]bool{}
	shownInjects := map[string]bool{}
	for i := range a.Events {
		e := &a.Events[i]
		switch {
		case e.Kind == scenarios.EventStatus:
		case slices.Contains(consequences, e.Kind) && !(e.Kind == scenarios.EventRoadCleared && e.Cause == scenarios.CauseTask):
			grouped = append(grouped, e)
		case e.Kind == scenarios.EventOrder:
			shownOrders[e.Seq] = true
			rows = append(rows, timelineRow{e.T, e.T, n.eventText(e)})
		case e.Seq != 0 && shownOrders[e.Seq] && slices.Contains([]scenarios.EventKind{scenarios.EventResponseActivated, scenarios.EventReportSent, scenarios.EventInfoReleased}, e.Kind):
			// said by the order's own line
		case e.Kind == scenarios.EventInject:
			shownInjects[e.Inject] = true
			text := n.eventText(e)
			if in, ok := n.inject(e.Inject); ok && in.Kind == scenarios.InjectRainWarning {
				text = fmt.Sprintf(l.Pick("%s发布%s：%s", "%s issues a %s: %s"), in.From, n.rainWarning(in.Level), in.Text)
			}
			rows = append(rows, timelineRow{e.T, e.T, text})
		case e.Kind == scenarios.EventRainWarning && shownInjects[e.Inject]:
		default:
			rows = append(rows, timelineRow{e.T, e.T, n.eventText(e)})
		}
	}
	rows = append(rows, a.requirementMoments(l)...)
	budget := max(timelineBudget-len(rows), 2*len(a.Scenario.Hazards.List())+24)
	for _, span := range consequenceSpans {
		groups := groupConsequences(grouped, span, a.EndS(), n)
		if len(groups) <= budget || span == consequenceSpans[len(consequenceSpans)-1] {
			rows = append(rows, groups...)
			break
		}
	}
	slices.SortStableFunc(rows, func(x, y timelineRow) int { return int(x.from - y.from) })
	return rows
}

// requirementMoments are the lines of each requirement's clock: when it started, when
// it stopped (or was found done early), and when its time ran out undone.
func (a assessed) requirementMoments(l i18n.Language) []timelineRow {
	var rows []timelineRow
	for _, r := range a.Scorecard.Rows {
		if !r.Started {
			continue
		}
		q := r.Requirement
		clause := fmt.Sprintf(l.Pick("第%s条", "clause %s"), q.Clause)
		rows = append(rows, timelineRow{r.StartS, r.StartS, fmt.Sprintf(l.Pick("%s计时开始（限时%s）：%s", "%s: clock starts (%s allowed): %s"),
			clause, durationText(r.AllowedS, l), q.Title)})
		switch {
		case r.Stopped && r.StopBeforeStart:
			rows = append(rows, timelineRow{r.StopS, r.StopS, fmt.Sprintf(l.Pick("%s%s", "%s: %s"), clause, earlyText(r, l))})
		case r.Stopped:
			rows = append(rows, timelineRow{r.StopS, r.StopS, fmt.Sprintf(l.Pick("%s完成：用时%s，%s", "%s done in %s: %s"),
				clause, durationText(r.ResponseS, l), verdict(r, l))})
		}
		if deadline := r.StartS + r.AllowedS; (!r.Stopped || r.StopS > deadline) && deadline <= a.EndS() {
			rows = append(rows, timelineRow{deadline, deadline, fmt.Sprintf(l.Pick("%s时限已到，尚未完成", "%s: time allowed is up, not done"), clause)})
		}
	}
	return rows
}

// consequenceGroup adds up the consequences at one place in one span.
type consequenceGroup struct {
	span                                            int64
	place                                           string
	hurt, roadsCut, roadsOpen, destroyed, sheltered int
	warned                                          *sim.Event // the last warned event
}

// groupConsequences groups events by span of span seconds (the last ending at endS)
// and place, in time order and, within a span, in the order places first appear.
func groupConsequences(events []*sim.Event, span, endS int64, n drillNames) []timelineRow {
	var groups []*consequenceGroup
	for _, e := range events {
		s, place := e.T/span, placeOf(e)
		if place == "" {
			place = n.l.Pick("其他地点", "elsewhere")
		}
		i := slices.IndexFunc(groups, func(g *consequenceGroup) bool { return g.span == s && g.place == place })
		if i < 0 {
			groups = append(groups, &consequenceGroup{span: s, place: place})
			i = len(groups) - 1
		}
		g := groups[i]
		switch e.Kind {
		case scenarios.EventCasualty:
			g.hurt += countOf(e)
		case scenarios.EventRoadCut:
			g.roadsCut++
		case scenarios.EventRoadCleared:
			g.roadsOpen++
		case scenarios.EventBuildingDestroyed:
			g.destroyed += countOf(e)
		case scenarios.EventSheltered:
			g.sheltered += e.Count
		case scenarios.EventWarned:
			g.warned = e
		}
	}
	rows := make([]timelineRow, len(groups))
	for i, g := range groups {
		from, to := g.span*span, min((g.span+1)*span, max(endS, g.span*span))
		rows[i] = timelineRow{from, to, g.place + n.l.Pick("：", ": ") + g.text(n.l)}
	}
	return rows
}

// text says what happened in the group: 伤亡12人，道路中断3条.
func (g *consequenceGroup) text(l i18n.Language) string {
	var parts []string
	add := func(k int, zh, en string) {
		if k > 0 {
			parts = append(parts, fmt.Sprintf(l.Pick(zh, en), k))
		}
	}
	add(g.hurt, "伤亡%d人", "%d hurt")
	add(g.roadsCut, "道路中断%d条", "%d roads cut")
	add(g.roadsOpen, "道路恢复通行%d条", "%d roads open again")
	add(g.destroyed, "建筑损毁%d栋", "%d buildings destroyed")
	if w := g.warned; w != nil {
		parts = append(parts, fmt.Sprintf(l.Pick("已预警%d人（%.0f%%）", "%d warned (%.0f%%)"), w.Count, 100*w.Share))
	}
	add(g.sheltered, "到达安置点%d人", "%d reached shelter")
	return strings.Join(parts, l.Pick("，", ", "))
}

// durationText writes seconds as a duration in the language: 1小时10分 or 1h10m.
func durationText(s int64, l i18n.Language) string {
	d := scenarios.Duration(s)
	return l.Pick(d.Chinese(), d.String())
}

// timelineClock writes a row's time: 22:10, or 00:30-00:40 for a span.
func (a assessed) timelineClock(r timelineRow) string {
	if r.to == r.from {
		return a.clock(r.from)
	}
	return a.clock(r.from) + "-" + a.clock(r.to)
}
