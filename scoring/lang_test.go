package scoring

import "testing"

func TestParseLang(t *testing.T) {
	for in, want := range map[string]Lang{"": Chinese, "zh": Chinese, "en": English} {
		if got, err := ParseLang(in); err != nil || got != want {
			t.Errorf("ParseLang(%q) = %q, %v; want %q", in, got, err, want)
		}
	}
	if _, err := ParseLang("fr"); err == nil {
		t.Error("ParseLang(fr) took an unknown language")
	}
}

func TestVerdict(t *testing.T) {
	for _, tc := range []struct {
		r      RequirementScore
		zh, en string
	}{
		{RequirementScore{}, "不适用（未触发）", "n/a (never started)"},
		{RequirementScore{Applicable: true, Window: Window{Started: true}}, "未完成", "never done"},
		{RequirementScore{Applicable: true, Window: Window{Started: true, Stopped: true, Met: true}}, "达标", "met"},
		{RequirementScore{Applicable: true, Window: Window{Started: true, Stopped: true}}, "超时", "late"},
	} {
		if zh, en := Chinese.verdict(tc.r), English.verdict(tc.r); zh != tc.zh || en != tc.en {
			t.Errorf("verdict %q / %q, want %q / %q", zh, en, tc.zh, tc.en)
		}
	}
}
