package wire

import (
	"testing"

	"drillsim/maps"
	"drillsim/sim"
)

// FuzzDecodeClient feeds the server's decoder anything a hostile seat could send: it
// must answer with a message or an error, never a panic, and a message it accepts
// must hold exactly one part.
func FuzzDecodeClient(f *testing.F) {
	for _, s := range []string{
		`{"hello":{"version":"drillsim seats 1","code":"ABCD-EFGH-JKMN","have":0}}`,
		`{"order":{"id":1,"order":{"at":600,"order":"warn","scope":{"villages":["玉兰村"]},"channel":"loudspeaker"}}}`,
		`{"observe":{"id":2,"observation":{"item":"E01","rating":"P","evaluator":"甲"}}}`,
		`{"ready":12}`, `{"ready":-1}`, `{"unjoined":{"id":3,"play":"reference"}}`, `{"unjoined":{"play":"idle"}}`, `{"order":{"id":0}}`, `{}`, `{"hello":{},"ready":1}`, `[]`, `null`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		m, err := DecodeClient(data)
		if err != nil {
			return
		}
		parts := 0
		for _, set := range []bool{m.Hello != nil, m.Order != nil, m.Observe != nil, m.Ready != nil, m.Unjoined != nil} {
			if set {
				parts++
			}
		}
		if parts != 1 {
			t.Fatalf("accepted a message of %d parts: %s", parts, data)
		}
	})
}

// FuzzDecodeServer feeds a seat's decoder anything a broken or hostile server could
// send and applies the views it accepts to a seat's snapshot of the demo town's
// size: an index out of range is an error, never a panic.
func FuzzDecodeServer(f *testing.F) {
	for _, s := range []string{
		`{"frame":{"speed":60,"from":0,"view":{"t":10,"tick":1,"moves":[0,10,20],"buildings":[3,2],"depth":[5,7],"fire":[5,2]}}}`,
		`{"frame":{"speed":60,"from":0,"view":{"t":10,"tick":1,"units":[{"i":0,"unit":{"ID":"boat-1"}}],"shelters":[{"i":1,"shelter":{"Open":true}}]}}}`,
		`{"frame":{"view":{"buildings":[99999,1]}}}`, `{"frame":{"view":{"moves":[1,2]}}}`, `{"frame":{"view":{"depth":[-1,3]}}}`,
		`{"ack":{"id":3,"seq":7}}`, `{"ack":{"id":0}}`, `{"bye":{"reason":"x"}}`,
		`{"welcome":{"seat":1,"scenario":{"Tick":10},"plan":{},"view":{"full":{"buildings":4,"shelters":2,"depots":1,"cells":0}}}}`,
		`{"welcome":{"seat":1,"scenario":{"Tick":10},"plan":{},"view":{"full":{"buildings":-4}}}}`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		m, err := DecodeServer(data)
		if err != nil {
			return
		}
		snap := &sim.Snapshot{Buildings: make([]sim.BuildingState, 8), Shelters: make([]sim.ShelterView, 2),
			Depots: make([][]maps.Quantity, 1), Depth: make([]float32, 6), Units: make([]sim.UnitView, 1)}
		terrain := &maps.Terrain{Cols: 3, Rows: 2, Cell: 30, Elev: make([]float32, 6)}
		switch {
		case m.Frame != nil:
			ApplyView(snap, &m.Frame.View, terrain)
		case m.Welcome != nil && m.Welcome.View.Full != nil && m.Welcome.View.Full.Buildings < 1<<16 && m.Welcome.View.Full.Cells < 1<<16:
			ApplyView(snap, &m.Welcome.View, terrain)
		}
	})
}

// FuzzDecodeTerrain feeds the terrain decoder anything: a grid or an error.
func FuzzDecodeTerrain(f *testing.F) {
	f.Add(EncodeTerrain(&maps.Terrain{Cols: 2, Rows: 2, Cell: 30, X0: -15, Y0: 5, Elev: []float32{1, 2, 3, 4}}))
	f.Add([]byte("DSTG"))
	f.Fuzz(func(t *testing.T, data []byte) {
		g, err := DecodeTerrain(data)
		if err == nil && len(g.Elev) != g.Cols*g.Rows {
			t.Fatalf("a grid of %d×%d with %d cells", g.Cols, g.Rows, len(g.Elev))
		}
	})
}
