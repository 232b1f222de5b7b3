package journal

import (
	"bytes"
	"fmt"
	"os"
)

// Mirror receives every line of a journal once it is written and synced to disk, in
// order, numbered from 1 (the header), newline included: a copy of the journal kept
// elsewhere, such as a replicated stream a standby server can take the drill over
// from. A line is handed over before the entry takes effect, so that an order is
// acknowledged only once its copy holds it. The line is the journal's buffer: copy it
// to keep it. A Mirror that returns an error stops the journal as a failed write does.
type Mirror interface {
	Line(n int, line []byte) error
}

// MirrorTo hands m the lines the journal holds so far (m skips those it has) and
// then every line journaled from now on.
func (r *Recorder) MirrorTo(m Mirror) error {
	data, err := os.ReadFile(r.out.name)
	if err != nil {
		return fmt.Errorf("cannot mirror the journal: %w", err)
	}
	lines := bytes.SplitAfter(data, []byte{'\n'})
	if len(lines) != r.out.n+2 || len(lines[len(lines)-1]) != 0 {
		return fmt.Errorf("cannot mirror the journal %s: it holds %d lines, its recorder wrote %d: is another drillsim writing to it?", r.out.name, len(lines)-1, r.out.n+1)
	}
	for i, line := range lines[:len(lines)-1] {
		if err := m.Line(i+1, line); err != nil {
			return fmt.Errorf("cannot mirror line %d of the journal %s: %w", i+1, r.out.name, err)
		}
	}
	r.out.mirror = m
	return nil
}
