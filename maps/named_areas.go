package maps

import (
	"path/filepath"
	"slices"
	"strings"
)

// namedAreas gathers the polygons that carry a name but no kind and no OpenStreetMap tag
// that gives one, as open-government files come (a city's 456 里 boundaries with their
// name in VNAME, a department's flood-depth zones): drills only draw them, and check
// says, per file and name property, the one line of a map manifest that would give
// them their meaning.
type namedAreas struct {
	groups []*namedAreaGroup
}

// namedAreaGroup is the polygons of one file with their names in one property.
type namedAreaGroup struct {
	layer    ManifestLayer
	count    int
	examples []string
}

// note considers one background feature.
func (n *namedAreas) note(f *decodedFeature, source string) {
	if f.kind != Background || f.explicit || areaOf(f.geom) == nil || backgroundClass(f.props) != "" {
		return
	}
	key := nameKey(f.props)
	if key == "" {
		return
	}
	file := f.ref.Layer
	if file == "" {
		file = filepath.Base(source)
	}
	for _, g := range n.groups {
		if g.layer.File == file && (g.layer.Name == key || g.layer.Name == "" && key == "name") {
			g.count++
			if len(g.examples) < 3 {
				g.examples = append(g.examples, f.props.str(key))
			}
			return
		}
	}
	layer := guessLayer(f.props, key)
	layer.File = file
	if key != "name" {
		layer.Name = key
	}
	n.groups = append(n.groups, &namedAreaGroup{layer: layer, count: 1, examples: []string{f.props.str(key)}})
}

// report adds one warning per group.
func (n *namedAreas) report(ps *Problems) {
	for _, g := range n.groups {
		key := g.layer.Name
		if key == "" {
			key = "name"
		}
		ps.add(Warning, WholeMap, "to use them as "+g.layer.Kind+"s, list the file in a map manifest (see docs/maps.md) with the line:\n"+g.layer.Line(),
			"有名称无类型的面 — %d polygons in %s have names in %s (%s) but no kind, so drills only draw them", g.count, g.layer.File, key, strings.Join(g.examples, ", "))
	}
}

// nameKey is the property that holds a feature's name: name itself, else the first (in
// sorted order) whose key reads like a name field (VNAME, TOWNNAME, 村名, XZQMC ...) and
// whose value is text.
func nameKey(p properties) string {
	if p.str("name") != "" {
		return "name"
	}
	keys := make([]string, 0, len(p))
	for k := range p {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, k := range keys {
		lower := strings.ToLower(k)
		nameLike := strings.HasSuffix(lower, "name") || strings.HasSuffix(lower, "_nm") || strings.Contains(k, "名") ||
			strings.HasSuffix(k, "MC") && len(k) <= 8 // 名称 as Chinese GIS fields abbreviate it (XZQMC)
		if !nameLike {
			continue
		}
		if v, ok := p[k].(string); ok && strings.TrimSpace(v) != "" {
			if _, num := p.number(k); !num {
				return k
			}
		}
	}
	return ""
}

// Words in property keys or names that tell what kind a named area is.
var (
	floodWords     = []string{"depth", "flood", "inund", "水深", "淹没", "洪", "内涝", "积水"}
	landslideWords = []string{"landslide", "滑坡", "泥石流", "崩塌", "地灾", "地质灾害"}
	hazardWords    = []string{"hazard", "risk", "风险", "隐患", "危险"}
)

// guessLayer guesses the kind of a file's named areas from its properties: hazard
// zones (flood or landslide) when the keys or the name speak of them, else villages.
func guessLayer(p properties, key string) ManifestLayer {
	text := strings.ToLower(key + " " + p.str(key))
	for k := range p {
		text += " " + strings.ToLower(k)
	}
	has := func(words []string) bool {
		return slices.ContainsFunc(words, func(w string) bool { return strings.Contains(text, w) })
	}
	switch {
	case has(floodWords):
		return ManifestLayer{Kind: KindHazardZone.String(), Properties: map[string]any{"hazard": "flood"}}
	case has(landslideWords):
		return ManifestLayer{Kind: KindHazardZone.String(), Properties: map[string]any{"hazard": "landslide"}}
	case has(hazardWords):
		return ManifestLayer{Kind: KindHazardZone.String()}
	}
	return ManifestLayer{Kind: KindVillage.String()}
}
