package sniff

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

var yamlKind = Kind{Name: "a scenario file (YAML)", MaxBytes: 1 << 20, MaxLine: 1 << 10}

func TestCheckRefusesWhatIsNotText(t *testing.T) {
	for _, tc := range []struct {
		name, data, want string
	}{
		{"zeros", strings.Repeat("\x00", 1000), `byte 0 is 0x00, binary data`},
		{"a PNG", "\x89PNG\r\n\x1a\n" + strings.Repeat("x", 100), `not a scenario file (YAML): byte 6 is 0x1a`},
		{"GBK", "id: flood\ntitle: \xb8\xa3\xb1\xa6\xd5\xf2\n", `:2: not a scenario file (YAML) in UTF-8: byte 17 is not`},
		{"a line that runs on", "id: x\ntitle: " + strings.Repeat("长", 2000) + "\n", `:2: not a scenario file (YAML): the line runs on past 1 KB`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			err := Check([]byte(tc.data), "s.yaml", yamlKind)
			var r *Refusal
			if !errors.As(err, &r) || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("Check = %v, want a refusal saying %q", err, tc.want)
			}
			if q := quoted(err.Error()); q > QuoteBytes {
				t.Errorf("the refusal quotes %d bytes of the file: %s", q, err)
			}
		})
	}
	for _, ok := range []string{"id: flood\ntitle: 福宝镇\n", "\ufeffid: x\r\n\ttext: tab inside\n", ""} {
		if err := Check([]byte(ok), "s.yaml", yamlKind); err != nil {
			t.Errorf("Check(%q) = %v, want nil", ok, err)
		}
	}
}

// quoted is how many bytes of the input the longest quotation of a message holds.
func quoted(msg string) int {
	longest := 0
	for _, q := range quotation.FindAllString(msg, -1) {
		s, err := strconv.Unquote(q)
		if err != nil {
			s = q
		}
		longest = max(longest, len(s))
	}
	return longest
}

// quotation matches a Go-quoted string in a message.
var quotation = regexp.MustCompile(`"(?:[^"\\]|\\.)*"`)

func TestReadFileCapsTheSizeBeforeReading(t *testing.T) {
	path := filepath.Join(t.TempDir(), "orders.yaml")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Truncate(200 << 20); err != nil { // 200 MB of zeros, held sparse
		t.Fatal(err)
	}
	f.Close()
	_, err = ReadFile(path, Kind{Name: "an order file (YAML)", MaxBytes: 8 << 20})
	if err == nil || !strings.Contains(err.Error(), "is 200 MB, more than an order file (YAML) can be (at most 8 MB)") {
		t.Errorf("ReadFile = %v", err)
	}
	if _, err := ReadFile(t.TempDir(), yamlKind); err == nil || !strings.Contains(err.Error(), "is a folder") {
		t.Errorf("ReadFile of a folder = %v", err)
	}
}

func TestCheckFileSniffsBothEnds(t *testing.T) {
	geojson := Kind{Name: "a GeoJSON map", Starts: "{", Ends: "}"}
	dir := t.TempDir()
	write := func(name string, parts ...[]byte) *os.File {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, bytes.Join(parts, nil), 0o644); err != nil {
			t.Fatal(err)
		}
		f, err := os.Open(p)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { f.Close() })
		return f
	}
	big := bytes.Repeat([]byte(`{"type":"Feature","properties":{"name":"银杏村"},"geometry":null},`), 20000) // 1.3 MB
	for _, tc := range []struct {
		name string
		f    *os.File
		want string // "" for accepted
	}{
		{"a map", write("ok.geojson", []byte(`{"type":"FeatureCollection","features":[`), big, []byte(`{}]}`+"\n")), ""},
		{"zeros after a good start", write("tail.geojson", []byte(`{"type":"FeatureCollection","features":[`), big, make([]byte, 100<<10)), "binary data"},
		{"cut short", write("cut.geojson", []byte(`{"type":"FeatureCollection","features":[`), big), "or cut short: it ends"},
		{"an array", write("array.geojson", []byte("[1,2,3]")), `not a GeoJSON map: it starts "[1,2,3]"`},
		{"white space", write("blank.geojson", bytes.Repeat([]byte(" "), 200<<10)), "nothing but white space in its first 64 KB"},
		{"empty", write("empty.geojson"), "not a GeoJSON map: the file is empty"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			err := CheckFile(tc.f, tc.f.Name(), geojson)
			if tc.want == "" && err != nil || tc.want != "" && (err == nil || !strings.Contains(err.Error(), tc.want)) {
				t.Fatalf("CheckFile = %v, want %q", err, tc.want)
			}
			if q := quoted(err2s(err)); q > QuoteBytes {
				t.Errorf("the refusal quotes %d bytes: %s", q, err)
			}
		})
	}
}

func err2s(err error) string {
	if err == nil {
		return ""
	}
	return err.Error()
}

func TestQuoteCutsAtACharacter(t *testing.T) {
	q := Quote([]byte(strings.Repeat("福", 30)))
	if !strings.HasSuffix(q, "…") || strings.Contains(q, `\x`) || len(q) > QuoteBytes+len(`""…`) {
		t.Errorf("Quote = %s", q)
	}
}
