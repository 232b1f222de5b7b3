package ui

import (
	"fmt"
	"image"
	"image/color"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/vector"
	"github.com/paulmach/orb"

	"drillsim/mapedit"
	"drillsim/maps"
)

// Editor is the ebiten.Game of `drillsim edit`: a town's map with the features drills
// need drawn over it (hazard zones, village boundaries, shelters, depots, stations,
// loudspeakers), tools to draw, place, select, reshape and move them, a form for the
// one selected, undo and redo, the hazard models' suggestions and saving. It draws a
// mapedit.Doc and turns input into the Doc's methods; the Doc keeps every edit.
type Editor struct {
	doc   *mapedit.Doc
	in    Input
	fonts *Fonts
	panel Panel
	view  *MapView
	cam   Camera

	tool   editTool
	hazard string   // the hazard of the zones drawn and suggested
	draft  orb.Ring // the corners of an area being drawn
	sel    int      // the feature selected, -1 for none
	form   []TextField
	formOf int // the feature whose values the form holds
	river  int // the river of flood suggestions, in doc.Rivers()
	rise   TextField
	drag   editDrag
	status string

	// version counts the Doc's changes; shown is the version fills and edges draw.
	version, shown int
	fills          Mesh
	edges          *Ribbon
	symbols        Symbols
}

// editTool is what a click on the map does.
type editTool uint8

// The editor's tools: select (and move, reshape), draw an area, place a point.
const (
	toolSelect editTool = iota
	toolZone
	toolVillage
	toolShelter
	toolDepot
	toolStation
	toolLoudspeaker
)

// editTools are the tools as the panel offers them, with the kind each adds.
var editTools = []struct {
	tool  editTool
	kind  maps.Kind
	label string
}{
	{toolSelect, maps.Background, "选择"}, {toolZone, maps.KindHazardZone, "风险区"}, {toolVillage, maps.KindVillage, "村界"},
	{toolShelter, maps.KindShelter, "安置点"}, {toolDepot, maps.KindDepot, "物资点"}, {toolStation, maps.KindStation, "救援站"},
	{toolLoudspeaker, maps.KindLoudspeaker, "大喇叭"},
}

// editHazards are the hazards a zone is drawn or suggested for.
var editHazards = []struct{ hazard, label string }{{"flood", "洪水"}, {"landslide", "滑坡"}, {"fire", "林火"}}

// editDrag is a press on the map until its release: a pan, or the move of a corner of
// the area selected or of the point selected.
type editDrag struct {
	on, moved      bool
	startX, startY int
	lastX, lastY   int
	vertex         *mapedit.Vertex
	point          bool
}

// Editor's figures.
const (
	// pickPx is how near, in pixels, a click must fall to a point or a corner.
	pickPx = 8
	// defaultRiseM is the flood suggestions' rise to begin with.
	defaultRiseM = "3"
)

// NewEditor opens the editing window on doc, reading input from in (nil: the real
// keyboard and mouse).
func NewEditor(doc *mapedit.Doc, in Input) (*Editor, error) {
	fonts, err := NewFonts()
	if err != nil {
		return nil, err
	}
	if in == nil {
		in = EbitenInput{}
	}
	e := &Editor{doc: doc, in: in, fonts: fonts, view: NewMapView(doc.Town()), sel: -1, formOf: -1, hazard: "flood", shown: -1}
	e.panel.fonts = fonts
	// The features edited are drawn from the Doc, not as the town loaded them.
	e.view.SetLayers(AllLayers.Toggle(LayerVillages).Toggle(LayerHazardZones).Toggle(LayerResidents))
	e.cam = Camera{W: mapWidth, H: ScreenHeight}
	e.cam.Fit(doc.Town().Core)
	e.rise.Text, e.rise.MaxRunes = []rune(defaultRiseM), 6
	e.status = "点选工具后在地图上点击；风险区、村界逐点点击，Enter 完成。Ctrl+Z 撤销，Ctrl+S 保存。"
	return e, nil
}

// Layout fixes the logical screen size.
func (e *Editor) Layout(int, int) (int, int) { return ScreenWidth, ScreenHeight }

// Selected is the feature selected, -1 for none.
func (e *Editor) Selected() int { return e.sel }

// Status is the last line the editor said.
func (e *Editor) Status() string { return e.status }

// Widgets are the panel's clickable widgets as last laid out.
func (e *Editor) Widgets() []Widget { return e.panel.Widgets }

