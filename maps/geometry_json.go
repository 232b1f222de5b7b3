package maps

import (
	"errors"
	"fmt"
	"strconv"

	"github.com/paulmach/orb"
)

// geometryJSON decodes a GeoJSON geometry object straight into orb types. Coordinates
// are most of a map file's bytes, so it parses them by hand in one pass instead of
// through encoding/json's reflection; a null geometry decodes to nil.
type geometryJSON struct {
	g orb.Geometry
}

// UnmarshalJSON reads {"type": ..., "coordinates": ...} (or "geometries" for a
// GeometryCollection); other members are skipped. Extra positions (altitude) are ignored.
func (gj *geometryJSON) UnmarshalJSON(b []byte) error {
	p := jsonParser{b: b}
	p.space()
	if p.literal("null") {
		gj.g = nil
		return nil
	}
	g, err := p.geometry()
	if err != nil {
		return err
	}
	gj.g = g
	return nil
}

// jsonParser is a minimal cursor over JSON text that is already known to be valid
// (encoding/json checks a whole file before calling UnmarshalJSON); it still reports,
// rather than trusts, anything unexpected.
type jsonParser struct {
	b []byte
	i int
}

var errGeometryType = errors.New(`geometry has no "type"`)

func (p *jsonParser) geometry() (orb.Geometry, error) {
	if !p.consume('{') {
		return nil, fmt.Errorf("geometry is not an object")
	}
	var typ string
	coordStart, coordEnd := -1, -1
	var members []orb.Geometry
	hasMembers := false
	for first := true; ; first = false {
		p.space()
		if p.consume('}') {
			break
		}
		if !first && !p.consume(',') {
			return nil, fmt.Errorf("geometry: expected , or }")
		}
		p.space()
		key, err := p.str()
		if err != nil {
			return nil, err
		}
		p.space()
		if !p.consume(':') {
			return nil, fmt.Errorf("geometry: expected : after %q", key)
		}
		p.space()
		switch key {
		case "type":
			if typ, err = p.str(); err != nil {
				return nil, fmt.Errorf("geometry type: %v", err)
			}
		case "coordinates":
			coordStart = p.i
			if err := p.skip(); err != nil {
				return nil, err
			}
			coordEnd = p.i
		case "geometries":
			hasMembers = true
			if members, err = p.members(); err != nil {
				return nil, err
			}
		default:
			if err := p.skip(); err != nil {
				return nil, err
			}
		}
	}
	switch typ {
	case "":
		return nil, errGeometryType
	case "GeometryCollection":
		if !hasMembers {
			return nil, fmt.Errorf(`GeometryCollection has no "geometries"`)
		}
		return orb.Collection(members), nil
	}
	if coordStart < 0 {
		return nil, fmt.Errorf("%s has no coordinates", typ)
	}
	c := jsonParser{b: p.b[coordStart:coordEnd]}
	if c.literal("null") {
		return nil, fmt.Errorf("%s has no coordinates", typ)
	}
	var g orb.Geometry
	var err error
	switch typ {
	case "Point":
		g, err = c.position()
	case "MultiPoint":
		g, err = c.positions()
		g = orb.MultiPoint(g.(orb.LineString))
	case "LineString":
		g, err = c.positions()
	case "MultiLineString":
		var ls []orb.LineString
		ls, err = c.lines()
		g = orb.MultiLineString(ls)
	case "Polygon":
		g, err = c.polygon()
	case "MultiPolygon":
		var mp orb.MultiPolygon
		err = c.array(func() error {
			poly, err := c.polygon()
			mp = append(mp, poly)
			return err
		})
		g = mp
	default:
		return nil, fmt.Errorf("unknown geometry type %q (GeoJSON has Point, MultiPoint, LineString, MultiLineString, Polygon, MultiPolygon, GeometryCollection)", typ)
	}
	if err != nil {
		return nil, fmt.Errorf("%s coordinates: %v", typ, err)
	}
	return g, nil
}

func (p *jsonParser) members() ([]orb.Geometry, error) {
	var gs []orb.Geometry
	err := p.array(func() error {
		p.space()
		if p.literal("null") {
			return nil
		}
		g, err := p.geometry()
		if err != nil {
			return fmt.Errorf("member %d: %v", len(gs), err)
		}
		gs = append(gs, g)
		return nil
	})
	return gs, err
}

