// Package xlsx reads the MSEL sheets of scenarios from XLSX workbooks, the way exercise
// designers write them: importing it (for its effect) lets a scenario's injects_from
// name a .xlsx file. The engine reads scenarios without it, so it links no
// spreadsheet library.
package xlsx

import (
	"bytes"
	"fmt"
	"slices"

	"github.com/xuri/excelize/v2"

	"drillsim/scenarios"
)

func init() { scenarios.RegisterSheetFormat(".xlsx", Rows) }

// Rows reads the raw cell values of the workbook's sheet named MSEL, else its first
// sheet, and names the sheet read. data is the workbook file named name.
func Rows(data []byte, name string) ([][]string, string, error) {
	f, err := excelize.OpenReader(bytes.NewReader(data), excelize.Options{RawCellValue: true, UnzipSizeLimit: 64 << 20, UnzipXMLSizeLimit: 16 << 20})
	if err != nil {
		return nil, "", &scenarios.Problem{Pos: scenarios.Pos{File: name}, Msg: fmt.Sprintf("not a readable XLSX workbook: %v", err)}
	}
	defer f.Close()
	sheets := f.GetSheetList()
	if len(sheets) == 0 {
		return nil, "", &scenarios.Problem{Pos: scenarios.Pos{File: name}, Msg: "the workbook has no sheets"}
	}
	sheet := sheets[0]
	if slices.Contains(sheets, "MSEL") {
		sheet = "MSEL"
	}
	rows, err := f.GetRows(sheet, excelize.Options{RawCellValue: true})
	if err != nil {
		return nil, "", &scenarios.Problem{Pos: scenarios.Pos{File: name, Sheet: sheet}, Msg: err.Error()}
	}
	return rows, sheet, nil
}
