package maps

import (
	"bytes"
	"compress/zlib"
	"encoding/binary"
	"encoding/xml"
	"errors"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/paulmach/orb/planar"
	"github.com/paulmach/osm"
	"google.golang.org/protobuf/encoding/protowire"
)

// pbfFile writes OSM PBF files for tests, block by block, the way the format's
// specification lays them out, so that tests can make what no tool writes on purpose:
// plain (non-dense) nodes, broken blocks, blocks compressed otherwise.
type pbfFile struct{ bytes.Buffer }

// block appends a file block: its BlobHeader and a Blob holding data, zlib-compressed
// when zip is true.
func (f *pbfFile) block(typ string, data []byte, zip bool) {
	var blob []byte
	if zip {
		var z bytes.Buffer
		w := zlib.NewWriter(&z)
		w.Write(data)
		w.Close()
		blob = protowire.AppendTag(blob, 2, protowire.VarintType)
		blob = protowire.AppendVarint(blob, uint64(len(data)))
		blob = protowire.AppendTag(blob, 3, protowire.BytesType)
		blob = protowire.AppendBytes(blob, z.Bytes())
	} else {
		blob = protowire.AppendTag(blob, 1, protowire.BytesType)
		blob = protowire.AppendBytes(blob, data)
	}
	f.rawBlock(typ, blob)
}

// rawBlock appends a file block whose Blob is given as it is.
func (f *pbfFile) rawBlock(typ string, blob []byte) {
	var hdr []byte
	hdr = protowire.AppendTag(hdr, 1, protowire.BytesType)
	hdr = protowire.AppendString(hdr, typ)
	hdr = protowire.AppendTag(hdr, 3, protowire.VarintType)
	hdr = protowire.AppendVarint(hdr, uint64(len(blob)))
	binary.Write(&f.Buffer, binary.BigEndian, uint32(len(hdr)))
	f.Write(hdr)
	f.Write(blob)
}

// header is a HeaderBlock requiring the given features, with a bounding box.
func pbfHeader(features ...string) []byte {
	var bbox []byte
	for i, v := range []int64{1_000_000_000, 2_000_000_000, 3_000_000_000, 2_000_000_000} { // left, right, top, bottom
		bbox = protowire.AppendTag(bbox, protowire.Number(i+1), protowire.VarintType)
		bbox = protowire.AppendVarint(bbox, protowire.EncodeZigZag(v))
	}
	var b []byte
	b = protowire.AppendTag(b, 1, protowire.BytesType)
	b = protowire.AppendBytes(b, bbox)
	for _, f := range features {
		b = protowire.AppendTag(b, 4, protowire.BytesType)
		b = protowire.AppendString(b, f)
	}
	return b
}

// pbfPrimitiveBlock is a PrimitiveBlock with a string table and one group.
func pbfPrimitiveBlock(strs []string, group []byte) []byte {
	var st []byte
	for _, s := range strs {
		st = protowire.AppendTag(st, 1, protowire.BytesType)
		st = protowire.AppendString(st, s)
	}
	var b []byte
	b = protowire.AppendTag(b, 1, protowire.BytesType)
	b = protowire.AppendBytes(b, st)
	b = protowire.AppendTag(b, 2, protowire.BytesType)
	b = protowire.AppendBytes(b, group)
	return b
}

// pbfPlainNode is a PrimitiveGroup member (field 1) holding one non-dense Node.
func pbfPlainNode(id int64, lon, lat float64, keys, vals []uint64) []byte {
	var n []byte
	n = protowire.AppendTag(n, 1, protowire.VarintType)
	n = protowire.AppendVarint(n, protowire.EncodeZigZag(id))
	packed := func(num protowire.Number, vs []uint64) {
		var p []byte
		for _, v := range vs {
			p = protowire.AppendVarint(p, v)
		}
		n = protowire.AppendTag(n, num, protowire.BytesType)
		n = protowire.AppendBytes(n, p)
	}
	packed(2, keys)
	packed(3, vals)
	n = protowire.AppendTag(n, 8, protowire.VarintType)
	n = protowire.AppendVarint(n, protowire.EncodeZigZag(int64(lat*1e7)))
	n = protowire.AppendTag(n, 9, protowire.VarintType)
	n = protowire.AppendVarint(n, protowire.EncodeZigZag(int64(lon*1e7)))
	var g []byte
	g = protowire.AppendTag(g, 1, protowire.BytesType)
	return protowire.AppendBytes(g, n)
}

