package scenarios

import (
	"strings"
	"testing"
)

// planWith is a one-requirement plan with the requirement's lines replaced.
func planWith(requirement, extra string) string {
	return `id: p
title: 测试预案
levels:
  - {level: IV, requirements: [R1]}
requirements:
  - id: R1
    clause: "1.1"
    title: 测试
    category: 转移安置
` + requirement + extra
}

const goodRequirement = `    start: {event: rain_warning, level: orange}
    stop: {event: evacuated, all_threatened: true}
    allowed: 2h
    weight: 10
`

func TestParsePlanDefaultsAndLevels(t *testing.T) {
	src := planWith(goodRequirement, `  - id: R2
    clause: "1.2"
    title: 增援
    category: 指挥协调
    hazards: [fire]
    start: {event: hazard_started}
    stop: {event: order, order: request_reinforcement}
    allowed: 1h
    weight: 2
`)
	src = strings.Replace(src, "  - {level: IV, requirements: [R1]}", "  - {level: IV, requirements: [R1]}\n  - {level: Ⅲ, requirements: [R2]}", 1)
	p, err := ParsePlan([]byte(src), "p.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if p.Scoring != DefaultScoringRules {
		t.Errorf("scoring %+v, want the defaults", p.Scoring)
	}
	if got := len(p.RequirementsAt(LevelIV)); got != 1 {
		t.Errorf("%d requirements at IV, want 1", got)
	}
	if got := len(p.RequirementsAt(LevelII)); got != 2 {
		t.Errorf("%d requirements at II, want both (levels are cumulative)", got)
	}
	r, ok := p.Requirement("R2")
	if !ok || r.AppliesTo([]HazardType{HazardFlood}) || !r.AppliesTo([]HazardType{HazardFlood, HazardFire}) {
		t.Errorf("R2 %+v must apply to fires only", r)
	}
	if r1, _ := p.Requirement("R1"); !r1.AppliesTo(nil) || r1.Allowed != 2*Hour {
		t.Errorf("R1 %+v must apply to every hazard", r1)
	}
}

func TestParsePlanReportsEveryProblem(t *testing.T) {
	tests := []struct {
		name, requirement, extra, want string
	}{
		{"filter the event does not take", `    start: {event: report_sent, village: 玉兰村}
    stop: {event: info_released}
    allowed: 1h
    weight: 1
`, "", "p.yaml:10:42: requirements[0].start: event report_sent takes no village filter: it takes report"},
		{"unknown event", `    start: {event: flood_warning}
    stop: {event: info_released}
    allowed: 1h
    weight: 1
`, "", `p.yaml:10:20: requirements[0].start: unknown event "flood_warning": use one of inject, hazard_started`},
		{"bad share and colour", `    start: {event: rain_warning, level: purple}
    stop: {event: warned, share: 90}
    allowed: 1h
    weight: 1
`, "", `p.yaml:10:41: requirements[0].start: unknown warning colour "purple"`},
		{"bad share", `    start: {event: rain_warning}
    stop: {event: warned, share: 90}
    allowed: 1h
    weight: 1
`, "", "p.yaml:11:34: requirements[0].stop: share 90 must be a fraction between 0 and 1"},
		{"no time allowed", `    start: {event: rain_warning}
    stop: {event: warned}
    allowed: 0s
    weight: 1
`, "", "p.yaml:12:14: requirements[0]: allowed time must be positive"},
		{"unknown order and report", `    start: {event: order, order: shout}
    stop: {event: report_sent, report: daily}
    allowed: 1h
    weight: 1
`, "", `p.yaml:10:34: requirements[0].start: unknown order "shout"`},
		{"scoring out of order", goodRequirement, "scoring:\n  grades: {excellent: 70, good: 75, pass: 60}\n",
			"p.yaml:15:12: scoring.grades: want 0 < pass < good < excellent <= 100, found 60, 75, 70"},
		{"weights not summing to one", goodRequirement, "scoring:\n  automatic_weight: 0.8\n",
			"scoring: automatic_weight 0.8 and evaluator_weight 0.3 must be non-negative and sum to 1"},
		{"unknown scoring field", goodRequirement, "scoring:\n  pass_mark: 60\n",
			`p.yaml:15:3: unknown field "pass_mark" in scoring: allowed fields are grades, zero_at_multiple, automatic_weight, evaluator_weight`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ParsePlan([]byte(planWith(tt.requirement, tt.extra)), "p.yaml")
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error:\n%v\nwant a line containing %q", err, tt.want)
			}
		})
	}
	src := strings.Replace(planWith(goodRequirement, ""), "category: 转移安置", "category: 后勤", 1)
	src = strings.Replace(src, "requirements: [R1]", "requirements: [R1, R9]", 1)
	_, err := ParsePlan([]byte(src), "p.yaml")
	for _, want := range []string{`p.yaml:9:15: requirements[0]: unknown category "后勤": use one of 预警与信息报告, 应急响应启动`, `p.yaml:4:36: levels[0]: unknown requirement "R9"`} {
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("error:\n%v\nwant a line containing %q", err, want)
		}
	}
}
