package report

import (
	"fmt"
	"io"
	"strings"
	"time"

	"drillsim/i18n"
	"drillsim/scenarios"
	"drillsim/scoring"
)

// WriteTable prints assessment for the terminal in lang: each requirement's score
// citing its clause, the category subtotals, the outcome, the evaluators' ratings and
// the final grade, in columns aligned for the width of Chinese characters.
func WriteTable(w io.Writer, assessment *scoring.Assessment, lang i18n.Language) error {
	a := assessed{assessment}
	var b strings.Builder
	l := lang
	fmt.Fprintf(&b, "%s: %s %s\n", l.Pick("演练", "Drill"), a.Scenario.ID, a.Scenario.Title)
	fmt.Fprintf(&b, "%s: %s  %s: %s\n", l.Pick("预案", "Plan"), a.Plan.Title, l.Pick("事件记录", "Event log"), a.Source)
	fmt.Fprintf(&b, "%s: %s\n\n", l.Pick("评分对象", "Graded"), a.seatText(l))

	rt := textTable{right: []bool{false, false, false, false, false, true, true, true, false}}
	rt.add(l.Pick("条款", "Clause"), l.Pick("要求", "Requirement"), l.Pick("类别", "Category"), l.Pick("开始", "Start"), l.Pick("完成", "Stop"),
		l.Pick("用时", "Took"), l.Pick("限时", "Allowed"), l.Pick("得分", "Points"), l.Pick("结论", "Verdict"))
	for _, r := range a.Scorecard.Rows {
		rt.add(r.Requirement.Clause, i18n.Shorten(r.Requirement.Title, 30), r.Requirement.Category,
			a.clockIf(r.Started, r.StartS), a.clockIf(r.Stopped, r.StopS), responseOf(r, l), durationText(r.AllowedS, l),
			pointsOf(r), verdict(r, l))
	}
	b.WriteString(rt.String())
	if n := a.Scorecard.NotApplicable; n > 0 {
		fmt.Fprintf(&b, l.Pick("注：%d项要求在本次演练中未触发，不适用，不计入总分。\n", "Note: %d requirements never started in this drill; they do not apply and are left out of the total.\n"), n)
	}

	b.WriteByte('\n')
	ct := textTable{right: []bool{false, true, true, true}}
	ct.add(l.Pick("类别", "Category"), l.Pick("得分/分值", "Points"), l.Pick("得分率", "Percent"), l.Pick("达标", "Met"))
	for _, c := range a.Scorecard.Categories {
		if c.Requirements == 0 {
			ct.add(c.Category, "--", "--", l.Pick("不适用", "n/a"))
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
		et.add(l.Pick("评估项", "Item"), l.Pick("内容", "Observation"), l.Pick("得分", "Score"), l.Pick("多数意见", "Most said"), l.Pick("一致度", "Agreement"))
		for _, it := range a.Evaluation.Items {
			et.add(it.Item.ID, l.Pick(it.Item.Title, it.Item.English), fmt.Sprintf("%.0f%%", 100*it.Score), string(it.Modal), fmt.Sprintf("%.0f%%", 100*it.Agreement))
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
func (a assessed) totalLine(l i18n.Language) string {
	s := fmt.Sprintf(l.Pick("自动评分 %.1f（%d项适用要求，%d项达标）", "Automatic %.1f (%d requirements applied, %d met)"),
		a.Scorecard.Total, len(a.Scorecard.Rows)-a.Scorecard.NotApplicable, a.Scorecard.Met())
	deducted := 0.0
	for _, ap := range a.Applied {
		deducted += ap.Points
	}
	if a.Evaluation.Rated() {
		r := a.Plan.Scoring
		s += fmt.Sprintf(l.Pick("；评估员评分 %.1f（%d名评估员）；综合得分 = %.0f%%×自动 + %.0f%%×评估员 = %.1f", "; evaluators %.1f (%d evaluators); final = %.0f%%×automatic + %.0f%%×evaluators = %.1f"),
			a.Evaluation.Total, a.Evaluation.Evaluators, 100*r.AutomaticWeight, 100*r.EvaluatorWeight, a.Final+deducted)
	} else {
		s += l.Pick("；无评估员评分，综合得分即自动评分", "; no evaluator ratings, so the final score is the automatic one")
	}
	for _, ap := range a.Applied {
		s += l.Pick("；", "; ") + a.ruleEffect(ap, l)
	}
	if deducted > 0 {
		s += fmt.Sprintf(l.Pick("；扣分后综合得分 %.1f", "; final after deductions %.1f"), a.Final)
	}
	if a.Scorecard.Weight == 0 {
		return s + l.Pick("；无适用条款，不评定等级", "; no clause applied, so there is no grade")
	}
	return s + fmt.Sprintf(l.Pick("；等级：%s", "; grade: %s"), gradeName(a.Grade, l))
}

// seatText says whose grade this is and on which duties.
func (a assessed) seatText(l i18n.Language) string {
	if v := a.Seat.Village(); v != "" {
		return fmt.Sprintf(l.Pick("%s（村（社区）条款，只计本村干部的行动和本村群众的伤亡）", "%s (the village clauses, by what its own cadres did, with its own people's casualties)"), v)
	}
	return l.Pick("镇（镇指挥部及其队伍的条款）", "the town (the clauses of the command post and its units)")
}

// ruleEffect says what an outcome rule that applied did: 依第7.2.3条（伤亡12人）扣12.0分,
// or, when the score was 0 already, that nothing was left to take off.
func (a assessed) ruleEffect(ap scoring.AppliedRule, l i18n.Language) string {
	r := ap.Rule
	what := fmt.Sprintf(l.Pick("伤亡%.0f人", "%.0f casualties"), ap.Value)
	if r.Measure == scenarios.MeasureThreatenedCasualties {
		what = fmt.Sprintf(l.Pick("受威胁区域群众伤亡%.0f人", "%.0f casualties among the residents to be moved"), ap.Value)
	}
	var effects []string
	switch {
	case r.PointsEach > 0 && ap.Points >= 0.05:
		effects = append(effects, fmt.Sprintf(l.Pick("扣%.1f分", "takes %.1f points off"), ap.Points))
	case r.PointsEach > 0: // the score was 0 already: the rule applies, nothing is left to take
		effects = append(effects, l.Pick("综合得分已为0分，无分可扣", "the final score was 0 already, with nothing left to take off"))
	}
	switch {
	case ap.Capped:
		effects = append(effects, fmt.Sprintf(l.Pick("等级降为%s", "lowers the grade to %s"), gradeName(ap.Cap, l)))
	case r.Cap != "":
		effects = append(effects, fmt.Sprintf(l.Pick("等级不高于%s（已不高于此）", "caps the grade at %s (it was no higher)"), gradeName(ap.Cap, l)))
	}
	return fmt.Sprintf(l.Pick("依第%s条（%s）%s", "clause %s (%s) %s"), r.Clause, what, strings.Join(effects, l.Pick("，", ", ")))
}

// outcomeLines are the outcome indicators as label and value pairs; those read from the
// drill's status figures are "--" when the log holds none (Outcome.Measured).
func (a assessed) outcomeLines(l i18n.Language) [][2]string {
	o := a.Outcome
	peak := "0"
	if o.PeakInDanger > 0 {
		peak = fmt.Sprintf(l.Pick("%d人（%s）", "%d (at %s)"), o.PeakInDanger, a.clock(o.PeakInDangerS))
	}
	lastSheltered := "--"
	if o.AnySheltered {
		lastSheltered = a.clock(o.LastShelteredS)
	}
	inDanger := fmt.Sprintf("%.0f", o.Final.PeopleMinutesInDanger)
	sheltered := fmt.Sprintf(l.Pick("%.1f%%（%d/%d人）", "%.1f%% (%d of %d)"), 100*o.ShareSheltered(), o.Final.Sheltered, o.Final.Residents)
	burnt := fmt.Sprintf("%.1f ha", o.Final.BurntHa)
	if !o.Measured() {
		inDanger, peak, sheltered, burnt = "--", "--", "--", "--"
	}
	return [][2]string{
		{l.Pick("危险人·分钟", "People-minutes in danger"), inDanger},
		{l.Pick("伤亡人数", "Casualties"), fmt.Sprint(o.Casualties)},
		{l.Pick("处于危险人数峰值", "Peak of people in danger"), peak},
		{l.Pick("安置比例", "Share sheltered"), sheltered},
		{l.Pick("最后一批群众安置时间", "Last evacuees sheltered"), lastSheltered},
		{l.Pick("中断道路", "Roads cut"), fmt.Sprintf(l.Pick("%d条（结束时仍中断%d条），累计中断%.1f小时", "%d (%d still cut at the end), %.1f road-hours cut"), o.RoadsCut(), o.RoadsStillCut(), o.RoadHoursCut())},
		{l.Pick("过火面积", "Area burnt"), burnt},
		{l.Pick("损毁建筑", "Buildings destroyed"), fmt.Sprint(o.BuildingsDestroyed)},
	}
}

// clock returns scenario second t of a drill started at start as a clock time in the
// start's own zone, HH:MM.
func clock(start time.Time, t int64) string {
	return scenarios.At(t).Clock(start).Format("15:04")
}

// clockIf returns the clock time of t when ok, else "--:--".
func clockIf(start time.Time, ok bool, t int64) string {
	if !ok {
		return "--:--"
	}
	return clock(start, t)
}

// startText writes the drill's start: 2026-07-15 22:00 CST.
func (a assessed) startText() string {
	return a.Scenario.Start.String()
}

// clockTime is scenario second t of the drill on its own clock.
func (a assessed) clockTime(t int64) time.Time { return scenarios.At(t).Clock(a.Scenario.Start.Time) }

// clock returns scenario second t of the drill as a clock time, HH:MM.
func (a assessed) clock(t int64) string { return clock(a.Scenario.Start.Time, t) }

// clockIf returns the clock time of t when ok, else "--:--".
func (a assessed) clockIf(ok bool, t int64) string { return clockIf(a.Scenario.Start.Time, ok, t) }

// responseOf is the response time of a row in language l, or "--".
func responseOf(r scoring.RequirementScore, l i18n.Language) string {
	if !r.Started || !r.Stopped {
		return "--"
	}
	return durationText(r.ResponseS, l)
}

// pointsOf is a row's points out of its weight, or "--" when it does not apply.
func pointsOf(r scoring.RequirementScore) string {
	if !r.Applicable {
		return "--"
	}
	return fmt.Sprintf("%.1f/%g", r.Points, r.Requirement.Weight)
}
