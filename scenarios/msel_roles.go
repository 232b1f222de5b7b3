package scenarios

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/goccy/go-yaml"
	"github.com/goccy/go-yaml/ast"
)

// ReadRoles reads a roles file: how an MSEL sheet's players map to drill roles, one
// line each ("SRE: 指挥部", "Village Chief: 村:玉兰村"), as MSELOptions.Roles takes
// them. Errors name the file and line.
func ReadRoles(path string) (map[string]Role, error) {
	data, err := readFile(path, "roles file", rolesFile)
	if err != nil {
		return nil, err
	}
	return parseRoles(data, path)
}

// parseRoles reads a roles file named path from data.
func parseRoles(data []byte, path string) (map[string]Role, error) {
	var raw yaml.MapSlice
	if err := yaml.UnmarshalWithOptions(data, &raw, yaml.UseOrderedMap()); err != nil {
		return nil, problemAt(Pos{File: path}, "a roles file is lines of player: role (SRE: 指挥部): %s", yaml.FormatError(err, false, false))
	}
	roles := map[string]Role{}
	seen := map[string]string{}
	for _, item := range raw {
		player := strings.TrimSpace(fmt.Sprint(item.Key))
		value, _ := item.Value.(string)
		r, err := ParseRole(strings.TrimSpace(value))
		if err != nil {
			return nil, problemAt(Pos{File: path}, "player %q: %v", player, err)
		}
		if other, dup := seen[playerKey(player)]; dup {
			return nil, problemAt(Pos{File: path}, "players %q and %q are the same name: give it once", other, player)
		}
		seen[playerKey(player)] = player
		roles[player] = r
	}
	return roles, nil
}

// MSELSource is a scenario's injects_from: the MSEL sheet whose injects are added after
// those the scenario writes, and the roles file that maps its players to drill roles,
// both relative to the scenario file. It is written as the sheet alone
// (injects_from: msel.csv) or with its roles (injects_from: {sheet: msel.xlsx, roles:
// roles.yaml}).
type MSELSource struct {
	Sheet string `yaml:"sheet"`
	Roles string `yaml:"roles,omitempty"`
}

// UnmarshalYAML reads the sheet's path, or a mapping of sheet and roles.
func (m *MSELSource) UnmarshalYAML(ctx context.Context, node ast.Node) error {
	if _, ok := node.(*ast.MappingNode); !ok {
		s, err := scalarText(node, "an MSEL sheet's path")
		if err != nil {
			return err
		}
		*m = MSELSource{Sheet: s}
		return nil
	}
	type plain MSELSource
	var p plain
	if err := yaml.NodeToValue(node, &p, yaml.Strict()); err != nil {
		return nodeProblem(node, "injects_from is a sheet's path, or sheet: and roles: (%v)", err)
	}
	if p.Sheet == "" {
		return nodeProblem(node, "injects_from names no sheet: write sheet: msel.xlsx")
	}
	*m = MSELSource(p)
	return nil
}

// MarshalJSON writes the sheet's path alone when there is no roles file, as scenarios
// were written before sheets had roles: a scenario's hash (of its JSON) stays what it
// was, and the journals of its drills resume.
func (m MSELSource) MarshalJSON() ([]byte, error) {
	if m.Roles == "" {
		return json.Marshal(m.Sheet)
	}
	type plain MSELSource
	return json.Marshal(plain(m))
}

// UnmarshalJSON reads what MarshalJSON writes: the sheet's path alone, or the sheet
// and its roles.
func (m *MSELSource) UnmarshalJSON(data []byte) error {
	var sheet string
	if err := json.Unmarshal(data, &sheet); err == nil {
		*m = MSELSource{Sheet: sheet}
		return nil
	}
	type plain MSELSource
	return json.Unmarshal(data, (*plain)(m))
}

// IsZero reports whether no sheet is named, for omitempty.
func (m MSELSource) IsZero() bool { return m == MSELSource{} }

// MarshalYAML writes the sheet's path alone when there is no roles file.
func (m MSELSource) MarshalYAML() (any, error) {
	if m.Roles == "" {
		return m.Sheet, nil
	}
	type plain MSELSource
	return plain(m), nil
}
