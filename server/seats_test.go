package server

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"drillsim/drill/drilltest"
	"drillsim/scenarios"
)

// TestJoinCodes draws codes: each twelve characters of Crockford's base 32 (60 bits),
// none twice in a thousand, and a code typed in lower case, without its dashes or
// with O for 0 still takes its seat.
func TestJoinCodes(t *testing.T) {
	seen := map[string]bool{}
	for range 1000 {
		c, err := NewCode()
		if err != nil {
			t.Fatal(err)
		}
		n := normalCode(c)
		if len(n)*5 != CodeBits || strings.Trim(n, codeAlphabet) != "" || seen[n] {
			t.Fatalf("code %q: %d bits, or not base 32, or drawn twice", c, len(n)*5)
		}
		seen[n] = true
	}
	if !sameCode("o7k3-m9qx-2hp4", "07K3M9QX2HP4") || sameCode("07K3M9QX2HP5", "07K3M9QX2HP4") {
		t.Error("codes compare as typed: case, dashes and O for 0 aside")
	}
}

// TestSeatsFile writes the default seats of the demo town and reads them back, and
// refuses a file with an unknown village, a short code or a code used twice, naming
// the seat.
func TestSeatsFile(t *testing.T) {
	town := drilltest.Town(t)
	seats, err := DefaultSeats(town, 2)
	if err != nil {
		t.Fatal(err)
	}
	if len(seats) != len(town.Villages)+4 || seats[0].Role != scenarios.RoleCommand || seats[len(seats)-1].Role != scenarios.RoleEvaluator {
		t.Fatalf("default seats %+v", seats)
	}
	path := filepath.Join(t.TempDir(), "codes.json")
	if err := WriteSeats(path, seats); err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(path); !strings.Contains(string(b), `"role": "村:`+town.Villages[0].Name+`"`) {
		t.Errorf("the seats file writes roles in Chinese:\n%s", b)
	}
	got, err := ReadSeats(path, town)
	if err != nil || len(got) != len(seats) || got[3] != seats[3] {
		t.Fatalf("read back %+v, %v", got, err)
	}
	for _, tc := range []struct{ file, says string }{
		{`[{"role": "村:不存在村", "code": "7K3M-9QX2-HP4T"}]`, `seat 1: the map 福宝镇（示意） has no village "不存在村"`},
		{`[{"role": "指挥部", "code": "7K3M"}]`, "seat 1: the code"},
		{`[{"role": "指挥部", "code": "7K3M-9QX2-HP4T"}, {"role": "导调", "code": "7k3m9qx2hp4t"}]`, "seats 1 and 2 have the same code"},
		{`{"role": "指挥部"}`, "not a list of seats"},
		{`[{"role": "县指挥部", "code": "7K3M-9QX2-HP4T"}]`, "seat 1: 县指挥部 (county) is the county command post"},
	} {
		os.WriteFile(path, []byte(tc.file), 0o600)
		if _, err := ReadSeats(path, town); err == nil || !strings.Contains(err.Error(), tc.says) {
			t.Errorf("%s: %v, want it to say %q", tc.file, err, tc.says)
		}
	}
}

// TestFailedJoinsAreRateLimited lets an address fail five times at once, then once
// every ten seconds, and never holds up another address.
func TestFailedJoinsAreRateLimited(t *testing.T) {
	now := time.Date(2026, 7, 15, 22, 0, 0, 0, time.UTC)
	l := newLimiter()
	l.now = func() time.Time { return now }
	for i := range failBurst {
		if w := l.wait("10.0.0.9"); w != 0 {
			t.Fatalf("failure %d waits %v", i+1, w)
		}
		l.fail("10.0.0.9")
	}
	if w := l.wait("10.0.0.9"); w != failInterval {
		t.Errorf("after %d failures the address waits %v, want %v", failBurst, w, failInterval)
	}
	if w := l.wait("10.0.0.10"); w != 0 {
		t.Errorf("another address waits %v", w)
	}
	now = now.Add(failInterval)
	if w := l.wait("10.0.0.9"); w != 0 {
		t.Errorf("after %v the address still waits %v", failInterval, w)
	}
}