// Update reads this frame's input: the panel's buttons and form, the keys, the map.
func (e *Editor) Update() error {
	in := e.in
	for i := range e.form {
		if e.form[i].Focused && in.KeyPressed(ebiten.KeyEnter) {
			e.setField(i)
		}
	}
	typing := e.rise.Focused
	for i := range e.form {
		e.form[i].Edit(in)
		typing = typing || e.form[i].Focused
	}
	e.rise.Edit(in)
	e.panel.beginUpdate(in)
	e.layoutPanel()
	e.panel.endUpdate()
	if !typing {
		e.keys()
	}
	e.handleMap()
	e.syncForm()
	return nil
}

// changed records a change of the Doc.
func (e *Editor) changed() { e.version++ }

// say sets the status line; an error is said as one.
func (e *Editor) say(format string, args ...any) { e.status = fmt.Sprintf(format, args...) }

// keys handles the keyboard when no field has it.
func (e *Editor) keys() {
	in := e.in
	ctrl := in.KeyDown(ebiten.KeyControl) || in.KeyDown(ebiten.KeyMeta)
	switch {
	case ctrl && in.KeyPressed(ebiten.KeyZ) && in.KeyDown(ebiten.KeyShift), ctrl && in.KeyPressed(ebiten.KeyY):
		e.redo()
	case ctrl && in.KeyPressed(ebiten.KeyZ):
		e.undo()
	case ctrl && in.KeyPressed(ebiten.KeyS):
		e.save()
	case in.KeyPressed(ebiten.KeyEnter):
		e.finishArea()
	case in.KeyPressed(ebiten.KeyEscape):
		if len(e.draft) > 0 {
			e.draft = e.draft[:0]
			e.say("已取消绘制")
		} else {
			e.sel = -1
		}
	case in.KeyPressed(ebiten.KeyBackspace) && len(e.draft) > 0:
		e.draft = e.draft[:len(e.draft)-1]
	case in.KeyPressed(ebiten.KeyDelete):
		e.deleteSelected()
	case in.KeyPressed(ebiten.KeyF):
		e.cam.Fit(e.doc.Town().Core)
	case in.KeyPressed(ebiten.KeyEqual), in.KeyPressed(ebiten.KeyNumpadAdd):
		e.cam.ZoomAbout(e.cam.X0+e.cam.W/2, e.cam.Y0+e.cam.H/2, zoomStep)
	case in.KeyPressed(ebiten.KeyMinus), in.KeyPressed(ebiten.KeyNumpadSubtract):
		e.cam.ZoomAbout(e.cam.X0+e.cam.W/2, e.cam.Y0+e.cam.H/2, 1/zoomStep)
	}
}

// handleMap pans and zooms, and turns clicks and drags on the map into the tool's
// edits.
func (e *Editor) handleMap() {
	in := e.in
	x, y := in.Cursor()
	fx, fy := float64(x), float64(y)
	over := e.cam.Contains(fx, fy)
	if w := in.Wheel(); w != 0 && over {
		f := zoomStep
		if w < 0 {
			f = 1 / zoomStep
		}
		e.cam.ZoomAbout(fx, fy, f)
	}
	tol := pickPx / e.cam.Scale
	if in.MousePressed() && over {
		e.drag = editDrag{on: true, startX: x, startY: y, lastX: x, lastY: y}
		if e.tool == toolSelect && e.sel >= 0 {
			p := e.cam.ToTown(fx, fy)
			f := e.doc.Feature(e.sel)
			if mapedit.IsArea(f.Kind) {
				if v, ok := e.doc.VertexNear(e.sel, p, tol); ok {
					e.drag.vertex = &v
				}
			} else if i, ok := e.doc.FeatureAt(p, tol, nil); ok && i == e.sel {
				e.drag.point = true
			}
		}
	}
	if !e.drag.on {
		return
	}
	if in.MouseDown() {
		if abs(x-e.drag.startX) > clickSlopPx || abs(y-e.drag.startY) > clickSlopPx {
			e.drag.moved = true
		}
		if e.drag.moved && e.drag.vertex == nil && !e.drag.point {
			e.cam.Pan(float64(x-e.drag.lastX), float64(y-e.drag.lastY))
		}
		e.drag.lastX, e.drag.lastY = x, y
	}
	if !in.MouseReleased() {
		return
	}
	d := e.drag
	e.drag = editDrag{}
	p := e.cam.ToTown(fx, fy)
	switch {
	case d.vertex != nil && d.moved:
		e.apply(e.doc.MoveVertex(e.sel, *d.vertex, p), "已移动拐点")
	case d.point && d.moved:
		from := e.cam.ToTown(float64(d.startX), float64(d.startY))
		e.apply(e.doc.Move(e.sel, p[0]-from[0], p[1]-from[1]), "已移动")
	case !d.moved && over:
		e.clickMap(p, tol)
	}
}

