package maps

import (
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"math"
	"strings"

	"github.com/paulmach/orb"
	"github.com/paulmach/osm"
)

// readOSMXML decodes an OpenStreetMap XML file (.osm, as JOSM, the editing API's
// export, Overpass and osmium write it) into d, each element through
// github.com/paulmach/osm's types. Errors name the line and column.
func readOSMXML(r io.Reader, source string, d *osmData) error {
	dec := xml.NewDecoder(r)
	fail := func(err error) error {
		line, col := dec.InputPos()
		var syn *xml.SyntaxError
		if errors.As(err, &syn) {
			line, col = syn.Line, 0
			err = errors.New(syn.Msg)
		}
		return &LoadError{Source: source, Line: line, Col: col, Msg: "not readable as OSM XML: " + err.Error(),
			Hint: "export the town from OpenStreetMap again (JOSM, the export page, Overpass with out meta, or osmium)"}
	}
	sawRoot := false
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			if !sawRoot {
				return &LoadError{Source: source, Msg: "no <osm> element: the file is not OSM XML", Hint: "an OSM XML file starts <osm version=\"0.6\">"}
			}
			return nil
		}
		if err != nil {
			return fail(err)
		}
		se, ok := tok.(xml.StartElement)
		if !ok {
			continue
		}
		switch se.Name.Local {
		case "osm":
			sawRoot = true
		case "osmChange":
			return &LoadError{Source: source, Msg: "an OSM change file (osmChange), not an extract", Hint: "export the town itself: <osm version=\"0.6\"> with its nodes, ways and relations"}
		case "bounds":
			var b osm.Bounds
			if err := dec.DecodeElement(&b, &se); err != nil {
				return fail(err)
			}
			if b.MinLon <= b.MaxLon && b.MinLat <= b.MaxLat && b.MinLat >= -90 && b.MaxLat <= 90 {
				d.bounds = &orb.Bound{Min: orb.Point{b.MinLon, b.MinLat}, Max: orb.Point{b.MaxLon, b.MaxLat}}
			}
		case "node":
			var n osm.Node
			if err := dec.DecodeElement(&n, &se); err != nil {
				return fail(err)
			}
			if !hasAttr(se, "lat") || !hasAttr(se, "lon") || math.IsNaN(n.Lat+n.Lon) {
				return fail(fmt.Errorf("node %d has no lat and lon", n.ID))
			}
			d.addNode(n.ID, n.Lon, n.Lat, n.Tags)
		case "way":
			w := &osm.Way{}
			if err := dec.DecodeElement(w, &se); err != nil {
				return fail(err)
			}
			d.ways = append(d.ways, w)
		case "relation":
			rel := &osm.Relation{}
			if err := dec.DecodeElement(rel, &se); err != nil {
				return fail(err)
			}
			d.relations = append(d.relations, rel)
		default:
			if !sawRoot {
				return loadErrorf(source, "an OSM XML file starts <osm version=\"0.6\">; GeoJSON goes in .geojson",
					"the file starts with <%s>, not <osm>: it is not OSM XML", se.Name.Local)
			}
			if err := dec.Skip(); err != nil { // changesets, notes, users: not map features
				return fail(err)
			}
		}
	}
}

func hasAttr(se xml.StartElement, name string) bool {
	for _, a := range se.Attr {
		if strings.EqualFold(a.Name.Local, name) {
			return true
		}
	}
	return false
}
