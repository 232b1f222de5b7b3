package report

import (
	"strings"
	"unicode"

	"drillsim/i18n"
)

// lineBreaker splits text into lines no wider than a width, as measured by its
// measure function, losing no character: a line breaks at a space (which the break
// takes) or between two characters of which one is Chinese (both kept), never before
// closing punctuation such as "）" or "，" nor after opening punctuation such as "（",
// and inside a word only when the word alone is wider than the line. Line feeds in
// the text always break.
//
// (fpdf's own SplitText and MultiCell treat every Chinese character as a space and
// drop the one at each break: 受威胁村（社区） printed as 村（社 ）.)
type lineBreaker struct {
	// measure returns the width of s in the units of the width asked for.
	measure func(s string) float64
}

// split returns the lines of text at most width wide.
func (lb lineBreaker) split(text string, width float64) []string {
	var lines []string
	for _, para := range strings.Split(text, "\n") {
		lines = append(lines, lb.splitParagraph([]rune(para), width)...)
	}
	return lines
}

// splitParagraph splits a paragraph with no line feed.
func (lb lineBreaker) splitParagraph(rs []rune, width float64) []string {
	if len(rs) == 0 {
		return []string{""}
	}
	var lines []string
	for len(rs) > 0 {
		n := lb.fit(rs, width)
		if n == len(rs) {
			lines = append(lines, string(rs))
			break
		}
		brk := lastBreak(rs, n)
		if brk <= 0 {
			brk = max(n, 1) // a word wider than the line: cut it where it must
		}
		lines = append(lines, strings.TrimRightFunc(string(rs[:brk]), unicode.IsSpace))
		rs = rs[brk:]
		for len(rs) > 0 && rs[0] == ' ' {
			rs = rs[1:]
		}
	}
	return lines
}

// fit returns how many of the runes fit in width.
func (lb lineBreaker) fit(rs []rune, width float64) int {
	w := 0.0
	for i, r := range rs {
		w += lb.measure(string(r))
		if w > width {
			return i
		}
	}
	return len(rs)
}

// lastBreak returns the last position at or before n where a line may break (the
// line then holds rs[:k]), or 0 when there is none.
func lastBreak(rs []rune, n int) int {
	for k := min(n, len(rs)-1); k > 0; k-- {
		if canBreak(rs[k-1], rs[k]) {
			return k
		}
	}
	return 0
}

// canBreak reports whether a line may end with a and the next begin with b.
func canBreak(a, b rune) bool {
	switch {
	case strings.ContainsRune(noLineStart, b), strings.ContainsRune(noLineEnd, a):
		return false
	case unicode.IsSpace(a):
		return true
	case unicode.IsSpace(b):
		return false
	}
	return wide(a) || wide(b)
}

// wide reports whether r is a wide (East Asian) character, between any two of which a
// line may break.
func wide(r rune) bool { return i18n.Width(string(r)) == 2 }

// noLineStart are the characters a line may not begin with: closing brackets and
// punctuation that belong to what comes before them; noLineEnd those a line may not
// end with.
const (
	noLineStart = "）)]}》〉」』】〕，。、；：！？,.;:!?%％”’…·—～"
	noLineEnd   = "（([{《〈「『【〔“‘"
)
