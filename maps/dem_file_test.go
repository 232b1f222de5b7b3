package maps

import (
	"archive/zip"
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// zipOf writes a zip archive holding the named files.
func zipOf(t *testing.T, files map[string][]byte) []byte {
	t.Helper()
	var b bytes.Buffer
	w := zip.NewWriter(&b)
	names := make([]string, 0, len(files))
	for n := range files {
		names = append(names, n)
	}
	slices.Sort(names)
	for _, n := range names {
		f, err := w.Create(n)
		if err != nil {
			t.Fatal(err)
		}
		f.Write(files[n])
	}
	w.Close()
	return b.Bytes()
}

// An SRTM tile as NASA's Earthdata serves it (N42E001.SRTMGL3.hgt.zip) is read as it is.
func TestReadDEMFileHGTZip(t *testing.T) {
	tile := hgtTile(1201)
	want, err := ReadHGT(bytes.NewReader(tile), "N42E001.hgt")
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	cases := map[string]map[string][]byte{
		"N42E001.SRTMGL3.hgt.zip": {"N42E001.hgt": tile},
		"N42E001.hgt.zip":         {"data/tile.hgt": tile, "readme.txt": []byte("SRTM")}, // the corner only in the zip's name
	}
	for name, files := range cases {
		path := filepath.Join(dir, name)
		os.WriteFile(path, zipOf(t, files), 0o644)
		d, err := ReadDEMFile(path)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if d.X0 != want.X0 || d.Y0 != want.Y0 || d.Cols != want.Cols || d.Voids != want.Voids || !slices.EqualFunc(d.Heights, want.Heights, func(a, b float32) bool { return a == b || a != a && b != b }) {
			t.Errorf("%s: %d × %d at %v,%v with %d voids; want the tile itself", name, d.Cols, d.Rows, d.X0, d.Y0, d.Voids)
		}
		if !strings.HasPrefix(d.Source, path+"!") {
			t.Errorf("%s: source %q", name, d.Source)
		}
	}
	two := filepath.Join(dir, "two.zip")
	os.WriteFile(two, zipOf(t, map[string][]byte{"N42E001.hgt": tile, "N42E002.hgt": tile}), 0o644)
	if _, err := ReadDEMFile(two); err == nil || !strings.Contains(err.Error(), "the zip holds 2 terrain files") {
		t.Errorf("a zip of two tiles: %v", err)
	}
	if _, err := ReadDEMFile(filepath.Join(dir, "x.png")); err == nil {
		t.Error("a missing file read")
	}
}
