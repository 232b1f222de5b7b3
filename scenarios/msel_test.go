package scenarios

import (
	"encoding/json"
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
	got, err := ReadMSEL(path, mselStart, MSELOptions{})
	if err != nil {
		t.Fatal(err)
	}
	checkMSELInjects(t, got.Injects)
	if len(got.Warnings) != 0 || got.Injects[1].Notes != "重点" {
		t.Errorf("warnings %q, notes %q", got.Warnings, got.Injects[1].Notes)
	}
}

func TestReadMSELNamesRowAndColumn(t *testing.T) {
	tests := []struct{ name, csv, want string }{
		{"bad time", "时间,接收方,内容\n22:10,指挥部,a\nsoon,指挥部,b\n", `m.csv:3:1: column 时间 (time): bad time "soon"`},
		{"bad role", "time,to,text\n22:10,镇长,a\n", `m.csv:2:2: column 接收方 (to): unknown role "镇长"`},
		{"no text", "时间,接收方,内容\n22:10,指挥部,\n", "m.csv:2:3: column 内容 (text): the inject has no text"},
		{"missing column", "时间,内容\n", "m.csv:1:1: the header row has no 接收方 (to) column"},
		{"12-hour hour", "time,to,text\n13:10 PM,指挥部,a\n", `m.csv:2:1: column 时间 (time): bad time "13:10": a 12-hour time's hour is 1 to 12`},
		{"before the start", "time,to,text\n2026-07-15 21:00,指挥部,a\n", "m.csv:2:1: column 时间 (time): 2026-07-15 21:00 is before the scenario's start 2026-07-15 22:00"},
		{"bad day", "date,time,to,text\nsoon,22:10,指挥部,a\n", `m.csv:2:2: column 时间 (time): bad day "soon"`},
		{"unknown player", "time,to,text\n22:10,SRE,a\n", `m.csv:2:2: column 接收方 (to): unknown role "SRE"`},
		{"broken quotes", "时间,接收方,内容\n22:10,指挥部,\"unclosed\n", "m.csv:2:"},
		{"empty", "\n\n", "m.csv: the sheet is empty"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := parseMSEL([]byte(tt.csv), "m.csv", mselStart, MSELOptions{})
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error:\n%v\nwant a line containing %q", err, tt.want)
			}
		})
	}
	if _, err := parseMSEL([]byte("PK"), "m.xlsx", mselStart, MSELOptions{}); err == nil || !strings.Contains(err.Error(), "m.xlsx: this program reads no XLSX sheets: save the sheet as CSV") {
		t.Errorf("a workbook with no XLSX reader linked in: %v", err)
	}
	if _, err := parseMSEL(nil, "m.txt", mselStart, MSELOptions{}); err == nil || !strings.Contains(err.Error(), ".csv or .xlsx") {
		t.Errorf("an unknown extension: %v", err)
	}
	if _, err := ReadMSEL("absent.csv", mselStart, MSELOptions{}); err == nil || !strings.Contains(err.Error(), "absent.csv") {
		t.Errorf("a missing file: %v", err)
	}
}

// hseepCSV is an MSEL sheet in HSEEP's columns, with two it does not use and 12-hour
// times.
const hseepCSV = `Event #,Scenario Time,Event Type,Inject Mode,From,To,Message,Expected Action
1,10:10 PM,Contextual,Phone,County Met Office,SRE,Red rainstorm warning for the township,Activate the response
2,11:40 p.m.,Expected action,Radio,Gauge keeper,村:玉兰村,The river is at the bridge deck,Evacuate the riverside houses
3,12:30 AM,Contingency,Email,County EOC,Evaluator,Ask for the first report,
`

// playerCSV is a sheet of the other common shape: #, Real Time, Date, Subject, From,
// Player, Script, its days as dates.
const playerCSV = `#,Real Time,Date,Subject,From,Player,Script
A1,07:29 PM,7/16/2026,Power cut,Grid company,SRE,Power is out in the old town
A2,08:05 AM,7/17/2026,Road,Police,sre,The county road is blocked
`

// TestReadMSELCommonSheets reads the HSEEP sheet and the Real Time/Player sheet with a
// roles map: their columns recognised, the times read as the sheets mean them, the
// columns not used kept as notes with one warning.
func TestReadMSELCommonSheets(t *testing.T) {
	roles := MSELOptions{Roles: map[string]Role{"SRE": RoleCommand, "Evaluator": RoleEvaluator}}
	h, err := parseMSEL([]byte(hseepCSV), "hseep.csv", mselStart, roles)
	if err != nil {
		t.Fatal(err)
	}
	want := []struct {
		id    string
		at    At
		to    Role
		notes string
	}{
		{"1", At(10 * Minute), RoleCommand, "Event Type: Contextual; Inject Mode: Phone"},
		{"2", At(1*Hour + 40*Minute), "village:玉兰村", "Event Type: Expected action; Inject Mode: Radio"},
		{"3", At(2*Hour + 30*Minute), RoleEvaluator, "Event Type: Contingency; Inject Mode: Email"},
	}
	if len(h.Injects) != len(want) {
		t.Fatalf("%d injects: %+v", len(h.Injects), h.Injects)
	}
	for i, w := range want {
		in := h.Injects[i]
		if in.ID != w.id || *in.At != w.at || in.To != w.to || in.Notes != w.notes {
			t.Errorf("inject %d: %s at %v to %s, notes %q; want %+v", i, in.ID, *in.At, in.To, in.Notes, w)
		}
	}
	if h.Injects[0].Text != "Red rainstorm warning for the township" || h.Injects[1].Expect != "Evacuate the riverside houses" || h.Injects[0].From != "County Met Office" {
		t.Errorf("texts %+v", h.Injects[:2])
	}
	if len(h.Warnings) != 1 || !strings.Contains(h.Warnings[0], `hseep.csv:1: 未使用的列已作为备注保留 columns not used, kept as each inject's notes: "Event Type", "Inject Mode"`) {
		t.Errorf("warnings %q", h.Warnings)
	}

	p, err := parseMSEL([]byte(playerCSV), "player.csv", mselStart, roles)
	if err != nil {
		t.Fatal(err)
	}
	// The start is 2026-07-15 22:00: 7/16 19:29 is 21h29m on, 7/17 08:05 1d10h05m.
	if len(p.Injects) != 2 || *p.Injects[0].At != At(21*Hour+29*Minute) || *p.Injects[1].At != At(34*Hour+5*Minute) {
		t.Fatalf("times %+v", p.Injects)
	}
	if p.Injects[0].Text != "Power cut：Power is out in the old town" || p.Injects[1].To != RoleCommand || len(p.Warnings) != 0 {
		t.Errorf("%+v, warnings %q", p.Injects, p.Warnings)
	}
}