// clickMap does the tool's click at town point p: select (with Shift, add a corner to
// the side of the area selected; with Alt, take its corner away), add a corner to the
// area drawn, or place a point.
func (e *Editor) clickMap(p orb.Point, tol float64) {
	in := e.in
	switch e.tool {
	case toolSelect:
		if e.sel >= 0 && mapedit.IsArea(e.doc.Feature(e.sel).Kind) {
			if in.KeyDown(ebiten.KeyShift) {
				if v, at, ok := e.doc.EdgeNear(e.sel, p, tol); ok {
					_, err := e.doc.InsertVertex(e.sel, v, at)
					e.apply(err, "已加拐点")
					return
				}
			}
			if in.KeyDown(ebiten.KeyAlt) {
				if v, ok := e.doc.VertexNear(e.sel, p, tol); ok {
					e.apply(e.doc.DeleteVertex(e.sel, v), "已删拐点")
					return
				}
			}
		}
		e.sel = -1
		if i, ok := e.doc.FeatureAt(p, tol, nil); ok {
			e.sel = i
			e.say("选中：%s", e.describe(i))
		}
	case toolZone, toolVillage:
		e.draft = append(e.draft, p)
		e.say("已点 %d 个拐点：继续点击，Enter 完成，Backspace 退一点，Esc 取消", len(e.draft))
	default:
		e.add(e.doc.NewPoint(e.toolKind(), p))
	}
}

// toolKind is the kind of feature the tool adds.
func (e *Editor) toolKind() maps.Kind {
	for _, t := range editTools {
		if t.tool == e.tool {
			return t.kind
		}
	}
	return maps.Background
}

// finishArea adds the area drawn, once it has three corners.
func (e *Editor) finishArea() {
	if e.tool != toolZone && e.tool != toolVillage || len(e.draft) == 0 {
		return
	}
	if len(e.draft) < 3 {
		e.say("一个区域至少要有三个拐点")
		return
	}
	f := e.doc.NewArea(e.toolKind(), e.hazard, e.draft)
	e.draft = e.draft[:0]
	e.add(f)
}

// add adds features as one edit and selects the first.
func (e *Editor) add(fs ...mapedit.Feature) {
	idx, err := e.doc.Add(fs...)
	if err != nil {
		e.say("错误：%v", err)
		return
	}
	e.changed()
	e.sel = idx[0]
	if len(idx) == 1 {
		e.say("已添加：%s", e.describe(idx[0]))
	}
}

// apply records the outcome of an edit.
func (e *Editor) apply(err error, done string) {
	if err != nil {
		e.say("错误：%v", err)
		return
	}
	e.changed()
	e.say("%s", done)
}

// describe says what feature i is: its kind, name, and for a zone who it threatens.
func (e *Editor) describe(i int) string {
	f := e.doc.Feature(i)
	s := kindLabel(f.Kind) + " " + f.Name()
	if f.Kind == maps.KindHazardZone {
		s += fmt.Sprintf("（%s户 %s人）", f.FieldText("households"), f.FieldText("people"))
	}
	return s
}

// kindLabel is the panel's name of a kind of feature.
func kindLabel(k maps.Kind) string {
	for _, t := range editTools {
		if t.kind == k && t.tool != toolSelect {
			return t.label
		}
	}
	return k.String()
}

func (e *Editor) undo() {
	if e.doc.Undo() {
		e.changed()
		e.say("已撤销")
	}
}

func (e *Editor) redo() {
	if e.doc.Redo() {
		e.changed()
		e.say("已重做")
	}
}

// deleteSelected takes the feature selected away.
func (e *Editor) deleteSelected() {
	if e.sel < 0 {
		return
	}
	name := e.describe(e.sel)
	if err := e.doc.Delete(e.sel); err != nil {
		e.say("错误：%v", err)
		return
	}
	e.changed()
	e.sel = -1
	e.say("已删除：%s（Ctrl+Z 撤销）", name)
}

