package observation

import (
	"path/filepath"
	"strings"
	"testing"
	"time"

	"drillsim/scenarios"
)

// drillStart is 22:00 China Standard Time, the start of the test drills.
var drillStart = time.Date(2026, 7, 15, 22, 0, 0, 0, scenarios.ChinaStandardTime)

func TestReadObservationsYAMLAndCSVAgree(t *testing.T) {
	for _, name := range []string{"observations.yaml", "observations.csv"} {
		t.Run(name, func(t *testing.T) {
			obs, err := Read(filepath.Join("testdata", name), drillStart, DefaultItems)
			if err != nil {
				t.Fatal(err)
			}
			if len(obs) != 6 {
				t.Fatalf("read %d observations, want 6", len(obs))
			}
			first, second := obs[0], obs[1]
			if first.Item != "E04" || first.Rating != RatingP || !first.HasTime || first.At != 40*60 || first.Evaluator != "张明" || first.Comment != "指挥部分工明确，调度有序" {
				t.Errorf("first observation %+v", first)
			}
			if second.Rating != RatingS || second.At != 45*60 {
				t.Errorf("second observation has rating %q at %d, want S at 2700 (lower case s reads as S)", second.Rating, second.At)
			}
			if obs[2].HasTime || obs[5].Rating != RatingYes {
				t.Errorf("third has a time (%v) or sixth is not yes (%q)", obs[2].HasTime, obs[5].Rating)
			}
		})
	}
}

func TestObservationErrorsNameTheLine(t *testing.T) {
	for _, tc := range []struct {
		name, file, data string
		want             []string
	}{
		{"unknown item", "o.yaml", "- item: E04\n  rating: P\n- item: X99\n  rating: P\n", []string{"o.yaml:3:", `unknown observation item "X99"`, "E01"}},
		{"bad rating", "o.yaml", "observations:\n  - item: E04\n    rating: Q\n", []string{"o.yaml:2:", "item E04", `rating "Q"`, "P, S, M, U"}},
		{"P on a yes/no item", "o.csv", "item,rating\nE03,yes\nE03,P\n", []string{"o.csv:3:", "item E03", "yes, no"}},
		{"unknown field", "o.yaml", "- item: E04\n  rating: P\n  score: 3\n", []string{"o.yaml:3:3:", `unknown field "score"`, "item, rating, comment, time, evaluator"}},
		{"bad time", "o.csv", "item,rating,time\nE04,P,25:99\n", []string{"o.csv:2:", `bad time "25:99"`}},
		{"broken YAML", "o.yaml", "- item: E04\n  rating: [P\n", []string{"o.yaml:2:", "']' not found"}},
		{"a rating not text", "o.yaml", "- item: E04\n  rating: [P]\n", []string{"o.yaml:2:", "[0].rating: expected text, found a list"}},
		{"not a list", "o.yaml", "item: E04\n", []string{"o.yaml:1:", "list of observations"}},
		{"empty YAML", "o.yaml", "", []string{"o.yaml", "empty"}},
		{"broken CSV quote", "o.csv", "item,rating\nE04,\"P\n", []string{"o.csv:2:", "check the quotes of this line"}},
		{"unknown column", "o.csv", "item,grade\nE04,P\n", []string{"o.csv:1:", `unknown column "grade"`}},
		{"no rating column", "o.csv", "item,comment\nE04,ok\n", []string{"o.csv:1:", `no "rating" column`}},
		{"empty CSV", "o.csv", "", []string{"o.csv", "empty"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var err error
			if strings.HasSuffix(tc.file, ".yaml") {
				_, err = ParseYAML([]byte(tc.data), tc.file, drillStart, DefaultItems)
			} else {
				_, err = ParseCSV([]byte(tc.data), tc.file, drillStart, DefaultItems)
			}
			if err == nil {
				t.Fatalf("no error, want one saying %q", tc.want)
			}
			for _, w := range tc.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q does not say %q", err, w)
				}
			}
		})
	}
}

func TestObservationCheck(t *testing.T) {
	ok := Observation{Item: "5.1 转移安置", Rating: RatingM, HasTime: true, At: 600, Evaluator: "王"}
	if err := ok.Check(600); err != nil {
		t.Errorf("a good observation: %v", err)
	}
	cases := []struct {
		o    Observation
		want string
	}{
		{Observation{Item: " ", Rating: RatingYes, Evaluator: "王"}, "it names no item"},
		{Observation{Item: "5.1", Rating: RatingYes}, "it names no evaluator"},
		{Observation{Item: "5.1", Rating: "ok", Evaluator: "王"}, `rating "ok" is not one of P, S, M, U, yes, no`},
		{Observation{Item: "5.1", Rating: RatingNo, Evaluator: "王", HasTime: true, At: 601}, "its time 601s is not between the start and now (600s)"},
	}
	for _, c := range cases {
		if err := c.o.Check(600); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("Check(%+v) = %v, want it to say %q", c.o, err, c.want)
		}
	}
}
