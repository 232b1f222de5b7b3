package scenarios

import (
	"context"
	"errors"
	"strings"

	"github.com/goccy/go-yaml/ast"
)

// Role is who receives an inject or gives an order: the command post, one village's
// cadres, the exercise controller or an evaluator. It is stored in its English form:
// "command", "village:玉兰村", "controller", "evaluator".
type Role string

// The roles that are not a village.
const (
	RoleCommand    Role = "command"
	RoleController Role = "controller"
	RoleEvaluator  Role = "evaluator"
	// RoleCounty is the county command post (县指挥部) of a county drill: its orders
	// reach a township's drill through the county's broker.
	RoleCounty Role = "county"
)

// villagePrefix starts a village role.
const villagePrefix = "village:"

// roleHelp says how to write a role; it ends every role error.
const roleHelp = "write 指挥部, 村:<village>, 导调 or 评估 (or command, village:<name>, controller, evaluator)"

// ParseRole reads a role in Chinese (指挥部, 村:玉兰村, 导调, 评估) or English (command,
// village:玉兰村, controller, evaluator). A full-width colon is accepted after 村.
func ParseRole(s string) (Role, error) {
	switch s {
	case "指挥部", string(RoleCommand):
		return RoleCommand, nil
	case "导调", string(RoleController):
		return RoleController, nil
	case "评估", string(RoleEvaluator):
		return RoleEvaluator, nil
	case "县指挥部", string(RoleCounty):
		return RoleCounty, nil
	}
	for _, prefix := range []string{"村:", "村：", villagePrefix} {
		if name, ok := strings.CutPrefix(s, prefix); ok {
			name = strings.TrimSpace(name)
			if name == "" {
				return "", failf("role %q names no village: %s", s, roleHelp)
			}
			return Role(villagePrefix + name), nil
		}
	}
	return "", failf("unknown role %q: %s", s, roleHelp)
}

// ErrCountySeat says that the county command post is no seat of a township's drill.
var ErrCountySeat = errors.New("县指挥部 (county) is the county command post of a county drill, which gives its orders through the county's broker: run drillsim county, not a seat of a township's drill")

// VillageRole returns the role of village's cadres.
func VillageRole(village string) Role { return Role(villagePrefix + village) }

// Village returns the village of a village role, and "" for the other roles.
func (r Role) Village() string {
	name, _ := strings.CutPrefix(string(r), villagePrefix)
	if name == string(r) {
		return ""
	}
	return name
}

// Chinese returns the role as a drill's participants call it: 指挥部, 村:玉兰村, 导调, 评估.
func (r Role) Chinese() string {
	switch r {
	case RoleCommand:
		return "指挥部"
	case RoleController:
		return "导调"
	case RoleEvaluator:
		return "评估"
	case RoleCounty:
		return "县指挥部"
	}
	if v := r.Village(); v != "" {
		return "村:" + v
	}
	return string(r)
}

// UnmarshalYAML reads a role in either language.
func (r *Role) UnmarshalYAML(_ context.Context, node ast.Node) error {
	s, err := scalarText(node, "a role")
	if err != nil {
		return err
	}
	v, err := ParseRole(s)
	if err != nil {
		return nodeProblem(node, "%v", err)
	}
	*r = v
	return nil
}

// The policy of the roles: what each may order and see. The engine refuses what a
// role may not order, the window offers only what it may, and a served drill's seats
// are held to the same. The empty role is the command post's, as in order files.

// MayGive reports whether the role gives orders of kind k: the controller (导调) its
// own orders only (OrderKind.ControllerOnly), the county command post (县指挥部) the
// orders of OrderKind.ForCounty, the town's command post every other order, a
// village's cadres the orders of OrderKind.ForVillages (within their village), and
// evaluators none.
func (r Role) MayGive(k OrderKind) bool {
	switch {
	case r == RoleController:
		return k.ControllerOnly()
	case r == RoleCounty:
		return k.ForCounty()
	case k.ControllerOnly() || k.CountyOnly() || r == RoleEvaluator:
		return false
	case r.Village() != "":
		return k.ForVillages()
	}
	return r.commandPost()
}

// commandPost reports whether r is the command post's role (or the empty role).
func (r Role) commandPost() bool { return r == RoleCommand || r == "" }

// CommandsUnits reports whether the role gives units orders: the command post and a
// village's cadres do.
func (r Role) CommandsUnits() bool { return r.MayGive(OrderDispatch) }

// MayCommand reports whether the role gives orders to a unit of village unitVillage
// ("" for the town's own units): the command post every unit, a village's cadres their
// village's, the others none.
func (r Role) MayCommand(unitVillage string) bool {
	if v := r.Village(); v != "" {
		return unitVillage == v
	}
	return r.commandPost()
}

// MayActIn reports whether the role's orders may concern a place in village v ("" for
// none): the command post's anywhere, a village's cadres' in their village only.
func (r Role) MayActIn(v string) bool {
	if own := r.Village(); own != "" {
		return v == own
	}
	return r.commandPost()
}

// SeesUnit reports whether the role sees a unit of village unitVillage on the map: a
// village's cadres see their own people only, every other role every unit.
func (r Role) SeesUnit(unitVillage string) bool {
	return r.Village() == "" || unitVillage == r.Village()
}

// SeesArea reports whether the role sees what happens in village v ("" for a place
// in no village): a village's cadres their own village only, every other role the
// whole town. A served drill sends a seat the detail of the areas its role sees.
func (r Role) SeesArea(v string) bool {
	own := r.Village()
	return own == "" || v == own
}

// SeesAll reports whether the role sees every inject, whoever it is addressed to, and
// every order refused, whoever gave it: the controller and evaluators do; the others
// see their own.
func (r Role) SeesAll() bool { return r == RoleController || r == RoleEvaluator }

// Sees reports whether the role sees what is addressed to role to (an inject) or was
// done by it (an order refused): its own, or everything when it SeesAll.
func (r Role) Sees(to Role) bool { return r.SeesAll() || to == r }

// Observes reports whether the role records evaluators' observations: evaluators do.
func (r Role) Observes() bool { return r == RoleEvaluator }