func readFixture(t testing.TB, name string) []byte {
	t.Helper()
	data, err := os.ReadFile("testdata/" + name)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

func TestReadPBFMatchesXML(t *testing.T) {
	var fromXML, fromPBF osmData
	if err := readOSMXML(bytes.NewReader(readFixture(t, "osm/village.osm")), "village.osm", &fromXML); err != nil {
		t.Fatal(err)
	}
	if err := readPBF(bytes.NewReader(readFixture(t, "osm/village.osm.pbf")), "village.osm.pbf", &fromPBF); err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(fromXML.nodeIDs, fromPBF.nodeIDs) || len(fromXML.nodeAt) != len(fromPBF.nodeAt) {
		t.Fatalf("nodes: XML %d, PBF %d", len(fromXML.nodeIDs), len(fromPBF.nodeIDs))
	}
	for i := range fromXML.nodeAt {
		if d := planar.DistanceSquared(fromXML.nodeAt[i], fromPBF.nodeAt[i]); d > 1e-14 { // PBF keeps 100 nanodegrees
			t.Fatalf("node %d at %v in XML, %v in PBF", fromXML.nodeIDs[i], fromXML.nodeAt[i], fromPBF.nodeAt[i])
		}
	}
	if len(fromXML.nodes) != len(fromPBF.nodes) || len(fromXML.ways) != len(fromPBF.ways) || len(fromXML.relations) != len(fromPBF.relations) {
		t.Fatalf("tagged nodes, ways, relations: XML %d %d %d, PBF %d %d %d", len(fromXML.nodes), len(fromXML.ways), len(fromXML.relations),
			len(fromPBF.nodes), len(fromPBF.ways), len(fromPBF.relations))
	}
	for i, w := range fromXML.ways {
		p := fromPBF.ways[i]
		if w.ID != p.ID || !slices.Equal(w.Nodes.NodeIDs(), p.Nodes.NodeIDs()) || !sameTags(w.Tags, p.Tags) {
			t.Errorf("way %d differs: XML %v %v, PBF %v %v", w.ID, w.Nodes.NodeIDs(), w.Tags, p.Nodes.NodeIDs(), p.Tags)
		}
	}
	for i, r := range fromXML.relations {
		p := fromPBF.relations[i]
		if r.ID != p.ID || len(r.Members) != len(p.Members) || !sameTags(r.Tags, p.Tags) {
			t.Fatalf("relation %d differs", r.ID)
		}
		for j, m := range r.Members {
			if q := p.Members[j]; m.Type != q.Type || m.Ref != q.Ref || m.Role != q.Role {
				t.Errorf("relation %d member %d: XML %v, PBF %v", r.ID, j, m, q)
			}
		}
	}
	if fromXML.bounds == nil || fromPBF.bounds == nil || fromXML.bounds.Min != fromPBF.bounds.Min {
		t.Errorf("bounds: XML %v, PBF %v", fromXML.bounds, fromPBF.bounds)
	}
}

func sameTags(a, b osm.Tags) bool {
	a, b = slices.Clone(a), slices.Clone(b)
	a.SortByKeyValue()
	b.SortByKeyValue()
	return slices.Equal(a, b)
}

// The same real extract as PBF and as XML (written from it through
// github.com/paulmach/osm's XML encoding) makes the same town; so does the hand-made
// extract as PBF (osmium's) and as bzip2-compressed XML.
func TestOpenPBFAndXMLGiveTheSameTown(t *testing.T) {
	pbf := readFixture(t, "osm/encamp.osm.pbf")
	var d osmData
	if err := readPBF(bytes.NewReader(pbf), "encamp.osm.pbf", &d); err != nil {
		t.Fatal(err)
	}
	var x bytes.Buffer
	x.WriteString(`<osm version="0.6">` + "\n")
	enc := xml.NewEncoder(&x)
	if d.bounds != nil {
		enc.Encode(&osm.Bounds{MinLon: d.bounds.Min[0], MinLat: d.bounds.Min[1], MaxLon: d.bounds.Max[0], MaxLat: d.bounds.Max[1]})
	}
	tagged := map[osm.NodeID]*osm.Node{}
	for _, n := range d.nodes {
		tagged[n.ID] = n
	}
	for i, id := range d.nodeIDs {
		n := &osm.Node{ID: id, Lon: d.nodeAt[i][0], Lat: d.nodeAt[i][1], Visible: true}
		if tn := tagged[id]; tn != nil {
			n.Tags = tn.Tags
		}
		enc.Encode(n)
	}
	for _, w := range d.ways {
		enc.Encode(w)
	}
	for _, r := range d.relations {
		enc.Encode(r)
	}
	x.WriteString("</osm>\n")
	dir := writeFiles(t, map[string]string{"encamp.osm.pbf": string(pbf), "encamp.osm": x.String()})
	for _, pair := range [][2]string{{dir + "/encamp.osm.pbf", dir + "/encamp.osm"}, {"testdata/osm/village.osm.pbf", "testdata/osm/village.osm.bz2"}} {
		var text [2]string
		for i, path := range pair {
			town, err := Open(path, OpenOptions{})
			if err != nil {
				t.Fatal(err)
			}
			s := town.Summarize()
			s.Source = ""
			var b strings.Builder
			s.WriteText(&b, Problem.String)
			text[i] = b.String()
			if town.Problems.HasErrors() {
				t.Errorf("%s: errors in a raw extract: %v", path, town.Problems)
			}
		}
		if text[0] != text[1] {
			t.Errorf("%s and %s give different towns:\n%s\n---\n%s", pair[0], pair[1], text[0], text[1])
		}
	}
}

// osmpbf (github.com/paulmach/osm) panics on plain nodes; they are legal PBF and read.
func TestReadPBFPlainNodes(t *testing.T) {
	var f pbfFile
	f.block("OSMHeader", pbfHeader("OsmSchema-V0.6"), false)
	strs := []string{"", "place", "village", "name", "白杨村"}
	f.block("OSMData", pbfPrimitiveBlock(strs, pbfPlainNode(7, 106.005, 28.5115, []uint64{1, 3}, []uint64{2, 4})), true)
	var d osmData
	if err := readPBF(bytes.NewReader(f.Bytes()), "plain.osm.pbf", &d); err != nil {
		t.Fatal(err)
	}
	if len(d.nodes) != 1 || d.nodes[0].ID != 7 || d.nodes[0].Tags.Find("name") != "白杨村" {
		t.Fatalf("nodes %v", d.nodes)
	}
	if p := d.nodeAt[0]; p[0] < 106.00499 || p[0] > 106.00501 || p[1] < 28.51149 || p[1] > 28.51151 {
		t.Errorf("node at %v", p)
	}
	if d.bounds == nil || d.bounds.Min[0] != 1 || d.bounds.Max[1] != 3 {
		t.Errorf("bounds %v", d.bounds)
	}
}

func TestReadPBFRefusesWhatItCannotRead(t *testing.T) {
	village := readFixture(t, "osm/village.osm.pbf")
	var history, zstd, huge, badStrings pbfFile
	history.block("OSMHeader", pbfHeader("OsmSchema-V0.6", "HistoricalInformation"), false)
	zstd.block("OSMHeader", pbfHeader(), false)
	zstd.rawBlock("OSMData", protowire.AppendBytes(protowire.AppendTag(nil, 7, protowire.BytesType), []byte{1, 2, 3}))
	huge.block("OSMHeader", pbfHeader(), false)
	huge.rawBlock("OSMData", protowire.AppendVarint(protowire.AppendTag(nil, 2, protowire.VarintType), 1<<40))
	badStrings.block("OSMHeader", pbfHeader(), false)
	badStrings.block("OSMData", pbfPrimitiveBlock([]string{""}, pbfPlainNode(1, 1, 1, []uint64{5}, []uint64{6})), false)
	cases := []struct {
		name string
		data []byte
		want string
	}{
		{"empty", nil, "the file is empty"},
		{"not PBF", []byte("<osm version='0.6'></osm>"), "not an OSM PBF file"},
		{"cut short", village[:len(village)*2/3], "cut short"},
		{"history", history.Bytes(), `requires "HistoricalInformation"`},
		{"zstd", zstd.Bytes(), "Zstandard-compressed blocks are not read"},
		{"size beyond the format", huge.Bytes(), "uncompressed size of 1099511627776 bytes"},
		{"string out of the table", badStrings.Bytes(), "string 5 of a table of 1"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			err := readPBF(bytes.NewReader(c.data), "x.osm.pbf", &osmData{})
			var le *LoadError
			if !errors.As(err, &le) || !strings.Contains(err.Error(), c.want) || !strings.HasPrefix(err.Error(), "x.osm.pbf") {
				t.Errorf("error %v, want a *LoadError naming the file and saying %q", err, c.want)
			}
		})
	}
}

// FuzzReadPBF feeds arbitrary bytes to the PBF reader, and then to the whole map path:
// it must refuse with a *LoadError or read, never panic.
func FuzzReadPBF(f *testing.F) {
	f.Add(readFixture(f, "osm/village.osm.pbf"))
	var plain pbfFile
	plain.block("OSMHeader", pbfHeader("OsmSchema-V0.6", "DenseNodes"), false)
	plain.block("OSMData", pbfPrimitiveBlock([]string{"", "place", "village"}, pbfPlainNode(7, 106.005, 28.5115, []uint64{1}, []uint64{2})), true)
	f.Add(plain.Bytes())
	f.Fuzz(func(t *testing.T, data []byte) {
		err := readPBF(bytes.NewReader(data), "fuzz.osm.pbf", &osmData{})
		var le *LoadError
		if err != nil && !errors.As(err, &le) {
			t.Fatalf("error %v is not a *LoadError", err)
		}
		if err == nil {
			src, err := decodeOSM(formatPBF, data, "fuzz.osm.pbf")
			if err == nil {
				l, err := prepareLayer(src, layerRules{})
				if err == nil {
					buildTown([]*layer{l}, mapIdentity{source: "fuzz"}, LoadOptions{})
				}
			}
		}
	})
}
