package scenarios

import (
	"context"
	"fmt"
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
	}
	for _, prefix := range []string{"村:", "村：", villagePrefix} {
		if name, ok := strings.CutPrefix(s, prefix); ok {
			name = strings.TrimSpace(name)
			if name == "" {
				return "", fmt.Errorf("role %q names no village: %s", s, roleHelp)
			}
			return Role(villagePrefix + name), nil
		}
	}
	return "", fmt.Errorf("unknown role %q: %s", s, roleHelp)
}

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
