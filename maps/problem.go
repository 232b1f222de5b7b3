package maps

import (
	"fmt"
	"strings"
)

// Severity says whether a Problem only deserves attention (Warning) or makes the map
// unfit for a drill until fixed (Error).
type Severity uint8

const (
	Warning Severity = iota
	Error
)

// String returns "warning" or "error".
func (s Severity) String() string {
	if s == Error {
		return "error"
	}
	return "warning"
}

// MarshalText writes the severity's name, so JSON reports read "warning"/"error".
func (s Severity) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// FeatureRef names one input feature the way a person finds it again in the file:
// its position in the FeatureCollection (0-based), its id and its name.
type FeatureRef struct {
	// Layer is the file the feature is in, for a map made of several (a manifest's
	// layer, as the manifest writes it); "" for a map of one file.
	Layer string `json:"layer,omitempty"`
	Index int    `json:"index"`
	ID    string `json:"id,omitempty"`
	Name  string `json:"name,omitempty"`
}

// String renders the reference as "feature 12 (id way/42, 福宝中学)", or "feature 12 of
// villages.geojson (...)" in a map of several files; Index < 0 means the problem
// concerns the map as a whole.
func (r FeatureRef) String() string {
	if r.Index < 0 {
		return "map"
	}
	of := ""
	if r.Layer != "" {
		of = " of " + r.Layer
	}
	parts := r.Details()
	if len(parts) == 0 {
		return fmt.Sprintf("feature %d%s", r.Index, of)
	}
	return fmt.Sprintf("feature %d%s (%s)", r.Index, of, strings.Join(parts, ", "))
}

// Details are what tells the feature apart besides its position: "id way/42" and its
// name, each when it has one.
func (r FeatureRef) Details() []string {
	var parts []string
	if r.ID != "" {
		parts = append(parts, "id "+r.ID)
	}
	if r.Name != "" {
		parts = append(parts, r.Name)
	}
	return parts
}

// WholeMap is the FeatureRef of problems that concern no single feature.
var WholeMap = FeatureRef{Index: -1}

// Problem is one thing wrong or doubtful in a map: which feature, what, and what to do.
// Message and Hint are said in English; Format and Args, HintFormat and HintArgs are
// what they are written from, so that another language can say them by its own format.
type Problem struct {
	Severity   Severity   `json:"severity"`
	Feature    FeatureRef `json:"feature"`
	Message    string     `json:"message"`
	Hint       string     `json:"hint,omitempty"`
	Format     string     `json:"-"`
	Args       []any      `json:"-"`
	HintFormat string     `json:"-"`
	HintArgs   []any      `json:"-"`
}

// String renders the problem on one line: "error: feature 3 (id a): message; hint".
func (p Problem) String() string {
	s := p.Severity.String() + ": " + p.Feature.String() + ": " + p.Message
	if p.Hint != "" {
		s += "; " + p.Hint
	}
	return s
}

// Problems is a list of problems with helpers for the common questions.
type Problems []Problem

// HasErrors reports whether any problem is an Error.
func (ps Problems) HasErrors() bool {
	for _, p := range ps {
		if p.Severity == Error {
			return true
		}
	}
	return false
}

// add adds a problem said by format and its arguments, with a hint written out whole.
func (ps *Problems) add(sev Severity, ref FeatureRef, hint, format string, args ...any) {
	ps.addHinted(sev, ref, hint, nil, format, args...)
}

// addHinted adds a problem whose hint, too, is said by a format and its arguments.
func (ps *Problems) addHinted(sev Severity, ref FeatureRef, hintFormat string, hintArgs []any, format string, args ...any) {
	hint := hintFormat
	if hintArgs != nil {
		hint = fmt.Sprintf(hintFormat, hintArgs...)
	}
	*ps = append(*ps, Problem{Severity: sev, Feature: ref, Message: fmt.Sprintf(format, args...), Hint: hint,
		Format: format, Args: args, HintFormat: hintFormat, HintArgs: hintArgs})
}
