package ui

import (
	"fmt"
	"image"
	"slices"
	"strings"

	"github.com/hajimehoshi/ebiten/v2"

	"drillsim/i18n"
	"drillsim/maps"
	"drillsim/scenarios"
)

// Launcher is the ebiten.Game of `drillsim play`: a start screen to choose the
// scenario (a built-in one, a scenario file listed, or the path of one typed) and
// the role, then the drill itself.
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
	roles   []scenarios.Role
	role    scenarios.Role
	problem string
	game    *Game
}

// typedPath is the Launcher's chosen when the scenario is the file whose path was typed.
const typedPath = -1

// Launcher's layout.
const (
	// maxListedFiles is how many scenario files the start screen lists; the others
	// are opened by typing their path.
	maxListedFiles = 6
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
	l := &Launcher{entries: entries, load: load, cfg: cfg, fonts: fonts, role: cfg.Role, chosen: typedPath}
	if l.role == "" {
		l.role = scenarios.RoleCommand
	}
	l.path.MaxRunes = maxPathRunes
	l.panel.fonts = fonts
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

// Layout fixes the logical screen size.
func (l *Launcher) Layout(int, int) (int, int) { return ScreenWidth, ScreenHeight }

// Update runs the start screen, or the drill once it has started.
func (l *Launcher) Update() error {
	if l.game != nil {
		return l.game.Update()
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
	return fmt.Sprintf(i18n.TextRoleNotOnMap.In(l.cfg.Language), l.role.Chinese())
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
	s, err := l.drill.Start(l.role)
	if err != nil {
		l.drill, l.problem = nil, err.Error() // loaded afresh at the next try
		return
	}
	g, err := NewGame(s, l.cfg)
	if err != nil {
		l.problem = err.Error()
		return
	}
	l.game = g
}

// Draw draws the start screen, or the drill once it has started.
func (l *Launcher) Draw(screen *ebiten.Image) {
	if l.game != nil {
		l.game.Draw(screen)
		return
	}
	screen.Fill(colorPanelSolid)
	l.panel.beginDraw(screen)
	l.layout()
}

// layout lays out the start screen: the built-in scenarios, the scenario files and
// the path field on the left, roles on the right, the problem and the start button
// below; it reports a click on start.
func (l *Launcher) layout() bool {
	p := &l.panel
	lang := l.cfg.Language
	p.Text(image.Pt(60, 40), i18n.TextTitle.In(lang), l.fonts.Large, colorPanelText)
	p.Text(image.Pt(60, 90), i18n.TextChooseScenario.In(lang), l.fonts.Normal, colorPanelDim)
	y := 120
	var files []int
	for i, e := range l.entries {
		if e.Path != "" {
			files = append(files, i)
			continue
		}
		if p.Button(image.Rect(60, y, 700, y+28), e.Title, i == l.chosen) {
			l.choose(i)
		}
		y += 34
	}
	y += 14
	p.Text(image.Pt(60, y), i18n.TextScenarioFiles.In(lang), l.fonts.Normal, colorPanelDim)
	y += 28
	if len(files) == 0 {
		p.Text(image.Pt(60, y), i18n.TextNoScenarioFiles.In(lang), l.fonts.Small, colorPanelDim)
		y += 24
	}
	for n, i := range files {
		if n == maxListedFiles {
			p.Text(image.Pt(60, y), fmt.Sprintf(i18n.TextMoreScenarioFiles.In(lang), len(files)-n), l.fonts.Small, colorPanelDim)
			y += 24
			break
		}
		if p.Button(image.Rect(60, y, 700, y+28), fileLabel(l.entries[i]), i == l.chosen) {
			l.choose(i)
		}
		y += 34
	}
	y += 6
	if l.chosen == typedPath && len(l.path.Text) > 0 {
		p.Fill(image.Rect(56, y-4, 704, y+32), colorButtonOn)
	}
	p.TextField(image.Rect(60, y, 700, y+28), &l.path, i18n.TextScenarioPath.In(lang))

	p.Text(image.Pt(760, 90), i18n.TextChooseRole.In(lang), l.fonts.Normal, colorPanelDim)
	for i, role := range l.roles {
		x := 760 + (i%2)*230
		y := 120 + (i/2)*34
		if p.Button(image.Rect(x, y, x+220, y+28), role.Chinese(), role == l.role) {
			l.role = role
			if l.drill != nil {
				l.problem = ""
			}
		}
	}
	if l.problem != "" {
		p.Text(image.Pt(60, 620), clipLines(wrap(l.problem, 95), problemLines), l.fonts.Small, colorAlert)
	}
	return p.Button(image.Rect(60, 720, 400, 760), i18n.TextStart.In(lang), true)
}

// fileLabel is the start screen's button of a scenario file: its path and title.
func fileLabel(e scenarios.Entry) string { return e.Path + "  " + e.Title }

// clipLines keeps the first n lines of s, ending with "…" when it cut any.
func clipLines(s string, n int) string {
	lines := strings.SplitN(s, "\n", n+1)
	if len(lines) <= n {
		return s
	}
	return strings.Join(lines[:n], "\n") + "…"
}
