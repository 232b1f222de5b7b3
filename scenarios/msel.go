package scenarios

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"math"
	"path/filepath"
	"strconv"
	"strings"
	"time"
)

// An MSEL sheet (master scenario events list) is how exercise designers write
// injects: one row per inject under a header row. The columns, in any order, with
// English or Chinese headers:
//
//	time             时间     required: "+1h20m" or "23:40" (a time-formatted cell too)
//	to               接收方   required: 指挥部, 村:<village>, 导调, 评估
//	text             内容     required
//	from             发送方
//	expected action  预期行动
//	id               编号     default "msel-<n>" for the n-th inject of the sheet
//	notes            备注     ignored
//
// Empty rows are skipped. A CSV sheet is read here; an XLSX workbook (its sheet named
// MSEL, else its first sheet) by the reader package drillsim/scenarios/xlsx registers
// (RegisterSheetFormat), so that the engine, which reads scenarios, links no
// spreadsheet library.

// mselColumns maps each accepted header (lower case) to the Inject field it fills.
var mselColumns = map[string]string{
	"time": "at", "时间": "at",
	"to": "to", "接收方": "to",
	"text": "text", "内容": "text",
	"from": "from", "发送方": "from",
	"expected action": "expect", "expected_action": "expect", "预期行动": "expect",
	"id": "id", "编号": "id",
	"notes": "", "备注": "",
}

// mselRequired are the fields every MSEL sheet must have a column for.
var mselRequired = []string{"at", "to", "text"}

// mselOrigin is where an inject of a sheet was written: its row, and the cell of each
// field.
type mselOrigin struct {
	row  Pos
	cols map[string]Pos
}

// ReadMSEL reads the injects of a CSV or XLSX MSEL sheet (chosen by the file's
// extension) for a scenario starting at start, against which clock times resolve.
// Errors name the sheet, row and column.
func ReadMSEL(path string, start time.Time) ([]Inject, error) {
	data, err := readFile(path, "MSEL sheet", mselKind(path))
	if err != nil {
		return nil, err
	}
	injects, _, err := parseMSEL(data, path, start)
	return injects, err
}

// SheetFormat reads the rows of cells of an MSEL sheet in a spreadsheet file: data is
// the file named name, sheet the sheet read (for messages; "" for a file of one sheet).
// Errors name the file.
type SheetFormat func(data []byte, name string) (rows [][]string, sheet string, err error)

// sheetFormats are the sheet formats by file extension: CSV, and those registered.
var sheetFormats = map[string]SheetFormat{".csv": csvRows}

// RegisterSheetFormat lets MSEL sheets whose file name ends in ext (".xlsx") be read
// by read. It is called from the init function of the package of a format, and
// panics when ext has a format already.
func RegisterSheetFormat(ext string, read SheetFormat) {
	if _, dup := sheetFormats[ext]; dup {
		panic("scenarios: a second MSEL sheet format for " + ext)
	}
	sheetFormats[ext] = read
}

// parseMSEL reads an MSEL sheet named name from data.
func parseMSEL(data []byte, name string, start time.Time) ([]Inject, []mselOrigin, error) {
	ext := strings.ToLower(filepath.Ext(name))
	read, ok := sheetFormats[ext]
	switch {
	case !ok && ext == ".xlsx":
		return nil, nil, problemAt(Pos{File: name}, "this program reads no XLSX sheets: save the sheet as CSV (UTF-8)")
	case !ok:
		return nil, nil, problemAt(Pos{File: name}, "an MSEL sheet must be a .csv or .xlsx file")
	}
	rows, sheet, err := read(data, name)
	if err != nil {
		return nil, nil, err
	}
	return mselInjects(rows, Pos{File: name, Sheet: sheet}, start)
}

// csvRows reads every record of a CSV sheet (CSVRecords), for the MSEL reader.
func csvRows(data []byte, name string) ([][]string, string, error) {
	rows, _, err := CSVRecords(data, name)
	return rows, "", err
}

// CSVRecords reads every record of a CSV file named name, dropping a UTF-8 byte order
// mark (as spreadsheet programs write one), and the line each record starts on.
// Records may have any number of fields. A broken quote is a Problem at its line and
// column.
func CSVRecords(data []byte, name string) (records [][]string, lines []int, err error) {
	r := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(data, []byte("\ufeff"))))
	r.FieldsPerRecord = -1
	for {
		rec, err := r.Read()
		if errors.Is(err, io.EOF) {
			return records, lines, nil
		}
		if err != nil {
			var pe *csv.ParseError
			if errors.As(err, &pe) {
				return nil, nil, &Problem{Pos: Pos{File: name, Line: pe.Line, Col: pe.Column}, Msg: pe.Err.Error() + ": check the quotes of this line", Format: "%v: check the quotes of this line", Args: []any{pe.Err}}
			}
			return nil, nil, &Problem{Pos: Pos{File: name}, Msg: err.Error()}
		}
		line, _ := r.FieldPos(0)
		records, lines = append(records, rec), append(lines, line)
	}
}

