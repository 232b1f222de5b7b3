package scoring

import (
	"fmt"
	"io"
	"strings"

	"drillsim/scenarios"
)

// WriteTable prints the assessment for the terminal in lang: each requirement's score
// citing its clause, the category subtotals, the outcome, the evaluators' ratings and
// the final grade, in columns aligned for the width of Chinese characters.
func (a *Assessment) WriteTable(w io.Writer, lang Lang) error {
	var b strings.Builder
	l := lang
	fmt.Fprintf(&b, "%s: %s %s\n", l.pick("演练", "Drill"), a.Scenario.ID, a.Scenario.Title)
	fmt.Fprintf(&b, "%s: %s  %s: %s\n\n", l.pick("预案", "Plan"), a.Plan.Title, l.pick("事件记录", "Event log"), a.Source)

	rt := textTable{right: []bool{false, false, false, false, false, true, true, true, false}}
	rt.add(l.pick("条款", "Clause"), l.pick("要求", "Requirement"), l.pick("类别", "Category"), l.pick("开始", "Start"), l.pick("完成", "Stop"),
		l.pick("用时", "Took"), l.pick("限时", "Allowed"), l.pick("得分", "Points"), l.pick("结论", "Verdict"))
	for _, r := range a.Scorecard.Rows {
		rt.add(r.Requirement.Clause, shorten(r.Requirement.Title, 30), r.Requirement.Category,
			a.clockIf(r.Started, r.StartS), a.clockIf(r.Stopped, r.StopS), responseOf(r), scenarios.Duration(r.AllowedS).String(),
			pointsOf(r), l.verdict(r))
	}
	b.WriteString(rt.String())
	if n := a.Scorecard.NotApplicable; n > 0 {
		fmt.Fprintf(&b, l.pick("注：%d项要求在本次演练中未触发，不适用，不计入总分。\n", "Note: %d requirements never started in this drill; they do not apply and are left out of the total.\n"), n)
	}

	b.WriteByte('\n')
	ct := textTable{right: []bool{false, true, true, true}}
	ct.add(l.pick("类别", "Category"), l.pick("得分/分值", "Points"), l.pick("得分率", "Percent"), l.pick("达标", "Met"))
	for _, c := range a.Scorecard.Categories {
		if c.Requirements == 0 {
			ct.add(c.Category, "--", "--", l.pick("不适用", "n/a"))
			continue
		}
		ct.add(c.Category, fmt.Sprintf("%.1f/%g", c.Points, c.Weight), fmt.Sprintf("%.1f%%", c.Percent()), fmt.Sprintf("%d/%d", c.Met, c.Requirements))
	}
	b.WriteString(ct.String())

	b.WriteByte('\n')
	for _, kv := range a.outcomeLines(l) {
		fmt.Fprintf(&b, "%s: %s\n", kv[0], kv[1])
	}

	if a.Evaluation.Rated() {
		b.WriteByte('\n')
		et := textTable{right: []bool{false, false, true, false, true}}
		et.add(l.pick("评估项", "Item"), l.pick("内容", "Observation"), l.pick("得分", "Score"), l.pick("多数意见", "Most said"), l.pick("一致度", "Agreement"))
		for _, it := range a.Evaluation.Items {
			et.add(it.Item.ID, l.pick(it.Item.Title, it.Item.English), fmt.Sprintf("%.0f%%", 100*it.Score), string(it.Modal), fmt.Sprintf("%.0f%%", 100*it.Agreement))
		}
		b.WriteString(et.String())
	}

	b.WriteByte('\n')
	b.WriteString(a.totalLine(l))
	b.WriteByte('\n')
	_, err := io.WriteString(w, b.String())
	return err
}

