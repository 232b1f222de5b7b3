package xlsx

import (
	"encoding/csv"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"drillsim/scenarios"
)

var start = time.Date(2026, 7, 15, 22, 0, 0, 0, scenarios.ChinaStandardTime)

// sheet is an MSEL sheet as an exercise designer writes it, Chinese headers first.
var sheet = [][]string{
	{"编号", "时间", "接收方", "发送方", "内容", "预期行动", "备注"},
	{"M1", "22:10", "指挥部", "县气象台", "县气象台22:10发布暴雨红色预警", "启动应急响应", ""},
	{"", "", "", "", "", "", ""},
	{"M2", "+1h30m", "村:玉兰村", "网格员", "三组有群众不愿撤离", "入户劝导", "重点"},
	{"", "01:15", "导调", "", "暂停推演，讨论", "", ""},
}

// TestWorkbookReadsAsItsCSV writes the sheet as a workbook, its first time as a
// spreadsheet time (a fraction of a day shown as h:mm), and as CSV, and requires the
// same injects from both.
func TestWorkbookReadsAsItsCSV(t *testing.T) {
	dir := t.TempDir()
	f := excelize.NewFile()
	defer f.Close()
	if err := f.SetSheetName("Sheet1", "MSEL"); err != nil {
		t.Fatal(err)
	}
	for i, r := range sheet {
		cell, _ := excelize.CoordinatesToCellName(1, i+1)
		row := make([]any, len(r))
		for j, v := range r {
			row[j] = v
		}
		if err := f.SetSheetRow("MSEL", cell, &row); err != nil {
			t.Fatal(err)
		}
	}
	if err := f.SetCellValue("MSEL", "B2", 22.0/24+10.0/1440); err != nil {
		t.Fatal(err)
	}
	style, err := f.NewStyle(&excelize.Style{NumFmt: 20}) // h:mm
	if err != nil {
		t.Fatal(err)
	}
	if err := f.SetCellStyle("MSEL", "B2", "B2", style); err != nil {
		t.Fatal(err)
	}
	book := filepath.Join(dir, "msel.xlsx")
	if err := f.SaveAs(book); err != nil {
		t.Fatal(err)
	}
	var text strings.Builder
	if err := csv.NewWriter(&text).WriteAll(sheet); err != nil {
		t.Fatal(err)
	}
	sheetCSV := filepath.Join(dir, "msel.csv")
	if err := os.WriteFile(sheetCSV, []byte(text.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	bookSheet, err := scenarios.ReadMSEL(book, start, scenarios.MSELOptions{})
	if err != nil {
		t.Fatal(err)
	}
	csvSheet, err := scenarios.ReadMSEL(sheetCSV, start, scenarios.MSELOptions{})
	if err != nil {
		t.Fatal(err)
	}
	fromBook, fromCSV := bookSheet.Injects, csvSheet.Injects
	if len(fromBook) != 3 || fromBook[0].At == nil || *fromBook[0].At != scenarios.At(10*scenarios.Minute) {
		t.Fatalf("the workbook gives %+v, want 3 injects, the first at +10m", fromBook)
	}
	if !reflect.DeepEqual(fromBook, fromCSV) {
		t.Errorf("the workbook gives\n%+v\nthe CSV\n%+v", fromBook, fromCSV)
	}
}

func TestBrokenWorkbookIsNamed(t *testing.T) {
	path := filepath.Join(t.TempDir(), "m.xlsx")
	if err := os.WriteFile(path, []byte("not a zip"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := scenarios.ReadMSEL(path, start, scenarios.MSELOptions{}); err == nil || !strings.Contains(err.Error(), `m.xlsx: not an MSEL workbook (XLSX): it starts "not a zip"`) {
		t.Errorf("a file that is no workbook: %v", err)
	}
	// A zip archive that is no workbook gets past the signature and is named too.
	if err := os.WriteFile(path, []byte("PK\x03\x04 and then nothing"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := scenarios.ReadMSEL(path, start, scenarios.MSELOptions{}); err == nil || !strings.Contains(err.Error(), "m.xlsx: not a readable XLSX workbook") {
		t.Errorf("a broken workbook: %v", err)
	}
}
