package scenarios

import "testing"

func TestParseLevel(t *testing.T) {
	tests := []struct {
		in   string
		want Level
	}{{"IV", LevelIV}, {"Ⅳ", LevelIV}, {"III", LevelIII}, {"Ⅱ", LevelII}, {"I", LevelI}, {"Ⅰ", LevelI}}
	for _, tt := range tests {
		got, err := ParseLevel(tt.in)
		if err != nil || got != tt.want {
			t.Errorf("ParseLevel(%q) = %v, %v; want %v", tt.in, got, err, tt.want)
		}
	}
	for _, in := range []string{"", "V", "4", "iv", "Ⅴ"} {
		if _, err := ParseLevel(in); err == nil {
			t.Errorf("ParseLevel(%q) must fail", in)
		}
	}
}

func TestLevelOrderAndNames(t *testing.T) {
	if !LevelIII.AtLeast(LevelIV) || LevelIV.AtLeast(LevelIII) || Level(0).AtLeast(LevelIV) {
		t.Error("AtLeast must rank Ⅰ highest and no level below all")
	}
	if LevelIV.String() != "IV" || LevelIV.Chinese() != "Ⅳ级" || Level(0).String() != "none" {
		t.Errorf("names: %s %s %s", LevelIV, LevelIV.Chinese(), Level(0))
	}
}
