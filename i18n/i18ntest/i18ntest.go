// Package i18ntest helps tests check what the interface and the reports say.
package i18ntest

// EnglishWord returns the first run of three or more lower-case Latin letters in s,
// "" for none: English left in a sentence meant to be Chinese.
func EnglishWord(s string) string {
	start := -1
	for i, r := range s + " " {
		switch {
		case r >= 'a' && r <= 'z':
			if start < 0 {
				start = i
			}
		case start >= 0 && i-start >= 3:
			return s[start:i]
		default:
			start = -1
		}
	}
	return ""
}
