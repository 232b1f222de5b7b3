package journal

import (
	"bytes"
	"crypto/sha256"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"

	"drillsim/scenarios"
)

// syncWriter is what an appender writes to: a file whose Sync makes what was written
// durable.
type syncWriter interface {
	io.WriteCloser
	Sync() error
}

// appender adds entries to the end of a journal file, each synced to disk before
// append returns. After a failed write the file may end in a torn line, so the first
// failure is kept and every later append refuses.
type appender struct {
	f    syncWriter
	name string
	n    int               // entries written
	head [sha256.Size]byte // hash of the last line
	line []byte            // reused for each line
	body bytes.Buffer      // reused for each entry's JSON
	enc  *json.Encoder     // encodes into body
	err  error
	// mirror, when set, receives every line once it is on disk.
	mirror Mirror
	// held says the lines written are synced together by release, not each as it
	// is written; unsynced are those lines, for the mirror.
	held     bool
	unsynced [][]byte
}

// create makes a new journal at path holding the header, synced, and returns an
// appender for its entries. It refuses to replace an existing file. The header is
// written to path+".partial" and renamed into place, so that a journal on disk always
// has its whole header.
func create(path string, h Header) (*appender, error) {
	if st, err := os.Lstat(path); err == nil && st.IsDir() {
		return nil, scenarios.Failf("%s is a folder: name a file to journal the drill to, such as %s", path, filepath.Join(path, "drill.journal"))
	} else if err == nil {
		return nil, scenarios.Failf("journal %s already exists: resume it, or name a new journal file", path)
	} else if !errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("cannot create the journal: %w", err)
	}
	body, err := marshalBody(h)
	if err != nil {
		return nil, err
	}
	line, head := seal(nil, nil, body)
	partial := path + ".partial"
	f, err := os.OpenFile(partial, os.O_WRONLY|os.O_CREATE|os.O_TRUNC|os.O_APPEND, 0o644)
	if err != nil {
		return nil, fmt.Errorf("cannot create the journal: %w", err)
	}
	if err := writeSynced(f, line); err != nil {
		f.Close()
		os.Remove(partial)
		return nil, fmt.Errorf("cannot write the journal %s: %w", path, err)
	}
	if err := os.Rename(partial, path); err != nil {
		f.Close()
		os.Remove(partial)
		return nil, fmt.Errorf("cannot create the journal: %w", err)
	}
	if err := syncDir(filepath.Dir(path)); err != nil {
		f.Close()
		return nil, fmt.Errorf("cannot make the new journal %s durable: %w", path, err)
	}
	return &appender{f: f, name: path, head: head}, nil
}

// reopen opens the file of a journal read by Open for appending after its last whole
// entry, cutting off a torn last line first.
func reopen(j *Journal) (*appender, error) {
	f, err := os.OpenFile(j.Name, os.O_WRONLY|os.O_APPEND, 0)
	if err != nil {
		return nil, fmt.Errorf("cannot reopen the journal: %w", err)
	}
	st, err := f.Stat()
	if err == nil && st.Size() != j.whole+int64(tornBytes(j)) {
		err = fmt.Errorf("it changed while it was read (%d bytes, read %d): is another drillsim writing to it?", st.Size(), j.whole+int64(tornBytes(j)))
	}
	if err == nil && j.Torn != nil {
		if err = f.Truncate(j.whole); err == nil {
			err = f.Sync()
		}
	}
	if err != nil {
		f.Close()
		return nil, fmt.Errorf("cannot reopen the journal %s: %w", j.Name, err)
	}
	return &appender{f: f, name: j.Name, n: len(j.Entries), head: j.head}, nil
}

// tornBytes returns the length of the journal's torn last line, 0 when it has none.
func tornBytes(j *Journal) int {
	if j.Torn == nil {
		return 0
	}
	return j.Torn.Bytes
}

// append numbers e (setting e.N), chains it to the last line, writes it and syncs
// the file.
func (a *appender) append(e *Entry) error {
	if a.err != nil {
		return a.err
	}
	e.N, e.Hash = a.n+1, ""
	if a.enc == nil {
		a.enc = json.NewEncoder(&a.body)
	}
	a.body.Reset()
	if err := a.enc.Encode(e); err != nil {
		return fmt.Errorf("cannot journal entry %d: %w", e.N, err)
	}
	body := bytes.TrimSuffix(a.body.Bytes(), []byte{'\n'})
	var head [sha256.Size]byte
	a.line, head = seal(a.line[:0], a.head[:], body)
	if a.held {
		if _, err := a.f.Write(a.line); err != nil {
			a.err = fmt.Errorf("journal %s: writing entry %d failed, so nothing more is journaled: %w; resume the drill from the journal", a.name, e.N, err)
			return a.err
		}
		a.unsynced = append(a.unsynced, bytes.Clone(a.line))
		a.n, a.head = e.N, head
		return nil
	}
	if err := writeSynced(a.f, a.line); err != nil {
		a.err = fmt.Errorf("journal %s: writing entry %d failed, so nothing more is journaled: %w; resume the drill from the journal", a.name, e.N, err)
		return a.err
	}
	if err := a.mirrorLine(e.N, a.line); err != nil {
		return err
	}
	a.n, a.head = e.N, head
	return nil
}

// mirrorLine hands the line of entry n, on disk, to the mirror when there is one.
func (a *appender) mirrorLine(n int, line []byte) error {
	if a.mirror == nil {
		return nil
	}
	if err := a.mirror.Line(n+1, line); err != nil {
		a.err = fmt.Errorf("journal %s: entry %d is on disk but its copy failed, so nothing more is journaled: %w; resume the drill from the journal", a.name, n, err)
		return a.err
	}
	return nil
}

// hold makes the appends that follow write their lines without syncing each: release
// syncs them together.
func (a *appender) hold() { a.held = true }

// release syncs the lines written since hold, once for all, and hands them to the
// mirror; the appends that follow sync each line again.
func (a *appender) release() error {
	a.held = false
	lines := a.unsynced
	a.unsynced = a.unsynced[:0]
	if a.err != nil || len(lines) == 0 {
		return a.err
	}
	first := a.n - len(lines) + 1
	if err := a.f.Sync(); err != nil {
		a.err = fmt.Errorf("journal %s: syncing entries %d to %d failed, so nothing more is journaled: %w; resume the drill from the journal", a.name, first, a.n, err)
		return a.err
	}
	for i, line := range lines {
		if err := a.mirrorLine(first+i, line); err != nil {
			return err
		}
	}
	return nil
}

// fail stops the appender: every later append returns err.
func (a *appender) fail(err error) {
	if a.err == nil {
		a.err = err
	}
}

// close closes the file.
func (a *appender) close() error {
	return a.f.Close()
}

// writeSynced writes b and syncs f.
func writeSynced(f syncWriter, b []byte) error {
	if _, err := f.Write(b); err != nil {
		return err
	}
	return f.Sync()
}

// syncDir syncs a directory so that a file created or renamed in it survives a
// power cut. Windows cannot sync a directory and needs not: it does nothing there.
func syncDir(dir string) error {
	if runtime.GOOS == "windows" {
		return nil
	}
	d, err := os.Open(dir)
	if err != nil {
		return err
	}
	err = d.Sync()
	return errors.Join(err, d.Close())
}
