package maps

import (
	"bytes"
	"errors"
	"strings"
	"testing"
)

func TestReadOSMXMLErrorsSayWhere(t *testing.T) {
	cases := []struct {
		name, data, want string
	}{
		{"syntax", "<osm version=\"0.6\">\n<node id=\"1\" lat=\"1\" lon=\"2\">\n<tag k=\"a\" v=\"b\">\n</node>\n</osm>", "x.osm:4:"},
		{"no position", "<osm version=\"0.6\">\n<node id=\"7\"/>\n</osm>", "node 7 has no lat and lon"},
		{"bad number", "<osm version=\"0.6\">\n<node id=\"7\" lat=\"north\" lon=\"2\"/>\n</osm>", "x.osm:2:"},
		{"change file", "<osmChange version=\"0.6\"><create/></osmChange>", "an OSM change file (osmChange), not an extract"},
		{"not OSM", "<gpx><trk/></gpx>", "the file starts with <gpx>, not <osm>"},
		{"empty", "<?xml version=\"1.0\"?>", "no <osm> element"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			err := readOSMXML(strings.NewReader(c.data), "x.osm", &osmData{})
			var le *LoadError
			if !errors.As(err, &le) || !strings.Contains(err.Error(), c.want) {
				t.Errorf("error %v, want a *LoadError saying %q", err, c.want)
			}
		})
	}
}

// FuzzOpenOSMXML feeds arbitrary text through the OSM XML reader and the whole way to a
// town: it must refuse with a *LoadError or load, never panic.
func FuzzOpenOSMXML(f *testing.F) {
	f.Add(readFixture(f, "osm/village.osm"))
	f.Add([]byte(`<osm version="0.6"><node id="1" lat="1" lon="1"/><node id="2" lat="1" lon="1"/><way id="3"><nd ref="1"/><nd ref="2"/><nd ref="1"/><tag k="building" v="yes"/></way><relation id="4"><member type="way" ref="3" role="outer"/><member type="way" ref="3" role="inner"/><tag k="type" v="boundary"/><tag k="boundary" v="administrative"/><tag k="admin_level" v="8"/></relation></osm>`))
	f.Fuzz(func(t *testing.T, data []byte) {
		src, err := decodeOSM(formatOSMXML, data, "fuzz.osm")
		var le *LoadError
		if err != nil {
			if !errors.As(err, &le) {
				t.Fatalf("error %v is not a *LoadError", err)
			}
			return
		}
		if l, err := prepareLayer(src, layerRules{}); err == nil {
			if town, err := buildTown([]*layer{l}, mapIdentity{source: "fuzz"}, LoadOptions{}); err == nil {
				var b bytes.Buffer
				town.Summarize().WriteText(&b, Problem.String)
			}
		}
	})
}
