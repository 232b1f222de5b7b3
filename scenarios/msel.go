package scenarios

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"maps"
	"path/filepath"
	"slices"
	"strings"
	"time"
)

// An MSEL sheet (master scenario events list) is how exercise designers write
// injects: one row per inject under a header row. The columns, in any order, with
// English or Chinese headers (case and spaces ignored; mselColumns lists every name):
//
//	time             时间     required: "+1h20m", "23:40", "07:29 PM", "Day 2 07:29",
//	                          "2026-07-15 22:10" (a time- or date-formatted cell too);
//	                          HSEEP's Scenario Time, Real Time
//	date             日期     the day of a time of day: "2026-07-15", "7/15/2026", "Day 2"
//	to               接收方   required: 指挥部, 村:<village>, 导调, 评估, or a player the
//	                          roles map names (MSELOptions.Roles); HSEEP's To, Player
//	text             内容     required; HSEEP's Message, Script
//	subject          主题     put before the text
//	from             发送方
//	expected action  预期行动
//	id               编号     default "msel-<n>" for the n-th inject of the sheet; #, Event #
//	notes            备注
//
// Columns not used (HSEEP's Event Type and Inject Mode, a second time column) are
// kept in each inject's notes, "header: cell", with one warning for the sheet. Empty
// rows are skipped. A CSV sheet is read here; an XLSX workbook (its sheet named MSEL,
// else its first sheet) by the reader package drillsim/scenarios/xlsx registers
// (RegisterSheetFormat), so that the engine, which reads scenarios, links no
// spreadsheet library.

// mselColumns maps each accepted header (lower case, spaces single) to the field it
// fills.
var mselColumns = map[string]string{
	"time": "at", "时间": "at", "scenario time": "at", "real time": "at", "inject time": "at", "演练时间": "at", "时刻": "at",
	"date": "date", "日期": "date", "day": "date",
	"to": "to", "接收方": "to", "player": "to", "players": "to", "recipient": "to", "接收单位": "to", "接收人": "to",
	"text": "text", "内容": "text", "message": "text", "script": "text", "inject": "text", "description": "text", "消息内容": "text",
	"subject": "subject", "主题": "subject", "标题": "subject",
	"from": "from", "发送方": "from", "发送单位": "from", "sender": "from",
	"expected action": "expect", "expected_action": "expect", "expected player action": "expect", "expected response": "expect", "预期行动": "expect", "预期响应": "expect",
	"id": "id", "编号": "id", "#": "id", "event #": "id", "inject #": "id", "msel #": "id", "no.": "id", "序号": "id",
	"notes": "notes", "备注": "notes",
}

// mselRequired are the fields every MSEL sheet must have a column for.
var mselRequired = []string{"at", "to", "text"}

// mselOrigin is where an inject of a sheet was written: its row, and the cell of each
// field.
type mselOrigin struct {
	row  Pos
	cols map[string]Pos
}

// MSELOptions say how the cells of an MSEL sheet become injects.
type MSELOptions struct {
	// Roles maps the sheet's players, as its to column writes them, to drill roles
	// (SRE: 指挥部); ReadRoles reads them from a file.
	Roles map[string]Role
}

// MSEL is what an MSEL sheet holds: its injects in row order, and warnings about how
// it was read.
type MSEL struct {
	Injects  []Inject
	Warnings []string
	origins  []mselOrigin
}

