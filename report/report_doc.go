package report

import (
	"fmt"
	"slices"
	"strings"

	"drillsim/i18n"
	"drillsim/scenarios"
	"drillsim/scoring"
)

// reportTable is a table of a report: a header row and rows of text.
type reportTable struct {
	Head []string
	Rows [][]string
	// Widths are the columns' relative widths, for layouts that need them (PDF).
	Widths []float64
}

// reportBlock is one block of a report section: a paragraph, a bulleted list, a
// table or a figure (exactly one is set).
type reportBlock struct {
	Text   string
	List   []string
	Table  *reportTable
	Figure *Chart
}

// reportSection is a numbered section of the report.
type reportSection struct {
	Title  string
	Blocks []reportBlock
}

// reportDoc is the after-action report laid out once, for every output format to
// render: its title, a subtitle and the sections in order.
type reportDoc struct {
	Title, Subtitle string
	Sections        []reportSection
}

// reportDocOf lays out the report of a in language l with the charts (by name) and the
// assessments of the villages, each on its own duties.
func (a assessed) reportDocOf(l i18n.Language, charts []Chart, villages []scoring.Assessment) reportDoc {
	figure := func(name string) []reportBlock {
		var blocks []reportBlock
		for i := range charts {
			if strings.HasPrefix(charts[i].Name, name) {
				blocks = append(blocks, reportBlock{Figure: &charts[i]})
			}
		}
		return blocks
	}
	text := func(s string) reportBlock { return reportBlock{Text: s} }
	scn := a.Scenario
	doc := reportDoc{
		Title:    l.Pick("演练评估报告", "After-Action Report"),
		Subtitle: scn.Title,
	}
	overview := []reportBlock{{Table: &reportTable{Widths: []float64{1, 3}, Head: []string{l.Pick("项目", "Item"), l.Pick("内容", "Detail")}, Rows: [][]string{
		{l.Pick("演练名称", "Drill"), scn.Title},
		{l.Pick("开始时间", "Start"), a.startText()},
		{l.Pick("演练时长", "Duration"), durationText(scn.Duration.Seconds(), l)},
		{l.Pick("响应级别", "Response level"), l.Pick(scn.Level.Chinese(), scn.Level.String())},
		{l.Pick("灾种", "Hazards"), a.hazardsText(l)},
		{l.Pick("事件记录", "Event log"), fmt.Sprintf(l.Pick("%d条事件（记录文件及其标识见附件）", "%d events (the log and its identifiers in the annex)"), len(a.Events))},
		{l.Pick("综合得分", "Final score"), fmt.Sprintf("%.1f", a.Final)},
		{l.Pick("评定等级", "Grade"), gradeName(a.Grade, l)},
	}}}, text(a.totalLine(l))}
	doc.Sections = append(doc.Sections, reportSection{Title: l.Pick("演练概况", "Overview"), Blocks: overview})
	doc.Sections = append(doc.Sections, reportSection{Title: l.Pick("评估依据", "Basis of the evaluation"), Blocks: a.basisBlocks(l)})

	timeline := &reportTable{Widths: []float64{1.3, 6}, Head: []string{l.Pick("时间", "Time"), l.Pick("事件", "Event")}}
	for _, r := range a.timeline(l) {
		timeline.Rows = append(timeline.Rows, []string{a.timelineClock(r), r.text})
	}
	doc.Sections = append(doc.Sections, reportSection{Title: l.Pick("时间线", "Timeline"), Blocks: append(figure("timeline"), reportBlock{Table: timeline})})

	doc.Sections = append(doc.Sections, reportSection{Title: l.Pick("各项要求得分", "Score by requirement"), Blocks: append([]reportBlock{{Table: a.requirementTable(l)}, text(a.notApplicableNote(l))}, figure("response")...)})
	doc.Sections = append(doc.Sections, reportSection{Title: l.Pick("分类得分", "Score by category"), Blocks: []reportBlock{{Table: a.categoryTable(l)}}})
	if len(villages) > 0 {
		doc.Sections = append(doc.Sections, reportSection{Title: l.Pick("各村（社区）得分", "Score by village"), Blocks: villageBlocks(villages, l)})
	}

	outBlocks := []reportBlock{{Table: a.outcomeTable(l)}}
	outBlocks = append(outBlocks, figure("people")...)
	outBlocks = append(outBlocks, figure("map")...)
	doc.Sections = append(doc.Sections, reportSection{Title: l.Pick("结果指标", "Outcome"), Blocks: outBlocks})

	doc.Sections = append(doc.Sections, reportSection{Title: l.Pick("评估员意见", "Evaluators' observations"), Blocks: a.observationBlocks(l)})

	findings := a.Findings()
	var problems []string
	for _, f := range findings {
		problems = append(problems, l.Pick(f.Problem, f.ProblemEn))
	}
	advice := adviceList(findings, l)
	if len(problems) == 0 {
		problems = []string{l.Pick("本次演练各项适用要求均在时限内完成，未发现明显问题。", "Every applicable requirement was met in time; no problems found.")}
		advice = []string{l.Pick("保持现有做法，下次演练可适当提高难度（如夜间、通信中断）。", "Keep the current practice; make the next drill harder (at night, with communications down).")}
	}
	doc.Sections = append(doc.Sections, reportSection{Title: l.Pick("存在问题", "Problems found"), Blocks: []reportBlock{{List: problems}}})
	doc.Sections = append(doc.Sections, reportSection{Title: l.Pick("改进建议", "Recommendations"), Blocks: []reportBlock{{List: advice}}})
	doc.Sections = append(doc.Sections, reportSection{Title: l.Pick("附件", "Annexes"), Blocks: a.annexBlocks(l, charts)})
	return doc
}

