package report

import (
	"drillsim/i18n"
	"drillsim/scoring"
)

// verdict says how a requirement came out.
func verdict(r scoring.RequirementScore, l i18n.Language) string {
	switch {
	case !r.Applicable:
		return l.Pick("不适用（未触发）", "n/a (never started)")
	case !r.Stopped:
		return l.Pick("未完成", "never done")
	case r.Met:
		return l.Pick("达标", "met")
	}
	return l.Pick("超时", "late")
}

// gradeName names a grade in language l.
func gradeName(g scoring.Grade, l i18n.Language) string { return l.Pick(g.Chinese(), g.English()) }