// ReadMSEL reads the injects of a CSV or XLSX MSEL sheet (chosen by the file's
// extension) for a scenario starting at start, against which clock times resolve.
// Errors name the sheet, row and column.
func ReadMSEL(path string, start time.Time, opt MSELOptions) (*MSEL, error) {
	data, err := readFile(path, "MSEL sheet", mselKind(path))
	if err != nil {
		return nil, err
	}
	return parseMSEL(data, path, start, opt)
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
func parseMSEL(data []byte, name string, start time.Time, opt MSELOptions) (*MSEL, error) {
	ext := strings.ToLower(filepath.Ext(name))
	read, ok := sheetFormats[ext]
	switch {
	case !ok && ext == ".xlsx":
		return nil, problemAt(Pos{File: name}, "this program reads no XLSX sheets: save the sheet as CSV (UTF-8)")
	case !ok:
		return nil, problemAt(Pos{File: name}, "an MSEL sheet must be a .csv or .xlsx file")
	}
	rows, sheet, err := read(data, name)
	if err != nil {
		return nil, err
	}
	return mselInjects(rows, Pos{File: name, Sheet: sheet}, start, opt)
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
func mselInjects(rows [][]string, base Pos, start time.Time, opt MSELOptions) (*MSEL, error) {
	at := func(row, col int) Pos { p := base; p.Line, p.Col = row+1, col+1; return p }
	header := -1
	for i, r := range rows {
		if !blankRow(r) {
			header = i
			break
		}
	}
	if header < 0 {
		return nil, problemAt(base, "the sheet is empty: expected a header row with 时间, 接收方, 发送方, 内容, 预期行动")
	}
	var probs Problems
	fieldCol := map[string]int{}
	var noteCols []int // columns kept as notes: those not used, then the notes column
	for c, h := range rows[header] {
		key := playerKey(h)
		if key == "" {
			continue
		}
		field, ok := mselColumns[key]
		if _, repeated := fieldCol[field]; !ok || repeated || field == "notes" {
			noteCols = append(noteCols, c)
			continue
		}
		fieldCol[field] = c
	}
	for _, f := range mselRequired {
		if _, ok := fieldCol[f]; !ok {
			probs.add(at(header, 0), "the header row has no %s column; the columns read are %s", mselHeaderName(f), mselKnownColumns)
		}
	}
	if len(probs) > 0 {
		return nil, probs
	}
	sheet := &MSEL{}
	var unused []string
	for _, c := range noteCols {
		if h := strings.TrimSpace(rows[header][c]); mselColumns[playerKey(h)] != "notes" {
			unused = append(unused, fmt.Sprintf("%q", h))
		}
	}
	if len(unused) > 0 {
		sheet.Warnings = append(sheet.Warnings, fmt.Sprintf("%s: 未使用的列已作为备注保留 columns not used, kept as each inject's notes: %s (the columns read are %s)", at(header, -1), strings.Join(unused, ", "), mselKnownColumns))
	}
	for i := header + 1; i < len(rows); i++ {
		r := rows[i]
		if blankRow(r) {
			continue
		}
		cellAt := func(c int) string {
			if c >= len(r) {
				return ""
			}
			return strings.TrimSpace(r[c])
		}
		cell := func(field string) string {
			c, ok := fieldCol[field]
			if !ok {
				return ""
			}
			return cellAt(c)
		}
		origin := mselOrigin{row: at(i, -1), cols: map[string]Pos{}}
		for f, c := range fieldCol {
			origin.cols[f] = at(i, c)
		}
		in := Inject{ID: cell("id"), From: cell("from"), Text: cell("text"), Expect: cell("expect"), Kind: InjectMessage}
		if subject := cell("subject"); subject != "" && in.Text != "" {
			in.Text = subject + "：" + in.Text
		}
		var notes []string
		for _, c := range noteCols {
			if v := cellAt(c); v != "" {
				h := strings.TrimSpace(rows[header][c])
				if mselColumns[playerKey(h)] == "notes" {
					notes = append(notes, v)
				} else {
					notes = append(notes, h+": "+v)
				}
			}
		}
		in.Notes = strings.Join(notes, "; ")
		if in.ID == "" {
			in.ID = fmt.Sprintf("msel-%d", len(sheet.Injects)+1)
		}
		if t, err := mselTime(cell("at"), cell("date"), start); err != nil {
			probs.add(origin.cols["at"], "column %s: %v", mselHeaderName("at"), err)
		} else {
			in.At = &t
		}
		if role, err := mselRole(cell("to"), opt.Roles); err != nil {
			probs.add(origin.cols["to"], "column %s: %v", mselHeaderName("to"), err)
		} else {
			in.To = role
		}
		if in.Text == "" {
			probs.add(origin.cols["text"], "column %s: the inject has no text", mselHeaderName("text"))
		}
		sheet.Injects = append(sheet.Injects, in)
		sheet.origins = append(sheet.origins, origin)
	}
	if len(probs) > 0 {
		return nil, probs
	}
	return sheet, nil
}

// mselKnownColumns names the columns the reader uses, for messages.
const mselKnownColumns = "time/时间 (or Scenario Time, Real Time), date/日期, to/接收方 (or Player), text/内容 (or Message, Script), subject/主题, from/发送方, expected action/预期行动, id/编号 (or #, Event #), notes/备注"

// playerKey is a header or a player's name as the reader compares them: lower case,
// spaces single.
func playerKey(s string) string { return strings.Join(strings.Fields(strings.ToLower(s)), " ") }

// mselRole reads a to cell: a player roles maps (case and spaces ignored), else a role
// as scenarios write it.
func mselRole(s string, roles map[string]Role) (Role, error) {
	for _, player := range slices.Sorted(maps.Keys(roles)) {
		if playerKey(player) == playerKey(s) {
			return roles[player], nil
		}
	}
	r, err := ParseRole(s)
	if err != nil && s != "" {
		return "", failf("%v; or map the sheet's player %q to a drill role in a roles file (a line %q)", err, s, s+": 指挥部")
	}
	return r, err
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

// blankRow reports whether every cell of r is empty.
func blankRow(r []string) bool {
	for _, c := range r {
		if strings.TrimSpace(c) != "" {
			return false
		}
	}
	return true
}
