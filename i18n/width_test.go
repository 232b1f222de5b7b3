package i18n

import "testing"

func TestWidth(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want int
	}{{"", 0}, {"abc", 3}, {"达标", 4}, {"（限时）", 8}, {"Ⅳ级", 3}, {"4.2.2 预警", 10}, {"\xff", 1}} {
		if got := Width(tc.s); got != tc.want {
			t.Errorf("Width(%q) = %d, want %d", tc.s, got, tc.want)
		}
	}
}
