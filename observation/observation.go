// Package observation is what evaluators note during a drill: an observation rates one
// item (a plan clause or task) on its scale, with a comment and the moment it refers
// to. It reads observation files (YAML or CSV) and checks observations made live; the
// journal keeps them and scoring grades them. It imports nothing of the grading, so
// the journal does not link the reports.
package observation

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/goccy/go-yaml/ast"
	"github.com/goccy/go-yaml/parser"

	"drillsim/internal/sniff"
	"drillsim/scenarios"
)

// Observation is one evaluator's rating of one item, with a comment and the moment
// of the drill it refers to.
type Observation struct {
	Item      string `json:"item"`
	Rating    Rating `json:"rating"`
	Comment   string `json:"comment,omitempty"`
	Evaluator string `json:"evaluator"`
	// HasTime reports whether the evaluator gave a time; At is that moment.
	HasTime bool         `json:"has_time,omitempty"`
	At      scenarios.At `json:"t,omitempty"`
	// Source and Line say where it was written (a file), when it was.
	Source string `json:"-"`
	Line   int    `json:"-"`
}

// Check reports what is missing or wrong in an observation made during a drill that
// has reached scenario second now (as an evaluator enters it live): an item, an
// evaluator, a rating on either scale, and a time not in the future.
func (o Observation) Check(now int64) error {
	var probs []string
	if strings.TrimSpace(o.Item) == "" {
		probs = append(probs, "it names no item (the plan clause or task observed)")
	}
	if strings.TrimSpace(o.Evaluator) == "" {
		probs = append(probs, "it names no evaluator")
	}
	if !slices.Contains(Ratings, o.Rating) {
		probs = append(probs, fmt.Sprintf("rating %q is not one of P, S, M, U, yes, no", o.Rating))
	}
	if o.HasTime && (o.At < 0 || int64(o.At) > now) {
		probs = append(probs, fmt.Sprintf("its time %ds is not between the start and now (%ds)", o.At, now))
	}
	if len(probs) > 0 {
		return fmt.Errorf("observation of %q: %s", o.Item, strings.Join(probs, "; "))
	}
	return nil
}

// CheckItem reports an observation of an item not among items, or rated off the
// item's scale, naming the item.
func (o Observation) CheckItem(items []Item) error {
	it, err := FindItem(items, o.Item)
	if err != nil {
		return err
	}
	if _, err := ParseRating(string(o.Rating), it.Scale); err != nil {
		return scenarios.Failf("observation of item %s: %v", it.ID, err)
	}
	return nil
}

// observationFields are the fields of an observation, in the order a CSV sheet
// lists them.
var observationFields = []string{"item", "rating", "comment", "time", "evaluator"}

// observationRecord is an observation as written, before checking.
type observationRecord struct {
	Item      string `yaml:"item"`
	Rating    string `yaml:"rating"`
	Comment   string `yaml:"comment"`
	Time      string `yaml:"time"`
	Evaluator string `yaml:"evaluator"`
}

// The kinds of observation file: a few hundred ratings, in YAML or CSV.
var (
	observationsYAML = sniff.Kind{Name: "an observation file (YAML)", MaxBytes: 8 << 20, MaxLine: 64 << 10}
	observationsCSV  = sniff.Kind{Name: "an observation file (CSV)", MaxBytes: 8 << 20, MaxLine: 64 << 10}
)

// Read reads an evaluators' observation file: YAML (.yaml, .yml) or CSV
// (any other name). start is the scenario's start, against which clock times are
// read; items are the items that may be rated.
func Read(path string, start time.Time, items []Item) ([]Observation, error) {
	yamlFile := strings.HasSuffix(strings.ToLower(path), ".yaml") || strings.HasSuffix(strings.ToLower(path), ".yml")
	kind := observationsCSV
	if yamlFile {
		kind = observationsYAML
	}
	data, err := sniff.ReadFile(path, kind)
	var refused *sniff.Refusal
	switch {
	case errors.As(err, &refused):
		return nil, err
	case err != nil:
		return nil, scenarios.Failf("cannot read the observations: %v", err)
	}
	if yamlFile {
		return ParseYAML(data, path, start, items)
	}
	return ParseCSV(data, path, start, items)
}

