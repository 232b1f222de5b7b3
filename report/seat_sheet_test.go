package report

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestSeatSheetHasEverySeat writes the sheet of fourteen seats (more than a page) and
// reads it back: every role, code and join link is there as text, every card has its
// QR code image, and the standby server's address is on every page (three).
func TestSeatSheetHasEverySeat(t *testing.T) {
	pdftotext, err := exec.LookPath("pdftotext")
	if err != nil {
		t.Skip("skipping: pdftotext not installed (apt-get install poppler-utils)")
	}
	sheet := SeatSheet{Title: "福宝镇“7·15”大漕河山洪灾害应急演练", Address: "192.168.1.20:8080", Standby: "192.168.1.21:8080", Start: time.Date(2026, 7, 15, 22, 0, 0, 0, time.UTC)}
	roles := []string{"指挥部", "村:福宝社区", "村:玉兰村", "村:大漕村", "村:石龙村", "村:白鹿村", "村:高洞村", "村:银杏村", "村:青杠村", "村:龙井村", "村:桂花村", "村:天堂坝村", "导调", "评估"}
	for i, r := range roles {
		code := strings.Repeat(string(rune('A'+i)), 4) + "-7K3M-9QX2"
		sheet.Seats = append(sheet.Seats, SheetSeat{Role: r, Code: code, Link: "http://192.168.1.20:8080/?code=" + code})
	}
	var buf bytes.Buffer
	if err := WriteSeatSheet(&buf, sheet); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "seats.pdf")
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(pdftotext, "-enc", "UTF-8", path, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext cannot read the sheet: %v", err)
	}
	text := strings.Join(strings.Fields(string(out)), "")
	for _, s := range sheet.Seats {
		for _, want := range []string{s.Role, s.Code, s.Link} {
			if !strings.Contains(text, want) {
				t.Errorf("pdftotext does not find %q in the seat sheet", want)
			}
		}
	}
	if n := strings.Count(text, "备用服务器standby192.168.1.21:8080"); n != 3 {
		t.Errorf("the standby's address is on %d pages of the sheet, want all three", n)
	}
	if n := bytes.Count(buf.Bytes(), []byte("/Subtype /Image")); n != len(roles) {
		t.Errorf("the sheet holds %d images, want a QR code for each of %d seats", n, len(roles))
	}
}
