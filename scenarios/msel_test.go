package scenarios

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

var mselStart = time.Date(2026, 7, 15, 22, 0, 0, 0, ChinaStandardTime)

// mselRows is a sheet as an exercise designer writes it, Chinese headers first.
var mselRows = [][]string{
	{"编号", "时间", "接收方", "发送方", "内容", "预期行动", "备注"},
	{"M1", "22:10", "指挥部", "县气象台", "县气象台22:10发布暴雨红色预警", "启动应急响应", ""},
	{"", "", "", "", "", "", ""},
	{"M2", "+1h30m", "村:玉兰村", "网格员", "三组有群众不愿撤离", "入户劝导", "重点"},
	{"", "01:15", "导调", "", "暂停推演，讨论", "", ""},
}

// checkMSELInjects checks the injects read back from mselRows.
func checkMSELInjects(t *testing.T, got []Inject) {
	t.Helper()
	if len(got) != 3 {
		t.Fatalf("%d injects, want 3 (the blank row skipped): %+v", len(got), got)
	}
	want := []struct {
		id   string
		at   At
		to   Role
		from string
	}{{"M1", At(10 * Minute), RoleCommand, "县气象台"}, {"M2", At(90 * Minute), "village:玉兰村", "网格员"}, {"msel-3", At(3*Hour + 15*Minute), RoleController, ""}}
	for i, w := range want {
		in := got[i]
		if in.ID != w.id || in.At == nil || *in.At != w.at || in.To != w.to || in.From != w.from || in.Kind != InjectMessage {
			t.Errorf("inject %d = %+v (at %v), want %+v", i, in, in.At, w)
		}
	}
	if got[0].Text != "县气象台22:10发布暴雨红色预警" || got[1].Expect != "入户劝导" {
		t.Errorf("texts %q / %q", got[0].Text, got[1].Expect)
	}
}

func TestReadMSELCSVWithChineseHeaders(t *testing.T) {
	var b strings.Builder
	b.WriteString("\ufeff") // as Excel saves "CSV UTF-8"
	for _, r := range mselRows {
		b.WriteString(strings.Join(r, ",") + "\n")
	}
	path := filepath.Join(t.TempDir(), "msel.csv")
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	got, err := ReadMSEL(path, mselStart)
	if err != nil {
		t.Fatal(err)
	}
	checkMSELInjects(t, got)
}

func TestReadMSELNamesRowAndColumn(t *testing.T) {
	tests := []struct{ name, csv, want string }{
		{"bad time", "时间,接收方,内容\n22:10,指挥部,a\nsoon,指挥部,b\n", `m.csv:3:1: column 时间 (time): bad time "soon"`},
		{"bad role", "time,to,text\n22:10,镇长,a\n", `m.csv:2:2: column 接收方 (to): unknown role "镇长"`},
		{"no text", "时间,接收方,内容\n22:10,指挥部,\n", "m.csv:2:3: column 内容 (text): the inject has no text"},
		{"unknown column", "时间,接收方,内容,优先级\n", `m.csv:1:4: unknown column "优先级"`},
		{"missing column", "时间,内容\n", "m.csv:1:1: the header row has no 接收方 (to) column"},
		{"repeated column", "时间,time,接收方,内容\n", `m.csv:1:2: column "time" repeats another column for at`},
		{"broken quotes", "时间,接收方,内容\n22:10,指挥部,\"unclosed\n", "m.csv:2:"},
		{"empty", "\n\n", "m.csv: the sheet is empty"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, _, err := parseMSEL([]byte(tt.csv), "m.csv", mselStart)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error:\n%v\nwant a line containing %q", err, tt.want)
			}
		})
	}
	if _, _, err := parseMSEL([]byte("PK"), "m.xlsx", mselStart); err == nil || !strings.Contains(err.Error(), "m.xlsx: this program reads no XLSX sheets: save the sheet as CSV") {
		t.Errorf("a workbook with no XLSX reader linked in: %v", err)
	}
	if _, _, err := parseMSEL(nil, "m.txt", mselStart); err == nil || !strings.Contains(err.Error(), ".csv or .xlsx") {
		t.Errorf("an unknown extension: %v", err)
	}
	if _, err := ReadMSEL("absent.csv", mselStart); err == nil || !strings.Contains(err.Error(), "absent.csv") {
		t.Errorf("a missing file: %v", err)
	}
}
