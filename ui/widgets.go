package ui

import (
	"image"
	"image/color"
	"math"
	"strings"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/text/v2"
	"github.com/hajimehoshi/ebiten/v2/vector"
)

// Panel lays out and handles a surface of the interface's widgets in immediate mode:
// the same layout code runs in Update, where Panel answers clicks, and in Draw, where
// it paints. One layout for both means a button is always clicked where it is drawn.
//
// A Panel lays out in logical pixels and draws at the interface's scale (100% to
// 200%): logical point base is drawn at screen point origin, and every logical pixel
// after it takes scale screen pixels, text drawn in faces of that size, so that a
// scaled interface stays sharp. Every text it draws either fits the box it is given or
// can be read whole: cut with "…", it shows whole when the cursor rests on it or a
// click pins it.
type Panel struct {
	dst   *ebiten.Image // nil in Update
	fonts *Fonts        // the faces at 100%, which the layout measures with
	drawn *Fonts        // the same faces at the scale, which draw
	scale float64
	// origin is the screen point where logical point base is drawn.
	origin, base image.Point
	// bounds is the logical area the surface lays out in: text must stay inside it.
	bounds image.Rectangle
	// press is where the left button went down; a click needs its release in the
	// same widget, on a later frame. cursor is the mouse, both in logical pixels.
	press    image.Point
	pressed  bool
	released bool
	cursor   image.Point
	// wheel is this Update's scroll, until a list takes it.
	wheel float64
	// Widgets are the clickable widgets of the last Update pass, in layout order:
	// where each is on the screen and what it says, for tests and scripted input to
	// find them.
	Widgets []Widget
	// shown are the text fields of the last Update pass.
	shown []*TextField
	// Texts are the texts of the last Draw pass, for the test that reads every
	// string drawn; tips the cut ones, readable whole on hover or click.
	Texts []DrawnText
	tips  []tip
	// shaded says the last Draw pass shaded what it had drawn (Shade).
	shaded bool
	// pinned is the cut text a click pinned open, "" for none.
	pinned tip
}

// Widget is one clickable widget as laid out.
type Widget struct {
	Label string
	// Rect is where it is on the screen.
	Rect image.Rectangle
}

// DrawnText is a text as a Draw pass drew it: what it says, where (logical pixels),
// the box it must fit, and whether the reader can read it whole: it fits, or it was
// cut and shows whole on hover and on click.
type DrawnText struct {
	Text  string
	Rect  image.Rectangle
	Box   image.Rectangle
	Whole bool
	// Color is the text's colour, Size its face's size in logical pixels.
	Color color.Color
	Size  float64
	// Shaded says a shade was drawn over it since: it lies under a dialog, the help
	// or the end screen, not to be read until they close.
	Shaded bool
}

// tip is a cut text and the logical rectangle that shows it whole.
type tip struct {
	r    image.Rectangle
	text string
}

// setFrame places the surface: logical base drawn at screen origin, scale screen
// pixels a logical one, laying out in logical bounds, with fonts at 100% and drawn at
// the scale.
func (p *Panel) setFrame(fonts, drawn *Fonts, scale float64, origin, base image.Point, bounds image.Rectangle) {
	p.fonts, p.drawn, p.scale, p.origin, p.base, p.bounds = fonts, drawn, scale, origin, base, bounds
}

// toScreen is the screen point of logical point pt.
func (p *Panel) toScreen(pt image.Point) image.Point {
	s := p.scaleOr1()
	return image.Pt(p.origin.X+int(math.Round(float64(pt.X-p.base.X)*s)), p.origin.Y+int(math.Round(float64(pt.Y-p.base.Y)*s)))
}

// rectToScreen is the screen rectangle of logical rectangle r.
func (p *Panel) rectToScreen(r image.Rectangle) image.Rectangle {
	return image.Rectangle{p.toScreen(r.Min), p.toScreen(r.Max)}
}

// fromScreen is the logical point of screen point pt.
func (p *Panel) fromScreen(pt image.Point) image.Point {
	s := p.scaleOr1()
	return image.Pt(p.base.X+int(math.Floor(float64(pt.X-p.origin.X)/s)), p.base.Y+int(math.Floor(float64(pt.Y-p.origin.Y)/s)))
}

func (p *Panel) scaleOr1() float64 {
	if p.scale <= 0 {
		return 1
	}
	return p.scale
}

// face is the face that draws logical face f at the scale.
func (p *Panel) face(f text.Face) text.Face {
	if p.drawn == nil || p.fonts == nil {
		return f
	}
	switch f {
	case p.fonts.Small:
		return p.drawn.Small
	case p.fonts.Normal:
		return p.drawn.Normal
	case p.fonts.Large:
		return p.drawn.Large
	case p.fonts.Huge:
		return p.drawn.Huge
	}
	return f
}

