package mapedit

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
)

// collection is a GeoJSON FeatureCollection as its bytes, with where each feature is,
// so that a save can rewrite some features and leave every other byte as it was.
type collection struct {
	data []byte
	// spans are each feature's object, [start, end) in data.
	spans [][2]int
	// open is just after the features array's '[', close at its ']'.
	open, close int
}

// parseCollection finds the features of a FeatureCollection in data.
func parseCollection(data []byte, name string) (*collection, error) {
	c := &collection{data: data, open: -1}
	dec := json.NewDecoder(bytes.NewReader(data))
	bad := func(err error) error {
		return fmt.Errorf("%s: not a GeoJSON FeatureCollection drillsim can write into (%v); check it with drillsim check", name, err)
	}
	if tok, err := dec.Token(); err != nil || tok != json.Delim('{') {
		return nil, bad(errors.New("it does not start with {"))
	}
	for dec.More() {
		key, err := dec.Token()
		if err != nil {
			return nil, bad(err)
		}
		if key != "features" {
			var skip json.RawMessage
			if err := dec.Decode(&skip); err != nil {
				return nil, bad(err)
			}
			continue
		}
		if tok, err := dec.Token(); err != nil || tok != json.Delim('[') {
			return nil, bad(errors.New(`"features" is not an array`))
		}
		c.open = int(dec.InputOffset())
		for dec.More() {
			var raw json.RawMessage
			if err := dec.Decode(&raw); err != nil {
				return nil, bad(err)
			}
			end := int(dec.InputOffset())
			c.spans = append(c.spans, [2]int{end - len(raw), end})
		}
		if _, err := dec.Token(); err != nil {
			return nil, bad(err)
		}
		c.close = int(dec.InputOffset()) - 1
	}
	if _, err := dec.Token(); err != nil && !errors.Is(err, io.EOF) {
		return nil, bad(err)
	}
	if c.open < 0 {
		return nil, bad(errors.New(`it has no "features" array`))
	}
	return c, nil
}

// emptyCollection is the file an edits layer starts as.
func emptyCollection() *collection {
	data := []byte("{\"type\": \"FeatureCollection\", \"features\": [\n]}\n")
	return &collection{data: data, open: bytes.IndexByte(data, '[') + 1, close: bytes.IndexByte(data, ']')}
}

// feature returns feature i's bytes.
func (c *collection) feature(i int) []byte { return c.data[c.spans[i][0]:c.spans[i][1]] }

// rewrite is what a save does to a collection: features replaced (by index), removed,
// and appended at the end.
type rewrite struct {
	replace map[int][]byte
	remove  map[int]bool
	appends [][]byte
}

// apply writes the collection with the rewrite, keeping every byte outside the
// features replaced and removed, and returns the new bytes and, for each old feature
// kept and each appended one, its index in them (-1 for those removed).
func (c *collection) apply(rw rewrite) (data []byte, oldIndex, appendIndex []int) {
	var out bytes.Buffer
	oldIndex = make([]int, len(c.spans))
	last := c.open // the end of what is written of the array so far
	out.Write(c.data[:last])
	n := 0
	for i, sp := range c.spans {
		sep := c.data[last:sp[0]] // the comma and spaces before the feature
		last = sp[1]
		if rw.remove[i] {
			oldIndex[i] = -1
			continue
		}
		if n == 0 {
			sep = bytes.TrimLeft(sep, ", \t\r\n") // it comes first now
			sep = append(leadingSpace(c.data[c.open:sp[0]]), sep...)
		} else if bytes.IndexByte(sep, ',') < 0 {
			sep = append([]byte(","), sep...) // it followed a feature removed first
		}
		out.Write(sep)
		if b, ok := rw.replace[i]; ok {
			out.Write(b)
		} else {
			out.Write(c.data[sp[0]:sp[1]])
		}
		oldIndex[i] = n
		n++
	}
	between := c.separator()
	for _, b := range rw.appends {
		if n == 0 {
			out.Write(leadingSpace(between))
		} else {
			out.Write(between)
		}
		out.Write(b)
		appendIndex = append(appendIndex, n)
		n++
	}
	out.Write(c.data[last:])
	return out.Bytes(), oldIndex, appendIndex
}

// separator is what stands between two features of the collection (",\n" when it has
// fewer than two).
func (c *collection) separator() []byte {
	if len(c.spans) >= 2 {
		return c.data[c.spans[len(c.spans)-2][1]:c.spans[len(c.spans)-1][0]]
	}
	return []byte(",\n")
}

// leadingSpace is the white space after the commas of sep: what stands before a
// feature that comes first.
func leadingSpace(sep []byte) []byte {
	i := bytes.LastIndexByte(sep, ',')
	s := sep[i+1:]
	if len(bytes.TrimLeft(s, " \t\r\n")) != 0 {
		return []byte("\n")
	}
	return append([]byte(nil), s...)
}

// member is one member of a JSON object: the key, where the member starts (its key's
// quote) and where its value starts and ends.
type member struct {
	key             string
	start, val, end int
}

// members lists the members of the JSON object obj.
func members(obj []byte) ([]member, error) {
	dec := json.NewDecoder(bytes.NewReader(obj))
	if tok, err := dec.Token(); err != nil || tok != json.Delim('{') {
		return nil, errors.New("not a JSON object")
	}
	var ms []member
	for dec.More() {
		prev := int(dec.InputOffset())
		key, err := dec.Token()
		if err != nil {
			return nil, err
		}
		var raw json.RawMessage
		if err := dec.Decode(&raw); err != nil {
			return nil, err
		}
		end := int(dec.InputOffset())
		start := prev + bytes.IndexByte(obj[prev:], '"')
		ms = append(ms, member{key: key.(string), start: start, val: end - len(raw), end: end})
	}
	return ms, nil
}

// setMember returns obj with member key set to the JSON value val: in place of its
// value when it has one, else added at the end; val nil removes the member.
func setMember(obj []byte, key string, val []byte) ([]byte, error) {
	ms, err := members(obj)
	if err != nil {
		return nil, err
	}
	for i, m := range ms {
		if m.key != key {
			continue
		}
		if val != nil {
			return concat(obj[:m.val], val, obj[m.end:]), nil
		}
		switch {
		case i > 0: // from the end of the member before
			return concat(obj[:ms[i-1].end], obj[m.end:]), nil
		case len(ms) > 1: // the first of several: up to the next
			return concat(obj[:m.start], obj[ms[1].start:]), nil
		default:
			return concat(obj[:m.start], bytes.TrimLeft(obj[m.end:], " \t\r\n")), nil
		}
	}
	if val == nil {
		return obj, nil
	}
	k, _ := json.Marshal(key)
	closing := bytes.LastIndexByte(obj, '}')
	if len(ms) == 0 {
		return concat(obj[:closing], k, []byte(": "), val, obj[closing:]), nil
	}
	last := ms[len(ms)-1].end
	return concat(obj[:last], []byte(", "), k, []byte(": "), val, obj[last:]), nil
}

// memberValue returns the raw value of member key of obj, nil when it has none.
func memberValue(obj []byte, key string) []byte {
	ms, err := members(obj)
	if err != nil {
		return nil
	}
	for _, m := range ms {
		if m.key == key {
			return obj[m.val:m.end]
		}
	}
	return nil
}

// concat joins byte slices into a new one.
func concat(parts ...[]byte) []byte {
	return bytes.Join(parts, nil)
}
