package i18n

import "strings"

// Shorten is s on one line (runs of white space, line breaks among them, made one
// space) and cut to at most n runes, the cut marked by an ellipsis that counts as one.
func Shorten(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	rs := []rune(s)
	if len(rs) <= n {
		return s
	}
	if n < 1 {
		return ""
	}
	return string(rs[:n-1]) + "…"
}
