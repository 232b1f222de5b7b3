package report

import (
	"fmt"
	"io"
	"time"

	"github.com/xuri/excelize/v2"

	"drillsim/i18n"
	"drillsim/scoring"
)

// xlsxFormat is how a workbook column shows its numbers.
type xlsxFormat uint8

// The column formats.
const (
	xlsxText     xlsxFormat = iota
	xlsxInteger             // 0
	xlsxPoints              // 0.00
	xlsxPercent             // 0.0%: the cell holds the share, 0.174
	xlsxClock               // yyyy-mm-dd hh:mm in the drill's clock: the cell holds a date-time
	xlsxDuration            // [h]:mm: the cell holds a fraction of a day
)

// numFmts are the number formats of the column formats.
var numFmts = map[xlsxFormat]string{
	xlsxInteger: "0", xlsxPoints: "0.00", xlsxPercent: "0.0%", xlsxClock: "yyyy-mm-dd hh:mm", xlsxDuration: "[h]:mm",
}

// xlsxColumn is a column of a sheet: its heading, format and width in characters.
type xlsxColumn struct {
	head   string
	format xlsxFormat
	width  float64
}

// xlsxSheet is one table: the sheet's name, its columns and rows. A cell is a string,
// a number (int or float64), a clock time (time.Time), a duration (seconds, as
// xlsxSeconds) or nil for an empty cell.
type xlsxSheet struct {
	name string
	cols []xlsxColumn
	rows [][]any
}

// xlsxSeconds is a duration in seconds, written as a fraction of a day.
type xlsxSeconds int64

// WriteXLSX writes the evaluation of assessment as a workbook, one table a sheet with
// its header row frozen, headed in l: the requirements' scores, the category subtotals,
// the outcome, the evaluators' ratings (when any) and the summary. Points and counts
// are numbers, shares percentages, clock times date-times in the drill's own zone and
// durations [h]:mm, so that a spreadsheet sums, sorts and charts them.
func WriteXLSX(w io.Writer, assessment *scoring.Assessment, l i18n.Language) error {
	a := assessed{assessment}
	sheets := []xlsxSheet{a.requirementSheet(l), a.categorySheet(l), a.outcomeSheet(l)}
	if a.Evaluation.Rated() {
		sheets = append(sheets, a.observationSheet(l))
	}
	sheets = append(sheets, a.summarySheet(l))
	f := excelize.NewFile()
	defer f.Close()
	for i, s := range sheets {
		if i == 0 {
			if err := f.SetSheetName("Sheet1", s.name); err != nil {
				return err
			}
		} else if _, err := f.NewSheet(s.name); err != nil {
			return err
		}
		if err := writeXLSXSheet(f, s); err != nil {
			return fmt.Errorf("sheet %s: %w", s.name, err)
		}
	}
	return f.Write(w)
}

// writeXLSXSheet writes one table from A1: the header row, frozen, then the rows, each
// column in its number format.
func writeXLSXSheet(f *excelize.File, s xlsxSheet) error {
	head := make([]any, len(s.cols))
	for i, c := range s.cols {
		head[i] = c.head
	}
	if err := f.SetSheetRow(s.name, "A1", &head); err != nil {
		return err
	}
	bold, err := f.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true}, Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"F1E6E6"}}})
	if err != nil {
		return err
	}
	last, _ := excelize.CoordinatesToCellName(len(s.cols), 1)
	if err := f.SetCellStyle(s.name, "A1", last, bold); err != nil {
		return err
	}
	for r, row := range s.rows {
		cells := make([]any, len(row))
		for i, v := range row {
			switch v := v.(type) {
			case time.Time:
				cells[i] = excelSerial(v)
			case xlsxSeconds:
				cells[i] = float64(v) / 86400
			default:
				cells[i] = v
			}
		}
		cell, _ := excelize.CoordinatesToCellName(1, r+2)
		if err := f.SetSheetRow(s.name, cell, &cells); err != nil {
			return err
		}
	}
	for i, c := range s.cols {
		col, _ := excelize.ColumnNumberToName(i + 1)
		if err := f.SetColWidth(s.name, col, col, c.width); err != nil {
			return err
		}
		code, ok := numFmts[c.format]
		if !ok || len(s.rows) == 0 {
			continue
		}
		style, err := f.NewStyle(&excelize.Style{CustomNumFmt: &code})
		if err != nil {
			return err
		}
		if err := f.SetCellStyle(s.name, col+"2", fmt.Sprintf("%s%d", col, len(s.rows)+1), style); err != nil {
			return err
		}
	}
	return f.SetPanes(s.name, &excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft"})
}

