package journal

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// copyMirror keeps the lines it is given; after failAt lines it refuses.
type copyMirror struct {
	buf    bytes.Buffer
	n      int
	failAt int
}

func (m *copyMirror) Line(n int, line []byte) error {
	if n <= m.n {
		return nil
	}
	if m.failAt > 0 && n > m.failAt {
		return errors.New("the copy is out of reach")
	}
	m.buf.Write(line)
	m.n = n
	return nil
}

// TestMirrorHoldsTheJournalLineForLine mirrors a journal from its start, stops it
// half way, resumes it and mirrors it on from where the copy stood: the copy is the
// journal file byte for byte.
func TestMirrorHoldsTheJournalLineForLine(t *testing.T) {
	d := loadFlood(t)
	path := filepath.Join(t.TempDir(), "flood.journal")
	rec, err := Start(path, newWorld(t, d))
	if err != nil {
		t.Fatal(err)
	}
	var m copyMirror
	if err := rec.MirrorTo(&m); err != nil {
		t.Fatal(err)
	}
	half := len(d.Commands) / 2
	for _, c := range d.Commands[:half] {
		if _, err := rec.Apply(c); err != nil {
			t.Fatal(err)
		}
	}
	rec.Close()
	_, rec, err = Resume(path, d.Town, d.Scenario, nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := rec.MirrorTo(&m); err != nil {
		t.Fatal(err)
	}
	if err := rec.Run(d.Commands[half:], nil, nil); err != nil {
		t.Fatal(err)
	}
	rec.Close()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(m.buf.Bytes(), data) {
		t.Errorf("the copy holds %d bytes (%d lines), the journal %d bytes", m.buf.Len(), m.n, len(data))
	}
}

// TestAFailedCopyStopsTheJournal checks that an order whose copy fails is refused
// and not applied, and that the journal takes nothing more.
func TestAFailedCopyStopsTheJournal(t *testing.T) {
	d := loadFlood(t)
	rec, err := Start(filepath.Join(t.TempDir(), "flood.journal"), newWorld(t, d))
	if err != nil {
		t.Fatal(err)
	}
	defer rec.Close()
	m := copyMirror{failAt: 2}
	if err := rec.MirrorTo(&m); err != nil {
		t.Fatal(err)
	}
	if _, err := rec.Apply(d.Commands[0]); err != nil {
		t.Fatal(err)
	}
	if _, err := rec.Apply(d.Commands[1]); err == nil || !strings.Contains(err.Error(), "copy failed") {
		t.Fatalf("an order whose copy failed: %v, want the copy's failure", err)
	}
	if n := len(rec.Commands()); n != 1 {
		t.Errorf("%d orders applied, want the one whose copy succeeded", n)
	}
	if _, err := rec.Apply(d.Commands[2]); err == nil {
		t.Error("the journal took an order after a failed copy")
	}
}
