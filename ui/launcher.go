package ui

import (
	"errors"
	"fmt"
	"image"
	"io"
	"slices"
	"strings"

	"github.com/hajimehoshi/ebiten/v2"

	"drillsim/i18n"
	"drillsim/maps"
	"drillsim/scenarios"
	"drillsim/session"
)

// Drill is a scenario the start screen chose, loaded and checked against its town
// and plan but not started: the town, whose villages give the village roles offered,
// whether it has a reference response (示范处置) for the seats nobody plays, and
// Start, which starts the drill and returns its session for a seat of role, the other
// seats played by the reference when byReference is set, else by nobody.
type Drill struct {
	Town      *maps.Town
	Reference bool
	Start     func(role scenarios.Role, byReference bool) (session.Session, error)
}

// Launcher is the ebiten.Game of `drillsim play`: a start screen to choose the
// scenario (a built-in one, a scenario file listed, or the path of one typed), the
// role and who plays the other seats; then the drill itself, and from its end screen
// its replay, the same drill again, or the start screen once more.
type Launcher struct {
	entries []scenarios.Entry
	load    func(name string) (*Drill, error)
	cfg     Config
	fonts   *Fonts
	panel   Panel
	// path is the path of a scenario file as typed.
	path TextField

	// chosen is the index in entries of the scenario chosen, or typedPath.
	chosen int
	// drill is the chosen scenario loaded, nil until it loads.
	drill *Drill
	// roles are those the chosen scenario's town offers: the command post, the
	// controller, the evaluators and the cadres of each of its villages.
	roles []scenarios.Role
	role  scenarios.Role
	// alone says the seats nobody plays play the reference response (其他席位由电脑按
	// 预案处置), when the drill has one.
	alone   bool
	problem string
	// game is the drill started, scene what shows: the drill, or its replay.
	game    *Game
	scene   ebiten.Game
	session session.Session
}

// typedPath is the Launcher's chosen when the scenario is the file whose path was typed.
const typedPath = -1

// Launcher's layout.
const (
	// maxListedFiles is how many scenario files the start screen lists; the others
	// are opened by typing their path.
	maxListedFiles = 5
	// problemLines is how many lines of a problem the start screen shows.
	problemLines = 5
	maxPathRunes = 1024
)

// NewLauncher returns a start screen offering the scenarios of entries, built-in ones
// and scenario files (whose Path is set), and a field to type the path of another
// file. load loads a scenario by its Entry.Name or a typed path, checked against its
// town and plan, ready to start; the roles offered are those of its town. The flood,
// when entries have it, is chosen to begin with; cfg's role (the command post when
// none) and language are the defaults chosen, and its input is used throughout.
func NewLauncher(entries []scenarios.Entry, load func(name string) (*Drill, error), cfg Config) (*Launcher, error) {
	fonts, err := NewFonts()
	if err != nil {
		return nil, err
	}
	if cfg.Input == nil {
		cfg.Input = EbitenInput{}
	}
	l := &Launcher{entries: entries, load: load, cfg: cfg, fonts: fonts, role: cfg.Role, chosen: typedPath, alone: true}
	if l.role == "" {
		l.role = scenarios.RoleCommand
	}
	onScale := cfg.OnScale
	l.cfg.OnScale = func(s float64) {
		l.cfg.Scale = s
		if onScale != nil {
			onScale(s)
		}
	}
	l.path.MaxRunes = maxPathRunes
	l.panel.setFrame(fonts, fonts, 1, image.Point{}, image.Point{}, image.Rect(0, 0, ScreenWidth, ScreenHeight))
	l.offerRoles(nil)
	if i := slices.IndexFunc(entries, func(e scenarios.Entry) bool { return e.ID == "flood" && e.Path == "" }); i >= 0 {
		l.choose(i)
	} else if len(entries) > 0 {
		l.choose(0)
	}
	return l, nil
}

// Game returns the drill once started, else nil.
func (l *Launcher) Game() *Game { return l.game }

// StartDrill starts drill d, loaded for scenario name (a built-in id or a file), at
// once as the role the launcher was configured with, the other seats played by its
// reference response when alone is set, skipping the start screen, which shows
// again when the drill's end screen leads back to it.
func (l *Launcher) StartDrill(name string, d *Drill, alone bool) error {
	l.chosen = slices.IndexFunc(l.entries, func(e scenarios.Entry) bool { return e.Name() == name })
	if l.chosen < 0 {
		l.chosen = typedPath
		l.path.Text = []rune(name)
	}
	l.alone, l.drill = alone, d
	l.offerRoles(d.Town)
	l.start()
	if l.game == nil {
		return errors.New(l.problem)
	}
	return nil
}

// Resume shows the drill of session s, which was started before (a resumed one).
func (l *Launcher) Resume(s session.Session) error {
	return l.show(s)
}