// array calls elem for each element of a JSON array at the cursor.
func (p *jsonParser) array(elem func() error) error {
	p.space()
	if !p.consume('[') {
		return p.unexpected("an array")
	}
	p.space()
	if p.consume(']') {
		return nil
	}
	for {
		if err := elem(); err != nil {
			return err
		}
		p.space()
		if p.consume(']') {
			return nil
		}
		if !p.consume(',') {
			return p.unexpected(", or ]")
		}
	}
}

func (p *jsonParser) position() (orb.Point, error) {
	var pt orb.Point
	n := 0
	err := p.array(func() error {
		p.space()
		f, err := p.number()
		if err != nil {
			return err
		}
		if n < 2 {
			pt[n] = f
		}
		n++
		return nil
	})
	if err == nil && n < 2 {
		err = fmt.Errorf("a position has %d number(s), needs longitude and latitude", n)
	}
	return pt, err
}

func (p *jsonParser) positions() (orb.LineString, error) {
	var ls orb.LineString
	err := p.array(func() error {
		pt, err := p.position()
		ls = append(ls, pt)
		return err
	})
	return ls, err
}

func (p *jsonParser) lines() ([]orb.LineString, error) {
	var lines []orb.LineString
	err := p.array(func() error {
		ls, err := p.positions()
		lines = append(lines, ls)
		return err
	})
	return lines, err
}

func (p *jsonParser) polygon() (orb.Polygon, error) {
	lines, err := p.lines()
	poly := make(orb.Polygon, len(lines))
	for i, l := range lines {
		poly[i] = orb.Ring(l)
	}
	return poly, err
}

func (p *jsonParser) number() (float64, error) {
	start := p.i
	for p.i < len(p.b) {
		c := p.b[p.i]
		if c >= '0' && c <= '9' || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E' {
			p.i++
			continue
		}
		break
	}
	if start == p.i {
		return 0, p.unexpected("a number")
	}
	f, err := strconv.ParseFloat(string(p.b[start:p.i]), 64)
	if err != nil {
		return 0, fmt.Errorf("%q is not a number", p.b[start:p.i])
	}
	return f, nil
}

// str reads a JSON string, decoding escapes only when there are any.
func (p *jsonParser) str() (string, error) {
	if !p.consume('"') {
		return "", p.unexpected("a string")
	}
	start, escaped := p.i, false
	for p.i < len(p.b) {
		switch p.b[p.i] {
		case '\\':
			escaped = true
			p.i += 2
			continue
		case '"':
			raw := p.b[start-1 : p.i+1]
			p.i++
			if !escaped {
				return string(raw[1 : len(raw)-1]), nil
			}
			return strconv.Unquote(string(raw))
		}
		p.i++
	}
	return "", fmt.Errorf("unterminated string")
}

// skip moves past one JSON value of any kind.
func (p *jsonParser) skip() error {
	p.space()
	if p.i >= len(p.b) {
		return p.unexpected("a value")
	}
	switch p.b[p.i] {
	case '"':
		_, err := p.str()
		return err
	case '{', '[':
		depth := 0
		for p.i < len(p.b) {
			switch p.b[p.i] {
			case '"':
				if _, err := p.str(); err != nil {
					return err
				}
				continue
			case '{', '[':
				depth++
			case '}', ']':
				depth--
				if depth == 0 {
					p.i++
					return nil
				}
			}
			p.i++
		}
		return fmt.Errorf("unterminated array or object")
	}
	for p.i < len(p.b) && p.b[p.i] != ',' && p.b[p.i] != '}' && p.b[p.i] != ']' && !isJSONSpace(p.b[p.i]) {
		p.i++
	}
	return nil
}

func (p *jsonParser) space() {
	for p.i < len(p.b) && isJSONSpace(p.b[p.i]) {
		p.i++
	}
}

func isJSONSpace(c byte) bool { return c == ' ' || c == '\n' || c == '\t' || c == '\r' }

func (p *jsonParser) consume(c byte) bool {
	if p.i < len(p.b) && p.b[p.i] == c {
		p.i++
		return true
	}
	return false
}

func (p *jsonParser) literal(s string) bool {
	if len(p.b)-p.i >= len(s) && string(p.b[p.i:p.i+len(s)]) == s {
		p.i += len(s)
		return true
	}
	return false
}

func (p *jsonParser) unexpected(want string) error {
	if p.i >= len(p.b) {
		return fmt.Errorf("expected %s, found the end", want)
	}
	end := min(p.i+12, len(p.b))
	return fmt.Errorf("expected %s, found %q", want, p.b[p.i:end])
}
