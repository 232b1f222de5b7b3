package report

import (
	"bytes"
	"math"
	"strings"
	"testing"

	"drillsim/i18n"
	"drillsim/scoring"
)

func TestWriteComparison(t *testing.T) {
	c := scoring.Comparison{Categories: []string{"预警与信息报告"}, Drills: []scoring.DrillColumn{
		{Label: "一月.jsonl", Final: 0, Grade: scoring.GradeFail, Categories: []float64{0}, Applicable: 1},
		{Label: "二月.jsonl", Final: 50, Grade: scoring.GradeFail, Categories: []float64{50}, Applicable: 1},
		{Label: "三月.jsonl", Final: 100, Grade: scoring.GradeExcellent, Categories: []float64{100}, Met: 1, Applicable: 1},
	}}
	var buf bytes.Buffer
	if err := WriteComparison(&buf, c, i18n.Chinese); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"#1 一月.jsonl", "#3 三月.jsonl", "↑+50.0", "趋势：第1次到第3次综合得分 ↑+100.0", "不合格", "优秀", "100.0%", "1/1"} {
		if !strings.Contains(buf.String(), want) {
			t.Errorf("the comparison does not say %q:\n%s", want, buf.String())
		}
	}
}

func TestWriteComparisonMarksCategoriesThatDidNotApply(t *testing.T) {
	c := scoring.Comparison{Categories: []string{"预警与信息报告"}, Drills: []scoring.DrillColumn{
		{Label: "a", Categories: []float64{0}}, {Label: "b", Categories: []float64{math.NaN()}},
	}}
	var buf bytes.Buffer
	if err := WriteComparison(&buf, c, i18n.English); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(buf.String(), "--") || !strings.Contains(buf.String(), "→+0.0") || !strings.Contains(buf.String(), "Trend") {
		t.Errorf("the table does not mark the missing category or the level trend:\n%s", buf.String())
	}
}
