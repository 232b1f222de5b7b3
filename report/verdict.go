package report

import (
	"drillsim/i18n"
	"drillsim/scenarios"
	"drillsim/scoring"
)

// verdict says how a requirement came out.
func verdict(r scoring.RequirementScore, l i18n.Language) string {
	switch {
	case !r.Applicable:
		return l.Pick("不适用（未触发）", "n/a (never started)")
	case !r.Stopped:
		return l.Pick("未完成", "never done")
	case r.Met && r.StopBeforeStart:
		return l.Pick("达标", "met") + l.Pick("（", " (") + earlyWord(r, l) + l.Pick("）", ")")
	case r.Met:
		return l.Pick("达标", "met")
	}
	return l.Pick("超时", "late")
}

// gradeName names a grade in language l.
func gradeName(g scoring.Grade, l i18n.Language) string { return l.Pick(g.Chinese(), g.English()) }

// earlyWord says a duty was done before its clock started: 提前到位 for a unit or
// reinforcement already in place, 提前完成 for the rest.
func earlyWord(r scoring.RequirementScore, l i18n.Language) string {
	switch r.Requirement.Stop.Event {
	case scenarios.EventUnitOnScene, scenarios.EventReinforcementArrived:
		return l.Pick("提前到位", "already in place")
	}
	return l.Pick("提前完成", "done early")
}

// earlyText says on the timeline that a duty was done before its clock started.
func earlyText(r scoring.RequirementScore, l i18n.Language) string {
	return l.Pick(earlyWord(r, l)+"（计时开始时已完成）", earlyWord(r, l)+" when its clock started")
}
