package i18n

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"drillsim/i18n/i18ntest"
	"drillsim/scenarios"
	"drillsim/sim"
)

// TestEveryReasonIsSaidInChinese fills every reason code with sample arguments and
// requires a Chinese sentence holding each of them, as named, with no English left.
func TestEveryReasonIsSaidInChinese(t *testing.T) {
	for code, spec := range sim.Reasons {
		if _, ok := reasonChinese[code]; !ok {
			t.Errorf("reason %s has no Chinese", code)
			continue
		}
		r := sim.Reason{Code: code}
		var want []string
		for i, kind := range spec.Args {
			arg, shown := sampleArg(kind, i)
			r.Args, want = append(r.Args, arg), append(want, shown)
		}
		if spec.HasList {
			arg, shown := sampleArg(spec.List, 9)
			r.List, want = []string{arg, arg}, append(want, shown+"、"+shown)
		}
		zh := ReasonText(r, Chinese, func(id string) string { return "名" + id })
		if strings.Contains(zh, "%!") {
			t.Errorf("reason %s is said %q", code, zh)
			continue
		}
		rest := zh
		for _, a := range slices.Backward(want) { // the list first: it may repeat an argument
			if !strings.Contains(rest, a) {
				t.Errorf("reason %s is said %q, without %q", code, zh, a)
			}
			rest = strings.ReplaceAll(rest, a, "")
		}
		if w := i18ntest.EnglishWord(rest); w != "" && code != sim.ReasonText {
			t.Errorf("reason %s is said %q, with English %q left", code, zh, w)
		}
		if got := ReasonText(r, English, nil); got != r.String() {
			t.Errorf("in English reason %s is said %q, the engine says %q", code, got, r.String())
		}
	}
}

// sampleArg is a sample argument of kind, and how the Chinese sentence names it.
func sampleArg(kind sim.ArgKind, i int) (arg, shown string) {
	switch kind {
	case sim.ArgRole:
		return string(scenarios.VillageRole("玉兰村")), "村:玉兰村"
	case sim.ArgOrderKind:
		return string(scenarios.OrderCloseRoad), "封闭道路"
	case sim.ArgUnit:
		return "boat-1", "名boat-1"
	case sim.ArgUnitKind:
		return string(scenarios.UnitBoat), "冲锋舟"
	case sim.ArgTask:
		return string(scenarios.TaskClearRoad), "抢通道路"
	case sim.ArgChannel:
		return string(scenarios.ChannelSMS), "短信电话"
	case sim.ArgItem:
		return "sandbags", "沙袋"
	case sim.ArgNumber:
		return fmt.Sprint(150 + i), fmt.Sprint(150 + i)
	}
	s := fmt.Sprintf("样本%c", '甲'+rune(i))
	return s, s
}

func TestAReasonOfAnEarlierLogIsShownAsItCame(t *testing.T) {
	r := sim.Reason{Code: sim.ReasonText, Args: []string{"full"}}
	if got := ReasonText(r, Chinese, nil); got != "full" {
		t.Errorf("a reason given as text is said %q", got)
	}
	if got := ReasonText(sim.Reason{Code: "from_a_later_version"}, Chinese, nil); !strings.Contains(got, "from_a_later_version") {
		t.Errorf("an unknown code is said %q, without the code", got)
	}
}

// TestAReasonInEnglishNamesItsUnits requires a refusal said in English to name its
// units as the Chinese does, not by their ids.
func TestAReasonInEnglishNamesItsUnits(t *testing.T) {
	names := map[string]string{"rescue-1": "Fubao rescue team", "boat-1": "Boat One"}
	unitName := func(id string) string {
		if n, ok := names[id]; ok {
			return n
		}
		return id
	}
	for _, tc := range []struct {
		r    sim.Reason
		want string
	}{
		{sim.Reason{Code: sim.ReasonUnitNotArrived, Args: []string{"rescue-1"}}, "unit Fubao rescue team has not arrived yet"},
		{sim.Reason{Code: sim.ReasonNoUnit, Args: []string{"boat-9"}, List: []string{"rescue-1", "boat-1"}}, `no unit "boat-9": the scenario's units are [Fubao rescue team, Boat One]`},
	} {
		if got := ReasonText(tc.r, English, unitName); got != tc.want {
			t.Errorf("%s in English is said %q, want %q", tc.r.Code, got, tc.want)
		}
	}
}
