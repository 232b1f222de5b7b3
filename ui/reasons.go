package ui

import (
	"strings"

	"drillsim/i18n"
)

// said is a reason in a language, the key of the reasons already said.
type said struct {
	reason string
	lang   i18n.Language
}

// reason says reason r in the interface's language (reasonText), once per reason.
func (g *Game) reason(r string) string {
	k := said{r, g.lang}
	if s, ok := g.said[k]; ok {
		return s
	}
	if g.said == nil {
		g.said = map[said]string{}
	}
	s := i18n.Reason(r, g.lang, g.reasonArg)
	g.said[k] = s
	return s
}

// reasonArg names an argument of a reason as the interface does: a unit by its name;
// an order kind, unit kind, task, channel or stock item by its name in the
// interface's language; a list ([a b]) item by item; anything else as it is.
func (g *Game) reasonArg(s string) string {
	if strings.HasPrefix(s, "[") && strings.HasSuffix(s, "]") {
		items := strings.Fields(s[1 : len(s)-1])
		for i, it := range items {
			items[i] = g.reasonArg(it)
		}
		return i18n.Join(items, g.lang)
	}
	if g.unitView(s) != nil {
		return g.unitName(s)
	}
	return i18n.KindName(s, g.lang)
}
