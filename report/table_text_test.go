package report

import (
	"bytes"
	"strings"
	"testing"

	"drillsim/i18n"
)

func TestWriteTable(t *testing.T) {
	a := floodAssessment(t)
	var buf bytes.Buffer
	if err := WriteTable(&buf, a.Assessment, i18n.Chinese); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	for _, want := range []string{
		"4.3.1  险情发生后30分钟内向县应急管理局电话初报", "45分钟", "4.0/8", "超时",
		"注：2项要求在本次演练中未触发，不适用，不计入总分。", "评分对象: 镇（镇指挥部及其队伍的条款）",
		"处于危险人数峰值: 80人（00:30）", "中断道路: 1条（结束时仍中断0条），累计中断3.0小时",
		"E05", "16%", "50%",
		// The road duty (5.4.3) is a landslide's now, so 9 apply; the one casualty, in a
		// zone the plan required moved, costs a point (clause 7.2.3).
		"自动评分 23.4（9项适用要求，2项达标）", "综合得分 = 70%×自动 + 30%×评估员 = 37.0", "依第7.2.3条（伤亡1人）扣1.0分", "扣分后综合得分 36.0", "等级：不合格",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("the table does not say %q:\n%s", want, out)
		}
	}
}

// TestWriteTableWhenTheScoreIsZeroAlready requires an outcome rule that applies to a
// drill whose score is 0 already to say so, not to take 0.0 points off.
func TestWriteTableWhenTheScoreIsZeroAlready(t *testing.T) {
	a := floodAssessment(t).Assessment
	taking := -1
	for i, ap := range a.Applied {
		if ap.Rule.PointsEach > 0 && ap.Rule.Clause == "7.2.3" {
			taking = i
		}
	}
	if taking < 0 {
		t.Fatalf("the flood drill no longer has clause 7.2.3 take points off: %+v", a.Applied)
	}
	a.Final, a.Applied[taking].Points = 0, 0 // as applyOutcomeRules leaves a score of 0
	for _, tc := range []struct {
		l         i18n.Language
		want, not string
	}{
		{i18n.Chinese, "依第7.2.3条（伤亡1人）综合得分已为0分，无分可扣", "扣0.0分"},
		{i18n.English, "clause 7.2.3 (1 casualties) the final score was 0 already, with nothing left to take off", "takes 0.0 points off"},
	} {
		var buf bytes.Buffer
		if err := WriteTable(&buf, a, tc.l); err != nil {
			t.Fatal(err)
		}
		out := buf.String()
		if !strings.Contains(out, tc.want) || strings.Contains(out, tc.not) {
			t.Errorf("in %s the table does not say %q, or says %q:\n%s", tc.l, tc.want, tc.not, out)
		}
	}
}