// beginUpdate starts a layout pass that answers input.
func (p *Panel) beginUpdate(in Input) {
	p.dst = nil
	p.Widgets = p.Widgets[:0]
	p.shown = p.shown[:0]
	x, y := in.Cursor()
	p.cursor = p.fromScreen(image.Pt(x, y))
	p.released = in.MouseReleased()
	p.wheel = in.Wheel()
	if in.MousePressed() {
		p.press, p.pressed = p.cursor, true
	}
}

// endUpdate finishes an input pass: a click on a cut text pins it open, a click
// elsewhere closes it.
func (p *Panel) endUpdate() {
	if p.released && p.pressed {
		p.pinned = tip{}
		for _, t := range p.tips {
			if p.press.In(t.r) && p.cursor.In(t.r) {
				p.pinned = t
			}
		}
	}
	if p.released {
		p.pressed = false
	}
}

// beginDraw starts a layout pass that paints onto dst.
func (p *Panel) beginDraw(dst *ebiten.Image) {
	p.dst = dst
	p.Texts = p.Texts[:0]
	p.tips = p.tips[:0]
	p.shaded = false
}

// clicked reports, in an Update pass, a click inside r: pressed and released in it.
func (p *Panel) clicked(r image.Rectangle) bool {
	return p.dst == nil && p.released && p.pressed && p.press.In(r) && p.cursor.In(r)
}

// hovered reports whether the cursor is over r.
func (p *Panel) hovered(r image.Rectangle) bool { return p.cursor.In(r) }

// widget records a clickable widget of an Update pass.
func (p *Panel) widget(label string, r image.Rectangle) {
	p.Widgets = append(p.Widgets, Widget{label, p.rectToScreen(r)})
}

// Button is a labelled box that reports a click; on shows it selected.
func (p *Panel) Button(r image.Rectangle, label string, on bool) bool {
	return p.button(r, label, on, colorButton)
}

// PrimaryButton is a Button drawn in the colour of the action a screen expects.
func (p *Panel) PrimaryButton(r image.Rectangle, label string) bool {
	return p.button(r, label, false, colorButtonOn)
}

func (p *Panel) button(r image.Rectangle, label string, on bool, bg color.RGBA) bool {
	if p.dst == nil {
		p.widget(label, r)
		return p.clicked(r)
	}
	switch {
	case on:
		bg = colorButtonOn
	case p.hovered(r) && bg == colorButton:
		bg = colorButtonHover
	}
	p.Fill(r, bg)
	if on {
		p.Frame(r, colorPanelText)
	}
	f := p.fonts.Small
	w, h := text.Measure(label, f, 0)
	inner := r.Inset(4)
	if int(w) > inner.Dx() {
		p.Line(inner, label, f, colorPanelText)
		return false
	}
	p.Text(image.Pt(r.Min.X+(r.Dx()-int(w))/2, r.Min.Y+(r.Dy()-int(h))/2), label, f, colorPanelText)
	return false
}

// Row is a full-width line of text that reports a click; a text too long for it is
// cut and shows whole on hover.
func (p *Panel) Row(r image.Rectangle, label string, c color.Color, on bool) bool {
	if p.dst == nil {
		p.widget(label, r)
		return p.clicked(r)
	}
	if on || p.hovered(r) { // a dark fill, on which every colour of the panel's texts reads
		p.Fill(r, colorRowOn)
	}
	if on {
		p.Frame(r, colorAccent)
	}
	p.Line(image.Rect(r.Min.X+4, r.Min.Y, r.Max.X-2, r.Max.Y), label, p.fonts.Small, c)
	return false
}

// Text draws s with its top-left corner at pt in a Draw pass. It must fit the
// surface: Line and Wrap fit text to a box.
func (p *Panel) Text(pt image.Point, s string, f text.Face, c color.Color) {
	if p.dst == nil || s == "" {
		return
	}
	w, h := text.Measure(s, f, lineHeight(f))
	r := image.Rect(pt.X, pt.Y, pt.X+int(math.Ceil(w)), pt.Y+int(math.Ceil(h)))
	p.record(s, r, p.bounds, r.In(p.bounds.Inset(-1)), f, c)
	drawText(p.dst, p.toScreen(pt), s, p.face(f), c)
}

// record notes a text drawn in face f and colour c.
func (p *Panel) record(s string, r, box image.Rectangle, whole bool, f text.Face, c color.Color) {
	p.Texts = append(p.Texts, DrawnText{Text: s, Rect: r, Box: box, Whole: whole, Color: c, Size: p.sizeOf(f)})
}

