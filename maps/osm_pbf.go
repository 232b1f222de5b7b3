package maps

import (
	"bytes"
	"compress/zlib"
	"encoding/binary"
	"errors"
	"fmt"
	"io"

	"github.com/paulmach/orb"
	"github.com/paulmach/osm"
	"google.golang.org/protobuf/encoding/protowire"
)

// Limits of the OSM PBF format (wiki.openstreetmap.org/wiki/PBF_Format): a BlobHeader
// is under 64 KiB, and a blob, compressed or not, at most 32 MiB.
const (
	pbfMaxHeader = 64 << 10
	pbfMaxBlob   = 32 << 20
)

// pbfBlockPrefix begins the message of a PBF file that cannot be read: which block,
// at which byte.
const pbfBlockPrefix = "block %d (byte %d): "

// pbfFeatures are the required features of a PBF file this reader understands; a file
// that requires another (history, changesets) is refused rather than misread.
var pbfFeatures = map[string]bool{"OsmSchema-V0.6": true, "DenseNodes": true}

// readPBF decodes an OpenStreetMap PBF file into d.
//
// It reads the format itself (github.com/paulmach/osm's osmpbf panics, in a goroutine
// no caller can recover, on plain non-dense nodes, and sizes buffers from the file's
// own claims): every length is checked against the format's limits before anything is
// allocated, and every failure is an error naming the block and its byte offset. Only
// what a map needs is decoded: ids, positions, tags and members, not the metadata.
func readPBF(r io.Reader, source string, d *osmData) error {
	var (
		sizeBuf [4]byte
		offset  int64
		block   int
		dec     pbfDecoder
		zr      io.ReadCloser
		raw     bytes.Buffer
		hdr     []byte
		blob    []byte
	)
	fail := func(format string, args ...any) error {
		return loadErrorf(source, "the file is not a whole OSM PBF file: download or extract it again",
			pbfBlockPrefix+format, append([]any{block, offset}, args...)...)
	}
	for ; ; block++ {
		if _, err := io.ReadFull(r, sizeBuf[:]); err != nil {
			if err == io.EOF && block > 0 {
				return nil
			}
			if err == io.EOF {
				return &LoadError{Source: source, Msg: "the file is empty", Hint: "export the town from OpenStreetMap again"}
			}
			return fail("cut short in a block's length (%v)", err)
		}
		n := binary.BigEndian.Uint32(sizeBuf[:])
		if n == 0 || n >= pbfMaxHeader {
			if block == 0 {
				return &LoadError{Source: source, Msg: "not an OSM PBF file: it does not start with a PBF block header",
					Hint: "name .osm.pbf files only what osmium, Osmosis or Geofabrik wrote as PBF; XML goes in .osm"}
			}
			return fail("a block header of %d bytes (the format allows under %d)", n, pbfMaxHeader)
		}
		hdr = grow(hdr, int(n))
		if _, err := io.ReadFull(r, hdr); err != nil {
			return fail("cut short in a block header (%v)", err)
		}
		typ, size, err := parseBlobHeader(hdr)
		if err != nil {
			return fail("its header cannot be read: %v", err)
		}
		blob = grow(blob, size)
		if _, err := io.ReadFull(r, blob); err != nil {
			return fail("cut short in a %d-byte block (%v)", size, err)
		}
		data, err := blobData(blob, &zr, &raw)
		if err != nil {
			return fail("its data cannot be unpacked: %v", err)
		}
		switch typ {
		case "OSMHeader":
			err = decodePBFHeader(data, d)
		case "OSMData":
			err = dec.block(data, d)
		default:
			// Unknown block types are skipped, as the format asks.
		}
		if err != nil {
			return fail("its %s cannot be decoded: %v", typ, err)
		}
		offset += 4 + int64(n) + int64(size)
	}
}

// grow returns b resized to n bytes, reallocated only when it is too small.
func grow(b []byte, n int) []byte {
	if cap(b) < n {
		return make([]byte, n)
	}
	return b[:n]
}

