package journal

import (
	"errors"
	"os"
	"path/filepath"
	"slices"
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

// countingDisk counts its writes and syncs, and what was written at each sync; a
// sync fails once failSync is set.
type countingDisk struct {
	writes, syncs int
	syncedWrites  []int
	failSync      bool
}

func (d *countingDisk) Write(b []byte) (int, error) { d.writes++; return len(b), nil }
func (d *countingDisk) Sync() error {
	if d.failSync {
		return errors.New("input/output error")
	}
	d.syncs++
	d.syncedWrites = append(d.syncedWrites, d.writes)
	return nil
}
func (d *countingDisk) Close() error { return nil }

// linesMirror is a Mirror that keeps the numbers of the lines it was handed, and
// the disk's writes synced when each came.
type linesMirror struct {
	disk   *countingDisk
	lines  []int
	synced []int
}

func (m *linesMirror) Line(n int, _ []byte) error {
	m.lines = append(m.lines, n)
	m.synced = append(m.synced, m.disk.syncedWrites[len(m.disk.syncedWrites)-1])
	return nil
}

func TestHeldEntriesAreSyncedOnceWhenReleased(t *testing.T) {
	disk := &countingDisk{}
	m := &linesMirror{disk: disk}
	a := &appender{f: disk, name: "held.journal", mirror: m}
	if err := a.append(commandEntry(1, 1)); err != nil {
		t.Fatal(err)
	}
	a.hold()
	for i := 2; i <= 4; i++ {
		if err := a.append(commandEntry(int64(i), uint64(i))); err != nil {
			t.Fatal(err)
		}
	}
	if disk.syncs != 1 || len(m.lines) != 1 {
		t.Fatalf("held entries: %d syncs, %d lines mirrored before the release; want 1 and 1", disk.syncs, len(m.lines))
	}
	if err := a.release(); err != nil {
		t.Fatal(err)
	}
	if disk.syncs != 2 || !slices.Equal(m.lines, []int{2, 3, 4, 5}) || !slices.Equal(m.synced, []int{1, 4, 4, 4}) {
		t.Errorf("released: %d syncs, lines %v mirrored once %v writes were synced; want 2 syncs, lines [2 3 4 5] after [1 4 4 4]", disk.syncs, m.lines, m.synced)
	}
	if err := a.append(commandEntry(5, 5)); err != nil || disk.syncs != 3 {
		t.Errorf("an entry after the release: %v, %d syncs; want it synced at once", err, disk.syncs)
	}
	if err := a.release(); err != nil || disk.syncs != 3 {
		t.Errorf("a release of nothing: %v, %d syncs", err, disk.syncs)
	}

	a.hold()
	a.append(commandEntry(6, 6))
	disk.failSync = true
	err := a.release()
	if err == nil || !strings.Contains(err.Error(), "syncing entries 6 to 6 failed") {
		t.Errorf("a failed sync of held entries: %v", err)
	}
	if len(m.lines) != 5 {
		t.Errorf("an entry whose sync failed was mirrored: lines %v", m.lines)
	}
	if err2 := a.append(commandEntry(7, 7)); err2 != err {
		t.Errorf("append after a failed sync: %v, want the failure again", err2)
	}
}