// Layout fixes the logical screen size.
func (l *Launcher) Layout(int, int) (int, int) { return ScreenWidth, ScreenHeight }

// Update runs the start screen, or the scene shown.
func (l *Launcher) Update() error {
	if l.scene != nil {
		return l.scene.Update()
	}
	in := l.cfg.Input
	enter := in.KeyPressed(ebiten.KeyEnter)
	typed := l.path.String()
	if l.path.Focused {
		enter = enter && len(l.path.Text) > 0 // Enter in the empty field only leaves it
		l.path.Edit(in)
	} else if in.KeyPressed(ebiten.KeyL) {
		l.cfg.Language = 1 - l.cfg.Language
	}
	l.panel.beginUpdate(in)
	start := l.layout()
	l.panel.endUpdate()
	if l.path.Focused && len(l.path.Text) > 0 && (l.chosen != typedPath || l.path.String() != typed) {
		l.chosen, l.drill, l.problem = typedPath, nil, "" // loaded at the start
	}
	if start || enter {
		l.start()
	}
	return nil
}

// choose makes entry i the scenario chosen and loads it.
func (l *Launcher) choose(i int) {
	l.chosen = i
	l.loadChosen()
}

// loadChosen loads the scenario chosen and offers the roles of its town, or shows
// why it did not load; it reports whether it did.
func (l *Launcher) loadChosen() bool {
	name := strings.TrimSpace(l.path.String())
	if l.chosen != typedPath {
		name = l.entries[l.chosen].Name()
	} else if name == "" {
		l.problem = i18n.TextTypePathFirst.In(l.cfg.Language)
		return false
	}
	d, err := l.load(name)
	if err != nil {
		l.drill, l.problem = nil, err.Error()
		return false
	}
	l.drill, l.problem = d, ""
	l.offerRoles(d.Town)
	if !slices.Contains(l.roles, l.role) {
		l.problem = l.roleNotOnMap()
	}
	return true
}

// offerRoles offers the roles of town: the command post, the controller, the
// evaluators, and the cadres of each of its villages (none when town is nil).
func (l *Launcher) offerRoles(town *maps.Town) {
	l.roles = append(l.roles[:0], scenarios.RoleCommand, scenarios.RoleController, scenarios.RoleEvaluator)
	if town != nil {
		for _, v := range town.Villages {
			l.roles = append(l.roles, scenarios.VillageRole(v.Name))
		}
	}
}

// roleNotOnMap says that the chosen scenario's map lacks the chosen role's village.
func (l *Launcher) roleNotOnMap() string {
	return fmt.Sprintf(i18n.TextRoleNotOnMap.In(l.cfg.Language), i18n.RoleName(l.role, l.cfg.Language))
}

// start opens the chosen scenario as the chosen role, or shows why it cannot.
func (l *Launcher) start() {
	if l.drill == nil && !l.loadChosen() {
		return
	}
	if !slices.Contains(l.roles, l.role) {
		l.problem = l.roleNotOnMap()
		return
	}
	s, err := l.drill.Start(l.role, l.alone && l.drill.Reference)
	if err != nil {
		l.drill, l.problem = nil, err.Error() // loaded afresh at the next try
		return
	}
	if err := l.show(s); err != nil {
		l.problem = err.Error()
	}
}

// show makes the drill of session s the scene, with the end screen's ways on.
func (l *Launcher) show(s session.Session) error {
	cfg := l.cfg
	cfg.Role = s.Role()
	cfg.Scenes = &Scenes{Again: l.again, Home: l.home}
	if _, ok := s.(replayable); ok {
		cfg.Scenes.Replay = l.replay
	}
	g, err := NewGame(s, cfg)
	if err != nil {
		return err
	}
	l.leave()
	l.game, l.scene, l.session = g, g, s
	return nil
}

// replayable is a session whose drill can be replayed once it has ended: a journaled
// one.
type replayable interface {
	Replay() (*session.Replay, error)
}

// leave closes the session shown, if any: a journaled drill's journal.
func (l *Launcher) leave() {
	if c, ok := l.session.(io.Closer); ok {
		c.Close()
	}
	l.game, l.scene, l.session = nil, nil, nil
}

// again starts the drill shown afresh, for the same seat, the other seats played as
// before.
func (l *Launcher) again() {
	if l.game != nil {
		l.cfg.Language = l.game.lang
	}
	l.drill = nil
	l.start()
	if l.problem != "" {
		l.leave()
	}
}

// home goes back to the start screen.
func (l *Launcher) home() {
	if l.game != nil {
		l.cfg.Language = l.game.lang
	}
	l.leave()
	l.problem = ""
}

