package scenarios

import (
	"context"
	"errors"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"

	"drillsim/internal/sniff"
)

// DefaultMap is the Map value naming the embedded demo town.
const DefaultMap = "default"

// Scenario is one exercise: where, when, what happens, who responds and what they are
// told, and the plan it is graded against. Load one with ReadScenario, ParseScenario
// or LoadBuiltin, then check it against its town and plan with Validate.
type Scenario struct {
	ID          string `yaml:"id"`
	Title       string `yaml:"title"`
	Description string `yaml:"description,omitempty"`
	// Map is "default" (or empty) for the embedded demo town, else a GeoJSON path
	// relative to the scenario file (see MapPath).
	Map string `yaml:"map"`
	// Plan is the id of a built-in plan or a plan file path relative to the scenario
	// file (see ResolvePlan).
	Plan string `yaml:"plan"`
	// Level is the response level the exercise is graded at: the plan's requirements
	// for it apply (default IV).
	Level Level     `yaml:"level,omitempty"`
	Start Timestamp `yaml:"start"`
	// Duration is how long the exercise runs; At values lie in [0, Duration].
	Duration Duration `yaml:"duration"`
	// Tick is the engine's step (default 10s); Duration must be a whole number of ticks.
	Tick Duration `yaml:"tick,omitempty"`
	// Seed seeds the world's one random number generator.
	Seed           uint64          `yaml:"seed"`
	Weather        Weather         `yaml:"weather,omitempty"`
	Hazards        Hazards         `yaml:"hazards"`
	Units          []Unit          `yaml:"units"`
	Reinforcements []Reinforcement `yaml:"reinforcements,omitempty"`
	// Warning holds the warning channels' delay and compliance; figures left out are
	// DefaultWarningParams'.
	Warning WarningParams `yaml:"warning,omitempty"`
	Injects []Inject      `yaml:"injects,omitempty"`
	// InjectsFrom is a CSV or XLSX MSEL sheet whose injects are added after those
	// written in Injects.
	InjectsFrom MSELSource `yaml:"injects_from,omitempty"`
	Phases      []Phase    `yaml:"phases,omitempty"`

	// Source names the scenario file in messages.
	Source string `yaml:"-"`

	files fs.FS      // where relative paths are read
	dir   string     // the scenario file's directory in files
	pos   *Positions // where each value was written
}

// Defaults filled in for figures a scenario leaves out.
const (
	DefaultTick  = 10 * Second
	DefaultLevel = LevelIV
	// MaxDuration is the longest scenario Validate accepts.
	MaxDuration = 31 * 24 * Hour
)

// ReadScenario reads a scenario file. Relative paths in it (map, plan, injects_from)
// are relative to the file's directory.
func ReadScenario(path string) (*Scenario, error) {
	data, err := readFile(path, "scenario", scenarioFile)
	if err != nil {
		return nil, err
	}
	return parseScenario(data, path, os.DirFS(filepath.Dir(path)), ".")
}

// ParseScenario reads a scenario from data; name is its file name, used in messages
// and as the base of relative paths, which are read from the disk.
func ParseScenario(data []byte, name string) (*Scenario, error) {
	return parseScenario(data, name, os.DirFS(filepath.Dir(name)), ".")
}

// scenarioHeader is what must be read before the rest: the start, against which
// clock times resolve.
type scenarioHeader struct {
	Start Timestamp `yaml:"start"`
}

// parseScenario reads a scenario named name, resolving relative paths under dir in
// files.
func parseScenario(data []byte, name string, files fs.FS, dir string) (*Scenario, error) {
	var head scenarioHeader
	if err := decodeLenient(data, name, &head); err != nil {
		return nil, err
	}
	s := &Scenario{Warning: DefaultWarningParams, Source: name, files: files, dir: dir}
	pos, err := decodeYAML(withStart(context.Background(), head.Start.Time), data, name, s)
	if err != nil {
		return nil, err
	}
	s.pos = pos
	s.fillDefaults()
	if s.Weather.Hourly != "" {
		if err := s.readHourly(); err != nil {
			return nil, err
		}
	}
	if s.InjectsFrom.Sheet != "" {
		if err := s.readInjectsFrom(); err != nil {
			return nil, err
		}
	}
	return s, nil
}

