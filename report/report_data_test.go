package report

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"drillsim/i18n"
)

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
	want := []string{"要求得分", "分类得分", "结果指标", "评估员意见"}
	if got := f.GetSheetList(); strings.Join(got, ",") != strings.Join(want, ",") {
		t.Errorf("sheets %v, want %v", got, want)
	}
	rows, err := f.GetRows("要求得分")
	if err != nil {
		t.Fatal(err)
	}
	// Row 3 is 4.3.1: started at 7200, stopped at 9900, 4 of 8 points, late.
	if len(rows) < 3 || rows[2][1] != "4.3.1" || rows[2][5] != "7200" || rows[2][6] != "9900" || rows[2][7] != "2700" || rows[2][10] != "4" || rows[2][11] != "超时" {
		t.Errorf("the 4.3.1 row reads back as %q", rows[2])
	}
	if typ, err := f.GetCellType("要求得分", "K3"); err != nil || typ == excelize.CellTypeSharedString || typ == excelize.CellTypeInlineString {
		t.Errorf("points are stored as text (cell type %v, %v), want a number", typ, err)
	}
	final := rows[len(rows)-1]
	if final[0] != "综合得分" || final[1] != "40.84" || final[2] != "不合格" {
		t.Errorf("the final row reads %q, want 综合得分 40.84 不合格", final)
	}
	cats, _ := f.GetRows("分类得分")
	if len(cats) != 9 || cats[1][0] != "预警与信息报告" || cats[1][2] != "17.4%" {
		t.Errorf("category sheet %q", cats)
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
	if rows[0][1] != "clause" || len(rows) != 1+12+3 {
		t.Fatalf("header %q and %d rows, want clause and 1+12+3", rows[0], len(rows))
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
	if want := 0.7*got.Automatic + 0.3**got.Evaluators; got.Final != want {
		t.Errorf("final %g, want 0.7×%g + 0.3×%g = %g", got.Final, got.Automatic, *got.Evaluators, want)
	}
}
