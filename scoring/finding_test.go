package scoring_test

import (
	"strings"
	"testing"

	"drillsim/scoring"
	"drillsim/scoring/scoringtest"
)

func TestFindingsSayWhatWasMissed(t *testing.T) {
	a := scoringtest.FloodAssessment(t)
	fs := a.Findings()
	var report, evac *scoring.Finding
	for i := range fs {
		switch fs[i].Clause {
		case "4.3.1":
			report = &fs[i]
		case "5.3.1":
			evac = &fs[i]
		}
	}
	if report == nil || evac == nil {
		t.Fatalf("findings %+v do not cite the late report (4.3.1) and the evacuation never done (5.3.1)", fs)
	}
	// The report was due at 00:30 and sent at 00:45: 15 minutes late, 4 of its 8
	// points lost, and no people-minutes in danger built up between (both read from
	// the status at 00:30).
	if report.PointsLost != 4 || report.PeopleMinutes != 0 || !strings.Contains(report.Problem, "用时45分钟（限时30分钟），超时15分钟，失分4.0") {
		t.Errorf("late report: %+v", report)
	}
	// Evacuation was due at 00:10, two hours after the warning, and never came: all
	// 12 points lost, and the people-minutes in danger from then to the end, 3300 - 0.
	if evac.PointsLost != 12 || evac.PeopleMinutes != 3300 || !strings.Contains(evac.Problem, "3300人·分钟") {
		t.Errorf("evacuation never done: lost %g points and %g people-minutes: %s", evac.PointsLost, evac.PeopleMinutes, evac.Problem)
	}
	if !strings.Contains(evac.Advice, "转移") {
		t.Errorf("the advice for an evacuation duty is %q", evac.Advice)
	}
}

func TestFindingsOfAFlawlessDrill(t *testing.T) {
	a := scoringtest.FloodAssessment(t)
	a.Scorecard = scoring.Scorecard{Rows: []scoring.RequirementScore{{Applicable: true, Window: scoring.Window{Started: true, Stopped: true, Met: true}}}}
	a.Evaluation, a.Outcome.Casualties = scoring.Evaluation{}, 0
	if fs := a.Findings(); len(fs) != 0 {
		t.Errorf("a drill with every duty met has findings %+v", fs)
	}
}