// fillDefaults sets the figures the file left out.
func (s *Scenario) fillDefaults() {
	if s.Tick == 0 {
		s.Tick = DefaultTick
	}
	if s.Level == 0 {
		s.Level = DefaultLevel
	}
	for i := range s.Units {
		if s.Units[i].Count == 0 {
			s.Units[i].Count = 1
		}
	}
	for i := range s.Reinforcements {
		if s.Reinforcements[i].Count == 0 {
			s.Reinforcements[i].Count = 1
		}
	}
	for i := range s.Injects {
		if s.Injects[i].Kind == "" {
			s.Injects[i].Kind = InjectMessage
		}
	}
}

// readInjectsFrom appends the injects of the MSEL sheet InjectsFrom names, read with
// its roles file, recording where each was written.
func (s *Scenario) readInjectsFrom() error {
	src := s.InjectsFrom
	var opt MSELOptions
	if src.Roles != "" {
		data, err := s.readBeside(src.Roles, "roles", rolesFile)
		var p *Problem
		if errors.As(err, &p) {
			return err
		} else if err != nil {
			return problemAt(s.pos.Of("$.injects_from.roles"), "cannot read the roles file %q: %v; the path is relative to the scenario file", src.Roles, readError(err))
		}
		if opt.Roles, err = parseRoles(data, src.Roles); err != nil {
			return err
		}
	}
	data, err := s.readBeside(src.Sheet, "injects_from", mselKind(src.Sheet))
	var p *Problem
	if errors.As(err, &p) {
		return err
	} else if err != nil {
		return problemAt(s.pos.Of("$.injects_from"), "cannot read injects_from %q: %v; the path is relative to the scenario file", src.Sheet, readError(err))
	}
	sheet, err := parseMSEL(data, src.Sheet, s.Start.Time, opt)
	if err != nil {
		return err
	}
	for i, in := range sheet.Injects {
		if in.Kind == "" {
			in.Kind = InjectMessage
		}
		p := pathIndex("$.injects", len(s.Injects))
		s.pos.at[p] = sheet.origins[i].row
		for field, col := range sheet.origins[i].cols {
			s.pos.at[p+"."+field] = col
		}
		s.Injects = append(s.Injects, in)
	}
	return nil
}

// readBeside reads the file a scenario names at rel, a path relative to the scenario
// file or an absolute one, as a file of kind k (see readFS).
func (s *Scenario) readBeside(rel, what string, k sniff.Kind) ([]byte, error) {
	if filepath.IsAbs(rel) {
		return readFile(rel, what, k)
	}
	return readFS(s.files, path.Join(s.dir, filepath.ToSlash(rel)), s.resolvePath(rel), what, k)
}

// MapPath returns the path of the scenario's map file, and "" for the default town.
func (s *Scenario) MapPath() string {
	if s.Map == DefaultMap || s.Map == "" {
		return ""
	}
	return s.resolvePath(s.Map)
}

// resolvePath turns a path relative to the scenario file into one the caller can open.
func (s *Scenario) resolvePath(rel string) string {
	if filepath.IsAbs(rel) {
		return rel
	}
	return filepath.Join(filepath.Dir(s.Source), rel)
}

// ResolvePlan loads the plan the scenario is graded against: a built-in plan by id,
// or a plan file (a name ending in .yaml or .yml) relative to the scenario file.
func (s *Scenario) ResolvePlan() (*Plan, error) {
	if s.Plan == "" {
		return nil, problemAt(Pos{File: s.Source}, "the scenario names no plan: add plan: <built-in plan id or file>")
	}
	if !isYAMLName(s.Plan) {
		p, err := LoadPlan(s.Plan)
		if err != nil {
			return nil, problemAt(s.pos.Of("$.plan"), "%v", err)
		}
		return p, nil
	}
	data, err := s.readBeside(s.Plan, "plan", planFile)
	var p *Problem
	if errors.As(err, &p) {
		return nil, err
	} else if err != nil {
		return nil, problemAt(s.pos.Of("$.plan"), "cannot read plan %q: %v; the path is relative to the scenario file", s.Plan, readError(err))
	}
	return ParsePlan(data, s.resolvePath(s.Plan))
}

// isYAMLName reports whether name is a YAML file name rather than an id.
func isYAMLName(name string) bool {
	return strings.HasSuffix(name, ".yaml") || strings.HasSuffix(name, ".yml")
}

// End is the moment the scenario ends.
func (s *Scenario) End() At { return At(s.Duration) }

// Inject returns the inject with id, and false if there is none.
func (s *Scenario) Inject(id string) (Inject, bool) {
	for _, in := range s.Injects {
		if in.ID == id {
			return in, true
		}
	}
	return Inject{}, false
}