// parseBlobHeader reads a BlobHeader: the block's type and the size of its blob.
func parseBlobHeader(b []byte) (typ string, size int, err error) {
	size = -1
	err = eachField(b, func(num protowire.Number, wt protowire.Type, v []byte, x uint64) error {
		switch {
		case num == 1 && wt == protowire.BytesType:
			typ = string(v)
		case num == 3 && wt == protowire.VarintType:
			if x > pbfMaxBlob {
				return fmt.Errorf("a blob of %d bytes (the format allows at most %d)", x, pbfMaxBlob)
			}
			size = int(x)
		}
		return nil
	})
	if err == nil && (typ == "" || size < 0) {
		err = errors.New("a block header without its type or size")
	}
	return typ, size, err
}

// blobData returns a blob's uncompressed bytes; zr and raw are reused between blobs.
func blobData(b []byte, zr *io.ReadCloser, raw *bytes.Buffer) ([]byte, error) {
	var plain, zdata []byte
	rawSize := -1
	compressed := ""
	err := eachField(b, func(num protowire.Number, wt protowire.Type, v []byte, x uint64) error {
		switch num {
		case 1:
			plain = v
		case 2:
			if wt != protowire.VarintType || x > pbfMaxBlob {
				return fmt.Errorf("an uncompressed size of %d bytes (the format allows at most %d)", x, pbfMaxBlob)
			}
			rawSize = int(x)
		case 3:
			zdata = v
		case 4:
			compressed = "LZMA"
		case 5:
			compressed = "bzip2"
		case 6:
			compressed = "LZ4"
		case 7:
			compressed = "Zstandard"
		}
		return nil
	})
	switch {
	case err != nil:
		return nil, err
	case plain != nil:
		return plain, nil
	case zdata != nil:
		if rawSize < 0 {
			return nil, errors.New("a zlib blob without its uncompressed size")
		}
		var zerr error
		if *zr == nil {
			*zr, zerr = zlib.NewReader(bytes.NewReader(zdata))
		} else {
			zerr = (*zr).(zlib.Resetter).Reset(bytes.NewReader(zdata), nil)
		}
		if zerr != nil {
			return nil, fmt.Errorf("the zlib data cannot be read: %v", zerr)
		}
		raw.Reset()
		raw.Grow(rawSize)
		if _, err := raw.ReadFrom(io.LimitReader(*zr, int64(rawSize)+1)); err != nil {
			return nil, fmt.Errorf("the zlib data cannot be read: %v", err)
		}
		if raw.Len() != rawSize {
			return nil, fmt.Errorf("the block unpacks to %d bytes, not the %d it declares", raw.Len(), rawSize)
		}
		return raw.Bytes(), nil
	case compressed != "":
		return nil, fmt.Errorf("%s-compressed blocks are not read; rewrite the file with zlib: osmium cat in.osm.pbf -o out.osm.pbf", compressed)
	}
	return nil, errors.New("a blob with no data")
}

// decodePBFHeader reads the HeaderBlock: the extract's box and the features required.
func decodePBFHeader(b []byte, d *osmData) error {
	return eachField(b, func(num protowire.Number, wt protowire.Type, v []byte, _ uint64) error {
		switch {
		case num == 1 && wt == protowire.BytesType:
			var side [5]float64 // left, right, top, bottom by field number
			if err := eachField(v, func(num protowire.Number, wt protowire.Type, _ []byte, x uint64) error {
				if num >= 1 && num <= 4 && wt == protowire.VarintType {
					side[num] = float64(protowire.DecodeZigZag(x)) * 1e-9
				}
				return nil
			}); err != nil {
				return err
			}
			if side[1] > side[2] || side[4] > side[3] || side[3] > 90 || side[4] < -90 {
				return nil // a box that cannot be is ignored; the nodes' own box serves
			}
			d.bounds = &orb.Bound{Min: orb.Point{side[1], side[4]}, Max: orb.Point{side[2], side[3]}}
		case num == 4 && wt == protowire.BytesType:
			if f := string(v); !pbfFeatures[f] {
				return fmt.Errorf("the file requires %q, which drillsim does not read (a history or change file?); export a plain extract of the town", f)
			}
		}
		return nil
	})
}