// save writes the edits and says where.
func (e *Editor) save() {
	saved, err := e.doc.Save()
	if err != nil {
		e.say("保存失败：%v", err)
		return
	}
	e.say("已保存 %s；演练用：%s", strings.Join(saved.Files, "、"), saved.Map)
}

// suggest adds the suggestions of a hazard model (or the halls for shelters) as one
// edit.
func (e *Editor) suggest(what string) {
	var fs []mapedit.Feature
	var err error
	switch what {
	case "flood":
		rivers := e.doc.Rivers()
		if len(rivers) == 0 {
			e.say("地图上没有有名称的河流：请先在地图上添加河流")
			return
		}
		rise, perr := strconv.ParseFloat(strings.TrimSpace(e.rise.String()), 64)
		if perr != nil {
			e.say("涨水高度 %q 不是以米计的数", e.rise.String())
			return
		}
		fs, err = e.doc.FloodZones(rivers[e.river%len(rivers)], rise)
	case "landslide":
		fs, err = e.doc.LandslideZones(0)
	case "fire":
		fs, err = e.doc.FireZones()
	case "shelter":
		fs = e.doc.ShelterSites()
	}
	if err != nil {
		e.say("错误：%v", err)
		return
	}
	if len(fs) == 0 {
		e.say("没有建议：模型没有发现受威胁的房屋（或风险区外没有可作安置点的场所）")
		return
	}
	e.add(fs...)
	people := 0.0
	for _, f := range fs {
		p, _ := f.Props["people"].(float64)
		people += p
	}
	e.say("已添加 %d 个建议（%.0f 人）；请逐个检查修改，Ctrl+Z 全部撤销", len(fs), people)
}

// syncForm fills the form with the values of the feature selected when the selection
// or the feature changed, but for a field being typed in.
func (e *Editor) syncForm() {
	if e.sel >= 0 && e.doc.Feature(e.sel).Deleted {
		e.sel = -1
	}
	if e.sel < 0 {
		e.form, e.formOf = e.form[:0], -1
		return
	}
	fields := mapedit.Fields(e.doc.Feature(e.sel).Kind)
	if e.formOf != e.sel || len(e.form) != len(fields) {
		e.form = make([]TextField, len(fields))
		e.formOf = e.sel
	}
	f := e.doc.Feature(e.sel)
	for i, fd := range fields {
		if !e.form[i].Focused {
			e.form[i].Text = []rune(f.FieldText(fd.Key))
		}
	}
}

// setField sets field i of the feature selected from what was typed.
func (e *Editor) setField(i int) {
	if e.sel < 0 {
		return
	}
	fields := mapedit.Fields(e.doc.Feature(e.sel).Kind)
	if i >= len(fields) {
		return
	}
	e.apply(e.doc.Set(e.sel, fields[i].Key, e.form[i].String()), "已修改"+fieldLabel(fields[i].Key))
}

// Panel layout.
const (
	editRowH   = 26
	editGap    = 6
	editLabelW = 86
)