// mselInjects turns a header row and data rows into injects; base names the file
// and sheet.
func mselInjects(rows [][]string, base Pos, start time.Time) ([]Inject, []mselOrigin, error) {
	at := func(row, col int) Pos { p := base; p.Line, p.Col = row+1, col+1; return p }
	header := -1
	for i, r := range rows {
		if !blankRow(r) {
			header = i
			break
		}
	}
	if header < 0 {
		return nil, nil, problemAt(base, "the sheet is empty: expected a header row with 时间, 接收方, 发送方, 内容, 预期行动")
	}
	var probs Problems
	fieldCol := map[string]int{}
	for c, h := range rows[header] {
		key := strings.ToLower(strings.TrimSpace(h))
		if key == "" {
			continue
		}
		field, ok := mselColumns[key]
		_, repeated := fieldCol[field]
		switch {
		case !ok:
			probs.add(at(header, c), "unknown column %q: the columns are time/时间, to/接收方, text/内容, from/发送方, expected action/预期行动, id/编号, notes/备注", h)
		case field == "":
		case repeated:
			probs.add(at(header, c), "column %q repeats another column for %s", h, field)
		default:
			fieldCol[field] = c
		}
	}
	for _, f := range mselRequired {
		if _, ok := fieldCol[f]; !ok {
			probs.add(at(header, 0), "the header row has no %s column", mselHeaderName(f))
		}
	}
	if len(probs) > 0 {
		return nil, nil, probs
	}
	var injects []Inject
	var origins []mselOrigin
	for i := header + 1; i < len(rows); i++ {
		r := rows[i]
		if blankRow(r) {
			continue
		}
		cell := func(field string) string {
			c, ok := fieldCol[field]
			if !ok || c >= len(r) {
				return ""
			}
			return strings.TrimSpace(r[c])
		}
		origin := mselOrigin{row: at(i, -1), cols: map[string]Pos{}}
		for f, c := range fieldCol {
			origin.cols[f] = at(i, c)
		}
		in := Inject{ID: cell("id"), From: cell("from"), Text: cell("text"), Expect: cell("expect"), Kind: InjectMessage}
		if in.ID == "" {
			in.ID = fmt.Sprintf("msel-%d", len(injects)+1)
		}
		if t, err := mselTime(cell("at"), start); err != nil {
			probs.add(origin.cols["at"], "column %s: %v", mselHeaderName("at"), err)
		} else {
			in.At = &t
		}
		if role, err := ParseRole(cell("to")); err != nil {
			probs.add(origin.cols["to"], "column %s: %v", mselHeaderName("to"), err)
		} else {
			in.To = role
		}
		if in.Text == "" {
			probs.add(origin.cols["text"], "column %s: the inject has no text", mselHeaderName("text"))
		}
		injects = append(injects, in)
		origins = append(origins, origin)
	}
	if len(probs) > 0 {
		return nil, nil, probs
	}
	return injects, origins, nil
}

// mselHeaderName is a field's column name as messages give it: "时间 (time)".
func mselHeaderName(field string) string {
	switch field {
	case "at":
		return "时间 (time)"
	case "to":
		return "接收方 (to)"
	case "text":
		return "内容 (text)"
	case "from":
		return "发送方 (from)"
	case "expect":
		return "预期行动 (expected action)"
	}
	return "编号 (id)"
}

// mselTime reads a time cell: an offset or clock time as text, or a spreadsheet time
// (a fraction of a day) that a time-formatted cell holds.
func mselTime(s string, start time.Time) (At, error) {
	if f, err := strconv.ParseFloat(s, 64); err == nil && f >= 0 && f < 1 {
		secs := int(math.Round(f * 86400))
		s = fmt.Sprintf("%02d:%02d:%02d", secs/3600%24, secs/60%60, secs%60)
	}
	return ParseAt(s, start)
}

// blankRow reports whether every cell of r is empty.
func blankRow(r []string) bool {
	for _, c := range r {
		if strings.TrimSpace(c) != "" {
			return false
		}
	}
	return true
}
