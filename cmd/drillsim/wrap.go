package main

import (
	"bytes"
	"io"
	"strings"

	"drillsim/i18n"
)

// usageColumns is the width usage text is wrapped at.
const usageColumns = 100

// wrapped is a writer that wraps each line longer than usageColumns at its last
// space that fits, going on under the line's own indentation: flag defaults come out
// as the flag package writes them, only folded.
type wrapped struct {
	w       io.Writer
	pending []byte
}

// Write takes p, writing out every whole line it completes.
func (ww *wrapped) Write(p []byte) (int, error) {
	ww.pending = append(ww.pending, p...)
	for {
		i := bytes.IndexByte(ww.pending, '\n')
		if i < 0 {
			return len(p), nil
		}
		if _, err := io.WriteString(ww.w, wrapLine(string(ww.pending[:i]))+"\n"); err != nil {
			return 0, err
		}
		ww.pending = ww.pending[i+1:]
	}
}

// wrapLine folds line at spaces into lines of at most usageColumns columns, each
// after the first indented as line is.
func wrapLine(line string) string {
	indent := line[:len(line)-len(strings.TrimLeft(line, " \t"))]
	var out []string
	for i18n.Width(strings.ReplaceAll(line, "\t", "    ")) > usageColumns {
		cut := -1
		for i, r := range line {
			if r == ' ' && i > len(indent) && i18n.Width(strings.ReplaceAll(line[:i], "\t", "    ")) <= usageColumns {
				cut = i
			}
		}
		if cut < 0 {
			break // one word longer than the line: left whole
		}
		out = append(out, line[:cut])
		line = indent + strings.TrimLeft(line[cut:], " ")
	}
	return strings.Join(append(out, line), "\n")
}
