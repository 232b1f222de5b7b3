package draft

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"

	"github.com/goccy/go-yaml"

	"drillsim/drill"
	"drillsim/mapedit"
	"drillsim/maps"
	"drillsim/scenarios"
)

// builder carries a drill being written: the map opened for its suggestions, the town
// the drill is played on once its additions are written, and what has been found.
type builder struct {
	kind Kind
	opt  Options
	doc  *mapedit.Doc
	// added are the features the drill needs that the map lacks and the models
	// suggest (zones, halls as shelters), written as a layer of the drill's map.
	added []mapedit.Feature
	notes []Note
	// town is the drill's map as the scenario names it, read back; places names its
	// features as orders must.
	town   *maps.Town
	places *maps.Places
	// zones are every zone the drill's hazards threaten.
	zones []string
	// refused are the orders of the reference response the engine refused (orderKey),
	// not given again.
	refused []string
	dir     string
	result  Result
}

// Write writes a drill of kind on opt.Map into opt.Out: its scenario (<kind>.yaml),
// its reference orders (<kind>.orders.yaml), the plan (plan.yaml), and when the map
// needs its terrain or additions, the drill's map (town.yaml, a manifest, with
// additions.geojson). Each is checked as drillsim run checks it, and the drill played
// with the reference orders and with none: an order refused is left out and said. It
// returns a *Lack when the map has not what the drill needs.
func Write(kind Kind, opt Options) (*Result, error) {
	if opt.Out == "" {
		opt.Out = "."
	}
	if err := os.MkdirAll(opt.Out, 0o755); err != nil {
		return nil, fmt.Errorf("cannot make the folder %s: %w", opt.Out, err)
	}
	doc, err := mapedit.Open(opt.Map, mapedit.Options{Map: maps.OpenOptions{DEM: opt.DEM, CRS: opt.CRS}})
	if err != nil {
		return nil, err
	}
	if doc.Town().DEM == nil {
		return nil, &Lack{Drill: kind, What: say("terrain (a DEM)"), Add: say("give it with --dem (%s), as SRTM or a county's survey comes", maps.DEMFormats)}
	}
	b := &builder{kind: kind, opt: opt, doc: doc, dir: opt.Out}
	d, err := b.design()
	if err != nil {
		return nil, err
	}
	if err := b.writeMap(); err != nil {
		return nil, err
	}
	if b.town, err = maps.Open(b.result.Map, maps.OpenOptions{}); err != nil {
		return nil, fmt.Errorf("the drill's map %s: %w", b.result.Map, err)
	}
	b.places = b.town.Places
	if err := b.writePlan(); err != nil {
		return nil, err
	}
	scn, err := b.writeScenario(d)
	if err != nil {
		return nil, err
	}
	if err := b.writeOrders(d, scn); err != nil {
		return nil, err
	}
	b.result.Notes = b.notes
	return &b.result, b.score()
}

// path is file name in the drill's folder.
func (b *builder) path(name string) string { return filepath.Join(b.dir, name) }

// write writes a file of the drill and records it.
func (b *builder) write(name string, data []byte) (string, error) {
	p := b.path(name)
	if err := os.WriteFile(p, data, 0o644); err != nil {
		return "", fmt.Errorf("cannot write %s: %w", p, err)
	}
	b.result.Files = append(b.result.Files, p)
	return p, nil
}

// note records something the designer should know.
func (b *builder) note(format string, args ...any) {
	b.notes = append(b.notes, say(format, args...))
}

// writePlan copies the built-in plan beside the drill, for the town's office to adapt.
func (b *builder) writePlan() error {
	text, err := scenarios.BuiltinPlanText("fubao")
	if err != nil {
		return err
	}
	head := fmt.Sprintf("# %s的演练所依据的预案：drillsim new 复制的示范预案（福宝镇，示意）。请按本镇预案修改条款、时限和权重。\n"+
		"# The plan %s's drills are graded against: the demo plan copied by drillsim new, for the town's office to adapt.\n", b.town.Name, b.town.Name)
	b.result.Plan, err = b.write("plan.yaml", append([]byte(head), text...))
	return err
}

// marshalYAML writes v as YAML with lists indented under their keys and long texts as
// blocks, after a comment.
func marshalYAML(comment string, v any) ([]byte, error) {
	data, err := yaml.MarshalWithOptions(v, yaml.IndentSequence(true), yaml.UseLiteralStyleIfMultiline(true))
	if err != nil {
		return nil, err
	}
	var out bytes.Buffer
	for _, line := range bytes.Split([]byte(comment), []byte("\n")) {
		out.WriteString("# ")
		out.Write(line)
		out.WriteByte('\n')
	}
	out.Write(data)
	return out.Bytes(), nil
}

// check loads the drill written as drillsim run does, with orders (a file; "" for
// none).
func (b *builder) check(orders string) (*drill.Drill, error) {
	return drill.Load(b.result.Scenario, drill.Options{Orders: orders})
}