// pbfDecoder decodes PrimitiveBlocks, reusing its buffers from block to block.
type pbfDecoder struct {
	strings  []string
	groups   [][]byte
	keys     []uint64
	vals     []uint64
	ids      []uint64
	lats     []uint64
	lons     []uint64
	keysVals []uint64
	roles    []uint64
	types    []uint64
}

// pbfBlock is the coordinate scale of one PrimitiveBlock.
type pbfBlock struct {
	granularity, latOffset, lonOffset float64
}

func (b pbfBlock) lonLat(lon, lat int64) (float64, float64) {
	return 1e-9 * (b.lonOffset + b.granularity*float64(lon)), 1e-9 * (b.latOffset + b.granularity*float64(lat))
}

// block decodes one PrimitiveBlock into d.
func (p *pbfDecoder) block(b []byte, d *osmData) error {
	p.strings, p.groups = p.strings[:0], p.groups[:0]
	scale := pbfBlock{granularity: 100}
	err := eachField(b, func(num protowire.Number, wt protowire.Type, v []byte, x uint64) error {
		switch num {
		case 1:
			return eachField(v, func(num protowire.Number, _ protowire.Type, s []byte, _ uint64) error {
				if num == 1 {
					p.strings = append(p.strings, string(s))
				}
				return nil
			})
		case 2:
			p.groups = append(p.groups, v)
		case 17:
			scale.granularity = float64(int32(x))
		case 19:
			scale.latOffset = float64(int64(x))
		case 20:
			scale.lonOffset = float64(int64(x))
		}
		return nil
	})
	if err != nil {
		return err
	}
	for _, g := range p.groups {
		if err := eachField(g, func(num protowire.Number, wt protowire.Type, v []byte, _ uint64) error {
			if wt != protowire.BytesType {
				return nil
			}
			switch num {
			case 1:
				return p.node(v, scale, d)
			case 2:
				return p.dense(v, scale, d)
			case 3:
				return p.way(v, d)
			case 4:
				return p.relation(v, d)
			}
			return nil
		}); err != nil {
			return err
		}
	}
	return nil
}

// str returns string i of the block's table.
func (p *pbfDecoder) str(i uint64) (string, error) {
	if i >= uint64(len(p.strings)) {
		return "", fmt.Errorf("string %d of a table of %d", i, len(p.strings))
	}
	return p.strings[i], nil
}

// tags pairs p.keys with p.vals.
func (p *pbfDecoder) tags() (osm.Tags, error) {
	if len(p.keys) != len(p.vals) {
		return nil, fmt.Errorf("%d tag keys but %d values", len(p.keys), len(p.vals))
	}
	if len(p.keys) == 0 {
		return nil, nil
	}
	tags := make(osm.Tags, len(p.keys))
	for i := range p.keys {
		k, err := p.str(p.keys[i])
		if err != nil {
			return nil, err
		}
		v, err := p.str(p.vals[i])
		if err != nil {
			return nil, err
		}
		tags[i] = osm.Tag{Key: k, Value: v}
	}
	return tags, nil
}

// pbfList is a repeated number field of an element and where its values go.
type pbfList struct {
	num protowire.Number
	dst *[]uint64
}

// element decodes what nodes, ways and relations share: the id (field 1, as written),
// the tags (fields 2 and 3), and the number fields listed.
func (p *pbfDecoder) element(b []byte, lists ...pbfList) (id uint64, tags osm.Tags, err error) {
	p.keys, p.vals = p.keys[:0], p.vals[:0]
	for _, l := range lists {
		*l.dst = (*l.dst)[:0]
	}
	err = eachField(b, func(num protowire.Number, wt protowire.Type, v []byte, x uint64) (err error) {
		switch num {
		case 1:
			id = x
			return nil
		case 2:
			p.keys, err = appendVarints(p.keys, wt, v, x)
			return err
		case 3:
			p.vals, err = appendVarints(p.vals, wt, v, x)
			return err
		}
		for _, l := range lists {
			if l.num == num {
				*l.dst, err = appendVarints(*l.dst, wt, v, x)
				return err
			}
		}
		return nil
	})
	if err == nil {
		tags, err = p.tags()
	}
	return id, tags, err
}

