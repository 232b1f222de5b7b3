package scenarios

import (
	"fmt"
	"strings"
)

// Pos is where something was written: a file and a line and column in it (1-based; 0
// when unknown). For a spreadsheet, Sheet names the sheet and Line is the row.
type Pos struct {
	File  string
	Sheet string
	Line  int
	Col   int
}

// String renders the position as "file:line:col", "file[sheet]:row:col", or as much
// of it as is known.
func (p Pos) String() string {
	s := p.File
	if p.Sheet != "" {
		s += "[" + p.Sheet + "]"
	}
	if p.Line > 0 {
		s += fmt.Sprintf(":%d", p.Line)
		if p.Col > 0 {
			s += fmt.Sprintf(":%d", p.Col)
		}
	}
	return s
}

// Problem is one thing wrong in a file: where, and what to do about it. Msg is the
// message in English; Format and Args are the same as a format and its arguments, so
// that an interface can say it in another language by its format (Format is "" for a
// message of the YAML parser, which is said as it stands). An argument that is an
// error (a *Failure) is said by its own format in turn.
type Problem struct {
	Pos    Pos
	Msg    string
	Format string
	Args   []any
}

// problemAt is the problem at pos said by format and its arguments.
func problemAt(pos Pos, format string, args ...any) *Problem {
	return &Problem{Pos: pos, Msg: fmt.Sprintf(format, args...), Format: format, Args: args}
}

// Failure is an error of this package that is not about a place in a file (a bad
// duration, an unknown role): a format and its arguments, said in English by Error
// and in other languages by its format.
type Failure struct {
	Format string
	Args   []any
}

// Error says the failure in English.
func (f *Failure) Error() string { return fmt.Sprintf(f.Format, f.Args...) }

// Unwrap exposes the errors among the arguments (an os error wrapped).
func (f *Failure) Unwrap() []error {
	var errs []error
	for _, a := range f.Args {
		if err, ok := a.(error); ok {
			errs = append(errs, err)
		}
	}
	return errs
}

// failf is the failure said by format and its arguments.
func failf(format string, args ...any) error { return &Failure{Format: format, Args: args} }

// Failf is the failure said by format and its arguments, for the readers of other
// packages (an event log, a journal), so that it can be said in Chinese too.
func Failf(format string, args ...any) error { return failf(format, args...) }

// Error renders the problem as "file:line:col: message".
func (p *Problem) Error() string {
	if s := p.Pos.String(); s != "" {
		return s + ": " + p.Msg
	}
	return p.Msg
}

// Problems is every problem found in one check, in file order. It is the error type
// that Validate and the readers return when they find more than one thing wrong.
type Problems []*Problem

// Error lists the problems one per line.
func (ps Problems) Error() string {
	lines := make([]string, len(ps))
	for i, p := range ps {
		lines[i] = p.Error()
	}
	return strings.Join(lines, "\n")
}

// Unwrap exposes each problem to errors.Is and errors.As.
func (ps Problems) Unwrap() []error {
	errs := make([]error, len(ps))
	for i, p := range ps {
		errs[i] = p
	}
	return errs
}

// add appends a problem at pos.
func (ps *Problems) add(pos Pos, format string, args ...any) {
	*ps = append(*ps, problemAt(pos, format, args...))
}

// err returns nil when there are no problems, else the problems as an error.
func (ps Problems) err() error {
	if len(ps) == 0 {
		return nil
	}
	return ps
}
