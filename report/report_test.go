package report

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

	"drillsim/drill"
	"drillsim/i18n"
	"drillsim/scoring/scoringtest"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// floodAssessment is the hand-written flood drill's assessment as the report lays it out.
func floodAssessment(t testing.TB) assessed { return assessed{scoringtest.FloodAssessment(t)} }

// floodReport draws the report of floodAssessment on the demo town in lang.
func floodReport(t testing.TB, lang i18n.Language) *Report {
	t.Helper()
	needCJKFont(t)
	town, err := drill.DemoTown()
	if err != nil {
		t.Fatal(err)
	}
	r, err := New(floodAssessment(t).Assessment, town, lang)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// dataURI matches the figures of an HTML report.
var dataURI = regexp.MustCompile(`data:image/png;base64,[A-Za-z0-9+/=&#;]+`)

func TestReportHTMLGolden(t *testing.T) {
	for _, lang := range []i18n.Language{i18n.Chinese, i18n.English} {
		t.Run(lang.String(), func(t *testing.T) {
			r := floodReport(t, lang)
			var buf bytes.Buffer
			if err := r.WriteHTML(&buf); err != nil {
				t.Fatal(err)
			}
			if n := len(dataURI.FindAll(buf.Bytes(), -1)); n != len(r.Charts) || n < 4 {
				t.Errorf("the page embeds %d figures, want all %d charts (at least 4)", n, len(r.Charts))
			}
			got := dataURI.ReplaceAll(buf.Bytes(), []byte("data:image/png;base64,PNG"))
			golden := filepath.Join("testdata", "report."+lang.String()+".golden.html")
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
	r := floodReport(t, i18n.Chinese)
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
