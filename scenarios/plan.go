package scenarios

import (
	"context"
	"math"
	"slices"
	"strings"
)

// Plan is a town's contingency plan (预案): its standing requirements, the response
// levels at which each applies, and how scoring grades them. Several scenarios share
// one plan.
type Plan struct {
	ID    string `yaml:"id"`
	Title string `yaml:"title"`
	// Levels says which requirements apply at each response level.
	Levels       []PlanLevel   `yaml:"levels"`
	Requirements []Requirement `yaml:"requirements"`
	// Outcomes are the rules by which what the drill came to weighs on the grade.
	Outcomes []OutcomeRule `yaml:"outcomes,omitempty"`
	Scoring  ScoringRules  `yaml:"scoring,omitempty"`

	// Source names the plan file in messages.
	Source string `yaml:"-"`

	pos *Positions
}

// PlanLevel lists the requirements that come into force at a response level. They
// also apply at every higher level: Ⅲ includes what Ⅳ requires.
type PlanLevel struct {
	Level Level  `yaml:"level"`
	Name  string `yaml:"name,omitempty"`
	// Activation says when the level is activated, in the plan's words.
	Activation   string   `yaml:"activation,omitempty"`
	Requirements []string `yaml:"requirements"`
}

// Requirement is one timed duty of the plan: its clock starts at the first event
// matching Start and stops at the first later event matching Stop; meeting it within
// Allowed earns full points.
type Requirement struct {
	ID string `yaml:"id"`
	// Clause is the plan clause it comes from, such as "5.2.1".
	Clause   string `yaml:"clause"`
	Title    string `yaml:"title"`
	Category string `yaml:"category"`
	// Hazards are the hazard types it applies to; empty means every hazard.
	Hazards []HazardType `yaml:"hazards,omitempty"`
	Start   Trigger      `yaml:"start"`
	Stop    Trigger      `yaml:"stop"`
	Allowed Duration     `yaml:"allowed"`
	Weight  float64      `yaml:"weight"`
	// Responsible is who the duty falls on (责任主体): the town command post (the
	// default), each village's cadres, or a kind of unit. A seat is graded on its own
	// duties: the command post on its own and its units', a village on the village
	// duties, each in its own village.
	Responsible Responsible `yaml:"responsible,omitempty"`
}

// Categories are the requirement categories of a township plan, in the order reports
// list them.
var Categories = []string{"预警与信息报告", "应急响应启动", "指挥协调", "转移安置", "抢险救援", "医疗救护", "物资保障", "信息发布", "善后处置"}

// ScoringRules are the plan's grading figures, read by scoring.
type ScoringRules struct {
	// Grades are the lowest totals (of 100) for each grade.
	Grades Grades `yaml:"grades,omitempty"`
	// ZeroAtMultiple is the multiple of the allowed time at which a requirement's
	// points fall to zero (linearly from full at the allowed time).
	ZeroAtMultiple float64 `yaml:"zero_at_multiple,omitempty"`
	// AutomaticWeight and EvaluatorWeight split the total between the automatic
	// score from the event log and the evaluators' ratings; they sum to 1.
	AutomaticWeight float64 `yaml:"automatic_weight,omitempty"`
	EvaluatorWeight float64 `yaml:"evaluator_weight,omitempty"`
}

// Grades are the lowest totals for 优秀, 良好 and 合格; below Pass is 不合格.
type Grades struct {
	Excellent float64 `yaml:"excellent"`
	Good      float64 `yaml:"good"`
	Pass      float64 `yaml:"pass"`
}

// DefaultScoringRules are used for figures a plan leaves out: grades 90/75/60, points
// zero at twice the allowed time, 70% automatic and 30% evaluator.
var DefaultScoringRules = ScoringRules{
	Grades:          Grades{Excellent: 90, Good: 75, Pass: 60},
	ZeroAtMultiple:  2,
	AutomaticWeight: 0.7,
	EvaluatorWeight: 0.3,
}

// ReadPlan reads a plan file.
func ReadPlan(path string) (*Plan, error) {
	data, err := readFile(path, "plan", planFile)
	if err != nil {
		return nil, err
	}
	return ParsePlan(data, path)
}

// ParsePlan reads a plan from data; name is its file name for messages. Besides the
// YAML it checks the plan on its own: ids unique and known, triggers well formed,
// times and weights positive, scoring figures in order. It returns every problem as
// Problems.
func ParsePlan(data []byte, name string) (*Plan, error) {
	p := &Plan{Source: name, Scoring: DefaultScoringRules}
	pos, err := decodeYAML(context.Background(), data, name, p)
	if err != nil {
		return nil, err
	}
	p.pos = pos
	if err := p.check(); err != nil {
		return nil, err
	}
	return p, nil
}

