package maps

// A map's edits layer (a manifest layer with edits: true, as drillsim edit writes one)
// holds what was changed on a map whose other files are kept as they came (an
// OpenStreetMap extract, a department's file): new features, and features that take the
// place of others. A feature of the layer whose `replaces` property names another
// feature of the map by its EditKey ("way/210", "villages.geojson#3") stands in its
// place; one that also says `deleted: true` only takes the other away.

// Properties of the features of an edits layer.
const (
	// EditReplaces names the feature an edit takes the place of, by its EditKey.
	EditReplaces = "replaces"
	// EditDeleted marks an edit that only takes a feature away.
	EditDeleted = "deleted"
)

// markEdits notes what the features of an edits layer replace, and marks the ones that
// only delete, which are no features of the map.
func markEdits(raws []rawFeature) (replaced []string) {
	for i := range raws {
		f := &raws[i]
		if key := f.Properties.str(EditReplaces); key != "" {
			replaced = append(replaced, key)
			f.tombstone = f.Properties.flag(EditDeleted)
		}
	}
	return replaced
}

// applyEdits takes out of the layers the features their edits layers replace.
func applyEdits(layers []*layer) {
	replaced := map[string]bool{}
	for _, l := range layers {
		for _, k := range l.replaces {
			replaced[k] = true
		}
	}
	if len(replaced) == 0 {
		return
	}
	for _, l := range layers {
		if l.edits {
			continue
		}
		kept := l.feats[:0]
		for _, f := range l.feats {
			if !replaced[EditKey(f.ref)] {
				kept = append(kept, f)
			}
		}
		l.feats = kept
	}
}