// layoutPanel lays out the panel: the tools, the hazard of zones, the edits, the
// suggestions, the form of the feature selected, the status.
func (e *Editor) layoutPanel() {
	p := &e.panel
	x0 := mapWidth + panelPad
	y := panelPad
	p.Fill(image.Rect(mapWidth, 0, ScreenWidth, ScreenHeight), colorPanel)
	title := "编辑地图 " + filepath.Base(e.doc.Path())
	if e.doc.Dirty() {
		title += " *"
	}
	p.Text(image.Pt(x0, y), title, e.fonts.Normal, colorPanelText)
	y += 26
	bw := (innerW - 3*editGap) / 4
	for i, t := range editTools {
		r := image.Rect(x0+(i%4)*(bw+editGap), y+(i/4)*(editRowH+editGap), x0+(i%4)*(bw+editGap)+bw, y+(i/4)*(editRowH+editGap)+editRowH)
		if p.Button(r, t.label, e.tool == t.tool) {
			e.tool, e.draft = t.tool, e.draft[:0]
		}
	}
	y += 2 * (editRowH + editGap)
	hw := (innerW - 2*editGap) / 3
	for i, h := range editHazards {
		r := image.Rect(x0+i*(hw+editGap), y, x0+i*(hw+editGap)+hw, y+editRowH)
		if p.Button(r, h.label, e.hazard == h.hazard) {
			e.hazard = h.hazard
		}
	}
	y += editRowH + editGap
	for i, a := range []struct {
		label string
		do    func()
	}{{"撤销", e.undo}, {"重做", e.redo}, {"删除", e.deleteSelected}, {"保存", e.save}} {
		r := image.Rect(x0+i*(bw+editGap), y, x0+i*(bw+editGap)+bw, y+editRowH)
		if p.Button(r, a.label, false) {
			a.do()
		}
	}
	y += editRowH + 2*editGap
	p.Text(image.Pt(x0, y), "建议", e.fonts.Small, colorPanelDim)
	y += 18
	river := "（无河流）"
	if rivers := e.doc.Rivers(); len(rivers) > 0 {
		river = rivers[e.river%len(rivers)]
	}
	if p.Button(image.Rect(x0, y, x0+innerW-80, y+editRowH), "河流 "+river+" ▸", false) {
		e.river++
	}
	p.TextField(image.Rect(x0+innerW-72, y, x0+innerW-20, y+editRowH), &e.rise, "涨水")
	p.Text(image.Pt(x0+innerW-16, y+5), "米", e.fonts.Small, colorPanelText)
	y += editRowH + editGap
	for i, s := range []struct{ what, label string }{{"flood", "洪水区"}, {"landslide", "滑坡区"}, {"fire", "林火区"}, {"shelter", "安置点"}} {
		r := image.Rect(x0+i*(bw+editGap), y, x0+i*(bw+editGap)+bw, y+editRowH)
		if p.Button(r, s.label, false) {
			e.suggest(s.what)
		}
	}
	y += editRowH + 2*editGap
	if e.sel >= 0 && e.formOf == e.sel {
		f := e.doc.Feature(e.sel)
		p.Text(image.Pt(x0, y), "选中 "+kindLabel(f.Kind), e.fonts.Small, colorPanelDim)
		y += 18
		for i, fd := range mapedit.Fields(f.Kind) {
			if i >= len(e.form) {
				break
			}
			p.Text(image.Pt(x0, y+5), fieldLabel(fd.Key), e.fonts.Small, colorPanelText)
			p.TextField(image.Rect(x0+editLabelW, y, x0+innerW, y+editRowH), &e.form[i], fd.Key)
			y += editRowH + 4
		}
		p.Text(image.Pt(x0, y), "按 Enter 确认修改", e.fonts.Small, colorPanelDim)
	}
	p.WrapLines(image.Pt(x0, ScreenHeight-110), innerW, 4, e.status, e.fonts.Small, colorPanelText)
	p.Text(image.Pt(x0, ScreenHeight-30), "滚轮缩放 拖动平移 F全图 Shift/Alt+点击 加/删拐点", e.fonts.Small, colorPanelDim)
}

// Draw draws the map, the features edited, the area being drawn, the panel.
func (e *Editor) Draw(screen *ebiten.Image) {
	e.view.Draw(screen, &e.cam)
	if e.shown != e.version {
		e.rebuild()
	}
	e.fills.Draw(screen, &e.cam)
	e.edges.Draw(screen, &e.cam)
	e.drawPoints(screen)
	e.drawSelection(screen)
	e.drawDraft(screen)
	e.panel.beginDraw(screen)
	e.layoutPanel()
}

// rebuild makes the fills and edges of the areas as the Doc has them now.
func (e *Editor) rebuild() {
	e.fills = Mesh{}
	e.edges = newRibbon(2, 1024)
	for i := range e.doc.Len() {
		f := e.doc.Feature(i)
		if f.Deleted || !mapedit.IsArea(f.Kind) {
			continue
		}
		fill, edge := colorVillageFill, colorVillageEdge
		fill.A = 0x60
		if f.Kind == maps.KindHazardZone {
			h, _ := f.Props["hazard"].(string)
			fill = hazardZoneColors[h]
			if fill == (color.RGBA{}) {
				fill = colorHazardZoneOther
			}
			edge = fill
			edge.A = 0xff
		}
		e.fills.AddArea(f.Area(), fill)
		for _, poly := range f.Area() {
			for _, r := range poly {
				e.edges.AddLine(r, true, 0, edge)
			}
		}
	}
	e.shown = e.version
}

// pointColors colour the point features by kind.
var pointColors = map[maps.Kind]color.RGBA{maps.KindShelter: colorShelter, maps.KindDepot: colorDepot,
	maps.KindStation: colorStation, maps.KindLoudspeaker: colorSpeaker}

