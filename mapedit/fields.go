package mapedit

import (
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"

	"drillsim/maps"
)

// FieldType is what a form field holds.
type FieldType uint8

const (
	// FieldText is free text: a name, a phone number.
	FieldText FieldType = iota
	// FieldCount is a whole number of people, households or places.
	FieldCount
	// FieldMetres is a distance in metres.
	FieldMetres
	// FieldChoice is one of the field's Choices.
	FieldChoice
	// FieldQuantities is counts of items: "sandbags 2000, boats 2".
	FieldQuantities
)

// Field is one property of a kind of feature that the editor's form fills, by the key
// the map file holds it under (docs/files.md's map table).
type Field struct {
	Key     string
	Type    FieldType
	Choices []string
}

// fieldsByKind are the form's fields for each kind, name first.
var fieldsByKind = map[maps.Kind][]Field{
	maps.KindHazardZone: {{Key: "name"}, {Key: "hazard", Type: FieldChoice, Choices: []string{"flood", "landslide", "fire"}},
		{Key: "people", Type: FieldCount}, {Key: "households", Type: FieldCount}, {Key: "runout", Type: FieldMetres}},
	maps.KindVillage:     {{Key: "name"}, {Key: "population", Type: FieldCount}, {Key: "head"}, {Key: "phone"}},
	maps.KindShelter:     {{Key: "name"}, {Key: "capacity", Type: FieldCount}},
	maps.KindDepot:       {{Key: "name"}, {Key: "stock", Type: FieldQuantities}},
	maps.KindStation:     {{Key: "name"}, {Key: "type", Type: FieldChoice, Choices: []string{"rescue", "fire_station", "hospital", "police", "townhall"}}, {Key: "units", Type: FieldQuantities}},
	maps.KindLoudspeaker: {{Key: "name"}, {Key: "radius_m", Type: FieldMetres}},
}

// Fields lists the form's fields for features of kind k.
func Fields(k maps.Kind) []Field { return fieldsByKind[k] }

// fieldOf returns kind k's field key.
func fieldOf(k maps.Kind, key string) (Field, bool) {
	i := slices.IndexFunc(fieldsByKind[k], func(f Field) bool { return f.Key == key })
	if i < 0 {
		return Field{}, false
	}
	return fieldsByKind[k][i], true
}

// FieldText is the feature's value of field key written as the form shows it and
// parseField reads it back: "" when the feature has none.
func (f *Feature) FieldText(key string) string {
	v, ok := f.Props[key]
	if !ok || v == nil {
		return ""
	}
	switch x := v.(type) {
	case string:
		return x
	case float64:
		return strconv.FormatFloat(x, 'f', -1, 64)
	case bool:
		return strconv.FormatBool(x)
	case map[string]any:
		return quantitiesText(x)
	}
	return fmt.Sprint(v)
}

// quantitiesText writes counts of items as "boats 2, sandbags 2000", sorted by item.
func quantitiesText(m map[string]any) string {
	items := make([]string, 0, len(m))
	for k := range m {
		items = append(items, k)
	}
	slices.Sort(items)
	parts := make([]string, len(items))
	for i, k := range items {
		parts[i] = k + " " + (&Feature{Props: m}).FieldText(k)
	}
	return strings.Join(parts, ", ")
}

// parseField reads the text of field fd as typed into the form, and returns the value
// to hold (nil: remove the property) or an error saying what to type.
func parseField(fd Field, text string) (any, error) {
	text = strings.TrimSpace(text)
	if text == "" {
		if fd.Key == "name" {
			return nil, fmt.Errorf("a feature needs a name: orders and scenarios name it")
		}
		return nil, nil
	}
	switch fd.Type {
	case FieldCount:
		n, err := strconv.Atoi(strings.TrimSuffix(strings.TrimSuffix(text, "人"), "户"))
		if err != nil || n < 0 {
			return nil, fmt.Errorf("%s is a whole number of 0 or more, not %q", fd.Key, text)
		}
		return float64(n), nil
	case FieldMetres:
		x, err := strconv.ParseFloat(strings.TrimSuffix(strings.TrimSpace(strings.TrimSuffix(text, "m")), "米"), 64)
		if err != nil || !(x > 0) || math.IsInf(x, 0) {
			return nil, fmt.Errorf("%s is a distance in metres above 0, not %q", fd.Key, text)
		}
		return x, nil
	case FieldChoice:
		if !slices.Contains(fd.Choices, text) {
			return nil, fmt.Errorf("%s is one of %s, not %q", fd.Key, strings.Join(fd.Choices, ", "), text)
		}
		return text, nil
	case FieldQuantities:
		return parseQuantities(fd.Key, text)
	}
	return text, nil
}

// parseQuantities reads counts of items written as "sandbags 2000, boats 2" (also with
// = or : between item and count, and Chinese commas).
func parseQuantities(key, text string) (map[string]any, error) {
	m := map[string]any{}
	for _, part := range strings.FieldsFunc(text, func(r rune) bool { return r == ',' || r == '，' || r == ';' || r == '；' }) {
		part = strings.TrimSpace(strings.NewReplacer("=", " ", ":", " ", "：", " ").Replace(part))
		fields := strings.Fields(part)
		if len(fields) != 2 {
			return nil, fmt.Errorf("%s is items with counts, such as \"sandbags 2000, boats 2\"; %q is not one", key, part)
		}
		n, err := strconv.Atoi(fields[1])
		if err != nil || n < 0 {
			return nil, fmt.Errorf("%s: the count of %s is a whole number of 0 or more, not %q", key, fields[0], fields[1])
		}
		m[fields[0]] = float64(n)
	}
	return m, nil
}
