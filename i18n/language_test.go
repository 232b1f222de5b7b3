package i18n

import (
	"testing"

	"drillsim/scenarios"
)

func TestParse(t *testing.T) {
	for in, want := range map[string]Language{"": Chinese, "zh": Chinese, "zh-CN": Chinese, "en": English} {
		if got, err := Parse(in); err != nil || got != want {
			t.Errorf("Parse(%q) = %v, %v; want %v", in, got, err, want)
		}
	}
	if _, err := Parse("fr"); err == nil {
		t.Error("Parse(fr) took an unknown language")
	}
}

func TestPickAndString(t *testing.T) {
	if got := English.Pick("中文", "English"); got != "English" {
		t.Errorf("English.Pick = %q", got)
	}
	if got := Chinese.Pick("中文", "English"); got != "中文" {
		t.Errorf("Chinese.Pick = %q", got)
	}
	if Chinese.String() != "zh" || English.String() != "en" {
		t.Errorf("codes %q %q, want zh en", Chinese, English)
	}
}

// TestEveryEventKindIsNamed requires a name in both languages for every event kind.
func TestEveryEventKindIsNamed(t *testing.T) {
	for _, k := range scenarios.EventKinds() {
		if zh, en := EventKindName(k, Chinese), EventKindName(k, English); zh == string(k) || en == "" {
			t.Errorf("event kind %s is named %q / %q", k, zh, en)
		}
	}
}
