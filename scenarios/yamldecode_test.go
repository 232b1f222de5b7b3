package scenarios

import (
	"context"
	"errors"
	"strings"
	"testing"
)

// shapeDoc is a small destination type for decoder tests.
type shapeDoc struct {
	Name  string      `yaml:"name"`
	Count int         `yaml:"count"`
	Share float64     `yaml:"share"`
	On    bool        `yaml:"on"`
	Items []shapeItem `yaml:"items"`
	Wait  Duration    `yaml:"wait"`
}

type shapeItem struct {
	ID string `yaml:"id"`
	At At     `yaml:"at"`
}

func TestDecodeYAMLReportsPositionAndExpectation(t *testing.T) {
	tests := []struct {
		name, src string
		want      []string // each a line of the error, in order
	}{
		{"syntax", "name: x\nitems: [a\n", []string{"d.yaml:2:8: "}},
		{"unknown field lists the allowed ones", "name: x\nitems:\n  - id: a\n    bogus: 1\n",
			[]string{`d.yaml:4:5: unknown field "bogus" in items[0]: allowed fields are id, at`}},
		{"every unknown field at once", "nme: x\ncont: 2\n",
			[]string{`d.yaml:1:1: unknown field "nme" in the document: allowed fields are name, count, share, on, items, wait`, `d.yaml:2:1: unknown field "cont"`}},
		{"whole number", "count: many\n", []string{`d.yaml:1:8: count: expected a whole number, found "many"`}},
		{"number", "share: lots\n", []string{`d.yaml:1:8: share: expected a number, found "lots"`}},
		{"boolean", "on: yes please\n", []string{`d.yaml:1:5: on: expected true or false`}},
		{"list", "items: 3\n", []string{`d.yaml:1:8: items: expected a list, found "3"`}},
		{"mapping", "items: [3]\n", []string{`d.yaml:1:9: items[0]: expected a mapping with the fields id, at, found "3"`}},
		{"text", "name: [a, b]\n", []string{`d.yaml:1:7: name: expected text, found a list`}},
		{"duration", "wait: 10\n", []string{`d.yaml:1:7: bad duration "10": write hours, minutes and seconds`}},
		{"time", "items:\n  - at: soon\n", []string{`d.yaml:2:9: bad time "soon"`}},
		{"empty", "", []string{"d.yaml: the file is empty: expected a mapping with the fields name, count"}},
		{"two documents", "name: a\n---\nname: b\n", []string{"d.yaml:3:1: a second YAML document"}},
		{"duplicate key", "name: a\nname: b\n", []string{`d.yaml:2:1: mapping key "name" already defined`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var d shapeDoc
			_, err := decodeYAML(context.Background(), []byte(tt.src), "d.yaml", &d)
			if err == nil {
				t.Fatalf("no error for %q", tt.src)
			}
			lines := strings.Split(err.Error(), "\n")
			if len(lines) < len(tt.want) {
				t.Fatalf("error %q has fewer than %d lines", err, len(tt.want))
			}
			for i, w := range tt.want {
				if !strings.HasPrefix(lines[i], w) {
					t.Errorf("line %d = %q, want prefix %q", i, lines[i], w)
				}
			}
			var p *Problem
			if !errors.As(err, &p) || p.Pos.File != "d.yaml" {
				t.Errorf("error %v is not a *Problem naming the file", err)
			}
		})
	}
}

func TestDecodeYAMLRecordsPositions(t *testing.T) {
	var d shapeDoc
	src := "name: x\nitems:\n  - id: a\n  - id: b\n    at: \"+5m\"\n"
	pos, err := decodeYAML(context.Background(), []byte(src), "d.yaml", &d)
	if err != nil {
		t.Fatal(err)
	}
	if d.Items[1].At != 300 {
		t.Errorf("decoded %+v", d)
	}
	tests := []struct{ path, want string }{
		{"$.items[1].id", "d.yaml:4:9"},
		{"$.items[1].at", "d.yaml:5:9"},
		{"$.items[0].at", "d.yaml:3:5"}, // not written: its item
		{"$.count", "d.yaml:1:1"},       // not written at all: the document
	}
	for _, tt := range tests {
		if got := pos.Of(tt.path).String(); got != tt.want {
			t.Errorf("of(%s) = %s, want %s", tt.path, got, tt.want)
		}
	}
}

func TestDecodeYAMLAcceptsAnchorsAndMergeKeys(t *testing.T) {
	var d shapeDoc
	src := "items:\n  - &first {id: a, at: \"+1m\"}\n  - <<: *first\n"
	if _, err := decodeYAML(context.Background(), []byte(src), "d.yaml", &d); err != nil {
		t.Fatal(err)
	}
	if len(d.Items) != 2 || d.Items[1].ID != "a" || d.Items[1].At != 60 {
		t.Errorf("decoded %+v", d.Items)
	}
}
