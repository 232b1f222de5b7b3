package scoring

import (
	"bytes"
	"flag"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"drillsim/maps"
	"drillsim/scenarios"
	"drillsim/sim"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// reportFloodEvents is a short flood drill written by hand: the orange warning at
// 22:10 but only the two flood zones warned (not the threatened villages: the
// warning duty is never done); the river in town at 00:00 and the first report at
// 00:45 (1.5 times the 30 minutes allowed: half the points); the response activated
// at 00:10 and a dispatch order at 00:20 (both met); a road cut from 00:13 to 03:13
// (met); one casualty; nobody evacuated (never done).
var reportFloodEvents = []sim.Event{
	{T: 300, Kind: sim.EventStatus, Counts: &sim.Counts{Residents: 20628, Unwarned: 20628}},
	{T: 600, Kind: scenarios.EventRainWarning, Level: "orange", Inject: "I02"},
	{T: 1800, Kind: scenarios.EventWarned, Zone: "福宝场镇滨河片区洪水风险区", Share: 1, Count: 2132},
	{T: 1800, Kind: scenarios.EventWarned, Zone: "南岸街洪水风险区", Share: 1, Count: 1349},
	{T: 3600, Kind: sim.EventStatus, Counts: &sim.Counts{Residents: 20628, Unwarned: 17147, Warned: 2000, Moving: 400, Sheltered: 1081}},
	{T: 4000, Kind: scenarios.EventSheltered, Shelter: "福宝中学", Village: "福宝社区", Count: 1200},
	{T: 7200, Kind: scenarios.EventHazardStarted, Hazard: "dacao-flood", HazardType: scenarios.HazardFlood, Zone: "福宝场镇滨河片区洪水风险区"},
	{T: 7200, Kind: sim.EventStatus, Counts: &sim.Counts{Residents: 20628, Unwarned: 17147, Warned: 2200, Sheltered: 1281, InDanger: 60}},
	{T: 7800, Kind: scenarios.EventResponseActivated, Level: "IV"},
	{T: 7980, Kind: scenarios.EventRoadCut, Hazard: "dacao-flood", Road: "福宝大桥北引道", Village: "福宝社区"},
	{T: 8400, Kind: scenarios.EventOrder, Order: scenarios.OrderDispatch, Role: scenarios.RoleCommand, Unit: "rescue-1"},
	{T: 9000, Kind: sim.EventStatus, Counts: &sim.Counts{Residents: 20628, Unwarned: 17147, Warned: 2100, Sheltered: 1381, InDanger: 80, PeopleMinutesInDanger: 1800}},
	{T: 9300, Kind: scenarios.EventCasualty, Hazard: "dacao-flood", Zone: "南岸街洪水风险区", Count: 1},
	{T: 9900, Kind: scenarios.EventReportSent, Report: scenarios.ReportInitial},
	{T: 10800, Kind: sim.EventStatus, Counts: &sim.Counts{Residents: 20628, Unwarned: 17147, Warned: 2100, Sheltered: 1381, InDanger: 20, Casualties: 1, PeopleMinutesInDanger: 3000}},
	{T: 18780, Kind: scenarios.EventRoadCleared, Road: "福宝大桥北引道", Village: "福宝社区"},
	{T: 28800, Kind: sim.EventStatus, Counts: &sim.Counts{Residents: 20628, Unwarned: 17147, Warned: 2100, Sheltered: 1381, InDanger: 0, Casualties: 1, PeopleMinutesInDanger: 3300}},
}

// floodAssessment assesses reportFloodEvents against the built-in flood scenario and
// its plan, with the observations of testdata/observations.yaml.
func floodAssessment(t testing.TB) *Assessment {
	t.Helper()
	scn, err := scenarios.LoadBuiltin("flood")
	if err != nil {
		t.Fatal(err)
	}
	plan, err := scn.ResolvePlan()
	if err != nil {
		t.Fatal(err)
	}
	obs, err := ReadObservations(filepath.Join("testdata", "observations.yaml"), scn.Start.Time, DefaultObservationItems)
	if err != nil {
		t.Fatal(err)
	}
	h := sim.EventLogHeader{Format: "drillsim events 1", Scenario: scn.ID, ScenarioHash: sim.ScenarioHash(scn), MapHash: "daa7207cbb718f87", Seed: scn.Seed}
	a := Assess(plan, scn, h, "flood.jsonl", reportFloodEvents, DefaultObservationItems, obs)
	return &a
}

// floodReport draws the report of floodAssessment on the demo town in lang.
func floodReport(t testing.TB, lang Lang) *Report {
	t.Helper()
	needCJKFont(t)
	town, err := maps.Default()
	if err != nil {
		t.Fatal(err)
	}
	r, err := NewReport(floodAssessment(t), town, lang)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// dataURI matches the figures of an HTML report.
var dataURI = regexp.MustCompile(`data:image/png;base64,[A-Za-z0-9+/=&#;]+`)

func TestReportHTMLGolden(t *testing.T) {
	for _, lang := range []Lang{Chinese, English} {
		t.Run(string(lang), func(t *testing.T) {
			r := floodReport(t, lang)
			var buf bytes.Buffer
			if err := r.WriteHTML(&buf); err != nil {
				t.Fatal(err)
			}
			if n := len(dataURI.FindAll(buf.Bytes(), -1)); n != len(r.Charts) || n < 4 {
				t.Errorf("the page embeds %d figures, want all %d charts (at least 4)", n, len(r.Charts))
			}
			got := dataURI.ReplaceAll(buf.Bytes(), []byte("data:image/png;base64,PNG"))
			golden := filepath.Join("testdata", "report."+string(lang)+".golden.html")
			if *update {
				if err := os.WriteFile(golden, got, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -run TestReportHTMLGolden -update to write it)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("the HTML report differs from %s (figures blanked); run with -update if the change is meant:\n%s", golden, firstDifference(got, want))
			}
		})
	}
}

// firstDifference shows the lines around the first difference of got and want.
func firstDifference(got, want []byte) string {
	g, w := strings.Split(string(got), "\n"), strings.Split(string(want), "\n")
	for i := range max(len(g), len(w)) {
		var gl, wl string
		if i < len(g) {
			gl = g[i]
		}
		if i < len(w) {
			wl = w[i]
		}
		if gl != wl {
			return "line " + strconv.Itoa(i+1) + ":\n got: " + gl + "\nwant: " + wl
		}
	}
	return ""
}

func TestReportPDFHasChineseText(t *testing.T) {
	pdftotext, err := exec.LookPath("pdftotext")
	if err != nil {
		t.Skip("skipping: pdftotext not installed (apt-get install poppler-utils)")
	}
	r := floodReport(t, Chinese)
	path := filepath.Join(t.TempDir(), "report.pdf")
	var buf bytes.Buffer
	if err := r.WritePDF(&buf); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(pdftotext, "-enc", "UTF-8", path, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext cannot read the report: %v", err)
	}
	text := strings.Join(strings.Fields(string(out)), "")
	for _, want := range []string{"演练评估报告", "演练概况", "评估依据", "时间线", "各项要求得分", "分类得分", "结果指标", "评估员意见", "存在问题", "改进建议", "附件",
		"福宝镇“7·15”大漕河山洪灾害应急演练", "险情发生后30分钟内向县应急管理局电话初报", "预警与信息报告"} {
		if !strings.Contains(text, want) {
			t.Errorf("pdftotext does not find %q in the PDF", want)
		}
	}
}