// sizeOf is the size of logical face f in pixels, 0 for a face not of the surface's.
func (p *Panel) sizeOf(f text.Face) float64 {
	if p.fonts == nil {
		return 0
	}
	switch f {
	case p.fonts.Small:
		return smallSize
	case p.fonts.Normal:
		return normalSize
	case p.fonts.Large:
		return largeSize
	case p.fonts.Huge:
		return hugeSize
	}
	return 0
}

// Line draws s on one line in r (its top-left corner, its width): cut with "…" when
// it is wider, and then shown whole while the cursor rests on r or after a click on it.
func (p *Panel) Line(r image.Rectangle, s string, f text.Face, c color.Color) {
	if p.dst == nil || s == "" {
		return
	}
	s = strings.ReplaceAll(s, "\n", " ")
	w, h := text.Measure(s, f, 0)
	if int(math.Ceil(w)) <= r.Dx() {
		tr := image.Rect(r.Min.X, r.Min.Y, r.Min.X+int(math.Ceil(w)), r.Min.Y+int(math.Ceil(h)))
		p.record(s, tr, r, true, f, c)
		drawText(p.dst, p.toScreen(r.Min), s, p.face(f), c)
		return
	}
	cut := fitRunes(s, f, float64(r.Dx()))
	p.record(s, image.Rect(r.Min.X, r.Min.Y, r.Max.X, r.Min.Y+int(math.Ceil(h))), r, true, f, c)
	p.tips = append(p.tips, tip{r: r, text: s})
	drawText(p.dst, p.toScreen(r.Min), cut, p.face(f), c)
}

