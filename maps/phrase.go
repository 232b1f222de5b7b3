package maps

import (
	"fmt"
	"strings"
)

// Phrase is a piece of a problem's message said by its format and arguments (the
// fault of a geometry, how a shelter's capacity was found), so that another language
// can say it by its own format as it says the message around it.
type Phrase struct {
	Format string
	Args   []any
}

// phrase is the Phrase of format and args.
func phrase(format string, args ...any) Phrase { return Phrase{Format: format, Args: args} }

// String says the phrase in English.
func (p Phrase) String() string {
	if len(p.Args) == 0 {
		return p.Format
	}
	return fmt.Sprintf(p.Format, p.Args...)
}

// IsZero reports whether p says nothing.
func (p Phrase) IsZero() bool { return p.Format == "" }

// Listing is the first items of a list a problem names and how many more there are:
// names and ids as the file wrote them (strings), features (FeatureRef), Phrases or
// the problems of features (Problem).
type Listing struct {
	Items []any
	More  int
}

// ListSome is the Listing of up to n of items.
func ListSome[T any](items []T, n int) Listing {
	l := Listing{More: max(len(items)-n, 0)}
	for _, it := range items[:min(len(items), n)] {
		l.Items = append(l.Items, it)
	}
	return l
}

// String says the listing in English: "a, b and 3 more", its items parted by
// semicolons when a feature's or a problem's own text holds commas.
func (l Listing) String() string {
	sep := ", "
	said := make([]string, len(l.Items))
	for i, it := range l.Items {
		switch it.(type) {
		case FeatureRef, Problem:
			sep = "; "
		}
		said[i] = fmt.Sprint(it)
	}
	s := strings.Join(said, sep)
	switch {
	case l.More > 0 && sep == "; ":
		s += fmt.Sprintf("; and %d more", l.More)
	case l.More > 0:
		s += fmt.Sprintf(" and %d more", l.More)
	}
	return s
}