// adviceList gives each piece of advice once, in the order of the findings, citing
// the clauses (or, for findings without one, the category) it answers.
func adviceList(findings []scoring.Finding, l i18n.Language) []string {
	var texts []string
	cites := map[string][]string{}
	for _, f := range findings {
		text := l.Pick(f.Advice, f.AdviceEn)
		if _, seen := cites[text]; !seen {
			texts = append(texts, text)
		}
		cite := f.Category
		switch {
		case f.Clause != "":
			cite = f.Clause
		case f.Item != "":
			cite = f.Item
		}
		if !slices.Contains(cites[text], cite) {
			cites[text] = append(cites[text], cite)
		}
	}
	list := make([]string, len(texts))
	for i, text := range texts {
		list[i] = l.Pick("针对", "For ") + strings.Join(cites[text], l.Pick("、", ", ")) + l.Pick("：", ": ") + text
	}
	return list
}

// hazardsText names the drill's hazards (大漕河山洪), or "--".
func (a assessed) hazardsText(l i18n.Language) string {
	n := drillNames{scn: a.Scenario, l: l}
	var names []string
	for _, h := range a.Scenario.Hazards.List() {
		names = append(names, n.hazard(h.ID, h.Type))
	}
	if len(names) == 0 {
		return "--"
	}
	return n.list(names)
}

