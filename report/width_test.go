package report

import (
	"strings"
	"testing"
)

func TestDisplayWidth(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want int
	}{{"", 0}, {"abc", 3}, {"达标", 4}, {"（限时）", 8}, {"Ⅳ级", 3}, {"4.2.2 预警", 10}, {"\xff", 1}} {
		if got := displayWidth(tc.s); got != tc.want {
			t.Errorf("displayWidth(%q) = %d, want %d", tc.s, got, tc.want)
		}
	}
}

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
		if displayWidth(l) != 20 {
			t.Errorf("line %q is %d columns wide, want every line 20 (14 + 2 + 4)", l, displayWidth(l))
		}
	}
	if !strings.HasSuffix(lines[3], "   5.0") {
		t.Errorf("numbers are not right-aligned: %q", lines[3])
	}
}
