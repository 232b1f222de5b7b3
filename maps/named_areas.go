package maps

import (
	stdmaps "maps"
	"path/filepath"
	"slices"
	"strings"
)

// namedAreas gathers the polygons that carry a name but no kind and no OpenStreetMap tag
// that gives one, as open-government files come (a city's 456 里 boundaries with their
// name in VNAME, a department's flood-depth zones): drills only draw them, and check
// says, per file, the one line of a map manifest that would give them their meaning.
// OpenStreetMap files are not among them: their features' tags say what they are, and
// one kind for a whole extract would be wrong.
type namedAreas struct {
	groups []*namedAreaGroup
}

// namedAreaGroup is the named polygons of one file.
type namedAreaGroup struct {
	file   string
	count  int
	first  properties                 // the first polygon's properties, to guess the kind from
	values map[string]map[string]bool // the names found under each name-like key
	keys   []string                   // those keys in the order first met
}

// note considers one background feature.
func (n *namedAreas) note(f *decodedFeature, source string) {
	if f.kind != Background || f.explicit || f.fromOSM || areaOf(f.geom) == nil || backgroundClass(f.props) != "" {
		return
	}
	keys := nameKeys(f.props)
	if len(keys) == 0 {
		return
	}
	file := f.ref.Layer
	if file == "" {
		file = filepath.Base(source)
	}
	var g *namedAreaGroup
	for _, h := range n.groups {
		if h.file == file {
			g = h
		}
	}
	if g == nil {
		g = &namedAreaGroup{file: file, first: f.props, values: map[string]map[string]bool{}}
		n.groups = append(n.groups, g)
	}
	g.count++
	for _, k := range keys {
		if g.values[k] == nil {
			g.values[k] = map[string]bool{}
			g.keys = append(g.keys, k)
		}
		g.values[k][f.props.str(k)] = true
	}
}

// report adds one warning per file: the name-like key that tells its polygons apart
// best (the most distinct names: VNAME, not the TOWNNAME they share), some of its
// names, and the manifest line.
func (n *namedAreas) report(ps *Problems) {
	for _, g := range n.groups {
		key := g.keys[0]
		for _, k := range g.keys[1:] {
			if len(g.values[k]) > len(g.values[key]) {
				key = k
			}
		}
		examples := slices.Sorted(stdmaps.Keys(g.values[key]))
		layer := guessLayer(g.first, key)
		layer.File = g.file
		if key != "name" {
			layer.Name = key
		}
		ps.addHinted(Warning, WholeMap, "to use them as %ss, list the file in a map manifest (see docs/maps.md) with the line:\n%s", []any{layer.Kind, layer.Line()},
			"有名称无类型的面 — %d polygons in %s have names in %s (%s) but no kind, so drills only draw them", g.count, g.file, key, ListSome(examples, 3))
	}
}

// nameKeys lists the properties that may hold a feature's name: name itself, and
// those (in sorted order) whose key reads like a name field (VNAME, TOWNNAME, 村名,
// XZQMC ...) and whose value is text, not a number.
func nameKeys(p properties) []string {
	var keys []string
	if p.str("name") != "" {
		keys = append(keys, "name")
	}
	for _, k := range slices.Sorted(stdmaps.Keys(p)) {
		lower := strings.ToLower(k)
		nameLike := lower != "name" && (strings.HasSuffix(lower, "name") || strings.HasSuffix(lower, "_nm") || strings.Contains(k, "名") ||
			strings.HasSuffix(k, "MC") && len(k) <= 8) // 名称 as Chinese GIS fields abbreviate it (XZQMC)
		if !nameLike {
			continue
		}
		if v, ok := p[k].(string); ok && strings.TrimSpace(v) != "" {
			if _, num := p.number(k); !num {
				keys = append(keys, k)
			}
		}
	}
	return keys
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