// basisBlocks cite the plan's clauses in force, the scoring rules and the standards.
func (a assessed) basisBlocks(l i18n.Language) []reportBlock {
	r := a.Plan.Scoring
	t := &reportTable{Widths: []float64{0.8, 4.6, 1.5, 1.4, 0.8, 0.6}, Head: []string{l.Pick("条款", "Clause"), l.Pick("要求", "Requirement"), l.Pick("类别", "Category"),
		l.Pick("责任主体", "Responsible"), l.Pick("限时", "Allowed"), l.Pick("分值", "Weight")}}
	types := a.Scenario.Hazards.Types()
	for _, q := range a.Plan.RequirementsAt(a.Scenario.Level) {
		if q.AppliesTo(types) {
			t.Rows = append(t.Rows, []string{q.Clause, q.Title, q.Category, responsibleName(q.Responsible, l), durationText(q.Allowed.Seconds(), l), fmt.Sprintf("%g", q.Weight)})
		}
	}
	blocks := []reportBlock{
		{Text: fmt.Sprintf(l.Pick("《%s》在%s应急响应下适用的条款如下。", "The clauses of %s in force at response level %s:"), a.Plan.Title, l.Pick(a.Scenario.Level.Chinese(), a.Scenario.Level.String()))},
		{Table: t},
		{Text: l.Pick("计分只认参演人员的行动：一项要求在其条款允许的原因下完成才计时停止——指挥部或村干部下达的指令，或其派出队伍执行的任务；洪水退去、火自行熄灭等自然变化不计分（条款写明的除外）。报告须在所报告的险情发生之后发出方才计入；计时开始前已到位且仍在现场的队伍计为“提前到位”。镇的评分只含责任主体为镇指挥部及其队伍的条款；各村（社区）按本村条款单独评分，只计本村干部的行动。",
			"Only what participants did counts: a requirement's clock stops only on a cause its clause allows, an order of the command post or a village's cadres, or the task of a unit they dispatched; water going down or a fire burning out counts for nothing unless the clause says so. A report counts only once what it reports has happened; a unit already in place, and still there, when a clock starts counts as in place early. The town is graded on the clauses of the command post and its units; each village on its own clauses, by what its own cadres did.")},
	}
	if len(a.Plan.Outcomes) > 0 {
		o := &reportTable{Widths: []float64{0.8, 6}, Head: []string{l.Pick("条款", "Clause"), l.Pick("结果评价规则", "Outcome rule")}}
		for _, rule := range a.Plan.Outcomes {
			o.Rows = append(o.Rows, []string{rule.Clause, rule.Title})
		}
		applied := l.Pick("本次演练未触发结果评价规则。", "No outcome rule applied to this drill.")
		if len(a.Applied) > 0 {
			var effects []string
			for _, ap := range a.Applied {
				effects = append(effects, a.ruleEffect(ap, l))
			}
			applied = l.Pick("本次演练适用的结果评价规则：", "Outcome rules applied to this drill: ") + strings.Join(effects, l.Pick("；", "; ")) + l.Pick("。", ".")
		}
		blocks = append(blocks, reportBlock{Text: l.Pick("群众伤亡等结果按下列规则计入评定（扣分从综合得分中扣除，等级不高于规则所定）：", "What the drill came to for the people weighs on the grade by these rules (points come off the final score; the grade is no better than a rule allows):")},
			reportBlock{Table: o}, reportBlock{Text: applied})
	}
	return append(blocks,
		reportBlock{Text: fmt.Sprintf(l.Pick("评分方法：在限时内完成得满分，超时按比例扣分，至限时的%g倍时得零分，未完成得零分；本次演练未触发的要求不适用，不计入总分。自动评分按适用要求的分值折算为百分制。综合得分 = 自动评分×%.0f%% + 评估员评分×%.0f%%（无评估员评分时即为自动评分）。等级：优秀≥%g，良好≥%g，合格≥%g，低于%g为不合格。",
			"Scoring: full points within the time allowed, falling linearly to zero at %g times the allowed time, zero if never done; requirements whose clock never started do not apply and are left out. The automatic score scales the applicable weights to 100. Final = %.0f%% automatic + %.0f%% evaluators (the automatic score alone without ratings). Grades: excellent ≥%g, good ≥%g, pass ≥%g, fail below %g."),
			r.ZeroAtMultiple, 100*r.AutomaticWeight, 100*r.EvaluatorWeight, r.Grades.Excellent, r.Grades.Good, r.Grades.Pass, r.Grades.Pass)},
		reportBlock{Text: l.Pick("评估员观察项参照《生产安全事故应急演练评估规范》（AQ/T 9009）、GB/T 46792 及美国HSEEP演练评估指南（EEG）的做法，评分P=1、S=0.67、M=0.33、U=0，是=1、否=0。",
			"Observation items follow AQ/T 9009, GB/T 46792 and the HSEEP exercise evaluation guides; ratings score P=1, S=0.67, M=0.33, U=0, yes=1, no=0.")},
	)
}

// responsibleName names who a duty falls on: 镇指挥部, 村（社区）, or a kind of unit.
func responsibleName(r scenarios.Responsible, l i18n.Language) string {
	switch {
	case r == "" || r == scenarios.ResponsibleCommand:
		return l.Pick("镇指挥部", "command post")
	case r.Village():
		return l.Pick("村（社区）", "villages")
	}
	return i18n.UnitKindName(scenarios.UnitKind(r), l)
}

// requirementTable is the score of every requirement, citing its clause.
func (a assessed) requirementTable(l i18n.Language) *reportTable {
	t := &reportTable{Widths: []float64{0.8, 4, 0.8, 0.8, 1, 0.8, 1, 1.2},
		Head: []string{l.Pick("条款", "Clause"), l.Pick("要求", "Requirement"), l.Pick("开始", "Start"), l.Pick("完成", "Stop"), l.Pick("用时", "Took"), l.Pick("限时", "Allowed"), l.Pick("得分", "Points"), l.Pick("结论", "Verdict")}}
	for _, r := range a.Scorecard.Rows {
		t.Rows = append(t.Rows, []string{r.Requirement.Clause, r.Requirement.Title, a.clockIf(r.Started, r.StartS), a.clockIf(r.Stopped, r.StopS),
			responseOf(r, l), durationText(r.AllowedS, l), pointsOf(r), verdict(r, l)})
	}
	return t
}

// notApplicableNote says how many requirements did not apply, and why.
func (a assessed) notApplicableNote(l i18n.Language) string {
	sc := a.Scorecard
	s := fmt.Sprintf(l.Pick("适用要求%d项，达标%d项，自动评分%.1f（得分%.1f/分值%g）。", "%d requirements applied, %d met; automatic score %.1f (%.1f of %g points)."),
		len(sc.Rows)-sc.NotApplicable, sc.Met(), sc.Total, sc.Points, sc.Weight)
	if sc.NotApplicable > 0 {
		s += fmt.Sprintf(l.Pick("另有%d项要求在本次演练中未触发，不适用，不计入总分。", " %d more never started in this drill: they do not apply and are left out of the total."), sc.NotApplicable)
	}
	return s
}