// TestMSELTimes reads the times sheets write, for a drill starting 2026-07-15 22:00.
func TestMSELTimes(t *testing.T) {
	for _, c := range []struct {
		time, date string
		want       At
	}{
		{"+1h20m", "", At(80 * Minute)},
		{"23:40", "", At(100 * Minute)},
		{"01:30", "", At(210 * Minute)},
		{"11:40 PM", "", At(100 * Minute)},
		{"12:05 am", "", At(125 * Minute)},
		{"下午10:30", "", At(30 * Minute)},
		{"凌晨1:00", "", At(180 * Minute)},
		{"0.9375", "", At(30 * Minute)}, // 22:30 as a time cell holds it
		{"Day 1 22:10", "", At(10 * Minute)},
		{"Day 2 07:29", "", At(9*Hour + 29*Minute)},
		{"D2 7:29 PM", "", At(21*Hour + 29*Minute)},
		{"第2天 08:00", "", At(10 * Hour)},
		{"2026-07-16 08:00", "", At(10 * Hour)},
		{"2026/7/16 8:00", "", At(10 * Hour)},
		{"7/16/2026 8:00 AM", "", At(10 * Hour)},
		{"46219.3333333333", "", At(10 * Hour)}, // 2026-07-16 08:00 as a date cell holds it
		{"08:00", "2026-07-16", At(10 * Hour)},
		{"08:00", "Day 2", At(10 * Hour)},
		{"0.3333333333", "46219", At(10 * Hour)},
	} {
		got, err := mselTime(c.time, c.date, mselStart)
		if err != nil || got != c.want {
			t.Errorf("%q on %q: %v, %v; want %v", c.time, c.date, got, err, c.want)
		}
	}
}

// TestInjectsFromWithRoles reads a scenario whose injects_from names a sheet and a
// roles file.
func TestInjectsFromWithRoles(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "hseep.csv"), []byte(hseepCSV), 0o644)
	os.WriteFile(filepath.Join(dir, "roles.yaml"), []byte("SRE: 指挥部\nEvaluator: 评估\n"), 0o644)
	data, err := library.ReadFile("library/flood.yaml")
	if err != nil {
		t.Fatal(err)
	}
	text := string(data) + "\ninjects_from: {sheet: hseep.csv, roles: roles.yaml}\n"
	path := filepath.Join(dir, "s.yaml")
	os.WriteFile(path, []byte(text), 0o644)
	s, err := ReadScenario(path)
	if err != nil {
		t.Fatal(err)
	}
	last := s.Injects[len(s.Injects)-1]
	if last.ID != "3" || last.To != RoleEvaluator || s.InjectsFrom.Roles != "roles.yaml" {
		t.Errorf("last inject %+v, source %+v", last, s.InjectsFrom)
	}
	os.WriteFile(path, []byte(string(data)+"\ninjects_from: hseep.csv\n"), 0o644)
	if _, err := ReadScenario(path); err == nil || !strings.Contains(err.Error(), `hseep.csv:2:6: column 接收方 (to): unknown role "SRE"`) || !strings.Contains(err.Error(), "roles file") {
		t.Errorf("without roles: %v", err)
	}
	os.WriteFile(filepath.Join(dir, "roles.yaml"), []byte("SRE: 镇长\n"), 0o644)
	if _, err := ReadRoles(filepath.Join(dir, "roles.yaml")); err == nil || !strings.Contains(err.Error(), `roles.yaml: player "SRE": unknown role "镇长"`) {
		t.Errorf("a bad roles file: %v", err)
	}
}

// TestInjectsFromThroughJSON requires a scenario's injects_from to come back from its
// JSON (as a served drill sends the scenario to its seats) as it went: none, the sheet
// alone (written as its path, as before sheets had roles) and the sheet with its roles.
func TestInjectsFromThroughJSON(t *testing.T) {
	for _, m := range []MSELSource{{}, {Sheet: "msel.csv"}, {Sheet: "msel.xlsx", Roles: "roles.yaml"}} {
		data, err := json.Marshal(Scenario{ID: "x", InjectsFrom: m})
		if err != nil {
			t.Fatal(err)
		}
		var back Scenario
		if err := json.Unmarshal(data, &back); err != nil || back.InjectsFrom != m {
			t.Errorf("%+v came back as %+v (%v) from %s", m, back.InjectsFrom, err, data)
		}
	}
}
