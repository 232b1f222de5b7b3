package wire

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"

	"drillsim/maps"
)

// terrainMagic starts an encoded terrain grid.
const terrainMagic = "DSTG"

// terrainHead is the length of an encoded grid's head: magic, columns and rows
// (uint32), cell side and the centre of cell (0, 0) (float64), little-endian.
const terrainHead = 4 + 4 + 4 + 8*3

// EncodeTerrain encodes the hazard grid a seat draws water and fire on: its head,
// then every cell's height as a float32, little-endian, row-major from the south.
// A seat fetches it once, beside the town map.
func EncodeTerrain(g *maps.Terrain) []byte {
	b := make([]byte, 0, terrainHead+4*len(g.Elev))
	b = append(b, terrainMagic...)
	b = binary.LittleEndian.AppendUint32(b, uint32(g.Cols))
	b = binary.LittleEndian.AppendUint32(b, uint32(g.Rows))
	for _, f := range []float64{g.Cell, g.X0, g.Y0} {
		b = binary.LittleEndian.AppendUint64(b, math.Float64bits(f))
	}
	for _, e := range g.Elev {
		b = binary.LittleEndian.AppendUint32(b, math.Float32bits(e))
	}
	return b
}

// DecodeTerrain decodes a grid EncodeTerrain made, refusing one whose size does not
// match its head or whose figures are not finite.
func DecodeTerrain(b []byte) (*maps.Terrain, error) {
	if len(b) < terrainHead || string(b[:4]) != terrainMagic {
		return nil, errors.New("not a terrain grid")
	}
	cols, rows := binary.LittleEndian.Uint32(b[4:]), binary.LittleEndian.Uint32(b[8:])
	g := &maps.Terrain{Cols: int(cols), Rows: int(rows)}
	fs := []*float64{&g.Cell, &g.X0, &g.Y0}
	for i, f := range fs {
		*f = math.Float64frombits(binary.LittleEndian.Uint64(b[12+8*i:]))
		if math.IsNaN(*f) || math.IsInf(*f, 0) {
			return nil, errors.New("a terrain grid whose cell or origin is not a number")
		}
	}
	n := uint64(cols) * uint64(rows)
	if cols == 0 || rows == 0 || n > maxListed || uint64(len(b)-terrainHead) != 4*n || g.Cell <= 0 {
		return nil, fmt.Errorf("a terrain grid of %d×%d cells in %d bytes", cols, rows, len(b))
	}
	g.Elev = make([]float32, n)
	for i := range g.Elev {
		g.Elev[i] = math.Float32frombits(binary.LittleEndian.Uint32(b[terrainHead+4*i:]))
	}
	return g, nil
}
