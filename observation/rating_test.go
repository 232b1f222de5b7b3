package observation

import "testing"

func TestParseRating(t *testing.T) {
	for _, tc := range []struct {
		in    string
		scale Scale
		want  Rating
		ok    bool
	}{
		{"P", ScalePSMU, RatingP, true}, {" m ", ScalePSMU, RatingM, true}, {"u", ScalePSMU, RatingU, true},
		{"yes", ScaleYesNo, RatingYes, true}, {"否", ScaleYesNo, RatingNo, true}, {"N", ScaleYesNo, RatingNo, true},
		{"yes", ScalePSMU, "", false}, {"P", ScaleYesNo, "", false}, {"", ScalePSMU, "", false}, {"4", ScalePSMU, "", false},
	} {
		got, err := ParseRating(tc.in, tc.scale)
		if (err == nil) != tc.ok || got != tc.want {
			t.Errorf("ParseRating(%q, %s) = %q, %v; want %q (ok %v)", tc.in, tc.scale, got, err, tc.want, tc.ok)
		}
	}
}

func TestRatingValues(t *testing.T) {
	want := map[Rating]float64{RatingP: 1, RatingS: 0.67, RatingM: 0.33, RatingU: 0, RatingYes: 1, RatingNo: 0, "X": 0}
	for r, v := range want {
		if r.Value() != v {
			t.Errorf("%s is worth %g, want %g", r, r.Value(), v)
		}
	}
}
