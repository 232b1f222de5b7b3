package journal

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"drillsim/scenarios"
	"drillsim/sim"
)

// testHeader is a header for appender tests that need no world.
var testHeader = Header{Format: Format, Program: "test", Drill: sim.EventLogHeader{Scenario: "flood", TickS: 10}}

// commandEntry is a journal entry of a pause command applying at tick+1.
func commandEntry(tick int64, seq uint64) *Entry {
	return &Entry{Tick: tick, Kind: KindCommand, State: "0", Command: &sim.Command{Tick: tick + 1, Seq: seq, Order: scenarios.Order{Order: scenarios.OrderPause}}}
}

func TestCreateWritesOnlyAWholeHeader(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "new.journal")
	a, err := create(path, testHeader)
	if err != nil {
		t.Fatal(err)
	}
	defer a.close()
	if _, err := os.Stat(path + ".partial"); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("create left %s.partial behind: %v", path, err)
	}
	j, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	if j.Header.Drill.Scenario != "flood" || len(j.Entries) != 0 || j.Torn != nil {
		t.Errorf("new journal reads as %+v", j)
	}
	if _, err := create(path, testHeader); err == nil || !strings.Contains(err.Error(), "already exists") {
		t.Errorf("creating it again: %v, want already exists", err)
	}
}

func TestReopenDropsTheTornTailAndChainsOn(t *testing.T) {
	path := filepath.Join(t.TempDir(), "j")
	a, err := create(path, testHeader)
	if err != nil {
		t.Fatal(err)
	}
	for seq := uint64(1); seq <= 2; seq++ {
		if err := a.append(commandEntry(int64(seq), seq)); err != nil {
			t.Fatal(err)
		}
	}
	a.close()
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_APPEND, 0)
	if err != nil {
		t.Fatal(err)
	}
	f.WriteString(`{"n":3,"tick":3,"kind":"comm`)
	f.Close()

	j, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	if j.Torn == nil || j.Torn.Line != 4 || len(j.Entries) != 2 {
		t.Fatalf("torn journal: torn %v, %d entries; want a torn line 4 after 2 entries", j.Torn, len(j.Entries))
	}
	a, err = reopen(j)
	if err != nil {
		t.Fatal(err)
	}
	if err := a.append(commandEntry(3, 3)); err != nil {
		t.Fatal(err)
	}
	a.close()
	j, err = Open(path)
	if err != nil {
		t.Fatal(err)
	}
	if j.Torn != nil || len(j.Entries) != 3 || j.Entries[2].Command.Seq != 3 {
		t.Errorf("after reopening and appending: torn %v, %d entries; want 3 whole entries", j.Torn, len(j.Entries))
	}
}

func TestReopenRefusesAJournalChangedSinceItWasRead(t *testing.T) {
	path := filepath.Join(t.TempDir(), "j")
	a, err := create(path, testHeader)
	if err != nil {
		t.Fatal(err)
	}
	a.close()
	j, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	os.WriteFile(path, []byte("something else entirely\n"), 0o644)
	if _, err := reopen(j); err == nil || !strings.Contains(err.Error(), "changed while it was read") {
		t.Errorf("reopen of a replaced journal: %v", err)
	}
}

// failingDisk is a file whose writes succeed until full is set, like a disk filling up.
type failingDisk struct {
	full   bool
	writes int
}

func (d *failingDisk) Write(b []byte) (int, error) {
	if d.full {
		return 0, errors.New("no space left on device")
	}
	d.writes++
	return len(b), nil
}
func (d *failingDisk) Sync() error  { return nil }
func (d *failingDisk) Close() error { return nil }

func TestAppendStopsAtTheFirstFailure(t *testing.T) {
	disk := &failingDisk{}
	a := &appender{f: disk, name: "full.journal"}
	if err := a.append(commandEntry(1, 1)); err != nil {
		t.Fatal(err)
	}
	disk.full = true
	err := a.append(commandEntry(2, 2))
	if err == nil || !strings.Contains(err.Error(), "journal full.journal: writing entry 2 failed, so nothing more is journaled: no space left on device") {
		t.Errorf("append to a full disk: %v", err)
	}
	disk.full = false
	if err2 := a.append(commandEntry(3, 3)); err2 != err {
		t.Errorf("append after a failure: %v, want the first failure again", err2)
	}
	if disk.writes != 1 {
		t.Errorf("%d lines written, want only the one before the failure", disk.writes)
	}
}
