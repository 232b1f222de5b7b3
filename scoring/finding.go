package scoring

import (
	"fmt"

	"drillsim/observation"
	"drillsim/scenarios"
)

// Finding is one problem the evaluation found (存在问题) with the improvement it
// suggests (改进建议), each in Chinese and English.
type Finding struct {
	// Clause is the plan clause the problem is against ("" for an evaluator item);
	// Category its category.
	Clause, Category string
	// Item is the evaluator item the problem is about ("" for a requirement).
	Item string
	// Problem and Advice in Chinese; ProblemEn and AdviceEn in English.
	Problem, Advice     string
	ProblemEn, AdviceEn string
	// PointsLost are the requirement points missed; PeopleMinutes the people-minutes
	// in danger that built up while the duty was overdue.
	PointsLost, PeopleMinutes float64
}

// categoryAdvice is the standing advice for a missed duty of each category.
var categoryAdvice = map[string][2]string{
	"预警与信息报告": {"细化预警发布与信息报告流程，明确责任人和时限，提前准备大喇叭、短信模板并开展演练。", "Write down who warns and reports, with deadlines; prepare loudspeaker and SMS templates and rehearse them."},
	"应急响应启动":  {"明确响应启动条件和决策程序，值班人员接报后即时报告主要负责人。", "Make activation criteria and the decision path explicit; duty staff report to the leaders at once."},
	"指挥协调":    {"现场指挥部建立后即明确分工，按预案预先编组救援力量，缩短调度决策时间。", "Assign roles as soon as the command post stands; pre-assign units by the plan to shorten dispatch decisions."},
	"转移安置":    {"提前划定转移路线和安置点，落实村（社区）干部包户到人，对老弱病残优先转移。", "Mark routes and shelters in advance; give each cadre named households; move vulnerable people first."},
	"抢险救援":    {"前置抢险力量和机械，预先研判易中断路段，制定绕行和抢通方案。", "Pre-position teams and machines; study the roads likely to be cut and plan detours and clearing."},
	"医疗救护":    {"医疗队随救援力量前置待命，建立伤员转运通道。", "Stage the medical team with the rescuers and plan casualty transport routes."},
	"物资保障":    {"安置点开放即同步调运物资，储备库明确出库流程和运输车辆。", "Move supplies when a shelter opens; fix the depot's release procedure and vehicles."},
	"信息发布":    {"准备信息发布模板，险情发生后第一时间通过政务新媒体发布权威信息。", "Prepare release templates and publish authoritative information as soon as the hazard strikes."},
	"善后处置":    {"提前明确善后处置责任和程序。", "Assign aftermath duties and procedures in advance."},
}

// adviceFor returns the advice for a category in both languages.
func adviceFor(category string) (zh, en string) {
	if a, ok := categoryAdvice[category]; ok {
		return a[0], a[1]
	}
	return "对照预案条款复盘该项处置流程。", "Review this duty against the plan clause."
}

// Findings lists the problems of the drill: every applicable requirement missed or
// never done (with how late, the points it cost and the people-minutes in danger
// while it was overdue), then every evaluator item scored below S, then casualties.
func (a *Assessment) Findings() []Finding {
	var fs []Finding
	for _, r := range a.Scorecard.Rows {
		if !r.Applicable || r.Met {
			continue
		}
		req := r.Requirement
		deadline := r.StartS + r.AllowedS
		doneS := a.EndS()
		if r.Stopped {
			doneS = r.StopS
		}
		f := Finding{Clause: req.Clause, Category: req.Category, PointsLost: req.Weight - r.Points,
			PeopleMinutes: a.Outcome.PeopleMinutesInDangerBetween(deadline, doneS)}
		if r.Stopped {
			f.Problem = fmt.Sprintf("第%s条“%s”：用时%s（限时%s），超时%s，失分%.1f", req.Clause, req.Title,
				scenarios.Duration(r.ResponseS).Chinese(), scenarios.Duration(r.AllowedS).Chinese(), scenarios.Duration(r.OverS).Chinese(), f.PointsLost)
			f.ProblemEn = fmt.Sprintf("Clause %s: took %s against %s allowed, %s late; %.1f points lost",
				req.Clause, scenarios.Duration(r.ResponseS), scenarios.Duration(r.AllowedS), scenarios.Duration(r.OverS), f.PointsLost)
		} else {
			f.Problem = fmt.Sprintf("第%s条“%s”：演练结束仍未完成（限时%s，已超出%s），失分%.1f", req.Clause, req.Title,
				scenarios.Duration(r.AllowedS).Chinese(), scenarios.Duration(r.OverS).Chinese(), f.PointsLost)
			f.ProblemEn = fmt.Sprintf("Clause %s: never done by the end of the drill (%s allowed, %s overdue); %.1f points lost",
				req.Clause, scenarios.Duration(r.AllowedS), scenarios.Duration(r.OverS), f.PointsLost)
		}
		if f.PeopleMinutes > 0 {
			f.Problem += fmt.Sprintf("；超时期间群众处于危险累计%.0f人·分钟", f.PeopleMinutes)
			f.ProblemEn += fmt.Sprintf("; %.0f people-minutes in danger while it was overdue", f.PeopleMinutes)
		}
		f.Advice, f.AdviceEn = adviceFor(req.Category)
		fs = append(fs, f)
	}
	for _, it := range a.Evaluation.Items {
		if it.Score >= observation.RatingS.Value() {
			continue
		}
		f := Finding{Category: it.Item.Category, Item: it.Item.ID,
			Problem:   fmt.Sprintf("评估项%s“%s”：评估员评分%.0f%%（多数意见%s）", it.Item.ID, it.Item.Title, 100*it.Score, it.Modal.Chinese()),
			ProblemEn: fmt.Sprintf("Observation %s (%s): rated %.0f%% (most said %s)", it.Item.ID, it.Item.English, 100*it.Score, it.Modal)}
		f.Advice, f.AdviceEn = adviceFor(it.Item.Category)
		fs = append(fs, f)
	}
	if n := a.Outcome.Casualties; n > 0 {
		fs = append(fs, Finding{Category: "医疗救护",
			Problem:   fmt.Sprintf("演练中出现伤亡%d人，危险人·分钟累计%.0f", n, a.Outcome.Final.PeopleMinutesInDanger),
			ProblemEn: fmt.Sprintf("%d casualties; %.0f people-minutes in danger in all", n, a.Outcome.Final.PeopleMinutesInDanger),
			Advice:    "复盘伤亡发生的地点和时间，提前转移该处群众并前置医疗力量。",
			AdviceEn:  "Trace where and when the casualties happened; move those people earlier and stage medics nearby."})
	}
	return fs
}