// fitRunes cuts s to the runes that fit width w in face f with "…" after them.
func fitRunes(s string, f text.Face, w float64) string {
	rs := []rune(s)
	ell, _ := text.Measure("…", f, 0)
	lo, hi := 0, len(rs)
	for lo < hi { // the longest prefix that fits with the ellipsis
		mid := (lo + hi + 1) / 2
		if mw, _ := text.Measure(string(rs[:mid]), f, 0); mw+ell <= w {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	return string(rs[:lo]) + "…"
}

// Wrap draws s in face f from (x, y) in lines no wider than w, keeping its own line
// breaks, and returns the height taken.
func (p *Panel) Wrap(x, y, w int, s string, f text.Face, c color.Color) int {
	lines := wrapWidth(s, f, float64(w))
	h := int(math.Ceil(lineHeight(f))) * len(lines)
	if p.dst == nil || s == "" {
		return h
	}
	joined := strings.Join(lines, "\n")
	mw, mh := text.Measure(joined, f, lineHeight(f))
	r := image.Rect(x, y, x+int(math.Ceil(mw)), y+int(math.Ceil(mh)))
	p.record(s, r, image.Rect(x, y, x+w, y+h).Union(r.Intersect(p.bounds)), int(math.Ceil(mw)) <= w && r.In(p.bounds.Inset(-1)), f, c)
	drawText(p.dst, p.toScreen(image.Pt(x, y)), joined, p.face(f), c)
	return h
}

// WrapLines draws s as Wrap does, in n lines at most: the last of them, when more
// would follow, cut and shown whole on hover as Line does.
func (p *Panel) WrapLines(pt image.Point, w, n int, s string, f text.Face, c color.Color) {
	lines := wrapWidth(s, f, float64(w))
	if len(lines) <= n {
		p.Wrap(pt.X, pt.Y, w, s, f, c)
		return
	}
	h := p.Wrap(pt.X, pt.Y, w, strings.Join(lines[:n-1], "\n"), f, c)
	p.Line(image.Rect(pt.X, pt.Y+h, pt.X+w, pt.Y+h+int(lineHeight(f))), strings.Join(lines[n-1:], " "), f, c)
}

// wrapWidth breaks s into lines no wider than w in face f, keeping its own line
// breaks: between any two characters of Chinese, at a space in a run of Latin
// letters when there is one.
func wrapWidth(s string, f text.Face, w float64) []string {
	var out []string
	for _, para := range strings.Split(s, "\n") {
		rs := []rune(para)
		for len(rs) > 0 {
			n := len(rs)
			if lw, _ := text.Measure(string(rs), f, 0); lw > w {
				lo, hi := 1, len(rs)
				for lo < hi {
					mid := (lo + hi + 1) / 2
					if mw, _ := text.Measure(string(rs[:mid]), f, 0); mw <= w {
						lo = mid
					} else {
						hi = mid - 1
					}
				}
				n = lo
				for n > 1 && n < len(rs) && strings.ContainsRune(noLineStart, rs[n]) {
					n-- // a closing mark goes with the character before it
				}
				if isLatin(rs[n-1]) && n < len(rs) && isLatin(rs[n]) {
					for k := n - 1; k > 0; k-- {
						if rs[k] == ' ' {
							n = k + 1
							break
						}
					}
				}
			}
			out = append(out, strings.TrimRight(string(rs[:n]), " "))
			rs = rs[n:]
			for len(rs) > 0 && rs[0] == ' ' {
				rs = rs[1:]
			}
		}
		if len(para) == 0 {
			out = append(out, "")
		}
	}
	return out
}

// noLineStart are the marks a line of Chinese does not start with.
const noLineStart = "，。、；：？！）」』》〉】”’…,.;:?!)"

// isLatin reports whether r belongs to a word written with spaces between words.
func isLatin(r rune) bool { return r < 0x2e80 && r != ' ' }

// Fill paints r in a Draw pass.
func (p *Panel) Fill(r image.Rectangle, c color.Color) {
	if p.dst != nil {
		fillRect(p.dst, p.rectToScreen(r), c)
	}
}

// Shade darkens r under what comes next, a dialog or a page over the rest: the texts
// drawn so far are shaded.
func (p *Panel) Shade(r image.Rectangle) {
	if p.dst == nil {
		return
	}
	p.Fill(r, colorShade)
	for i := range p.Texts {
		p.Texts[i].Shaded = true
	}
	p.tips = p.tips[:0]
	p.shaded = true
}

// Frame outlines r in a Draw pass.
func (p *Panel) Frame(r image.Rectangle, c color.Color) {
	if p.dst == nil {
		return
	}
	s := p.rectToScreen(r)
	vector.StrokeRect(p.dst, float32(s.Min.X)+0.5, float32(s.Min.Y)+0.5, float32(s.Dx())-1, float32(s.Dy())-1, 1, c, false)
}

// scroll is a list's scroll position: the index of its first row shown.
type scroll struct{ first int }

// List lays out a list of n rows of rowH in r, scrolled a row a notch by the wheel
// over it, and returns the rows that show, [from, to): row i is at y = r.Min.Y +
// (i-from)*rowH. A bar at the right says where the view is when the rows do not all
// show; leave it scrollBarW pixels.
func (p *Panel) List(r image.Rectangle, n, rowH int, s *scroll) (from, to int) {
	rows := max(r.Dy()/rowH, 1)
	if p.dst == nil && p.wheel != 0 && p.hovered(r) && n > rows {
		if p.wheel > 0 {
			s.first--
		} else {
			s.first++
		}
		p.wheel = 0
	}
	s.first = min(max(s.first, 0), max(n-rows, 0))
	from, to = s.first, min(s.first+rows, n)
	if p.dst != nil && n > rows {
		bar := image.Rect(r.Max.X-scrollBarW+2, r.Min.Y, r.Max.X, r.Max.Y)
		p.Fill(bar, colorButton)
		top := r.Min.Y + r.Dy()*from/n
		bottom := r.Min.Y + r.Dy()*to/n
		p.Fill(image.Rect(bar.Min.X, top, bar.Max.X, max(bottom, top+6)), colorPanelDim)
	}
	return from, to
}

// scrollBarW is the width a scrolled list keeps for its bar.
const scrollBarW = 6

// drawTips draws, over everything, the cut text the cursor rests on or a click
// pinned, whole, in a box beside it kept on the screen.
func (p *Panel) drawTips(dst *ebiten.Image) {
	t := p.pinned
	for _, c := range p.tips {
		if p.hovered(c.r) {
			t = c
		}
	}
	if t.text == "" {
		return
	}
	f := p.face(p.fonts.Small)
	s := p.scaleOr1()
	lines := wrapWidth(t.text, f, 420*s)
	body := strings.Join(lines, "\n")
	w, h := text.Measure(body, f, lineHeight(f))
	r := p.rectToScreen(t.r)
	x, y := r.Min.X, r.Max.Y+2
	if x+int(w)+12 > ScreenWidth {
		x = ScreenWidth - int(w) - 12
	}
	if y+int(h)+8 > ScreenHeight {
		y = r.Min.Y - int(h) - 10
	}
	box := image.Rect(x-6, y-4, x+int(w)+6, y+int(h)+4)
	fillRect(dst, box, colorTip)
	vector.StrokeRect(dst, float32(box.Min.X), float32(box.Min.Y), float32(box.Dx()), float32(box.Dy()), 1, colorPanelDim, false)
	drawText(dst, image.Pt(x, y), body, f, colorPanelText)
}

// fillRect fills r on dst.
func fillRect(dst *ebiten.Image, r image.Rectangle, c color.Color) {
	vector.DrawFilledRect(dst, float32(r.Min.X), float32(r.Min.Y), float32(r.Dx()), float32(r.Dy()), c, false)
}
