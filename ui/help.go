package ui

import (
	"image"
	"image/color"

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

// helpLine is one line of the help page's body.
type helpLine struct {
	text  string
	color color.Color
}

// helpLines are the help page's body in lines of width w: the seat's duties, then
// the keys and the mouse.
func (g *Game) helpLines(w int) []helpLine {
	var out []helpLine
	add := func(s string, c color.Color) {
		for _, l := range wrapWidth(s, g.fonts.Small, float64(w)) {
			out = append(out, helpLine{l, c})
		}
	}
	add(helpDuties(g.role).In(g.lang), colorPanelText)
	add("", colorPanelText)
	add(i18n.TextHelpKeys.In(g.lang), colorAccent)
	add(i18n.TextHelpBody.In(g.lang), colorPanelDim)
	return out
}

// layoutHelp lays out the help page over everything: its title, then its body, which
// scrolls when the window is too short for it at the interface's scale; 关闭, Esc or H
// close it.
func (g *Game) layoutHelp() {
	p := &g.over
	b := p.bounds
	p.Shade(b)
	w := min(760, b.Dx()-20)
	x0 := b.Min.X + (b.Dx()-w)/2
	x, iw := x0+dialogPad, w-2*dialogPad
	title := i18n.TextHelpTitle.In(g.lang) + " — " + i18n.RoleName(g.role, g.lang)
	titleH := len(wrapWidth(title, g.fonts.Large, float64(iw))) * int(lineHeight(g.fonts.Large))
	lines := g.helpLines(iw - scrollBarW - 4)
	lh := int(lineHeight(g.fonts.Small))
	chrome := 2*dialogPad + titleH + 8 + 12 + buttonH + 4
	bodyH := min(len(lines)*lh, (b.Dy()-20-chrome)/lh*lh)
	h := chrome + bodyH
	y0 := b.Min.Y + max((b.Dy()-h)/2, 10)
	box := image.Rect(x0, y0, x0+w, y0+h)
	p.Fill(box, colorPanelSolid)
	p.Frame(box, colorPanelDim)
	y := y0 + dialogPad
	y += p.Wrap(x, y, iw, title, g.fonts.Large, colorPanelText) + 8
	body := image.Rect(x, y, x+iw, y+bodyH)
	from, to := p.List(body, len(lines), lh, &g.helpScroll)
	for k, l := range lines[from:to] {
		p.Line(image.Rect(x, y+k*lh, x+iw-scrollBarW-4, y+(k+1)*lh), l.text, g.fonts.Small, l.color)
	}
	y = body.Max.Y + 12
	if p.PrimaryButton(image.Rect(x+iw-140, y, x+iw, y+buttonH+4), i18n.TextClose.In(g.lang)) {
		g.help = false
	}
}
