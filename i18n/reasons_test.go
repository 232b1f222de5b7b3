package i18n

import (
	"fmt"
	"regexp"
	"strings"
	"testing"

	"drillsim/sim"
)

// sampleReason fills reason format f with sample arguments and returns it and the
// arguments as they should come back.
func sampleReason(f string) (string, []string) {
	var args []any
	var want []string
	for i, m := range reasonVerb.FindAllStringSubmatch(f, -1) {
		switch m[1] {
		case "d":
			args, want = append(args, 150+i), append(want, fmt.Sprint(150+i))
		case ".0f":
			args, want = append(args, float64(150+i)), append(want, fmt.Sprint(150+i))
		default:
			s := fmt.Sprintf("样本%c", '甲'+rune(i))
			args, want = append(args, s), append(want, s)
		}
	}
	return fmt.Sprintf(f, args...), want
}

// englishWord finds English left in a Chinese sentence.
var englishWord = regexp.MustCompile(`[a-z]{3,}`)

func TestEveryReasonIsSaidInChinese(t *testing.T) {
	formats := sim.RejectionReasons()
	for _, f := range formats {
		if _, ok := reasonChinese[f]; !ok {
			t.Errorf("reason %q has no Chinese", f)
			continue
		}
		r, args := sampleReason(f)
		zh := Reason(r, Chinese, func(s string) string { return s })
		if zh == r || strings.Contains(zh, "%!") {
			t.Errorf("reason %q is said %q", r, zh)
			continue
		}
		rest := zh
		for _, a := range args {
			if !strings.Contains(rest, a) {
				t.Errorf("reason %q is said %q, without %q", r, zh, a)
			}
			rest = strings.ReplaceAll(rest, a, "")
		}
		if w := englishWord.FindString(rest); w != "" {
			t.Errorf("reason %q is said %q, with English %q left", r, zh, w)
		}
		if got := Reason(r, English, func(string) string { return "x" }); got != r {
			t.Errorf("in English reason %q is said %q", r, got)
		}
	}
	if r := "something the table does not know"; Reason(r, Chinese, func(s string) string { return s }) != r {
		t.Error("a reason no format matches is not shown as it came")
	}
}
