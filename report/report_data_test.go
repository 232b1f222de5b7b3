package report

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"math"
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"drillsim/i18n"
)

// TestWriteXLSXReadsBack reads the workbook back as a spreadsheet user would: one
// table a sheet with its header frozen, points and counts as numbers, shares with a
// percent format, clock times as date-times and durations as [h]:mm.
func TestWriteXLSXReadsBack(t *testing.T) {
	a := floodAssessment(t)
	var buf bytes.Buffer
	if err := WriteXLSX(&buf, a.Assessment, i18n.Chinese); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(&buf)
	if err != nil {
		t.Fatalf("excelize cannot open the workbook: %v", err)
	}
	defer f.Close()
	want := []string{"要求得分", "分类得分", "结果指标", "评估员意见", "汇总"}
	if got := f.GetSheetList(); strings.Join(got, ",") != strings.Join(want, ",") {
		t.Errorf("sheets %v, want %v", got, want)
	}
	for _, sheet := range want {
		panes, err := f.GetPanes(sheet)
		if err != nil || !panes.Freeze || panes.YSplit != 1 {
			t.Errorf("%s: the header row is not frozen (%+v, %v)", sheet, panes, err)
		}
		rows, _ := f.GetRows(sheet)
		for i, row := range rows {
			if len(row) == 0 {
				t.Errorf("%s: row %d is empty: one table a sheet, no gaps", sheet, i+1)
			}
		}
	}
	rows, err := f.GetRows("要求得分")
	if err != nil {
		t.Fatal(err)
	}
	// Row 3 is 4.3.1: started at 00:00 the next day, stopped at 00:45, took 45
	// minutes of 30, 4 of 8 points, late. The last row is a requirement, not a total.
	if got := rows[2]; len(got) < 12 || got[1] != "4.3.1" || got[5] != "2026-07-16 00:00" || got[6] != "2026-07-16 00:45" ||
		got[7] != "0:45" || got[8] != "0:30" || got[10] != "4.00" || got[11] != "超时" {
		t.Errorf("the 4.3.1 row reads back as %q", got)
	}
	if last := rows[len(rows)-1]; last[0] != "R15" {
		t.Errorf("the requirements sheet ends with %q, want the last requirement: totals go on their own sheet", last)
	}
	number := func(sheet, cell string, want float64) {
		t.Helper()
		typ, err := f.GetCellType(sheet, cell)
		if err != nil || typ == excelize.CellTypeSharedString || typ == excelize.CellTypeInlineString {
			t.Errorf("%s!%s is text (cell type %v, %v), want a number", sheet, cell, typ, err)
		}
		v, err := f.GetCellValue(sheet, cell, excelize.Options{RawCellValue: true})
		if err != nil {
			t.Fatal(err)
		}
		if got, err := strconv.ParseFloat(v, 64); err != nil || math.Abs(got-want) > 1e-6 {
			t.Errorf("%s!%s holds %q, want %g", sheet, cell, v, want)
		}
	}
	number("要求得分", "K3", 4)            // points
	number("要求得分", "H3", 45.0/(24*60)) // 45 minutes as a fraction of a day
	number("要求得分", "F3", 46219)        // 2026-07-16 00:00 as a date serial
	number("分类得分", "D2", 4.0/23)       // the share, shown as 17.4%
	number("分类得分", "E2", 3)            // requirements that applied
	number("结果指标", "B3", 1)            // one casualty
	number("汇总", "B4", a.Final)
	cats, _ := f.GetRows("分类得分")
	if cats[1][0] != "预警与信息报告" || cats[1][3] != "17.4%" {
		t.Errorf("category row %q, want 预警与信息报告 at 17.4%%", cats[1])
	}
	summary, _ := f.GetRows("汇总")
	if final := summary[len(summary)-1]; final[0] != "综合得分" || final[1] != "35.96" || final[2] != "不合格" {
		t.Errorf("the summary ends with %q, want 综合得分 35.96 不合格", final)
	}
}

func TestWriteCSVReadsBack(t *testing.T) {
	a := floodAssessment(t)
	var buf bytes.Buffer
	if err := WriteCSV(&buf, a.Assessment, i18n.English); err != nil {
		t.Fatal(err)
	}
	data := buf.Bytes()
	if !bytes.HasPrefix(data, []byte("\ufeff")) {
		t.Error("the CSV has no byte order mark: spreadsheet programs would garble the Chinese")
	}
	r := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(data, []byte("\ufeff"))))
	r.FieldsPerRecord = -1
	rows, err := r.ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if rows[0][1] != "clause" || len(rows) != 1+11+3 {
		t.Fatalf("header %q and %d rows, want clause and 1+11+3", rows[0], len(rows))
	}
	if got := rows[7]; got[1] != "5.3.3" || got[4] != "false" || got[10] != "0" || got[11] != "n/a (never started)" {
		t.Errorf("the never-started 5.3.3 row is %q", got)
	}
	if last := rows[len(rows)-1]; last[0] != "grade" || last[1] != "fail" {
		t.Errorf("last row %q, want the grade", last)
	}
}

func TestWriteJSON(t *testing.T) {
	a := floodAssessment(t)
	var buf bytes.Buffer
	if err := WriteJSON(&buf, a.Assessment); err != nil {
		t.Fatal(err)
	}
	var got struct {
		Requirements []struct {
			Clause string  `json:"clause"`
			StopS  *int64  `json:"stop_s"`
			Points float64 `json:"points"`
			OverS  int64   `json:"over_s"`
		} `json:"requirements"`
		NotApplicable int      `json:"not_applicable"`
		Automatic     float64  `json:"automatic"`
		Evaluators    *float64 `json:"evaluators"`
		Final         float64  `json:"final"`
		Grade         string   `json:"grade"`
		Outcome       struct {
			RoadsCut     int     `json:"roads_cut"`
			RoadHoursCut float64 `json:"road_hours_cut"`
			PeakInDanger int     `json:"peak_in_danger"`
		} `json:"outcome"`
	}
	if err := json.Unmarshal(buf.Bytes(), &got); err != nil {
		t.Fatal(err)
	}
	r := got.Requirements[1]
	if r.Clause != "4.3.1" || r.StopS == nil || *r.StopS != 9900 || r.Points != 4 || r.OverS != 900 {
		t.Errorf("4.3.1 in JSON: %+v", r)
	}
	if got.Requirements[0].StopS != nil {
		t.Error("a duty never done has a stop time in JSON, want null")
	}
	if got.NotApplicable != 2 || got.Evaluators == nil || got.Grade != "不合格" || got.Outcome.RoadsCut != 1 || got.Outcome.RoadHoursCut != 3 || got.Outcome.PeakInDanger != 80 {
		t.Errorf("JSON summary %+v", got)
	}
	// The one casualty, in a zone the plan required moved, costs a point (7.2.3).
	if want := 0.7*got.Automatic + 0.3**got.Evaluators - 1; math.Abs(got.Final-want) > 1e-9 {
		t.Errorf("final %g, want 0.7×%g + 0.3×%g - 1 = %g", got.Final, got.Automatic, *got.Evaluators, want)
	}
}
