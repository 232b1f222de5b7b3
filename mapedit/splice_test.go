package mapedit

import (
	"encoding/json"
	"testing"
)

// TestCollectionApply rewrites collections and checks every byte outside the features
// touched stays, and the result is still GeoJSON with the features expected.
func TestCollectionApply(t *testing.T) {
	src := "{\n  \"type\": \"FeatureCollection\",\n  \"name\": \"x\",\n  \"features\": [\n    {\"id\": 0},\n    {\"id\": 1},\n    {\"id\": 2}\n  ]\n}\n"
	c, err := parseCollection([]byte(src), "x.geojson")
	if err != nil {
		t.Fatal(err)
	}
	if len(c.spans) != 3 || string(c.feature(1)) != `{"id": 1}` {
		t.Fatalf("spans %v", c.spans)
	}
	for _, tc := range []struct {
		name string
		rw   rewrite
		want string
		ids  []int
	}{
		{"nothing", rewrite{}, src, []int{0, 1, 2}},
		{"replace the middle", rewrite{replace: map[int][]byte{1: []byte(`{"id": 11}`)}},
			"{\n  \"type\": \"FeatureCollection\",\n  \"name\": \"x\",\n  \"features\": [\n    {\"id\": 0},\n    {\"id\": 11},\n    {\"id\": 2}\n  ]\n}\n", []int{0, 1, 2}},
		{"remove the first", rewrite{remove: map[int]bool{0: true}},
			"{\n  \"type\": \"FeatureCollection\",\n  \"name\": \"x\",\n  \"features\": [\n    {\"id\": 1},\n    {\"id\": 2}\n  ]\n}\n", []int{-1, 0, 1}},
		{"remove the last", rewrite{remove: map[int]bool{2: true}},
			"{\n  \"type\": \"FeatureCollection\",\n  \"name\": \"x\",\n  \"features\": [\n    {\"id\": 0},\n    {\"id\": 1}\n  ]\n}\n", []int{0, 1, -1}},
		{"remove all, append one", rewrite{remove: map[int]bool{0: true, 1: true, 2: true}, appends: [][]byte{[]byte(`{"id": 3}`)}},
			"{\n  \"type\": \"FeatureCollection\",\n  \"name\": \"x\",\n  \"features\": [\n    {\"id\": 3}\n  ]\n}\n", []int{-1, -1, -1}},
		{"append two", rewrite{appends: [][]byte{[]byte(`{"id": 3}`), []byte(`{"id": 4}`)}},
			"{\n  \"type\": \"FeatureCollection\",\n  \"name\": \"x\",\n  \"features\": [\n    {\"id\": 0},\n    {\"id\": 1},\n    {\"id\": 2},\n    {\"id\": 3},\n    {\"id\": 4}\n  ]\n}\n", []int{0, 1, 2}},
	} {
		got, idx, _ := c.apply(tc.rw)
		if string(got) != tc.want {
			t.Errorf("%s:\n%s\nwant\n%s", tc.name, got, tc.want)
		}
		if !json.Valid(got) {
			t.Errorf("%s: not JSON", tc.name)
		}
		for i, want := range tc.ids {
			if idx[i] != want {
				t.Errorf("%s: feature %d now at %d, want %d", tc.name, i, idx[i], want)
			}
		}
	}
	empty := emptyCollection()
	got, _, at := empty.apply(rewrite{appends: [][]byte{[]byte(`{"a": 1}`), []byte(`{"b": 2}`)}})
	if !json.Valid(got) || at[1] != 1 {
		t.Errorf("appending to an empty collection: %s %v", got, at)
	}
}

// TestSetMember sets, adds and removes members of JSON objects, keeping the others'
// bytes as they were.
func TestSetMember(t *testing.T) {
	for _, tc := range []struct{ obj, key, val, want string }{
		{`{"a": 1, "b": [2, 3]}`, "b", `4`, `{"a": 1, "b": 4}`},
		{`{"a": 1, "b": [2, 3]}`, "c", `"x"`, `{"a": 1, "b": [2, 3], "c": "x"}`},
		{`{}`, "c", `5`, `{"c": 5}`},
		{`{ "a":1 ,"b":2 }`, "a", "", `{ "b":2 }`},
		{`{"a": 1, "b": 2}`, "b", "", `{"a": 1}`},
		{`{"a": 1}`, "a", "", `{}`},
		{`{"a\"q": "x", "名": "福"}`, "名", `"宝"`, `{"a\"q": "x", "名": "宝"}`},
	} {
		var val []byte
		if tc.val != "" {
			val = []byte(tc.val)
		}
		got, err := setMember([]byte(tc.obj), tc.key, val)
		if err != nil || string(got) != tc.want {
			t.Errorf("setMember(%s, %s, %s) = %s, %v; want %s", tc.obj, tc.key, tc.val, got, err, tc.want)
		}
	}
}
