package draft

import (
	"fmt"
	"strings"

	"drillsim/maps"
)

// The drill's own map files, when it needs them.
const (
	townFile      = "town.yaml"
	additionsFile = "additions.geojson"
)

// writeMap settles the map the scenario names: the map itself when it is a manifest
// that has its terrain and the drill adds nothing; else a manifest in the drill's
// folder listing the map's files, its terrain, and a layer of what the drill adds.
func (b *builder) writeMap() error {
	src := b.doc.Path()
	format, err := maps.FormatOf(src)
	if err != nil {
		return err
	}
	if format == maps.FileManifest && b.opt.DEM == "" && len(b.added) == 0 {
		b.result.Map = src
		return nil
	}
	manifest := b.path(townFile)
	var text strings.Builder
	name := b.doc.Town().Name
	fmt.Fprintf(&text, "# 演练地图 the map of the drills drillsim new wrote here: %s as it came", name)
	if len(b.added) > 0 {
		text.WriteString(", and what the drills need that it lacks (" + additionsFile + ")")
	}
	text.WriteString(".\n# docs/maps.md describes this file.\nname: " + maps.YAMLScalar(name) + "\n")
	var layers []maps.ManifestLayer
	dem, demCRS := b.opt.DEM, ""
	if format == maps.FileManifest {
		m, err := maps.ReadManifest(src)
		if err != nil {
			return err
		}
		if m.CRS != "" {
			text.WriteString("crs: " + maps.YAMLScalar(m.CRS) + "\n")
		}
		if dem == "" && m.DEM != "" {
			dem, demCRS = maps.ResolvePath(src, m.DEM), m.DEMCRS
		}
		for _, l := range m.Layers {
			l.File = maps.RelativePath(manifest, maps.ResolvePath(src, l.File))
			layers = append(layers, l)
		}
	} else {
		layers = append(layers, maps.ManifestLayer{File: maps.RelativePath(manifest, src), CRS: b.opt.CRS})
	}
	if dem != "" {
		text.WriteString("dem: " + maps.YAMLScalar(maps.RelativePath(manifest, dem)) + "\n")
	}
	if demCRS != "" {
		text.WriteString("dem_crs: " + maps.YAMLScalar(demCRS) + "\n")
	}
	if len(b.added) > 0 {
		if err := b.doc.WriteFeatures(b.path(additionsFile), b.added); err != nil {
			return err
		}
		b.result.Files = append(b.result.Files, b.path(additionsFile))
		layers = append(layers, maps.ManifestLayer{File: additionsFile})
	}
	text.WriteString("layers:\n")
	for _, l := range layers {
		text.WriteString(l.Line() + "\n")
	}
	p, err := b.write(townFile, []byte(text.String()))
	b.result.Map = p
	return err
}
