package server

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"drillsim/assets"
	"drillsim/drill"
	"drillsim/maps"
	"drillsim/server/wire"
)

// files are what seats fetch beside their WebSocket, each kept plain and gzipped:
// the town's map as the server loaded it, and the terrain grid.
type files struct {
	town, terrain asset
}

// asset is a file served plain or, to a client that takes it, gzipped.
type asset struct {
	name  string
	kind  string
	plain []byte
	gz    []byte
}

// newFiles keeps the map of drill d (data, or when nil the demo town's or its
// scenario's own file) and encodes terrain (nil for none).
func newFiles(d *drill.Drill, data []byte, terrain *maps.Terrain) (*files, error) {
	switch p := d.Scenario.MapPath(); {
	case data != nil:
	case p == "":
		data = assets.TownGeoJSON
	default:
		var err error
		if data, err = os.ReadFile(p); err != nil {
			return nil, fmt.Errorf("cannot read the map to serve: %w", err)
		}
	}
	f := &files{}
	var err error
	if f.town, err = newAsset("town.geojson", "application/geo+json", data); err != nil {
		return nil, err
	}
	if terrain != nil {
		if f.terrain, err = newAsset("terrain.bin", "application/octet-stream", wire.EncodeTerrain(terrain)); err != nil {
			return nil, err
		}
	}
	return f, nil
}

// newAsset keeps data plain and gzipped: at the best compression, but for a file of
// more than bestUpTo bytes (a county's map), which would keep the server from
// starting for a minute.
func newAsset(name, kind string, data []byte) (asset, error) {
	var b bytes.Buffer
	level := gzip.BestCompression
	if len(data) > bestUpTo {
		level = gzip.DefaultCompression
	}
	zw, err := gzip.NewWriterLevel(&b, level)
	if err == nil {
		_, err = zw.Write(data)
	}
	if err == nil {
		err = zw.Close()
	}
	return asset{name: name, kind: kind, plain: data, gz: b.Bytes()}, err
}

// bestUpTo is the largest file compressed at the best compression.
const bestUpTo = 32 << 20

// readAsset reads file path into an asset, or reports that it is not there. A copy
// gzipped beside it (path.gz, as scripts/build-web writes the browser client) is
// sent as it is when it holds the same bytes; otherwise the file is compressed here.
func readAsset(path, kind string) (asset, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return asset{}, err
	}
	if gz, err := os.ReadFile(path + ".gz"); err == nil && gunzipsTo(gz, data) {
		return asset{name: filepath.Base(path), kind: kind, plain: data, gz: gz}, nil
	}
	return newAsset(filepath.Base(path), kind, data)
}

// gunzipsTo reports whether gz is data gzipped.
func gunzipsTo(gz, data []byte) bool {
	zr, err := gzip.NewReader(bytes.NewReader(gz))
	if err != nil {
		return false
	}
	got, err := io.ReadAll(io.LimitReader(zr, int64(len(data))+1))
	return err == nil && bytes.Equal(got, data)
}

// serve writes the asset, gzipped when the client accepts it.
func (a *asset) serve(w http.ResponseWriter, r *http.Request) {
	h := w.Header()
	h.Set("Content-Type", a.kind)
	h.Set("Vary", "Accept-Encoding")
	h.Set("X-Content-Type-Options", "nosniff")
	body := a.plain
	if strings.Contains(r.Header.Get("Accept-Encoding"), "gzip") && a.gz != nil {
		h.Set("Content-Encoding", "gzip")
		body = a.gz
	}
	h.Set("Content-Length", strconv.Itoa(len(body)))
	if r.Method != http.MethodHead {
		w.Write(body)
	}
}
