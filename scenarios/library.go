package scenarios

import (
	"embed"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strings"
)

// library holds the built-in plan, scenarios and reference orders: for scenario <id>,
// <id>.yaml and <id>.orders.yaml; plans under plans/<id>.yaml; and the MSEL sheets
// scenarios import.
//
//go:embed library
var library embed.FS

// libraryDir is the root of the built-in files in library.
const libraryDir = "library"

// Entry describes a scenario for a menu or a listing: a built-in one, or a
// scenario file (FindFiles).
type Entry struct {
	ID       string
	Title    string
	Hazards  []HazardType
	Duration Duration
	// Path is a scenario file's path, "" for a built-in scenario.
	Path string
}

// Name returns what loads the entry: a scenario file's path, else a built-in's id.
func (e Entry) Name() string {
	if e.Path != "" {
		return e.Path
	}
	return e.ID
}

// Library lists the built-in scenarios in id order. It panics only if the embedded
// library is broken, which the package's tests rule out.
func Library() []Entry {
	var entries []Entry
	for _, id := range builtinIDs() {
		s, err := LoadBuiltin(id)
		if err != nil {
			panic(fmt.Sprintf("scenarios: built-in scenario %s: %v", id, err))
		}
		entries = append(entries, s.entry())
	}
	return entries
}

// entry describes the scenario for a listing.
func (s *Scenario) entry() Entry {
	return Entry{ID: s.ID, Title: s.Title, Hazards: s.Hazards.Types(), Duration: s.Duration}
}

// builtinIDs lists the ids of the built-in scenarios, sorted.
func builtinIDs() []string {
	files, err := fs.ReadDir(library, libraryDir)
	if err != nil {
		return nil
	}
	var ids []string
	for _, f := range files {
		name := f.Name()
		if !f.IsDir() && strings.HasSuffix(name, ".yaml") && !strings.HasSuffix(name, ".orders.yaml") {
			ids = append(ids, strings.TrimSuffix(name, ".yaml"))
		}
	}
	sort.Strings(ids)
	return ids
}

// LoadBuiltin loads the built-in scenario id, such as "flood".
func LoadBuiltin(id string) (*Scenario, error) {
	name := path.Join(libraryDir, id+".yaml")
	data, err := library.ReadFile(name)
	if err != nil || strings.ContainsAny(id, "/.") {
		return nil, failf("no built-in scenario %q: the built-in scenarios are %s", id, strings.Join(builtinIDs(), ", "))
	}
	return parseScenario(data, "builtin:"+id+".yaml", library, libraryDir)
}

// LoadPlan loads the built-in plan id, such as "fubao".
func LoadPlan(id string) (*Plan, error) {
	data, err := BuiltinPlanText(id)
	if err != nil {
		return nil, err
	}
	return ParsePlan(data, "builtin:plans/"+id+".yaml")
}

// BuiltinPlanText is the YAML of the built-in plan id, as written: what drillsim new
// copies beside a town's drills for its office to adapt.
func BuiltinPlanText(id string) ([]byte, error) {
	data, err := library.ReadFile(path.Join(libraryDir, "plans", id+".yaml"))
	if err != nil || strings.ContainsAny(id, "/.") {
		return nil, failf("no built-in plan %q: the built-in plans are %s", id, strings.Join(builtinPlanIDs(), ", "))
	}
	return data, nil
}

// builtinPlanIDs lists the ids of the built-in plans, sorted.
func builtinPlanIDs() []string {
	files, _ := fs.ReadDir(library, path.Join(libraryDir, "plans"))
	var ids []string
	for _, f := range files {
		ids = append(ids, strings.TrimSuffix(f.Name(), ".yaml"))
	}
	return ids
}

// LoadReferenceOrders loads the reference response (示范处置) of built-in scenario id:
// the orders a well-run command post and village cadres would give.
func LoadReferenceOrders(id string) (*Orders, error) {
	s, err := LoadBuiltin(id)
	if err != nil {
		return nil, err
	}
	data, err := library.ReadFile(path.Join(libraryDir, id+".orders.yaml"))
	if err != nil {
		return nil, failf("built-in scenario %s has no reference orders", id)
	}
	return ParseOrders(data, "builtin:"+id+".orders.yaml", s.Start.Time)
}
