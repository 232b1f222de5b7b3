package main

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"runtime"
	"strconv"
	"strings"
	"testing"
	"time"

	"drillsim/internal/sniff"
	"drillsim/journal"
	"drillsim/maps"
	"drillsim/observation"
	"drillsim/scenarios"
	"drillsim/sim"
)

// reader is one of drillsim's file readers, by the extension of the files it reads.
type reader struct {
	name, ext string
	read      func(path string) error
}

// readers are every reader of a file a user gives drillsim.
var readers = []reader{
	{"GeoJSON map", ".geojson", func(p string) error { _, err := maps.LoadFile(p, maps.LoadOptions{}); return err }},
	{"DEM (ASCII grid)", ".asc", func(p string) error { _, err := maps.ReadDEMFile(p); return err }},
	{"scenario", ".yaml", func(p string) error { _, err := scenarios.ReadScenario(p); return err }},
	{"plan", ".yaml", func(p string) error { _, err := scenarios.ReadPlan(p); return err }},
	{"orders", ".yaml", func(p string) error { _, err := scenarios.ReadOrders(p, time.Now()); return err }},
	{"observations (YAML)", ".yaml", func(p string) error {
		_, err := observation.Read(p, time.Now(), observation.DefaultItems)
		return err
	}},
	{"observations (CSV)", ".csv", func(p string) error {
		_, err := observation.Read(p, time.Now(), observation.DefaultItems)
		return err
	}},
	{"MSEL (CSV)", ".csv", func(p string) error { _, err := scenarios.ReadMSEL(p, time.Now(), scenarios.MSELOptions{}); return err }},
	{"MSEL (XLSX)", ".xlsx", func(p string) error { _, err := scenarios.ReadMSEL(p, time.Now(), scenarios.MSELOptions{}); return err }},
	{"roles file", ".yaml", func(p string) error { _, err := scenarios.ReadRoles(p); return err }},
	{"event log", ".jsonl", func(p string) error { _, _, err := sim.ReadEventLogFile(p); return err }},
	{"journal", ".journal", func(p string) error { _, err := journal.Open(p); return err }},
}

// TestEveryReaderRefusesBinaryAndRunawayInput gives every reader 200 MB of zeros, 200
// MB on one line, 200 MB of white space between braces, and 7 MB of zeros or on one
// line (under the size of the largest real scenario), and requires each to
// refuse it with a message quoting at most sniff.QuoteBytes of it, allocating less
// than 100 MB on the way (the time each takes is logged: a few milliseconds).
func TestEveryReaderRefusesBinaryAndRunawayInput(t *testing.T) {
	if testing.Short() {
		t.Skip("skipping: writes 400 MB of test files")
	}
	dir := t.TempDir()
	zeros := func(name string, size int64) string {
		p := filepath.Join(dir, name)
		f, err := os.Create(p)
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		if err := f.Truncate(size); err != nil { // held sparse: no disk written
			t.Fatal(err)
		}
		return p
	}
	line := writeBig(t, filepath.Join(dir, "line"), nil, bytes.Repeat([]byte("x"), 1<<20), nil, 200)
	blank := writeBig(t, filepath.Join(dir, "blank"), []byte("{"), bytes.Repeat([]byte(" "), 1<<20), []byte("}"), 200)
	// Under the size caps of the small files, so that their content is judged too.
	shortLine := writeBig(t, filepath.Join(dir, "short-line"), nil, bytes.Repeat([]byte("长"), 1<<18), nil, 7)
	for _, input := range []struct{ name, path string }{
		{"200 MB of zeros", zeros("zeros", 200<<20)}, {"200 MB on one line", line}, {"200 MB of white space", blank},
		{"7 MB of zeros", zeros("zeros7", 7<<20)}, {"7 MB on one line", shortLine},
	} {
		for _, r := range readers {
			t.Run(input.name+"/"+r.name, func(t *testing.T) {
				path := filepath.Join(t.TempDir(), "input"+r.ext)
				if err := os.Symlink(input.path, path); err != nil {
					t.Fatal(err)
				}
				var before, after runtime.MemStats
				runtime.GC()
				runtime.ReadMemStats(&before)
				start := time.Now()
				err := r.read(path)
				took := time.Since(start)
				runtime.ReadMemStats(&after)
				if err == nil {
					t.Fatalf("%s accepted %s", r.name, input.name)
				}
				alloc := after.TotalAlloc - before.TotalAlloc
				t.Logf("%s: refused in %v, %.1f MB allocated: %v", r.name, took, float64(alloc)/(1<<20), err)
				if alloc > 100<<20 {
					t.Errorf("%s allocated %d MB to refuse %s", r.name, alloc>>20, input.name)
				}
				if q := longestQuote(err.Error()); q > sniff.QuoteBytes {
					t.Errorf("%s quotes %d bytes of the input: %.300s", r.name, q, err)
				}
				if len(err.Error()) > 1000 {
					t.Errorf("%s says %d bytes about it", r.name, len(err.Error()))
				}
			})
		}
	}
}

// writeBig writes head, then chunk n times, then tail.
func writeBig(t *testing.T, path string, head, chunk, tail []byte, n int) string {
	t.Helper()
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	f.Write(head)
	for range n {
		if _, err := f.Write(chunk); err != nil {
			t.Fatal(err)
		}
	}
	f.Write(tail)
	return path
}

// longestQuote is how many bytes of input the longest Go-quoted string in msg holds.
func longestQuote(msg string) int {
	longest := 0
	for _, q := range regexp.MustCompile(`"(?:[^"\\]|\\.)*"`).FindAllString(msg, -1) {
		if s, err := strconv.Unquote(q); err == nil {
			longest = max(longest, len(s))
		} else {
			longest = max(longest, len(strings.Trim(q, `"`)))
		}
	}
	return longest
}
