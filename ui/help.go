package ui

import (
	"image"

	"drillsim/i18n"
	"drillsim/scenarios"
)

// helpDuties says, per role, what the seat is for and how it does it.
func helpDuties(r scenarios.Role) i18n.Text {
	switch {
	case r.Village() != "":
		return i18n.TextHelpVillage
	case r == scenarios.RoleController:
		return i18n.TextHelpController
	case r == scenarios.RoleEvaluator:
		return i18n.TextHelpEvaluator
	}
	return i18n.TextHelpCommand
}

// layoutHelp lays out the help page over everything: the seat's duties, then the
// keys and the mouse; 关闭, Esc or H close it.
func (g *Game) layoutHelp() {
	p := &g.over
	b := p.bounds
	p.Fill(b, colorShade)
	w := min(760, b.Dx()-20)
	x0 := b.Min.X + (b.Dx()-w)/2
	x, iw := x0+dialogPad, w-2*dialogPad
	duties := helpDuties(g.role).In(g.lang)
	keys := i18n.TextHelpBody.In(g.lang)
	h := 2*dialogPad + int(lineHeight(g.fonts.Large)) + 8 +
		len(wrapWidth(duties, g.fonts.Small, float64(iw)))*int(lineHeight(g.fonts.Small)) + 12 +
		int(lineHeight(g.fonts.Normal)) + 4 +
		len(wrapWidth(keys, g.fonts.Small, float64(iw)))*int(lineHeight(g.fonts.Small)) + 12 + buttonH + 4
	y0 := b.Min.Y + max((b.Dy()-h)/2, 10)
	box := image.Rect(x0, y0, x0+w, y0+h)
	p.Fill(box, colorPanelSolid)
	p.Frame(box, colorPanelDim)
	y := y0 + dialogPad
	y += p.Wrap(x, y, iw, i18n.TextHelpTitle.In(g.lang)+" — "+i18n.RoleName(g.role, g.lang), g.fonts.Large, colorPanelText) + 8
	y += p.Wrap(x, y, iw, duties, g.fonts.Small, colorPanelText) + 12
	y += p.Wrap(x, y, iw, i18n.TextHelpKeys.In(g.lang), g.fonts.Normal, colorPanelText) + 4
	y += p.Wrap(x, y, iw, keys, g.fonts.Small, colorPanelDim) + 12
	if p.PrimaryButton(image.Rect(x+iw-140, y, x+iw, y+buttonH+4), i18n.TextClose.In(g.lang)) {
		g.help = false
	}
}