// excelSerial is the spreadsheet date-time of t as its wall clock reads in its own
// zone: days since 1899-12-30, the hours a fraction.
func excelSerial(t time.Time) float64 {
	wall := time.Date(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), 0, time.UTC)
	return wall.Sub(time.Date(1899, 12, 30, 0, 0, 0, 0, time.UTC)).Hours() / 24
}

// clockCell is scenario second t as a clock-time cell, or an empty cell when !ok.
func (a assessed) clockCell(ok bool, t int64) any {
	if !ok {
		return nil
	}
	return a.clockTime(t)
}

// requirementSheet is every requirement's score.
func (a assessed) requirementSheet(l i18n.Language) xlsxSheet {
	s := xlsxSheet{name: l.Pick("要求得分", "Requirements"), cols: []xlsxColumn{
		{l.Pick("编号", "ID"), xlsxText, 8}, {l.Pick("条款", "Clause"), xlsxText, 8}, {l.Pick("要求", "Requirement"), xlsxText, 50},
		{l.Pick("类别", "Category"), xlsxText, 16}, {l.Pick("适用", "Applies"), xlsxText, 8},
		{l.Pick("开始", "Start"), xlsxClock, 18}, {l.Pick("完成", "Stop"), xlsxClock, 18}, {l.Pick("用时", "Took"), xlsxDuration, 10},
		{l.Pick("限时", "Allowed"), xlsxDuration, 10}, {l.Pick("分值", "Weight"), xlsxPoints, 8}, {l.Pick("得分", "Points"), xlsxPoints, 8},
		{l.Pick("结论", "Verdict"), xlsxText, 20},
	}}
	for _, r := range a.Scorecard.Rows {
		var took any
		if r.Started && r.Stopped {
			took = xlsxSeconds(r.ResponseS)
		}
		var points any
		if r.Applicable {
			points = r.Points
		}
		s.rows = append(s.rows, []any{r.Requirement.ID, r.Requirement.Clause, r.Requirement.Title, r.Requirement.Category,
			l.Pick(map[bool]string{true: "是", false: "否"}[r.Applicable], map[bool]string{true: "yes", false: "no"}[r.Applicable]),
			a.clockCell(r.Started, r.StartS), a.clockCell(r.Stopped, r.StopS), took, xlsxSeconds(r.AllowedS),
			r.Requirement.Weight, points, verdict(r, l)})
	}
	return s
}

// categorySheet is every category's subtotal.
func (a assessed) categorySheet(l i18n.Language) xlsxSheet {
	s := xlsxSheet{name: l.Pick("分类得分", "Categories"), cols: []xlsxColumn{
		{l.Pick("类别", "Category"), xlsxText, 16}, {l.Pick("得分", "Points"), xlsxPoints, 8}, {l.Pick("分值", "Weight"), xlsxPoints, 8},
		{l.Pick("得分率", "Percent"), xlsxPercent, 10}, {l.Pick("适用要求", "Applicable"), xlsxInteger, 10}, {l.Pick("达标", "Met"), xlsxInteger, 8},
	}}
	for _, c := range a.Scorecard.Categories {
		var share any
		if c.Requirements > 0 {
			share = c.Percent() / 100
		}
		s.rows = append(s.rows, []any{c.Category, c.Points, c.Weight, share, c.Requirements, c.Met})
	}
	return s
}

