package ui

import (
	"drillsim/i18n"
	"drillsim/sim"
)

// say says reason r in both languages, units by their names (i18n.ReasonText): the
// order list and the feed keep it so, to show in the language of the moment.
func (g *Game) say(r sim.Reason) i18n.Bilingual {
	if r.IsZero() {
		return i18n.Bilingual{}
	}
	return i18n.Bilingual{i18n.ReasonText(r, i18n.Chinese, g.unitName), i18n.ReasonText(r, i18n.English, g.unitName)}
}