// node decodes a plain (not dense) Node: its id and position are zigzag-coded.
func (p *pbfDecoder) node(b []byte, s pbfBlock, d *osmData) error {
	raw, tags, err := p.element(b, pbfList{8, &p.lats}, pbfList{9, &p.lons})
	id := protowire.DecodeZigZag(raw)
	if err != nil {
		return fmt.Errorf("node %d: %v", id, err)
	}
	if len(p.lats) != 1 || len(p.lons) != 1 {
		return fmt.Errorf("node %d has no position", id)
	}
	x, y := s.lonLat(protowire.DecodeZigZag(p.lons[0]), protowire.DecodeZigZag(p.lats[0]))
	d.addNode(osm.NodeID(id), x, y, tags)
	return nil
}

// dense decodes DenseNodes: ids and positions delta-coded, tags as key/value string
// indices with a 0 after each node's.
func (p *pbfDecoder) dense(b []byte, s pbfBlock, d *osmData) error {
	p.ids, p.lats, p.lons, p.keysVals = p.ids[:0], p.lats[:0], p.lons[:0], p.keysVals[:0]
	err := eachField(b, func(num protowire.Number, wt protowire.Type, v []byte, x uint64) (err error) {
		switch num {
		case 1:
			p.ids, err = appendVarints(p.ids, wt, v, x)
		case 8:
			p.lats, err = appendVarints(p.lats, wt, v, x)
		case 9:
			p.lons, err = appendVarints(p.lons, wt, v, x)
		case 10:
			p.keysVals, err = appendVarints(p.keysVals, wt, v, x)
		}
		return err
	})
	if err != nil {
		return err
	}
	if len(p.lats) != len(p.ids) || len(p.lons) != len(p.ids) {
		return fmt.Errorf("dense nodes with %d ids, %d latitudes and %d longitudes", len(p.ids), len(p.lats), len(p.lons))
	}
	var id, lat, lon int64
	kv := 0
	for i := range p.ids {
		id += protowire.DecodeZigZag(p.ids[i])
		lat += protowire.DecodeZigZag(p.lats[i])
		lon += protowire.DecodeZigZag(p.lons[i])
		var tags osm.Tags
		for kv < len(p.keysVals) && p.keysVals[kv] != 0 {
			if kv+1 >= len(p.keysVals) {
				return fmt.Errorf("node %d: a tag key without its value", id)
			}
			k, err := p.str(p.keysVals[kv])
			if err != nil {
				return fmt.Errorf("node %d: %v", id, err)
			}
			v, err := p.str(p.keysVals[kv+1])
			if err != nil {
				return fmt.Errorf("node %d: %v", id, err)
			}
			tags = append(tags, osm.Tag{Key: k, Value: v})
			kv += 2
		}
		kv++ // the 0 that ends this node's tags
		x, y := s.lonLat(lon, lat)
		d.addNode(osm.NodeID(id), x, y, tags)
	}
	return nil
}

// way decodes a Way: its tags and its node ids, delta-coded.
func (p *pbfDecoder) way(b []byte, d *osmData) error {
	id, tags, err := p.element(b, pbfList{8, &p.ids})
	if err != nil {
		return fmt.Errorf("way %d: %v", id, err)
	}
	w := &osm.Way{ID: osm.WayID(id), Tags: tags, Nodes: make(osm.WayNodes, len(p.ids))}
	var ref int64
	for i, x := range p.ids {
		ref += protowire.DecodeZigZag(x)
		w.Nodes[i].ID = osm.NodeID(ref)
	}
	d.ways = append(d.ways, w)
	return nil
}

