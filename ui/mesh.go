package ui

import (
	"image"
	"image/color"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/paulmach/orb"

	"drillsim/ui/tess"
)

// Mesh is filled areas in town metres, triangulated once and drawn every frame
// through a Camera: drawing only moves the vertices, so panning allocates nothing.
// Areas are cut into triangles that do not overlap (ear clipping), so a frame draws
// each pixel of an area once, with no stencil passes. Vertices are kept in batches of
// at most meshBatchVertices (Ebiten indexes triangles with uint16), each with the
// bound of its areas, so a frame moves and draws only the batches it shows; callers
// add areas in spatial order (see sortByPlace) to keep batches compact.
type Mesh struct {
	batches []meshBatch
	clip    []int32 // ear clipping's reused workspace
	tris    []int32
	// screen is the reused buffer of one batch's vertices in screen pixels.
	screen []ebiten.Vertex
}

type meshBatch struct {
	vertices []ebiten.Vertex // DstX/DstY in town metres
	indices  []uint16
	bound    orb.Bound
}

// meshBatchVertices is how many vertices a batch takes before the next starts: small
// enough to cull, large enough to draw in few calls.
const meshBatchVertices = 1 << 14

// Span is the range of vertices one shape added to a Mesh, to recolour it later.
type Span struct{ batch, from, to int32 }

// AddArea appends the filled area g (a Polygon or MultiPolygon in town metres, its
// holes left empty) in colour c and returns the vertices it took.
func (m *Mesh) AddArea(g orb.Geometry, c color.RGBA) Span {
	var polys []orb.Polygon
	switch g := g.(type) {
	case orb.Polygon:
		polys = []orb.Polygon{g}
	case orb.MultiPolygon:
		polys = g
	}
	var s Span
	first := true
	for _, p := range polys {
		if len(p) == 0 {
			continue
		}
		ring := p[0]
		if len(p) > 1 {
			ring = tess.BridgeHoles(p)
		}
		rs := m.addRing(ring, c)
		if first {
			s, first = rs, false
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
	if len(m.batches) == 0 || len(m.batches[len(m.batches)-1].vertices)+len(r) >= max(meshBatchVertices, len(r)+1) {
		m.batches = append(m.batches, meshBatch{bound: r.Bound()})
	}
	b := &m.batches[len(m.batches)-1]
	b.bound = b.bound.Union(r.Bound())
	base := len(b.vertices)
	m.tris, m.clip = tess.EarClip(r, m.tris[:0], m.clip)
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

// VerticesShown is how many vertices a Draw for camera c moves and draws.
func (m *Mesh) VerticesShown(c *Camera) int {
	view, n := c.Visible(), 0
	for i := range m.batches {
		if m.batches[i].bound.Intersects(view) {
			n += len(m.batches[i].vertices)
		}
	}
	return n
}

// Draw draws the mesh onto dst as camera c sees it.
func (m *Mesh) Draw(dst *ebiten.Image, c *Camera) {
	ox, oy := float32(c.X0+c.W/2), float32(c.Y0+c.H/2)
	cx, cy, s := float32(c.Center[0]), float32(c.Center[1]), float32(c.Scale)
	view := c.Visible()
	for i := range m.batches {
		b := &m.batches[i]
		if !b.bound.Intersects(view) {
			continue
		}
		m.screen = append(m.screen[:0], b.vertices...)
		for j := range m.screen {
			v := &m.screen[j]
			v.DstX = ox + (v.DstX-cx)*s
			v.DstY = oy - (v.DstY-cy)*s
		}
		dst.DrawTriangles(m.screen, b.indices, whitePixel, trianglesOptions)
	}
}

// trianglesOptions are the options of every mesh's and ribbon's draw call.
var trianglesOptions = &ebiten.DrawTrianglesOptions{}

// whitePixel is the one-pixel white source every mesh triangle samples.
var whitePixel = func() *ebiten.Image {
	img := ebiten.NewImage(3, 3)
	img.Fill(color.White)
	return img.SubImage(image.Rect(1, 1, 2, 2)).(*ebiten.Image)
}()
