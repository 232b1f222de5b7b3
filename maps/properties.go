package maps

import (
	"encoding/json"
	"math"
	"sort"
	"strconv"
	"strings"
)

// properties is a feature's GeoJSON properties with readers that accept what real files
// hold: numbers written as strings ("826"), booleans as "yes"/"1", units after numbers
// ("50 km/h", "30 mph").
type properties map[string]any

// str returns the property as text ("" when absent); numbers are formatted plainly.
func (p properties) str(key string) string {
	switch v := p[key].(type) {
	case string:
		return strings.TrimSpace(v)
	case float64:
		return strconv.FormatFloat(v, 'f', -1, 64)
	case bool:
		return strconv.FormatBool(v)
	}
	return ""
}

// has reports whether the property is present and not null or empty.
func (p properties) has(key string) bool {
	v, ok := p[key]
	if !ok || v == nil {
		return false
	}
	s, isStr := v.(string)
	return !isStr || strings.TrimSpace(s) != ""
}

// number returns the property as a finite number. Strings count when they start with a
// number ("826", "50 km/h"); "30 mph" is converted to km/h only by speed.
// ok is false when the property is absent or not a number.
func (p properties) number(key string) (float64, bool) {
	switch v := p[key].(type) {
	case float64:
		return v, !math.IsNaN(v) && !math.IsInf(v, 0)
	case string:
		f, _, ok := leadingNumber(v)
		return f, ok
	}
	return 0, false
}

// count returns the property as a non-negative whole number, rounding half up.
func (p properties) count(key string) (int, bool) {
	f, ok := p.number(key)
	if !ok || f < 0 || f > 1e9 {
		return 0, false
	}
	return int(math.Floor(f + 0.5)), true
}

// flag returns the property as a boolean: true, "yes", "true", "1", or any OSM value
// other than "no"/"false"/"0" for tags like bridge=viaduct.
func (p properties) flag(key string) bool {
	switch v := p[key].(type) {
	case bool:
		return v
	case float64:
		return v != 0
	case string:
		switch strings.ToLower(strings.TrimSpace(v)) {
		case "", "no", "false", "0":
			return false
		}
		return true
	}
	return false
}

// speedKmh returns speed_kmh, else OSM maxspeed in km/h ("50", "30 mph", "50 km/h").
// Symbolic values such as "RO:urban" or "walk" are not speeds and give ok=false.
func (p properties) speedKmh() (float64, bool) {
	if v, ok := p.number("speed_kmh"); ok && v > 0 {
		return v, true
	}
	s := p.str("maxspeed")
	f, rest, ok := leadingNumber(s)
	if !ok || f <= 0 {
		return 0, false
	}
	if strings.Contains(strings.ToLower(rest), "mph") {
		f *= 1.609344
	}
	return f, true
}

// quantities reads an object of counts such as {"sandbags": 2000, "boats": "2"},
// sorted by item so that nothing downstream depends on map order. Entries that are not
// counts are returned in bad.
func (p properties) quantities(key string) (qs []Quantity, bad []string) {
	obj, ok := p[key].(map[string]any)
	if !ok {
		if s, isStr := p[key].(string); isStr && strings.HasPrefix(strings.TrimSpace(s), "{") {
			// Some exporters write nested objects as JSON text.
			if json.Unmarshal([]byte(s), &obj) != nil {
				return nil, []string{key}
			}
		} else {
			return nil, nil
		}
	}
	items := properties(obj)
	for item := range items {
		if n, ok := items.count(item); ok {
			qs = append(qs, Quantity{Item: item, Count: n})
		} else {
			bad = append(bad, item)
		}
	}
	sort.Slice(qs, func(i, j int) bool { return qs[i].Item < qs[j].Item })
	sort.Strings(bad)
	return qs, bad
}

// leadingNumber parses the number at the start of s (after spaces) and returns the rest.
func leadingNumber(s string) (f float64, rest string, ok bool) {
	s = strings.TrimSpace(s)
	end := 0
	for end < len(s) && (s[end] >= '0' && s[end] <= '9' || s[end] == '.' || s[end] == '-' || s[end] == '+' || s[end] == 'e' || s[end] == 'E') {
		end++
	}
	for end > 0 {
		if f, err := strconv.ParseFloat(s[:end], 64); err == nil {
			return f, s[end:], !math.IsNaN(f) && !math.IsInf(f, 0)
		}
		end--
	}
	return 0, s, false
}
