package server_test

import (
	"bytes"
	"compress/gzip"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"testing"
	"time"

	"drillsim/drill/drilltest"
	"drillsim/scenarios"
	"drillsim/server"
	"drillsim/server/servertest"
)

// TestTheBrowserClientIsSentAsBuilt serves a browser client whose files come with
// copies gzipped beside them: a browser that takes gzip gets the copy of the client
// as it is, and for a page whose copy is stale (another build's), the page itself
// compressed by the server; a browser that does not, the files plain.
func TestTheBrowserClientIsSentAsBuilt(t *testing.T) {
	web := t.TempDir()
	files := map[string][]byte{
		"index.html":    []byte("<!doctype html><title>drillsim 演练席位</title>"),
		"wasm_exec.js":  bytes.Repeat([]byte("// the loader\n"), 100),
		"drillsim.wasm": bytes.Repeat([]byte("\x00asm the client "), 1000),
	}
	gz := func(b []byte) []byte {
		var out bytes.Buffer
		zw, _ := gzip.NewWriterLevel(&out, gzip.BestSpeed) // not the server's level: its own copy is told apart
		zw.Write(b)
		zw.Close()
		return out.Bytes()
	}
	for name, b := range files {
		if err := os.WriteFile(filepath.Join(web, name), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	builtWasm := gz(files["drillsim.wasm"])
	os.WriteFile(filepath.Join(web, "drillsim.wasm.gz"), builtWasm, 0o644)
	os.WriteFile(filepath.Join(web, "index.html.gz"), gz([]byte("<!doctype html><title>an older build</title>")), 0o644)

	d := drilltest.Builtin(t, "flood", false)
	sv := serve(t, server.Config{Drill: d, Journal: filepath.Join(t.TempDir(), "j"), Seats: servertest.Seats(t, scenarios.RoleCommand), Wait: time.Hour})
	h, err := sv.Handler(server.HandlerOptions{Web: web})
	if err != nil {
		t.Fatal(err)
	}
	hs := httptest.NewServer(h)
	defer hs.Close()
	get := func(path string, gzipped bool) []byte {
		t.Helper()
		req, _ := http.NewRequest("GET", hs.URL+path, nil)
		if gzipped {
			req.Header.Set("Accept-Encoding", "gzip")
		}
		resp, err := http.DefaultTransport.RoundTrip(req)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		if gzipped != (resp.Header.Get("Content-Encoding") == "gzip") {
			t.Errorf("%s asked gzipped %v: sent with Content-Encoding %q", path, gzipped, resp.Header.Get("Content-Encoding"))
		}
		return b
	}
	if got := get("/drillsim.wasm", true); !bytes.Equal(got, builtWasm) {
		t.Errorf("the client sent gzipped is %d bytes, not its copy built beside it (%d bytes)", len(got), len(builtWasm))
	}
	zr, err := gzip.NewReader(bytes.NewReader(get("/", true)))
	if err != nil {
		t.Fatal(err)
	}
	if page, _ := io.ReadAll(zr); !bytes.Equal(page, files["index.html"]) {
		t.Errorf("the page sent gzipped is %q, want the page, not its stale copy", page)
	}
	for name, b := range files {
		if got := get("/"+name, false); !bytes.Equal(got, b) {
			t.Errorf("%s sent plain is %d bytes, want %d", name, len(got), len(b))
		}
	}
}