// totalLine states the automatic, evaluator and final scores and the grade.
func (a *Assessment) totalLine(l Lang) string {
	s := fmt.Sprintf(l.pick("自动评分 %.1f（%d项适用要求，%d项达标）", "Automatic %.1f (%d requirements applied, %d met)"),
		a.Scorecard.Total, len(a.Scorecard.Rows)-a.Scorecard.NotApplicable, a.Scorecard.Met())
	if a.Evaluation.Rated() {
		r := a.Plan.Scoring
		s += fmt.Sprintf(l.pick("；评估员评分 %.1f（%d名评估员）；综合得分 = %.0f%%×自动 + %.0f%%×评估员 = %.1f", "; evaluators %.1f (%d evaluators); final = %.0f%%×automatic + %.0f%%×evaluators = %.1f"),
			a.Evaluation.Total, a.Evaluation.Evaluators, 100*r.AutomaticWeight, 100*r.EvaluatorWeight, a.Final)
	} else {
		s += l.pick("；无评估员评分，综合得分即自动评分", "; no evaluator ratings, so the final score is the automatic one")
	}
	return s + fmt.Sprintf(l.pick("；等级：%s", "; grade: %s"), l.grade(a.Grade))
}

// outcomeLines are the outcome indicators as label and value pairs.
func (a *Assessment) outcomeLines(l Lang) [][2]string {
	o := a.Outcome
	peak := "0"
	if o.PeakInDanger > 0 {
		peak = fmt.Sprintf(l.pick("%d人（%s）", "%d (at %s)"), o.PeakInDanger, a.clock(o.PeakInDangerS))
	}
	lastSheltered := "--"
	if o.AnySheltered {
		lastSheltered = a.clock(o.LastShelteredS)
	}
	return [][2]string{
		{l.pick("危险人·分钟", "People-minutes in danger"), fmt.Sprintf("%.0f", o.Final.PeopleMinutesInDanger)},
		{l.pick("伤亡人数", "Casualties"), fmt.Sprint(o.Casualties)},
		{l.pick("处于危险人数峰值", "Peak of people in danger"), peak},
		{l.pick("安置比例", "Share sheltered"), fmt.Sprintf(l.pick("%.1f%%（%d/%d人）", "%.1f%% (%d of %d)"), 100*o.ShareSheltered(), o.Final.Sheltered, o.Final.Residents)},
		{l.pick("最后一批群众安置时间", "Last evacuees sheltered"), lastSheltered},
		{l.pick("中断道路", "Roads cut"), fmt.Sprintf(l.pick("%d条，累计中断%.1f小时", "%d, %.1f road-hours cut"), o.RoadsCut(), o.RoadHoursCut())},
		{l.pick("过火面积", "Area burnt"), fmt.Sprintf("%.1f ha", o.Final.BurntHa)},
		{l.pick("损毁建筑", "Buildings destroyed"), fmt.Sprint(o.BuildingsDestroyed)},
	}
}

// clock returns scenario second t as a China Standard Time clock time, HH:MM.
func (a *Assessment) clock(t int64) string {
	return scenarios.At(t).Clock(a.Scenario.Start.Time).In(scenarios.ChinaStandardTime).Format("15:04")
}

// clockIf returns the clock time of t when ok, else "--:--".
func (a *Assessment) clockIf(ok bool, t int64) string {
	if !ok {
		return "--:--"
	}
	return a.clock(t)
}

// responseOf is the response time of a row, or "--".
func responseOf(r RequirementScore) string {
	if !r.Started || !r.Stopped {
		return "--"
	}
	return scenarios.Duration(r.ResponseS).String()
}

// pointsOf is a row's points out of its weight, or "--" when it does not apply.
func pointsOf(r RequirementScore) string {
	if !r.Applicable {
		return "--"
	}
	return fmt.Sprintf("%.1f/%g", r.Points, r.Requirement.Weight)
}

// shorten cuts s to at most n runes, marking the cut with an ellipsis.
func shorten(s string, n int) string {
	rs := []rune(s)
	if len(rs) <= n {
		return s
	}
	return string(rs[:n-1]) + "…"
}