// outcomeSheet is the outcome indicators, one a row, each value in its own format
// column (a count, a share, a clock time or a number with its unit).
func (a assessed) outcomeSheet(l i18n.Language) xlsxSheet {
	s := xlsxSheet{name: l.Pick("结果指标", "Outcome"), cols: []xlsxColumn{
		{l.Pick("指标", "Indicator"), xlsxText, 24}, {l.Pick("数值", "Count"), xlsxPoints, 12},
		{l.Pick("比例", "Share"), xlsxPercent, 10}, {l.Pick("时间", "Time"), xlsxClock, 18}, {l.Pick("单位", "Unit"), xlsxText, 10},
	}}
	o := a.Outcome
	add := func(label string, v, share, at any, unit string) {
		s.rows = append(s.rows, []any{label, v, share, at, unit})
	}
	// The figures of the drill's status are left blank when the log holds none.
	status := func(v any) any {
		if !o.Measured() {
			return nil
		}
		return v
	}
	add(l.Pick("危险人·分钟", "People-minutes in danger"), status(o.Final.PeopleMinutesInDanger), nil, nil, l.Pick("人·分钟", "person-min"))
	add(l.Pick("伤亡人数", "Casualties"), o.Casualties, nil, nil, l.Pick("人", "people"))
	add(l.Pick("处于危险人数峰值", "Peak of people in danger"), status(o.PeakInDanger), nil, a.clockCell(o.PeakInDanger > 0, o.PeakInDangerS), l.Pick("人", "people"))
	add(l.Pick("已安置", "Sheltered"), status(o.Final.Sheltered), status(o.ShareSheltered()), nil, l.Pick("人", "people"))
	add(l.Pick("居民", "Residents"), status(o.Final.Residents), nil, nil, l.Pick("人", "people"))
	add(l.Pick("最后一批群众安置", "Last evacuees sheltered"), nil, nil, a.clockCell(o.AnySheltered, o.LastShelteredS), "")
	add(l.Pick("中断道路", "Roads cut"), o.RoadsCut(), nil, nil, l.Pick("条", "roads"))
	add(l.Pick("道路累计中断", "Road-hours cut"), o.RoadHoursCut(), nil, nil, l.Pick("小时", "hours"))
	add(l.Pick("过火面积", "Area burnt"), status(o.Final.BurntHa), nil, nil, l.Pick("公顷", "ha"))
	add(l.Pick("损毁建筑", "Buildings destroyed"), o.BuildingsDestroyed, nil, nil, l.Pick("栋", "buildings"))
	return s
}

// observationSheet is the evaluators' ratings by item.
func (a assessed) observationSheet(l i18n.Language) xlsxSheet {
	s := xlsxSheet{name: l.Pick("评估员意见", "Observations"), cols: []xlsxColumn{
		{l.Pick("编号", "Item"), xlsxText, 8}, {l.Pick("观察项", "Observation"), xlsxText, 40}, {l.Pick("得分", "Score"), xlsxPercent, 8},
		{l.Pick("多数意见", "Most said"), xlsxText, 10}, {l.Pick("一致度", "Agreement"), xlsxPercent, 10}, {l.Pick("人数", "Raters"), xlsxInteger, 8},
	}}
	for _, it := range a.Evaluation.Items {
		s.rows = append(s.rows, []any{it.Item.ID, l.Pick(it.Item.Title, it.Item.English), it.Score, l.Pick(it.Modal.Chinese(), string(it.Modal)),
			it.Agreement, len(it.Observations)})
	}
	return s
}

// summarySheet is the totals and the grade.
func (a assessed) summarySheet(l i18n.Language) xlsxSheet {
	s := xlsxSheet{name: l.Pick("汇总", "Summary"), cols: []xlsxColumn{
		{l.Pick("项目", "Item"), xlsxText, 16}, {l.Pick("得分", "Score"), xlsxPoints, 10}, {l.Pick("等级", "Grade"), xlsxText, 10},
	}}
	var evaluators any
	if a.Evaluation.Rated() {
		evaluators = a.Evaluation.Total
	}
	s.rows = [][]any{
		{l.Pick("自动评分", "Automatic"), a.Scorecard.Total, nil},
		{l.Pick("评估员评分", "Evaluators"), evaluators, nil},
		{l.Pick("综合得分", "Final"), a.Final, gradeName(a.Grade, l)},
	}
	return s
}
