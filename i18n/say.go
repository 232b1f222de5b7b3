package i18n

import "fmt"

// Say says a message format and its arguments in language l: in English as the format
// has it; in Chinese by table, the format's Chinese, with its arguments said in Chinese
// as a problem's are (an argument that can say itself in Chinese does).
func Say(table map[string]string, format string, args []any, l Language) string {
	if l == English {
		return fmt.Sprintf(format, args...)
	}
	return chineseBy(table, format, args)
}

// SaidInChinese is what can say itself in Chinese: a message's argument said by its
// own format.
type SaidInChinese interface{ SaidInChinese() string }

// SaidInChinese is b in Chinese, so that a message says it in its language.
func (b Bilingual) SaidInChinese() string { return b[Chinese] }

// String is b in English.
func (b Bilingual) String() string { return b[English] }
