package report

import (
	"strings"

	"drillsim/i18n"
)

// padRight pads s with spaces to width columns (s is left as is when wider).
func padRight(s string, width int) string {
	return s + strings.Repeat(" ", max(0, width-i18n.Width(s)))
}

// padLeft pads s on the left with spaces to width columns.
func padLeft(s string, width int) string {
	return strings.Repeat(" ", max(0, width-i18n.Width(s))) + s
}

// textTable lays out rows of cells in columns aligned by display width; numeric
// columns (right[i]) are aligned right.
type textTable struct {
	rows  [][]string
	right []bool
}

// add appends a row.
func (t *textTable) add(cells ...string) { t.rows = append(t.rows, cells) }

// String renders the table, two spaces between columns, with a rule under the first row.
func (t *textTable) String() string {
	var widths []int
	for _, row := range t.rows {
		for i, c := range row {
			if i >= len(widths) {
				widths = append(widths, 0)
			}
			widths[i] = max(widths[i], i18n.Width(c))
		}
	}
	var b strings.Builder
	for ri, row := range t.rows {
		var line strings.Builder
		for i, c := range row {
			if i > 0 {
				line.WriteString("  ")
			}
			if i < len(t.right) && t.right[i] {
				line.WriteString(padLeft(c, widths[i]))
			} else if i < len(row)-1 {
				line.WriteString(padRight(c, widths[i]))
			} else {
				line.WriteString(c)
			}
		}
		b.WriteString(strings.TrimRight(line.String(), " "))
		b.WriteByte('\n')
		if ri == 0 {
			total := 0
			for _, w := range widths {
				total += w + 2
			}
			b.WriteString(strings.Repeat("-", max(0, total-2)))
			b.WriteByte('\n')
		}
	}
	return b.String()
}
