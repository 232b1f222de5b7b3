package scenarios

import "slices"

// OutcomeRule is a rule of the plan by which what the drill came to for the people
// weighs on its grade, beside the response times: past a threshold of a measure
// (such as casualties among the residents the plan required moved), it caps the
// grade, takes points off the final score for each unit above, or both. The report
// cites each rule in its basis of evaluation and says which applied.
type OutcomeRule struct {
	ID     string `yaml:"id"`
	Clause string `yaml:"clause"`
	Title  string `yaml:"title"`
	// Measure is what the rule counts.
	Measure OutcomeMeasure `yaml:"measure"`
	// Above is the threshold: the rule applies when the measure exceeds it.
	Above float64 `yaml:"above,omitempty"`
	// Cap is the best grade a drill can have when the rule applies: 良好 (good), 合格
	// (pass) or 不合格 (fail); empty caps nothing.
	Cap string `yaml:"cap,omitempty"`
	// PointsEach is taken off the final score for each unit of the measure above the
	// threshold, up to MaxPoints (no limit when 0).
	PointsEach float64 `yaml:"points_each,omitempty"`
	MaxPoints  float64 `yaml:"max_points,omitempty"`
}

// OutcomeMeasure names what an outcome rule counts.
type OutcomeMeasure string

// The outcome measures.
const (
	// MeasureCasualties counts every casualty of the drill (of a village seat's own
	// village, for its grade).
	MeasureCasualties OutcomeMeasure = "casualties"
	// MeasureThreatenedCasualties counts the casualties among the residents of the
	// zones the scenario's hazards threaten: the people the plan required moved.
	MeasureThreatenedCasualties OutcomeMeasure = "threatened_casualties"
)

// OutcomeMeasures lists every measure.
func OutcomeMeasures() []OutcomeMeasure {
	return []OutcomeMeasure{MeasureCasualties, MeasureThreatenedCasualties}
}

// GradeNames are the grades an outcome rule's cap may name, best first, in Chinese
// and in English.
var GradeNames = [][2]string{{"优秀", "excellent"}, {"良好", "good"}, {"合格", "pass"}, {"不合格", "fail"}}

// CapRank returns the rank of the rule's cap among GradeNames (0 best), and -1 when it
// caps nothing or names no grade.
func (r OutcomeRule) CapRank() int {
	return slices.IndexFunc(GradeNames, func(n [2]string) bool { return r.Cap != "" && (n[0] == r.Cap || n[1] == r.Cap) })
}

// checkOutcomeRules reports what is wrong with the outcome rules of the plan.
func (p *Plan) checkOutcomeRules(probs *Problems) {
	at := p.pos.Of
	for i, r := range p.Outcomes {
		rp := pathIndex("$.outcomes", i)
		field := pathField(rp)
		if r.Clause == "" {
			probs.add(at(rp), "%s: the outcome rule names no clause of the plan", field)
		}
		if !slices.Contains(OutcomeMeasures(), r.Measure) {
			probs.add(at(rp+".measure"), "%s: unknown measure %q: use one of %s", field, r.Measure, joinKinds(OutcomeMeasures()))
		}
		if r.Cap != "" && r.CapRank() < 0 {
			probs.add(at(rp+".cap"), "%s: unknown grade %q to cap at: use 良好 (good), 合格 (pass) or 不合格 (fail)", field, r.Cap)
		}
		if r.Above < 0 || r.PointsEach < 0 || r.MaxPoints < 0 {
			probs.add(at(rp), "%s: above, points_each and max_points must not be negative", field)
		}
		if r.Cap == "" && r.PointsEach == 0 {
			probs.add(at(rp), "%s: the rule neither caps the grade (cap) nor takes points off (points_each): give one", field)
		}
	}
}
