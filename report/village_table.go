package report

import (
	"fmt"

	"drillsim/i18n"
	"drillsim/scoring"
)

// villageBlocks are the report's section by village: each village the hazards
// threaten graded on its own duties, by what its own cadres did (a summary table),
// then every village clause of every village with its times and verdict.
func villageBlocks(villages []scoring.Assessment, l i18n.Language) []reportBlock {
	summary := &reportTable{Widths: []float64{1.6, 0.9, 0.9, 1.1, 0.9, 0.9, 1},
		Head: []string{l.Pick("村（社区）", "Village"), l.Pick("适用条款", "Clauses"), l.Pick("达标", "Met"), l.Pick("得分/分值", "Points"),
			l.Pick("评分", "Score"), l.Pick("伤亡", "Casualties"), l.Pick("等级", "Grade")}}
	clauses := &reportTable{Widths: []float64{1.3, 0.7, 3.2, 0.8, 0.8, 1, 1.3},
		Head: []string{l.Pick("村（社区）", "Village"), l.Pick("条款", "Clause"), l.Pick("要求", "Requirement"), l.Pick("开始", "Start"),
			l.Pick("完成", "Stop"), l.Pick("用时", "Took"), l.Pick("结论", "Verdict")}}
	for i := range villages {
		v := assessed{&villages[i]}
		sc := v.Scorecard
		grade := gradeName(v.Grade, l)
		if sc.Weight == 0 {
			grade = l.Pick("无适用条款", "nothing applied")
		}
		summary.Rows = append(summary.Rows, []string{v.Seat.Village(), fmt.Sprint(len(sc.Rows) - sc.NotApplicable), fmt.Sprint(sc.Met()),
			fmt.Sprintf("%.1f/%g", sc.Points, sc.Weight), fmt.Sprintf("%.1f", v.Final), fmt.Sprint(v.Outcome.Casualties), grade})
		for _, r := range sc.Rows {
			clauses.Rows = append(clauses.Rows, []string{v.Seat.Village(), r.Requirement.Clause, r.Requirement.Title,
				v.clockIf(r.Started, r.StartS), v.clockIf(r.Stopped, r.StopS), responseOf(r, l), verdict(r, l)})
		}
	}
	return []reportBlock{
		{Text: l.Pick("受威胁的村（社区）各按本村条款（责任主体为村（社区））单独评分，只计本村干部下达的指令和派出的队伍，伤亡只计本村群众；镇的评分不含这些条款。",
			"Each threatened village is graded on its own clauses (those the plan gives to the villages), counting only what its own cadres ordered and sent, and only its own people's casualties; the town's grade leaves these clauses out.")},
		{Table: summary},
		{Table: clauses},
	}
}
