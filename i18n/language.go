// Package i18n is how drillsim speaks: the one language type, the interface's and the
// reports' strings, the names of the engine's kinds (orders, units, tasks, channels,
// hazards, stock items), the counts' labels and the reasons the engine gives, each in
// Chinese and English. The window and the reports translate by its tables; nothing in
// it draws.
package i18n

import "fmt"

// Language is the language the interface and the reports speak: Chinese first,
// English on request. It indexes a Bilingual.
type Language uint8

// The languages, Chinese first.
const (
	Chinese Language = iota
	English
)

// Parse reads a language name: zh (or empty, zh-CN, cn) or en.
func Parse(s string) (Language, error) {
	switch s {
	case "", "zh", "zh-CN", "cn":
		return Chinese, nil
	case "en":
		return English, nil
	}
	return Chinese, fmt.Errorf("unknown language %q: write zh or en (Chinese, zh, is the default)", s)
}

// String is the language's code, zh or en, as an HTML lang attribute takes it.
func (l Language) String() string {
	if l == English {
		return "en"
	}
	return "zh"
}

// Pick returns zh in Chinese and en in English.
func (l Language) Pick(zh, en string) string {
	if l == English {
		return en
	}
	return zh
}

// Bilingual is one text in Chinese and English, indexed by Language.
type Bilingual [2]string

// In returns the text in language l.
func (b Bilingual) In(l Language) string { return b[l] }