// categoryTable is the subtotal of every category, in the plan's category order.
func (a assessed) categoryTable(l i18n.Language) *reportTable {
	t := &reportTable{Widths: []float64{2, 1, 1, 1}, Head: []string{l.Pick("类别", "Category"), l.Pick("得分/分值", "Points"), l.Pick("得分率", "Percent"), l.Pick("达标", "Met")}}
	for _, c := range a.Scorecard.Categories {
		if c.Requirements == 0 {
			t.Rows = append(t.Rows, []string{c.Category, "--", "--", l.Pick("不适用", "n/a")})
			continue
		}
		t.Rows = append(t.Rows, []string{c.Category, fmt.Sprintf("%.1f/%g", c.Points, c.Weight), fmt.Sprintf("%.1f%%", c.Percent()), fmt.Sprintf("%d/%d", c.Met, c.Requirements)})
	}
	return t
}

// observationBlocks are the evaluators' ratings by item, and their comments.
func (a assessed) observationBlocks(l i18n.Language) []reportBlock {
	ev := a.Evaluation
	if !ev.Rated() {
		return []reportBlock{{Text: l.Pick("本次演练无评估员评分，综合得分即自动评分。", "Nobody rated this drill: the final score is the automatic one.")}}
	}
	var comments []string
	for _, it := range ev.Items {
		for _, o := range it.Observations {
			if o.Comment == "" {
				continue
			}
			when := ""
			if o.HasTime {
				when = " " + a.clock(int64(o.At))
			}
			comments = append(comments, fmt.Sprintf("%s%s %s（%s）：%s", it.Item.ID, when, o.Evaluator, o.Rating, o.Comment))
		}
	}
	blocks := []reportBlock{
		{Text: fmt.Sprintf(l.Pick("%d名评估员对%d个观察项给出%d项评分，评估员评分%.1f。", "%d evaluators gave %d ratings of %d items; evaluators' score %.1f."), ev.Evaluators, ev.Observations, len(ev.Items), ev.Total)},
		{Table: a.observationTable(l)},
	}
	if len(comments) > 0 {
		blocks = append(blocks, reportBlock{List: comments})
	}
	return blocks
}

// observationTable is the evaluators' ratings by item.
func (a assessed) observationTable(l i18n.Language) *reportTable {
	t := &reportTable{Widths: []float64{0.6, 4, 0.8, 1.4, 0.8, 0.8}, Head: []string{l.Pick("编号", "Item"), l.Pick("观察项", "Observation"), l.Pick("得分", "Score"), l.Pick("多数意见", "Most said"), l.Pick("一致度", "Agreement"), l.Pick("人数", "Raters")}}
	for _, it := range a.Evaluation.Items {
		t.Rows = append(t.Rows, []string{it.Item.ID, l.Pick(it.Item.Title, it.Item.English), fmt.Sprintf("%.0f%%", 100*it.Score), l.Pick(it.Modal.Chinese(), string(it.Modal)),
			fmt.Sprintf("%.0f%%", 100*it.Agreement), fmt.Sprint(len(it.Observations))})
	}
	return t
}

// annexBlocks list the figures, the log's identity and the rejected commands.
func (a assessed) annexBlocks(l i18n.Language, charts []Chart) []reportBlock {
	var figures []string
	for i, c := range charts {
		figures = append(figures, fmt.Sprintf(l.Pick("图%d %s", "Figure %d %s"), i+1, c.Title))
	}
	blocks := []reportBlock{
		{Text: l.Pick("附件一：图表清单", "Annex 1: figures")},
		{List: figures},
		{Text: fmt.Sprintf(l.Pick("附件二：事件记录 %s，想定 %s（哈希 %s），地图哈希 %s，随机种子 %d。", "Annex 2: event log %s of scenario %s (hash %s) on map %s, seed %d."),
			a.Source, a.Header.Scenario, a.Header.ScenarioHash, a.Header.MapHash, a.Header.Seed)},
	}
	n := drillNames{scn: a.Scenario, l: l}
	var rejected []string
	for i := range a.Events {
		if e := &a.Events[i]; e.Kind == scenarios.EventRejected {
			rejected = append(rejected, a.clock(e.T)+" "+n.eventText(e))
		}
	}
	if len(rejected) > 0 {
		blocks = append(blocks, reportBlock{Text: l.Pick("附件三：被拒指令", "Annex 3: rejected orders")}, reportBlock{List: rejected})
	}
	return blocks
}
