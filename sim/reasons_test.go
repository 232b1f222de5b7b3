package sim

import (
	"encoding/json"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"reflect"
	"strings"
	"testing"

	"drillsim/scenarios"
)

// TestEveryReasonCodeHasItsSentence parses reasons.go and requires every declared
// code in the table, with as many arguments as its sentence has verbs: a code added
// without its sentence would reach players as a bare code.
func TestEveryReasonCodeHasItsSentence(t *testing.T) {
	f, err := parser.ParseFile(token.NewFileSet(), "reasons.go", nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	ast.Inspect(f, func(node ast.Node) bool {
		v, ok := node.(*ast.ValueSpec)
		if !ok || len(v.Names) != 1 || !strings.HasPrefix(v.Names[0].Name, "Reason") || v.Type == nil || fmt.Sprint(v.Type) != "ReasonCode" {
			return true
		}
		n++
		return true
	})
	if n != len(Reasons) {
		t.Errorf("reasons.go declares %d codes, the table has %d", n, len(Reasons))
	}
	for code, spec := range Reasons {
		args := make([]string, len(spec.Args))
		for i := range args {
			args[i] = fmt.Sprintf("arg%d", i)
		}
		r := Reason{Code: code, Args: args}
		if spec.HasList {
			r.List = []string{"a", "b"}
		}
		s := r.String()
		if strings.Contains(s, "%!") {
			t.Errorf("%s says %q: its arguments do not fit its sentence", code, s)
		}
	}
}

func TestReasonSaysTheEnglishItAlwaysHas(t *testing.T) {
	for _, tc := range []struct {
		r    Reason
		want string
	}{
		{because(ReasonRoleMayNot, "village:玉兰村", "close_road"), "村:玉兰村 may not give close_road orders: the command post does"},
		{Reason{Code: ReasonNoUnit, Args: []string{"boat-9"}, List: []string{"rescue-1", "boat-1"}}, `no unit "boat-9": the scenario's units are [rescue-1 boat-1]`},
		{because(ReasonNoRoute, "medical-1", "3000", "银杏村活动中心"), "no open road for medical-1 from where it is to within 3000 m of 银杏村活动中心"},
		{because(ReasonShortStock, "镇物资库", "2", "boats", "5"), "镇物资库 holds 2 boats, not 5"},
		{Reason{}, ""},
	} {
		if got := tc.r.String(); got != tc.want {
			t.Errorf("%+v says %q, want %q", tc.r, got, tc.want)
		}
	}
}

func TestReasonJSON(t *testing.T) {
	r := Reason{Code: ReasonCannotDo, Args: []string{"bus", "rescue"}, List: []string{"transport"}}
	data, err := json.Marshal(Event{Kind: scenarios.EventRejected, Reason: r})
	if err != nil {
		t.Fatal(err)
	}
	var back Event
	if err := json.Unmarshal(data, &back); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(back.Reason, r) {
		t.Errorf("%s reads back as %+v", data, back.Reason)
	}
	if data, _ := json.Marshal(Event{Kind: scenarios.EventStatus}); strings.Contains(string(data), "reason") {
		t.Errorf("an event without a reason writes one: %s", data)
	}
	var old Event
	if err := json.Unmarshal([]byte(`{"t":60,"kind":"rejected","reason":"no place \"x\" on the map"}`), &old); err != nil {
		t.Fatal(err)
	}
	if old.Reason.Code != ReasonText || old.Reason.String() != `no place "x" on the map` {
		t.Errorf("a reason an earlier log wrote as text reads as %+v", old.Reason)
	}
}
