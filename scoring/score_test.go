package scoring

import (
	"math"
	"testing"

	"drillsim/scenarios"
	"drillsim/sim"
)

// scoreOf grades events against the test plan (report within 30 minutes, weight 5;
// warn two villages within 20 minutes, weight 5) with the default rules, the drill
// ending at second 10800.
func scoreOf(t *testing.T, events ...sim.Event) Scorecard {
	t.Helper()
	plan, scn := testScenario(t)
	return Score(Windows(plan, scn, events), plan.Scoring, 10800)
}

func TestScoreByHand(t *testing.T) {
	for _, tc := range []struct {
		name        string
		events      []sim.Event
		report      float64 // points of the report requirement (of 5)
		overS       int64
		total       float64
		notApplying int
	}{
		{"within the time", []sim.Event{hazardAt(600), reportAt(1500, scenarios.ReportInitial)}, 5, 0, 100, 1},
		{"tie at the deadline earns full points", []sim.Event{hazardAt(600), reportAt(2400, scenarios.ReportInitial)}, 5, 0, 100, 1},
		{"one and a half times the allowed earns half", []sim.Event{hazardAt(600), reportAt(600+2700, scenarios.ReportInitial)}, 2.5, 900, 50, 1},
		{"twice the allowed earns nothing", []sim.Event{hazardAt(600), reportAt(600+3600, scenarios.ReportInitial)}, 0, 1800, 0, 1},
		{"stop before start counts as done at the start", []sim.Event{reportAt(300, scenarios.ReportInitial), hazardAt(600)}, 5, 0, 100, 1},
		{"done twice counts the first", []sim.Event{hazardAt(0), reportAt(2400, scenarios.ReportInitial), reportAt(3000, scenarios.ReportInitial)}, 5 * 1200.0 / 1800, 600, 100 * 1200.0 / 1800, 1},
		{"never done earns nothing and is overdue to the end", []sim.Event{hazardAt(600)}, 0, 10800 - 2400, 0, 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			sc := scoreOf(t, tc.events...)
			r := sc.Rows[0]
			if r.Requirement.ID != "report" || !r.Applicable {
				t.Fatalf("row 0 is %s (applicable %v), want the applicable report requirement", r.Requirement.ID, r.Applicable)
			}
			if math.Abs(r.Points-tc.report) > 1e-9 || r.OverS != tc.overS {
				t.Errorf("report earns %.4f points, %ds over; want %.4f, %ds", r.Points, r.OverS, tc.report, tc.overS)
			}
			if math.Abs(sc.Total-tc.total) > 1e-9 || sc.NotApplicable != tc.notApplying {
				t.Errorf("total %.4f with %d not applicable, want %.4f with %d", sc.Total, sc.NotApplicable, tc.total, tc.notApplying)
			}
		})
	}
}

func TestScoreNeverStartedIsLeftOutOfTheTotal(t *testing.T) {
	sc := scoreOf(t, redAt(0))
	if sc.Rows[0].Applicable || sc.Rows[0].Points != 0 || sc.NotApplicable != 1 {
		t.Errorf("report never started: applicable %v, %g points, %d not applicable; want false, 0, 1", sc.Rows[0].Applicable, sc.Rows[0].Points, sc.NotApplicable)
	}
	if sc.Weight != 5 || sc.Total != 0 {
		t.Errorf("only the warning (never done) applies: weight %g total %g, want 5 and 0", sc.Weight, sc.Total)
	}
	if empty := scoreOf(t); empty.Total != 0 || empty.Weight != 0 || empty.NotApplicable != 2 {
		t.Errorf("a drill where nothing started has total %g weight %g, %d not applicable; want 0, 0, 2", empty.Total, empty.Weight, empty.NotApplicable)
	}
}

func TestScoreTotalsAndCategories(t *testing.T) {
	// The warning takes 30 of 20 minutes (1.5x: 2.5 of 5); the report is in time (5 of 5).
	sc := scoreOf(t, redAt(0), warnedAt(600, "甲村"), hazardAt(600), reportAt(1200, scenarios.ReportInitial), warnedAt(1800, "乙村"))
	if sc.Points != 7.5 || sc.Weight != 10 || sc.Total != 75 {
		t.Errorf("points %g of %g, total %g; want 7.5 of 10, total 75", sc.Points, sc.Weight, sc.Total)
	}
	if len(sc.Categories) != 1 || sc.Categories[0].Category != "预警与信息报告" || sc.Categories[0].Percent() != 75 || sc.Categories[0].Met != 1 || sc.Categories[0].Requirements != 2 {
		t.Errorf("categories %+v, want one 预警与信息报告 at 75%% with 1 of 2 met", sc.Categories)
	}
	if g := GradeOf(sc.Total, scenarios.DefaultScoringRules.Grades); g != GradeGood {
		t.Errorf("75 under 90/75/60 grades %s, want 良好 (a tie earns the grade)", g)
	}
}

func TestRequirementPointsUsesTheZeroMultiple(t *testing.T) {
	w := Window{Requirement: scenarios.Requirement{Weight: 8}, Started: true, Stopped: true, AllowedS: 600, ResponseS: 1200}
	if p := RequirementPoints(w, 3); p != 4 {
		t.Errorf("twice the allowed time with zero at 3x earns %g of 8, want 4 (halfway from 1x to 3x)", p)
	}
	if p := RequirementPoints(w, 2); p != 0 {
		t.Errorf("twice the allowed time with zero at 2x earns %g, want 0", p)
	}
}

func TestCategoriesFollowThePlanOrder(t *testing.T) {
	mk := func(cat string) Window {
		return Window{Requirement: scenarios.Requirement{Category: cat, Weight: 1}, Started: true}
	}
	sc := Score([]Window{mk("信息发布"), mk("自定义"), mk("预警与信息报告")}, scenarios.DefaultScoringRules, 0)
	var got []string
	for _, c := range sc.Categories {
		got = append(got, c.Category)
	}
	want := []string{"预警与信息报告", "信息发布", "自定义"}
	if len(got) != 3 || got[0] != want[0] || got[1] != want[1] || got[2] != want[2] {
		t.Errorf("categories in order %v, want %v", got, want)
	}
}

func TestGradeOf(t *testing.T) {
	g := scenarios.Grades{Excellent: 90, Good: 75, Pass: 60}
	for _, tc := range []struct {
		total float64
		want  Grade
	}{{100, GradeExcellent}, {90, GradeExcellent}, {89.99, GradeGood}, {60, GradePass}, {59.9, GradeFail}, {0, GradeFail}} {
		if got := GradeOf(tc.total, g); got != tc.want {
			t.Errorf("GradeOf(%g) = %s, want %s", tc.total, got, tc.want)
		}
	}
	if Grade(7).Chinese() != "Grade(7)" || GradeFail.English() != "fail" {
		t.Errorf("grade names: %q %q", Grade(7).Chinese(), GradeFail.English())
	}
}
