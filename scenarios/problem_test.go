package scenarios

import (
	"errors"
	"testing"
)

func TestPosString(t *testing.T) {
	tests := []struct {
		pos  Pos
		want string
	}{
		{Pos{File: "a.yaml", Line: 3, Col: 7}, "a.yaml:3:7"},
		{Pos{File: "a.yaml", Line: 3}, "a.yaml:3"},
		{Pos{File: "a.yaml"}, "a.yaml"},
		{Pos{File: "msel.xlsx", Sheet: "MSEL", Line: 5, Col: 2}, "msel.xlsx[MSEL]:5:2"},
	}
	for _, tt := range tests {
		if got := tt.pos.String(); got != tt.want {
			t.Errorf("%#v.String() = %q, want %q", tt.pos, got, tt.want)
		}
	}
}

func TestProblemsListEveryProblemAndUnwrap(t *testing.T) {
	var ps Problems
	if ps.err() != nil {
		t.Fatal("no problems must be a nil error")
	}
	ps.add(Pos{File: "s.yaml", Line: 1, Col: 2}, "first %d", 1)
	ps.add(Pos{}, "second")
	err := ps.err()
	if got, want := err.Error(), "s.yaml:1:2: first 1\nsecond"; got != want {
		t.Errorf("Error() = %q, want %q", got, want)
	}
	var p *Problem
	if !errors.As(err, &p) || p.Msg != "first 1" {
		t.Errorf("errors.As found %v, want the first problem", p)
	}
}
