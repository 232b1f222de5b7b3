package server

import (
	"fmt"
	"net/http"
	"path/filepath"
	"strings"
)

// HandlerOptions say what the drill's web server serves beside the seats' WebSocket.
type HandlerOptions struct {
	// Origins are the host patterns (path.Match syntax) of the pages allowed to
	// open a seat's WebSocket besides the server's own, such as "drill.example.org".
	// A browser page from any other origin is refused, so that no other site can use
	// a participant's browser to act in the drill.
	Origins []string
	// Web is the folder of the browser client (index.html, wasm_exec.js and
	// drillsim.wasm), or "" for none: seats then join from the desktop only.
	Web string
}

// The paths the server answers.
const (
	PathSocket  = "/seat"
	PathTown    = "/town"
	PathTerrain = "/terrain"
)

// Handler returns the drill's web server: the seats' WebSocket (PathSocket), the
// town's map and terrain for a seat's code (PathTown, PathTerrain, ?code=…), and the
// browser client at / (so that the join link http://host:port/?code=… opens a seat
// in the browser).
func (s *Server) Handler(opt HandlerOptions) (http.Handler, error) {
	mux := http.NewServeMux()
	mux.HandleFunc("GET "+PathSocket, func(w http.ResponseWriter, r *http.Request) { s.serveWS(w, r, opt.Origins) })
	mux.HandleFunc("GET "+PathTown, s.coded(&s.files.town))
	mux.HandleFunc("GET "+PathTerrain, s.coded(&s.files.terrain))
	if opt.Web == "" {
		mux.HandleFunc("GET /{$}", func(w http.ResponseWriter, r *http.Request) {
			http.Error(w, "this drill server has no browser client: join from the desktop with drillsim join", http.StatusNotFound)
		})
		return secure(mux), nil
	}
	web := map[string]*asset{}
	for _, f := range []struct{ name, kind string }{
		{"index.html", "text/html; charset=utf-8"}, {"wasm_exec.js", "text/javascript; charset=utf-8"}, {"drillsim.wasm", "application/wasm"},
	} {
		a, err := readAsset(filepath.Join(opt.Web, f.name), f.kind)
		if err != nil {
			return nil, fmt.Errorf("the browser client: %w; build it with bash scripts/drillsim (or leave --web out)", err)
		}
		web["/"+f.name] = &a
	}
	web["/"] = web["/index.html"]
	mux.HandleFunc("GET /", func(w http.ResponseWriter, r *http.Request) {
		a, ok := web[r.URL.Path]
		if !ok {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Cache-Control", "no-cache")
		a.serve(w, r)
	})
	return secure(mux), nil
}

// coded serves a only to a request with a seat's code: the drill's files are the
// seats'.
func (s *Server) coded(a *asset) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		addr := clientAddr(r)
		if wait := s.limiter.wait(addr); wait > 0 {
			w.Header().Set("Retry-After", retryAfter(wait))
			http.Error(w, "too many failed joins from this address: wait and try again", http.StatusTooManyRequests)
			return
		}
		code := r.URL.Query().Get("code")
		ok := false
		for _, st := range s.cfg.Seats {
			ok = ok || sameCode(code, st.Code)
		}
		if !ok {
			s.limiter.fail(addr)
			http.Error(w, errUnknownCode.Error(), http.StatusForbidden)
			return
		}
		if a.plain == nil {
			http.NotFound(w, r)
			return
		}
		a.serve(w, r)
	}
}

// secure adds the headers every answer carries: no framing by other sites, no
// guessing of types, and no referrer (a join link carries a code).
func secure(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hd := w.Header()
		hd.Set("X-Frame-Options", "DENY")
		hd.Set("Referrer-Policy", "no-referrer")
		hd.Set("X-Content-Type-Options", "nosniff")
		if strings.HasPrefix(r.URL.Path, PathSocket) {
			hd.Del("X-Frame-Options")
		}
		h.ServeHTTP(w, r)
	})
}
