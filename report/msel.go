package report

import (
	"cmp"
	"encoding/csv"
	"io"
	"slices"
	"strings"

	"github.com/xuri/excelize/v2"

	"drillsim/i18n"
	"drillsim/scenarios"
)

// mselHead are the columns of the controller's MSEL, under the headers the MSEL reader
// takes back (time, to, from, text, expected action, id, notes; a timed inject's row
// reads back as it was), with the condition of an inject that waits for one, its kind,
// and two columns for the controller to fill in during the drill.
var mselHead = []string{"编号", "时间", "条件", "接收方", "发送方", "类型", "内容", "预期行动", "备注", "已下达", "实际处置"}

// mselWidths are the columns' widths in the workbook, in characters.
var mselWidths = []float64{8, 17, 22, 12, 14, 10, 48, 36, 14, 8, 24}

// MSELRows are the injects of scenario s as the rows of its controller's MSEL (主控
// 事件清单), in the order they are delivered: the timed ones by time, then those that
// wait for an event, as the scenario lists them. Times are the start's calendar date
// and clock, so that a drill past midnight reads plainly.
func MSELRows(s *scenarios.Scenario) [][]string {
	rows := [][]string{mselHead}
	var timed, waiting []scenarios.Inject
	for _, in := range s.Injects {
		if in.At != nil {
			timed = append(timed, in)
		} else {
			waiting = append(waiting, in)
		}
	}
	slices.SortStableFunc(timed, func(a, b scenarios.Inject) int { return cmp.Compare(*a.At, *b.At) })
	for _, in := range append(timed, waiting...) {
		when, cond := "", ""
		if in.At != nil {
			when = in.At.Clock(s.Start.Time).Format("2006-01-02 15:04")
		}
		if c := in.When; c != nil {
			cond = conditionText(c)
		}
		kind := "消息"
		if in.Kind == scenarios.InjectRainWarning {
			kind = "暴雨预警 " + in.Level
		}
		rows = append(rows, []string{in.ID, when, cond, in.To.Chinese(), in.From, kind, in.Text, in.Expect, in.Notes, "", ""})
	}
	return rows
}

// conditionText says in Chinese what an inject waits for: the event, what it concerns,
// and the delay after it.
func conditionText(c *scenarios.Condition) string {
	parts := []string{i18n.EventKindName(c.Event, i18n.Chinese)}
	for _, v := range []string{c.Hazard, c.Inject, c.Village, c.Zone, c.Shelter, string(c.Order), c.Level} {
		if v != "" {
			parts = append(parts, v)
		}
	}
	text := strings.Join(parts, " ")
	if c.After > 0 {
		text += "，" + c.After.String() + "后"
	}
	return text
}

// WriteMSELCSV writes the controller's MSEL of s as CSV (UTF-8 with a byte order mark,
// so that spreadsheet programs read the Chinese).
func WriteMSELCSV(w io.Writer, s *scenarios.Scenario) error {
	if _, err := io.WriteString(w, "\ufeff"); err != nil {
		return err
	}
	cw := csv.NewWriter(w)
	if err := cw.WriteAll(MSELRows(s)); err != nil {
		return err
	}
	return cw.Error()
}

// WriteMSELXLSX writes the controller's MSEL of s as a workbook to print: one sheet
// named MSEL under the scenario's title, its header row bold and repeated on every
// page, texts wrapped, landscape A4 one page wide.
func WriteMSELXLSX(w io.Writer, s *scenarios.Scenario) error {
	f := excelize.NewFile()
	defer f.Close()
	rows := MSELRows(s)
	sheet := xlsxSheet{name: "MSEL"}
	for i, h := range rows[0] {
		sheet.cols = append(sheet.cols, xlsxColumn{head: h, width: mselWidths[i]})
	}
	for _, r := range rows[1:] {
		sheet.rows = append(sheet.rows, toCells(r))
	}
	if err := f.SetSheetName("Sheet1", sheet.name); err != nil {
		return err
	}
	if err := writeXLSXSheet(f, sheet); err != nil {
		return err
	}
	last, err := excelize.CoordinatesToCellName(len(mselHead), len(rows))
	if err != nil {
		return err
	}
	wrap, err := f.NewStyle(&excelize.Style{Alignment: &excelize.Alignment{WrapText: true, Vertical: "top"},
		Border: []excelize.Border{{Type: "left", Style: 1}, {Type: "right", Style: 1}, {Type: "top", Style: 1}, {Type: "bottom", Style: 1}}})
	if err != nil {
		return err
	}
	if len(rows) > 1 {
		if err := f.SetCellStyle(sheet.name, "A2", last, wrap); err != nil {
			return err
		}
	}
	landscape, one, zero, a4 := "landscape", 1, 0, 9
	if err := f.SetPageLayout(sheet.name, &excelize.PageLayoutOptions{Orientation: &landscape, Size: &a4, FitToWidth: &one, FitToHeight: &zero}); err != nil {
		return err
	}
	fit := true
	if err := f.SetSheetProps(sheet.name, &excelize.SheetPropsOptions{FitToPage: &fit}); err != nil {
		return err
	}
	if err := f.SetDefinedName(&excelize.DefinedName{Name: "_xlnm.Print_Titles", RefersTo: sheet.name + "!$1:$1", Scope: sheet.name}); err != nil {
		return err
	}
	title := s.Title + " 主控事件清单（MSEL）"
	if err := f.SetHeaderFooter(sheet.name, &excelize.HeaderFooterOptions{OddHeader: "&C" + strings.ReplaceAll(title, "&", "&&"), OddFooter: "&C&P / &N"}); err != nil {
		return err
	}
	return f.Write(w)
}

// toCells turns a row of text into workbook cells.
func toCells(texts []string) []any {
	cells := make([]any, len(texts))
	for i, t := range texts {
		cells[i] = t
	}
	return cells
}