// replay shows the replay of the drill shown, which has ended; its end screen leads
// back to the start screen.
func (l *Launcher) replay() {
	r, ok := l.session.(replayable)
	if !ok {
		return
	}
	rs, err := r.Replay()
	if err == nil {
		cfg := l.cfg
		cfg.Role = l.session.Role()
		if l.game != nil {
			cfg.Language = l.game.lang
		}
		cfg.Scenes = &Scenes{Again: l.again, Home: l.home}
		var rg *ReplayGame
		if rg, err = NewReplayGame(rs, cfg); err == nil {
			l.scene = rg
			return
		}
	}
	l.game.report = err.Error()
}

// Draw draws the start screen, or the scene shown.
func (l *Launcher) Draw(screen *ebiten.Image) {
	if l.scene != nil {
		l.scene.Draw(screen)
		return
	}
	screen.Fill(colorPanelSolid)
	l.panel.beginDraw(screen)
	l.layout()
	l.panel.drawTips(screen)
}

// layout lays out the start screen: the built-in scenarios, the scenario files and
// the path field on the left; the roles and who plays the other seats on the right;
// the problem and the start button below. It reports a click on start.
func (l *Launcher) layout() bool {
	p := &l.panel
	lang := l.cfg.Language
	p.Text(image.Pt(60, 36), i18n.TextTitle.In(lang), l.fonts.Large, colorPanelText)
	p.Line(image.Rect(60, 84, 700, 108), i18n.TextChooseScenario.In(lang), l.fonts.Normal, colorPanelDim)
	y := 114
	var files []int
	for i, e := range l.entries {
		if e.Path != "" {
			files = append(files, i)
			continue
		}
		if p.Button(image.Rect(60, y, 700, y+30), e.Title, i == l.chosen) {
			l.choose(i)
		}
		y += 36
	}
	y += 10
	p.Line(image.Rect(60, y, 700, y+24), i18n.TextScenarioFiles.In(lang), l.fonts.Normal, colorPanelDim)
	y += 28
	if len(files) == 0 {
		p.Line(image.Rect(60, y, 700, y+22), i18n.TextNoScenarioFiles.In(lang), l.fonts.Small, colorPanelDim)
		y += 26
	}
	for n, i := range files {
		if n == maxListedFiles {
			p.Line(image.Rect(60, y, 700, y+22), fmt.Sprintf(i18n.TextMoreScenarioFiles.In(lang), len(files)-n), l.fonts.Small, colorPanelDim)
			y += 26
			break
		}
		if p.Button(image.Rect(60, y, 700, y+30), fileLabel(l.entries[i]), i == l.chosen) {
			l.choose(i)
		}
		y += 36
	}
	y += 6
	if l.chosen == typedPath && len(l.path.Text) > 0 {
		p.Fill(image.Rect(56, y-4, 704, y+34), colorButtonOn)
	}
	p.TextField(image.Rect(60, y, 700, y+30), &l.path, i18n.TextScenarioPath.In(lang))

	p.Line(image.Rect(760, 84, 1220, 108), i18n.TextChooseRole.In(lang), l.fonts.Normal, colorPanelDim)
	ry := 114
	for i, role := range l.roles {
		x := 760 + (i%2)*230
		ry = 114 + (i/2)*36
		if p.Button(image.Rect(x, ry, x+220, ry+30), i18n.RoleName(role, lang), role == l.role) {
			l.role = role
			if l.drill != nil {
				l.problem = ""
			}
		}
	}
	l.layoutOthers(ry + 56)
	if l.problem != "" {
		l.panel.WrapLines(image.Pt(60, 590), 1160, problemLines, l.problem, l.fonts.Small, colorAlert)
	}
	return p.PrimaryButton(image.Rect(60, 716, 400, 760), i18n.TextStart.In(lang))
}

// layoutOthers lays out who plays the seats other than the one chosen: the computer,
// by the scenario's reference response, or nobody; a scenario without a reference
// response says so.
func (l *Launcher) layoutOthers(y int) {
	p := &l.panel
	lang := l.cfg.Language
	p.Line(image.Rect(760, y, 1220, y+24), i18n.TextOtherSeats.In(lang), l.fonts.Normal, colorPanelDim)
	y += 30
	if l.drill != nil && !l.drill.Reference {
		p.Wrap(760, y, 450, i18n.TextNoReference.In(lang), l.fonts.Small, colorPanelDim)
		return
	}
	if p.Button(image.Rect(760, y, 1210, y+30), i18n.TextOthersByReference.In(lang), l.alone) {
		l.alone = true
	}
	if p.Button(image.Rect(760, y+36, 1210, y+66), i18n.TextOthersIdle.In(lang), !l.alone) {
		l.alone = false
	}
}

// fileLabel is the start screen's button of a scenario file: its path and title.
func fileLabel(e scenarios.Entry) string { return e.Path + "  " + e.Title }
