package scenarios

import (
	"context"

	"github.com/goccy/go-yaml/ast"
)

// Responsible is who a plan requirement's duty falls on (责任主体): the town command
// post (镇指挥部), each village's cadres (村（社区）), or a kind of unit, which the
// command post commands. It is stored in English: "command", "village" or a UnitKind;
// the empty Responsible is the command post.
type Responsible string

// The responsible parties that are not a unit kind.
const (
	ResponsibleCommand Responsible = "command"
	ResponsibleVillage Responsible = "village"
)

// ParseResponsible reads a responsible party in Chinese (镇指挥部, 村（社区）, 村) or
// English (command, village, or a unit kind such as rescue_team).
func ParseResponsible(s string) (Responsible, bool) {
	switch s {
	case "", "镇指挥部", "指挥部", string(ResponsibleCommand):
		return ResponsibleCommand, true
	case "村（社区）", "村(社区)", "村", string(ResponsibleVillage):
		return ResponsibleVillage, true
	}
	if UnitKind(s).Valid() {
		return Responsible(s), true
	}
	return Responsible(s), false
}

// Valid reports whether r is the command post, the villages or a unit kind.
func (r Responsible) Valid() bool {
	_, ok := ParseResponsible(string(r))
	return ok
}

// Village reports whether the duty falls on each village's cadres.
func (r Responsible) Village() bool { return r == ResponsibleVillage }

// Chinese names who the duty falls on as a plan does: 镇指挥部, 村（社区）, or the unit kind.
func (r Responsible) Chinese() string {
	switch r {
	case "", ResponsibleCommand:
		return "镇指挥部"
	case ResponsibleVillage:
		return "村（社区）"
	}
	return string(r)
}

// UnmarshalYAML reads a responsible party in either language; an unknown one is kept
// for the plan's check to report.
func (r *Responsible) UnmarshalYAML(_ context.Context, node ast.Node) error {
	s, err := scalarText(node, "who is responsible")
	if err != nil {
		return err
	}
	*r, _ = ParseResponsible(s)
	return nil
}
