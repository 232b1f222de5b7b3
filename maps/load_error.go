package maps

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
)

// LoadError is a problem that stops a map from loading at all: the file is not JSON,
// not a FeatureCollection, empty, or in coordinates drillsim cannot read as lon/lat.
// Line and Col are 1-based and zero when the problem has no single place. Msg is said
// in English; a message built from arguments keeps its Format and Args, so that
// another language can say it by its own format.
type LoadError struct {
	Source    string
	Line, Col int
	Msg       string
	Hint      string
	Format    string
	Args      []any
}

// loadErrorf is the LoadError of source said by format and its arguments, with a hint
// written out whole.
func loadErrorf(source, hint, format string, args ...any) *LoadError {
	return &LoadError{Source: source, Msg: fmt.Sprintf(format, args...), Hint: hint, Format: format, Args: args}
}

// loadErrorAt is the LoadError of source at line (0: of the file as a whole), said by
// format and its arguments: a terrain file that cannot be read, where its message
// says what to do.
func loadErrorAt(source string, line int, format string, args ...any) *LoadError {
	return &LoadError{Source: source, Line: line, Msg: fmt.Sprintf(format, args...), Format: format, Args: args}
}

// Where is the file, line and column of the error, as "source:line:col", "source:line"
// or "source".
func (e *LoadError) Where() string {
	s := e.Source
	if e.Line > 0 {
		s += fmt.Sprintf(":%d", e.Line)
	}
	if e.Line > 0 && e.Col > 0 {
		s += fmt.Sprintf(":%d", e.Col)
	}
	return s
}

// Error renders "source:line:col: message; hint".
func (e *LoadError) Error() string {
	s := e.Where() + ": " + e.Msg
	if e.Hint != "" {
		s += "; " + e.Hint
	}
	return s
}

// jsonLoadError turns an encoding/json error on the whole file into a LoadError that
// says where it happened, what failed and what to do, the library's own words last.
func jsonLoadError(source string, data []byte, err error) *LoadError {
	e := &LoadError{Source: source, Format: "the file cannot be read as JSON; fix or re-export it: %s", Args: []any{jsonFault(err)}}
	var syn *json.SyntaxError
	var typ *json.UnmarshalTypeError
	switch {
	case err.Error() == "unexpected end of JSON input":
		e.Line, e.Col = lineCol(data, int64(len(data)))
		e.Format, e.Args = "the file ends in the middle of the JSON (after %d bytes)", []any{len(data)}
		e.Hint = "it looks truncated: copy or export it again"
	case errors.As(err, &syn):
		e.Line, e.Col = lineCol(data, syn.Offset)
		e.Format = "the file is not valid JSON here; fix or re-export it: %s"
	case errors.As(err, &typ):
		e.Line, e.Col = lineCol(data, typ.Offset)
		e.Format = "the file is not laid out as GeoJSON: %s"
		e.Hint = "a GeoJSON FeatureCollection has a \"features\" array of Feature objects"
	}
	e.Msg = fmt.Sprintf(e.Format, e.Args...)
	return e
}

// jsonFault is what is wrong in an encoding/json error: a value of the wrong type said
// as a Phrase, else the library's message without its package prefix.
func jsonFault(err error) any {
	var typ *json.UnmarshalTypeError
	if !errors.As(err, &typ) {
		return strings.TrimPrefix(err.Error(), "json: ")
	}
	var where any = phrase("a value")
	if typ.Field != "" {
		where = typ.Field
	}
	return phrase("%s is a JSON %s where %s was expected", where, typ.Value, jsonKind(typ.Type.Kind().String()))
}

// jsonKind says what a value of a Go kind is in JSON terms.
func jsonKind(goKind string) Phrase {
	switch goKind {
	case "slice", "array":
		return phrase("an array")
	case "struct", "map":
		return phrase("an object")
	case "float64", "float32", "int", "int64":
		return phrase("a number")
	case "string":
		return phrase("a string")
	case "bool":
		return phrase("true or false")
	}
	return phrase("%s", goKind)
}

// lineCol converts a byte offset into a 1-based line and column (columns count bytes).
func lineCol(data []byte, off int64) (line, col int) {
	if off > int64(len(data)) {
		off = int64(len(data))
	}
	if off < 1 {
		off = 1
	}
	before := data[:off-1]
	line = 1 + bytes.Count(before, []byte{'\n'})
	col = int(off-1) - bytes.LastIndexByte(before, '\n')
	return line, col
}
