package scoring

import "fmt"

// Lang is the language of a report: Chinese (the default) or English.
type Lang string

// The report languages.
const (
	Chinese Lang = "zh"
	English Lang = "en"
)

// ParseLang reads a language name: zh (or empty) or en.
func ParseLang(s string) (Lang, error) {
	switch s {
	case "", "zh", "zh-CN", "cn":
		return Chinese, nil
	case "en":
		return English, nil
	}
	return "", fmt.Errorf("unknown language %q: use zh (Chinese, the default) or en", s)
}

// pick returns zh in Chinese and en in English.
func (l Lang) pick(zh, en string) string {
	if l == English {
		return en
	}
	return zh
}

// verdict says how a requirement came out.
func (l Lang) verdict(r RequirementScore) string {
	switch {
	case !r.Applicable:
		return l.pick("不适用（未触发）", "n/a (never started)")
	case !r.Stopped:
		return l.pick("未完成", "never done")
	case r.Met:
		return l.pick("达标", "met")
	}
	return l.pick("超时", "late")
}

// grade names a grade.
func (l Lang) grade(g Grade) string { return l.pick(g.Chinese(), g.English()) }
