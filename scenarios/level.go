package scenarios

import (
	"context"

	"github.com/goccy/go-yaml/ast"
)

// Level is an emergency response level: Ⅳ (一般, the lowest) up to Ⅰ (特别重大).
// The zero Level means none was given.
type Level int8

// The response levels. A smaller number is a higher level, as in Chinese plans.
const (
	LevelI   Level = 1
	LevelII  Level = 2
	LevelIII Level = 3
	LevelIV  Level = 4
)

var levelNames = [...]struct{ ascii, roman string }{
	LevelI:   {"I", "Ⅰ"},
	LevelII:  {"II", "Ⅱ"},
	LevelIII: {"III", "Ⅲ"},
	LevelIV:  {"IV", "Ⅳ"},
}

// ParseLevel reads "IV", "III", "II", "I" or their Roman-numeral characters "Ⅳ" ... "Ⅰ".
func ParseLevel(s string) (Level, error) {
	for l := LevelI; l <= LevelIV; l++ {
		if s == levelNames[l].ascii || s == levelNames[l].roman {
			return l, nil
		}
	}
	return 0, failf("unknown response level %q: write IV, III, II or I", s)
}

// String returns the level as written in files: "IV" ... "I", or "none".
func (l Level) String() string {
	if l < LevelI || l > LevelIV {
		return "none"
	}
	return levelNames[l].ascii
}

// Chinese returns the level as a plan writes it: "Ⅳ级".
func (l Level) Chinese() string {
	if l < LevelI || l > LevelIV {
		return "未定级"
	}
	return levelNames[l].roman + "级"
}

// AtLeast reports whether l is as high a response as other (Ⅰ is the highest).
func (l Level) AtLeast(other Level) bool { return l != 0 && l <= other }

// UnmarshalYAML reads a level name.
func (l *Level) UnmarshalYAML(_ context.Context, node ast.Node) error {
	s, err := scalarText(node, "a response level")
	if err != nil {
		return err
	}
	v, err := ParseLevel(s)
	if err != nil {
		return nodeProblem(node, "%v", err)
	}
	*l = v
	return nil
}

// MarshalYAML writes the level's name.
func (l Level) MarshalYAML() (any, error) { return l.String(), nil }