// ParseYAML reads observations written as YAML, either a list or a mapping with an
// `observations:` list, each entry with the fields item, rating, comment, time and
// evaluator. name is the file's name for messages, which carry the line of every
// entry found wrong. It reads YAML as scenarios.DecodeYAML does.
func ParseYAML(data []byte, name string, start time.Time, items []Item) ([]Observation, error) {
	file, err := parser.ParseBytes(data, 0)
	if err != nil {
		return nil, scenarios.DecodeYAMLError(err, data, name)
	}
	var list []observationRecord
	var pos *scenarios.Positions
	path := "$"
	switch body := documentBody(file); {
	case body == nil:
		return nil, scenarios.Failf("%s: the file is empty: write a list of observations, or `observations:` followed by one", name)
	case isSequence(body):
		pos, err = scenarios.DecodeYAML(data, name, &list)
	case isObservationsMapping(body):
		var doc struct {
			Observations []observationRecord `yaml:"observations"`
		}
		pos, err = scenarios.DecodeYAML(data, name, &doc)
		list, path = doc.Observations, "$.observations"
	default:
		return nil, scenarios.Failf("%s:%d: expected a list of observations: write a list of observations, or `observations:` followed by one", name, body.GetToken().Position.Line)
	}
	if err != nil {
		return nil, err
	}
	lines := make([]int, len(list))
	for i := range list {
		lines[i] = pos.Of(fmt.Sprintf("%s[%d]", path, i)).Line
	}
	return checkAll(list, lines, name, start, items)
}

// documentBody is the body of the file's first document, nil when there is none.
func documentBody(file *ast.File) ast.Node {
	if len(file.Docs) == 0 {
		return nil
	}
	return file.Docs[0].Body
}

// isSequence reports whether n is a list.
func isSequence(n ast.Node) bool {
	_, ok := n.(*ast.SequenceNode)
	return ok
}

// isObservationsMapping reports whether n is a mapping whose one key is observations.
func isObservationsMapping(n ast.Node) bool {
	switch m := n.(type) {
	case *ast.MappingNode:
		return len(m.Values) == 1 && m.Values[0].Key.String() == "observations"
	case *ast.MappingValueNode:
		return m.Key.String() == "observations"
	}
	return false
}

// ParseCSV reads observations from a CSV sheet whose first row names the
// columns item, rating, comment, time and evaluator (in any order; item and rating
// are required). name is the file's name for messages, which carry the line.
func ParseCSV(data []byte, name string, start time.Time, items []Item) ([]Observation, error) {
	rows, lines, err := scenarios.CSVRecords(data, name)
	if err != nil {
		return nil, err
	}
	if len(rows) == 0 {
		return nil, scenarios.Failf("%s: the sheet is empty: its first row must name the columns %s", name, strings.Join(observationFields, ","))
	}
	col := map[string]int{}
	for i, h := range rows[0] {
		h = strings.ToLower(strings.TrimSpace(h))
		if !slices.Contains(observationFields, h) {
			return nil, scenarios.Failf("%s:%d: unknown column %q: the columns are %s", name, lines[0], h, strings.Join(observationFields, ", "))
		}
		col[h] = i
	}
	for _, need := range []string{"item", "rating"} {
		if _, ok := col[need]; !ok {
			return nil, scenarios.Failf("%s:%d: the sheet has no %q column: the first row must name the columns %s", name, lines[0], need, strings.Join(observationFields, ","))
		}
	}
	field := func(row []string, f string) string {
		if i, ok := col[f]; ok && i < len(row) {
			return strings.TrimSpace(row[i])
		}
		return ""
	}
	var recs []observationRecord
	var recLines []int
	for i, row := range rows[1:] {
		if len(row) == 1 && strings.TrimSpace(row[0]) == "" {
			continue
		}
		recs = append(recs, observationRecord{Item: field(row, "item"), Rating: field(row, "rating"), Comment: field(row, "comment"), Time: field(row, "time"), Evaluator: field(row, "evaluator")})
		recLines = append(recLines, lines[i+1])
	}
	return checkAll(recs, recLines, name, start, items)
}

// checkAll turns the records of file name, written at lines, into observations, or
// says what is wrong with every one that is wrong.
func checkAll(recs []observationRecord, lines []int, name string, start time.Time, items []Item) ([]Observation, error) {
	var obs []Observation
	var errs []error
	for i, rec := range recs {
		o, err := rec.check(name, lines[i], start, items)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		obs = append(obs, o)
	}
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	return obs, nil
}

// check turns a record into an observation, or says what is wrong at name:line.
func (rec observationRecord) check(name string, line int, start time.Time, items []Item) (Observation, error) {
	o := Observation{Item: rec.Item, Comment: rec.Comment, Evaluator: rec.Evaluator, Source: name, Line: line}
	item, err := FindItem(items, rec.Item)
	if err != nil {
		return o, scenarios.Failf("%s:%d: %v", name, line, err)
	}
	r, err := ParseRating(rec.Rating, item.Scale)
	if err != nil {
		return o, scenarios.Failf("%s:%d: item %s: %v", name, line, item.ID, err)
	}
	o.Rating = r
	if rec.Time != "" {
		at, err := scenarios.ParseAt(rec.Time, start)
		if err != nil {
			return o, scenarios.Failf("%s:%d: %v", name, line, err)
		}
		o.HasTime, o.At = true, at
	}
	return o, nil
}
