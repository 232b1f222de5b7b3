package journal

import (
	"strings"
	"testing"
)

func TestRatingValid(t *testing.T) {
	for _, r := range []Rating{RatingYes, RatingNo, RatingP, RatingS, RatingM, RatingU} {
		if !r.Valid() {
			t.Errorf("%q is not valid", r)
		}
	}
	for _, r := range []Rating{"", "p", "Yes", "good", "5"} {
		if r.Valid() {
			t.Errorf("%q is valid", r)
		}
	}
}

func TestObservationCheck(t *testing.T) {
	ok := Observation{Item: "5.1 转移安置", Rating: RatingM, T: 600, Evaluator: "王"}
	if err := ok.Check(600); err != nil {
		t.Errorf("%+v at 600s: %v", ok, err)
	}
	for _, tc := range []struct {
		o    Observation
		want string
	}{
		{Observation{Item: " ", Rating: RatingYes, Evaluator: "王"}, "it names no item"},
		{Observation{Item: "5.1", Rating: RatingYes, Evaluator: ""}, "it names no evaluator"},
		{Observation{Item: "5.1", Rating: "ok", Evaluator: "王"}, `rating "ok" is not one of yes, no, P, S, M, U`},
		{Observation{Item: "5.1", Rating: RatingNo, Evaluator: "王", T: 601}, "its time 601s is not between the start and now (600s)"},
		{Observation{Item: "5.1", Rating: RatingNo, Evaluator: "王", T: -1}, "its time -1s is not between"},
	} {
		if err := tc.o.Check(600); err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%+v: %v, want %q", tc.o, err, tc.want)
		}
	}
}
