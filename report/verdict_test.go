package report

import (
	"testing"

	"drillsim/i18n"
	"drillsim/scoring"
)

func TestVerdict(t *testing.T) {
	for _, tc := range []struct {
		r      scoring.RequirementScore
		zh, en string
	}{
		{scoring.RequirementScore{}, "不适用（未触发）", "n/a (never started)"},
		{scoring.RequirementScore{Applicable: true, Window: scoring.Window{Started: true}}, "未完成", "never done"},
		{scoring.RequirementScore{Applicable: true, Window: scoring.Window{Started: true, Stopped: true, Met: true}}, "达标", "met"},
		{scoring.RequirementScore{Applicable: true, Window: scoring.Window{Started: true, Stopped: true}}, "超时", "late"},
	} {
		if zh, en := verdict(tc.r, i18n.Chinese), verdict(tc.r, i18n.English); zh != tc.zh || en != tc.en {
			t.Errorf("verdict %q / %q, want %q / %q", zh, en, tc.zh, tc.en)
		}
	}
}
