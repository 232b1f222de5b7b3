package i18n

import "testing"

func TestShorten(t *testing.T) {
	for _, tc := range []struct {
		s    string
		n    int
		want string
	}{
		{"村民转移", 4, "村民转移"},
		{"村民转移安置", 4, "村民转…"},
		{"撤离\n  沿河\t住户", 20, "撤离 沿河 住户"},
		{"abcdef", 3, "ab…"},
		{"abc", 0, ""},
	} {
		got := Shorten(tc.s, tc.n)
		if got != tc.want {
			t.Errorf("Shorten(%q, %d) = %q, want %q", tc.s, tc.n, got, tc.want)
		}
		if n := len([]rune(got)); n > tc.n && tc.n > 0 {
			t.Errorf("Shorten(%q, %d) is %d runes long", tc.s, tc.n, n)
		}
	}
}