// relation decodes a Relation: its tags and members (roles, delta-coded ids, types).
func (p *pbfDecoder) relation(b []byte, d *osmData) error {
	id, tags, err := p.element(b, pbfList{8, &p.roles}, pbfList{9, &p.ids}, pbfList{10, &p.types})
	if err != nil {
		return fmt.Errorf("relation %d: %v", id, err)
	}
	if len(p.roles) != len(p.ids) || len(p.types) != len(p.ids) {
		return fmt.Errorf("relation %d: %d member ids, %d roles and %d types", id, len(p.ids), len(p.roles), len(p.types))
	}
	rel := &osm.Relation{ID: osm.RelationID(id), Tags: tags, Members: make(osm.Members, len(p.ids))}
	var ref int64
	for i := range p.ids {
		ref += protowire.DecodeZigZag(p.ids[i])
		role, err := p.str(p.roles[i])
		if err != nil {
			return fmt.Errorf("relation %d: %v", id, err)
		}
		m := &rel.Members[i]
		m.Ref, m.Role = ref, role
		switch p.types[i] {
		case 0:
			m.Type = osm.TypeNode
		case 1:
			m.Type = osm.TypeWay
		case 2:
			m.Type = osm.TypeRelation
		default:
			return fmt.Errorf("relation %d: member type %d", id, p.types[i])
		}
	}
	d.relations = append(d.relations, rel)
	return nil
}

// eachField calls f for every field of the protobuf message b: v holds a length-
// delimited field's bytes, x a varint's or fixed field's value.
func eachField(b []byte, f func(num protowire.Number, wt protowire.Type, v []byte, x uint64) error) error {
	for len(b) > 0 {
		num, wt, n := protowire.ConsumeTag(b)
		if n < 0 {
			return fmt.Errorf("broken protobuf: %v", protowire.ParseError(n))
		}
		b = b[n:]
		var v []byte
		var x uint64
		switch wt {
		case protowire.VarintType:
			x, n = protowire.ConsumeVarint(b)
		case protowire.BytesType:
			v, n = protowire.ConsumeBytes(b)
		case protowire.Fixed64Type:
			x, n = protowire.ConsumeFixed64(b)
		case protowire.Fixed32Type:
			var x32 uint32
			x32, n = protowire.ConsumeFixed32(b)
			x = uint64(x32)
		default:
			n = protowire.ConsumeFieldValue(num, wt, b)
		}
		if n < 0 {
			return fmt.Errorf("broken protobuf: %v", protowire.ParseError(n))
		}
		b = b[n:]
		if err := f(num, wt, v, x); err != nil {
			return err
		}
	}
	return nil
}

// appendVarints appends a repeated varint field's values: packed (wt is BytesType and
// v holds them) or one value written on its own (x).
func appendVarints(dst []uint64, wt protowire.Type, v []byte, x uint64) ([]uint64, error) {
	if wt == protowire.VarintType {
		return append(dst, x), nil
	}
	if wt != protowire.BytesType {
		return dst, errors.New("broken protobuf: a number list of the wrong wire type")
	}
	for len(v) > 0 {
		x, n := protowire.ConsumeVarint(v)
		if n < 0 {
			return dst, fmt.Errorf("broken protobuf: %v", protowire.ParseError(n))
		}
		dst = append(dst, x)
		v = v[n:]
	}
	return dst, nil
}

// pbfMagic reports whether data starts like an OSM PBF file: a short block length and
// a BlobHeader whose type is "OSMHeader" or "OSMData".
func pbfMagic(data []byte) bool {
	if len(data) < 16 {
		return false
	}
	n := binary.BigEndian.Uint32(data)
	return n > 0 && n < pbfMaxHeader && (bytes.HasPrefix(data[4:], []byte("\x0a\x09OSMHeader")) || bytes.HasPrefix(data[4:], []byte("\x0a\x07OSMData")))
}