// drawPoints draws the point features as dots with their names, a loudspeaker's with
// the circle it is heard in.
func (e *Editor) drawPoints(dst *ebiten.Image) {
	e.symbols.Reset()
	bounds := e.cam.Bounds()
	type label struct {
		x, y float64
		s    string
	}
	var labels []label
	for i := range e.doc.Len() {
		f := e.doc.Feature(i)
		if f.Deleted || mapedit.IsArea(f.Kind) {
			continue
		}
		x, y := e.cam.ToScreen(f.Location())
		if r := f.ReachM() * e.cam.Scale; r > 0 {
			e.drawReach(dst, bounds, x, y, r)
		}
		if !inView(bounds, x, y) {
			continue
		}
		e.symbols.Circle(float32(x), float32(y), 6, colorWhite)
		e.symbols.Circle(float32(x), float32(y), 4.5, pointColors[f.Kind])
		if e.cam.Scale > 0.3 {
			labels = append(labels, label{x, y, f.Name()})
		}
	}
	e.symbols.Draw(dst)
	for _, l := range labels {
		drawText(dst, image.Pt(int(l.x)+8, int(l.y)-8), l.s, e.fonts.Small, colorMapText)
	}
}

// fieldLabels name the form's fields (the map file's property keys) as the form shows them.
var fieldLabels = map[string]string{"name": "名称", "hazard": "灾种", "people": "受威胁人数", "households": "户数",
	"runout": "滑移距离（米）", "population": "人口", "head": "村支书", "phone": "电话", "capacity": "容量",
	"stock": "物资", "type": "类型", "units": "队伍", "radius_m": "覆盖半径（米）"}

// fieldLabel is the label of the form's field key: its Chinese name, else the key.
func fieldLabel(key string) string {
	if l, ok := fieldLabels[key]; ok {
		return l
	}
	return key
}

// drawReach shades the circle of r pixels around (x, y) that a loudspeaker is heard
// in, and rings it, when any of it is in bounds.
func (e *Editor) drawReach(dst *ebiten.Image, bounds image.Rectangle, x, y, r float64) {
	if x+r < float64(bounds.Min.X) || x-r > float64(bounds.Max.X) || y+r < float64(bounds.Min.Y) || y-r > float64(bounds.Max.Y) {
		return
	}
	vector.DrawFilledCircle(dst, float32(x), float32(y), float32(r), colorSpeakerReach, true)
	vector.StrokeCircle(dst, float32(x), float32(y), float32(r), 1.5, colorSpeaker, true)
}

// drawSelection outlines the feature selected and marks an area's corners.
func (e *Editor) drawSelection(dst *ebiten.Image) {
	if e.sel < 0 {
		return
	}
	f := e.doc.Feature(e.sel)
	if f.Deleted {
		return
	}
	if !mapedit.IsArea(f.Kind) {
		x, y := e.cam.ToScreen(f.Location())
		vector.StrokeCircle(dst, float32(x), float32(y), 10, 2, colorSelected, true)
		return
	}
	for _, poly := range f.Area() {
		for _, r := range poly {
			for k := 0; k+1 < len(r); k++ {
				x0, y0 := e.cam.ToScreen(r[k])
				x1, y1 := e.cam.ToScreen(r[k+1])
				vector.StrokeLine(dst, float32(x0), float32(y0), float32(x1), float32(y1), 2, colorSelected, true)
				vector.DrawFilledRect(dst, float32(x0)-3, float32(y0)-3, 6, 6, colorSelected, false)
			}
		}
	}
}

// drawDraft draws the area being drawn: its corners, and the side to the cursor.
func (e *Editor) drawDraft(dst *ebiten.Image) {
	if len(e.draft) == 0 {
		return
	}
	cx, cy := e.in.Cursor()
	pts := append(append([]orb.Point(nil), e.draft...), e.cam.ToTown(float64(cx), float64(cy)))
	for k := 0; k+1 < len(pts); k++ {
		x0, y0 := e.cam.ToScreen(pts[k])
		x1, y1 := e.cam.ToScreen(pts[k+1])
		vector.StrokeLine(dst, float32(x0), float32(y0), float32(x1), float32(y1), 2, colorAlert, true)
	}
	for _, p := range e.draft {
		x, y := e.cam.ToScreen(p)
		vector.DrawFilledRect(dst, float32(x)-3, float32(y)-3, 6, 6, colorAlert, false)
	}
}
