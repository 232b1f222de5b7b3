package report

import (
	"strings"
	"testing"

	"drillsim/i18n"
)

func TestTextTableAlignsChinese(t *testing.T) {
	tb := textTable{right: []bool{false, true}}
	tb.add("类别", "得分")
	tb.add("预警与信息报告", "23.0")
	tb.add("abc", "5.0")
	lines := strings.Split(strings.TrimRight(tb.String(), "\n"), "\n")
	if len(lines) != 4 {
		t.Fatalf("table has %d lines, want header, rule and 2 rows:\n%s", len(lines), tb.String())
	}
	for _, l := range lines {
		if i18n.Width(l) != 20 {
			t.Errorf("line %q is %d columns wide, want every line 20 (14 + 2 + 4)", l, i18n.Width(l))
		}
	}
	if !strings.HasSuffix(lines[3], "   5.0") {
		t.Errorf("numbers are not right-aligned: %q", lines[3])
	}
}