// check reports what is wrong with the plan on its own.
func (p *Plan) check() error {
	var probs Problems
	at := p.pos.Of
	if p.ID == "" {
		probs.add(at("$"), "the plan has no id: add id: <short name>")
	}
	seen := map[string]bool{}
	for i, r := range p.Requirements {
		rp := pathIndex("$.requirements", i)
		field := pathField(rp)
		switch {
		case r.ID == "":
			probs.add(at(rp), "%s: the requirement has no id", field)
		case seen[r.ID]:
			probs.add(at(rp+".id"), "%s: requirement id %q is used twice", field, r.ID)
		}
		seen[r.ID] = true
		if r.Clause == "" {
			probs.add(at(rp), "%s: requirement %s names no clause of the plan", field, r.ID)
		}
		if !slices.Contains(Categories, r.Category) {
			probs.add(at(rp+".category"), "%s: unknown category %q: use one of %s", field, r.Category, strings.Join(Categories, ", "))
		}
		for j, h := range r.Hazards {
			if !slices.Contains(HazardTypes(), h) {
				probs.add(at(pathIndex(rp+".hazards", j)), "%s: unknown hazard type %q: use one of %s", field, h, joinKinds(HazardTypes()))
			}
		}
		if r.Allowed <= 0 {
			probs.add(at(rp+".allowed"), "%s: allowed time must be positive, such as 30m", field)
		}
		if r.Weight <= 0 {
			probs.add(at(rp+".weight"), "%s: weight %g must be positive", field, r.Weight)
		}
		r.Start.checkForm(rp+".start", p.pos, &probs, false)
		r.Stop.checkForm(rp+".stop", p.pos, &probs, true)
		if !r.Responsible.Valid() {
			probs.add(at(rp+".responsible"), "%s: unknown responsible %q: name the command post (镇指挥部), the villages (村（社区）) or a unit kind (%s)", field, r.Responsible, joinKinds(UnitKinds()))
		}
	}
	levels := map[Level]bool{}
	for i, l := range p.Levels {
		lp := pathIndex("$.levels", i)
		if levels[l.Level] {
			probs.add(at(lp+".level"), "%s: level %s is listed twice", pathField(lp), l.Level)
		}
		levels[l.Level] = true
		for j, id := range l.Requirements {
			if !seen[id] {
				probs.add(at(pathIndex(lp+".requirements", j)), "%s: unknown requirement %q", pathField(lp), id)
			}
		}
	}
	if len(p.Levels) == 0 {
		probs.add(at("$"), "the plan lists no response levels: add levels with the requirements of each")
	}
	p.checkOutcomeRules(&probs)
	p.Scoring.check(p.pos, &probs)
	return probs.err()
}

// check reports scoring figures out of range or out of order.
func (s ScoringRules) check(pos *Positions, probs *Problems) {
	g := s.Grades
	if !(0 < g.Pass && g.Pass < g.Good && g.Good < g.Excellent && g.Excellent <= 100) {
		probs.add(pos.Of("$.scoring.grades"), "scoring.grades: want 0 < pass < good < excellent <= 100, found %g, %g, %g", g.Pass, g.Good, g.Excellent)
	}
	if s.ZeroAtMultiple <= 1 {
		probs.add(pos.Of("$.scoring.zero_at_multiple"), "scoring.zero_at_multiple %g must be above 1 (the allowed time itself)", s.ZeroAtMultiple)
	}
	if s.AutomaticWeight < 0 || s.EvaluatorWeight < 0 || math.Abs(s.AutomaticWeight+s.EvaluatorWeight-1) > 1e-9 {
		probs.add(pos.Of("$.scoring"), "scoring: automatic_weight %g and evaluator_weight %g must be non-negative and sum to 1", s.AutomaticWeight, s.EvaluatorWeight)
	}
}

// Requirement returns the requirement with id, and false if there is none.
func (p *Plan) Requirement(id string) (Requirement, bool) {
	for _, r := range p.Requirements {
		if r.ID == id {
			return r, true
		}
	}
	return Requirement{}, false
}

// RequirementsAt returns the requirements in force at response level l: those of l
// and of every lower level, in plan order.
func (p *Plan) RequirementsAt(l Level) []Requirement {
	var ids []string
	for _, pl := range p.Levels {
		if l.AtLeast(pl.Level) {
			ids = append(ids, pl.Requirements...)
		}
	}
	var reqs []Requirement
	for _, r := range p.Requirements {
		if slices.Contains(ids, r.ID) {
			reqs = append(reqs, r)
		}
	}
	return reqs
}

// AppliesTo reports whether the requirement concerns a scenario with hazards of types.
func (r Requirement) AppliesTo(types []HazardType) bool {
	if len(r.Hazards) == 0 {
		return true
	}
	for _, h := range r.Hazards {
		if slices.Contains(types, h) {
			return true
		}
	}
	return false
}
