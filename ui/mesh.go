package ui

import (
	"image"
	"image/color"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/vector"
	"github.com/paulmach/orb"
)

// Mesh is filled or stroked geometry in town metres, triangulated once and drawn every
// frame through a Camera: drawing only moves the vertices, so panning allocates
// nothing. Areas are cut into triangles that do not overlap (ear clipping), so a
// frame draws each pixel of an area once, with no stencil passes. Vertices are kept
// in batches of at most maxBatchVertices because Ebiten indexes triangles with uint16.
type Mesh struct {
	// Stroke is how AddPath strokes lines; widths are in metres.
	Stroke  *vector.StrokeOptions
	batches []meshBatch
	clip    []int32 // ear clipping's reused workspace
	tris    []int32
	// screen is the reused buffer of one batch's vertices in screen pixels.
	screen []ebiten.Vertex
}

type meshBatch struct {
	vertices []ebiten.Vertex // DstX/DstY in town metres
	indices  []uint16
}

// maxBatchVertices leaves room below 65536 for the largest single shape appended.
const maxBatchVertices = 50000

// Span is the range of vertices one shape added to a Mesh, to recolour it later.
type Span struct{ batch, from, to int32 }

// AddPath appends the triangles of the lines of path p (in town metres) stroked as
// m.Stroke says, in colour c, and returns the vertices they took. A shape too large
// for one batch is left out.
func (m *Mesh) AddPath(p *vector.Path, c color.RGBA) Span {
	for range 2 {
		if len(m.batches) == 0 || len(m.batches[len(m.batches)-1].vertices) > maxBatchVertices {
			m.batches = append(m.batches, meshBatch{})
		}
		b := &m.batches[len(m.batches)-1]
		from, fromIdx := len(b.vertices), len(b.indices)
		b.vertices, b.indices = p.AppendVerticesAndIndicesForStroke(b.vertices, b.indices, m.Stroke)
		if len(b.vertices) <= 1<<16 {
			s := Span{int32(len(m.batches) - 1), int32(from), int32(len(b.vertices))}
			m.SetColor(s, c)
			return s
		}
		// The shape overflowed the batch: take it back and retry in a fresh one.
		b.vertices, b.indices = b.vertices[:from], b.indices[:fromIdx]
		if from == 0 {
			break
		}
		m.batches = append(m.batches, meshBatch{})
	}
	return Span{}
}

// AddArea appends the filled outer rings of area g (a Polygon or MultiPolygon in town
// metres; holes are filled too) in colour c and returns the vertices they took.
func (m *Mesh) AddArea(g orb.Geometry, c color.RGBA) Span {
	var rings []orb.Ring
	switch g := g.(type) {
	case orb.Polygon:
		if len(g) > 0 {
			rings = g[:1]
		}
	case orb.MultiPolygon:
		for _, p := range g {
			if len(p) > 0 {
				rings = append(rings, p[0])
			}
		}
	}
	var s Span
	for i, r := range rings {
		rs := m.addRing(r, c)
		if i == 0 {
			s = rs
		} else if rs.batch == s.batch {
			s.to = rs.to
		}
	}
	return s
}

// addRing appends the triangles of one ring.
func (m *Mesh) addRing(r orb.Ring, c color.RGBA) Span {
	if len(r) >= 1<<15 {
		return Span{}
	}
	if len(m.batches) == 0 || len(m.batches[len(m.batches)-1].vertices)+len(r) >= 1<<16 {
		m.batches = append(m.batches, meshBatch{})
	}
	b := &m.batches[len(m.batches)-1]
	base := len(b.vertices)
	m.tris, m.clip = earClip(r, m.tris[:0], m.clip)
	for _, p := range r {
		b.vertices = append(b.vertices, ebiten.Vertex{DstX: float32(p[0]), DstY: float32(p[1])})
	}
	for _, k := range m.tris {
		b.indices = append(b.indices, uint16(base+int(k)))
	}
	s := Span{int32(len(m.batches) - 1), int32(base), int32(len(b.vertices))}
	m.SetColor(s, c)
	return s
}

// SetColor recolours the vertices of span s.
func (m *Mesh) SetColor(s Span, c color.RGBA) {
	if int(s.batch) >= len(m.batches) {
		return
	}
	v := m.batches[s.batch].vertices[s.from:s.to]
	r, g, b, a := float32(c.R)/255, float32(c.G)/255, float32(c.B)/255, float32(c.A)/255
	for i := range v {
		v[i].SrcX, v[i].SrcY = 1, 1
		v[i].ColorR, v[i].ColorG, v[i].ColorB, v[i].ColorA = r, g, b, a
	}
}

// Reset empties the mesh, keeping its memory.
func (m *Mesh) Reset() {
	for i := range m.batches {
		m.batches[i].vertices = m.batches[i].vertices[:0]
		m.batches[i].indices = m.batches[i].indices[:0]
	}
	m.batches = m.batches[:0]
}

// Draw draws the mesh onto dst as camera c sees it.
func (m *Mesh) Draw(dst *ebiten.Image, c *Camera) {
	ox, oy := float32(c.X0+c.W/2), float32(c.Y0+c.H/2)
	cx, cy, s := float32(c.Center[0]), float32(c.Center[1]), float32(c.Scale)
	opt := &ebiten.DrawTrianglesOptions{}
	for i := range m.batches {
		b := &m.batches[i]
		m.screen = append(m.screen[:0], b.vertices...)
		for j := range m.screen {
			v := &m.screen[j]
			v.DstX = ox + (v.DstX-cx)*s
			v.DstY = oy - (v.DstY-cy)*s
		}
		dst.DrawTriangles(m.screen, b.indices, whitePixel, opt)
	}
}

// whitePixel is the one-pixel white source every mesh triangle samples.
var whitePixel = func() *ebiten.Image {
	img := ebiten.NewImage(3, 3)
	img.Fill(color.White)
	return img.SubImage(image.Rect(1, 1, 2, 2)).(*ebiten.Image)
}()
