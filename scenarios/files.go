package scenarios

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"drillsim/internal/sniff"
)

// The kinds of file this package reads, with the most a real one holds: a scenario,
// plan or order file is a few kilobytes of YAML, an MSEL sheet some hundreds of rows.
// Anything larger, binary, or with a line running on for pages is refused before it is
// decoded (see package sniff).
var (
	scenarioFile = sniff.Kind{Name: "a scenario file (YAML)", MaxBytes: 8 << 20, MaxLine: 64 << 10}
	planFile     = sniff.Kind{Name: "a plan file (YAML)", MaxBytes: 8 << 20, MaxLine: 64 << 10}
	ordersFile   = sniff.Kind{Name: "an order file (YAML)", MaxBytes: 16 << 20, MaxLine: 64 << 10}
	mselCSV      = sniff.Kind{Name: "an MSEL sheet (CSV)", MaxBytes: 16 << 20, MaxLine: 64 << 10}
	mselXLSX     = sniff.Kind{Name: "an MSEL workbook (XLSX)", MaxBytes: 64 << 20, Magic: "PK\x03\x04"}
	rolesFile    = sniff.Kind{Name: "a roles file (YAML)", MaxBytes: 1 << 20, MaxLine: 64 << 10}
)

// readError is the os error a read failed with, from the failure readOpen returns.
func readError(err error) error {
	var f *Failure
	if errors.As(err, &f) && len(f.Args) > 0 {
		if e, ok := f.Args[len(f.Args)-1].(error); ok {
			return e
		}
	}
	return err
}

// readFile reads the file at path as a file of kind k (see readOpen).
func readFile(path, what string, k sniff.Kind) ([]byte, error) {
	f, err := os.Open(path)
	return readOpen(f, err, path, what, k)
}

// readFS reads the file name in files, shown as display in messages, as a file of kind
// k (see readOpen).
func readFS(files fs.FS, name, display, what string, k sniff.Kind) ([]byte, error) {
	f, err := files.Open(name)
	return readOpen(f, err, display, what, k)
}

// readOpen reads the file f that opening name gave (or the error err), as a file of
// kind k. A file that is not of the kind is a *Problem; what says what the file is
// for in the error of one that cannot be read: "cannot read scenario: ...".
func readOpen(f fs.File, err error, name, what string, k sniff.Kind) ([]byte, error) {
	if err != nil {
		return nil, failf("cannot read %s: %v", what, err)
	}
	defer f.Close()
	data, err := sniff.Read(f, name, k)
	var refused *sniff.Refusal
	switch {
	case errors.As(err, &refused):
		return nil, problemAt(Pos{File: refused.File, Line: refused.Line}, refused.Format, refused.Args...)
	case err != nil:
		return nil, failf("cannot read %s %s: %v", what, name, err)
	}
	return data, nil
}

// mselKind is the kind of an MSEL sheet by its file name: a workbook (.xlsx) or CSV.
func mselKind(name string) sniff.Kind {
	if strings.EqualFold(filepath.Ext(name), ".xlsx") {
		return mselXLSX
	}
	return mselCSV
}
