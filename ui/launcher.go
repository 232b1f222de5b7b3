package ui

import (
	"image"
	"slices"

	"github.com/hajimehoshi/ebiten/v2"

	"drillsim/scenarios"
)

// Launcher is the ebiten.Game of `drillsim play`: a start screen to choose the
// scenario and the role, then the drill itself.
type Launcher struct {
	entries []scenarios.Entry
	roles   []scenarios.Role
	open    func(id string) (Session, error)
	cfg     Config
	fonts   *Fonts
	panel   Panel

	scenario int
	role     int
	problem  string
	game     *Game
}

// NewLauncher returns a start screen offering the scenarios of entries, and the
// roles of the command post, the controller, the evaluators and each of villages.
// open starts the world of a scenario; cfg's role and language are the defaults
// chosen, and its input is used throughout.
func NewLauncher(entries []scenarios.Entry, villages []string, open func(id string) (Session, error), cfg Config) (*Launcher, error) {
	fonts, err := NewFonts()
	if err != nil {
		return nil, err
	}
	if cfg.Input == nil {
		cfg.Input = EbitenInput{}
	}
	l := &Launcher{entries: entries, open: open, cfg: cfg, fonts: fonts}
	l.panel.fonts = fonts
	l.roles = []scenarios.Role{scenarios.RoleCommand, scenarios.RoleController, scenarios.RoleEvaluator}
	for _, v := range villages {
		l.roles = append(l.roles, scenarios.VillageRole(v))
	}
	if i := slices.Index(l.roles, cfg.Role); i >= 0 {
		l.role = i
	}
	if i := slices.IndexFunc(entries, func(e scenarios.Entry) bool { return e.ID == "flood" }); i >= 0 {
		l.scenario = i
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
	if in.KeyPressed(ebiten.KeyL) {
		l.cfg.Language = 1 - l.cfg.Language
	}
	l.panel.beginUpdate(in)
	start := l.layout()
	l.panel.endUpdate()
	if start || in.KeyPressed(ebiten.KeyEnter) {
		l.start()
	}
	return nil
}

// start opens the chosen scenario as the chosen role.
func (l *Launcher) start() {
	if l.scenario >= len(l.entries) {
		return
	}
	s, err := l.open(l.entries[l.scenario].ID)
	if err != nil {
		l.problem = err.Error()
		return
	}
	cfg := l.cfg
	cfg.Role = l.roles[l.role]
	g, err := NewGame(s, cfg)
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
	screen.Fill(colorPanel)
	l.panel.beginDraw(screen)
	l.layout()
}

// layout lays out the start screen: scenarios on the left, roles on the right, the
// start button below; it reports a click on start.
func (l *Launcher) layout() bool {
	p := &l.panel
	lang := l.cfg.Language
	p.Text(image.Pt(60, 40), TextTitle.In(lang), l.fonts.Large, colorPanelText)
	p.Text(image.Pt(60, 90), TextChooseScenario.In(lang), l.fonts.Normal, colorPanelDim)
	for i, e := range l.entries {
		r := image.Rect(60, 120+i*34, 700, 120+i*34+28)
		if p.Button(r, e.Title, i == l.scenario) {
			l.scenario = i
		}
	}
	p.Text(image.Pt(760, 90), TextChooseRole.In(lang), l.fonts.Normal, colorPanelDim)
	for i, role := range l.roles {
		x := 760 + (i%2)*230
		y := 120 + (i/2)*34
		if p.Button(image.Rect(x, y, x+220, y+28), role.Chinese(), i == l.role) {
			l.role = i
		}
	}
	if l.problem != "" {
		p.Text(image.Pt(60, 640), wrap(l.problem, 80), l.fonts.Normal, colorAlert)
	}
	return p.Button(image.Rect(60, 720, 400, 760), TextStart.In(lang), true)
}
