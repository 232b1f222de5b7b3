package hazard

import (
	"math"
	"slices"
)

// godunov is the state the first-order Godunov finite-volume scheme (SchemeFV1) keeps
// beside Shallow's depths: the momentum of every cell and, per face, the momentum fluxes
// of the last step. It solves the full 2D shallow-water equations
//
//	∂U/∂t + ∂F(U)/∂x + ∂G(U)/∂y = S,  U = (h, hu, hv),
//	F = (hu, hu² + g·h²/2, huv),  G = (hv, huv, hv² + g·h²/2),
//
// explicitly on the DEM's grid: each face's flux by the HLL approximate Riemann solver
// (Harten, Lax & van Leer 1983) with Toro's wave-speed estimates, the dry-bed ones on a
// front (Toro 2001, "Shock-Capturing Methods for Free-Surface Shallow Flows", eqs.
// 10.21–10.26), the transverse momentum carried by the sign of the mass flux as the
// HLLC solver's shear wave does (Toro 2001, section 10.4); the bed slope by the
// hydrostatic reconstruction of Audusse, Bouchut, Bristeau, Klein & Perthame (2004, "A
// fast and stable well-balanced scheme with hydrostatic reconstruction for shallow
// water flows", SIAM J. Sci. Comput. 25, eqs. 2.8–2.11), which keeps a lake at rest
// still and depths non-negative at a Courant number of 1/2; Manning friction after the
// flux update, point-implicitly (as LISFLOOD-FP 8.0's FV1 does: Shaw et al. 2021,
// "LISFLOOD-FP 8.0: the new discontinuous Galerkin shallow-water solver for multi-core
// CPUs and GPUs", Geosci. Model Dev. 14, section 2.2). Its mass fluxes are Shallow's
// face flows, so sources, edges, active tiles and the mass balance are shared.
type godunov struct {
	hu, hv []float64 // momentum per cell, m²/s
	// x and y are the momentum fluxes of the x-faces (face r*(cols+1)+c, west of cell
	// (c, r)) and the y-faces (face r*cols+c, south of cell (c, r)).
	x, y faceMomentum
}

// faceMomentum holds, per face, the momentum fluxes (m³/s²) of the last step: the
// normal momentum flux as the cell before the face sees it (west or south: with its
// reconstructed pressure g·h*²/2 taken off) and as the cell after it sees it, and the
// flux of the momentum along the face.
type faceMomentum struct {
	before, after, along []float64
}

func newGodunov(cols, rows int) *godunov {
	n := cols * rows
	nx, ny := (cols+1)*rows, cols*(rows+1)
	return &godunov{
		hu: make([]float64, n), hv: make([]float64, n),
		x: faceMomentum{make([]float64, nx), make([]float64, nx), make([]float64, nx)},
		y: faceMomentum{make([]float64, ny), make([]float64, ny), make([]float64, ny)},
	}
}

func (g *godunov) clone() *godunov {
	return &godunov{
		hu: slices.Clone(g.hu), hv: slices.Clone(g.hv),
		x: faceMomentum{slices.Clone(g.x.before), slices.Clone(g.x.after), slices.Clone(g.x.along)},
		y: faceMomentum{slices.Clone(g.y.before), slices.Clone(g.y.after), slices.Clone(g.y.along)},
	}
}

// clear zeroes the momentum fluxes of the faces a tile owns: x-faces of rows [r0, r1),
// columns [c0, ex); y-faces of rows [r0, ey), columns [c0, c1).
func (g *godunov) clear(cols, c0, c1, ex, r0, r1, ey int) {
	for _, a := range [][]float64{g.x.before, g.x.after, g.x.along} {
		for r := r0; r < r1; r++ {
			clear(a[r*(cols+1)+c0 : r*(cols+1)+ex])
		}
	}
	for _, a := range [][]float64{g.y.before, g.y.after, g.y.along} {
		for r := r0; r < ey; r++ {
			clear(a[r*cols+c0 : r*cols+c1])
		}
	}
}

// signal is the fastest wave of cell i holding depth h: max(|u|, |v|) + √(g·h).
func (g *godunov) signal(i int, h float64) float64 {
	return max(math.Abs(g.hu[i]), math.Abs(g.hv[i]))/h + math.Sqrt(gravity*h)
}

// velocity returns the water's velocity at cell i: its momentum over its depth, zero
// where the cell is dry (DryDepthM).
func (s *Shallow) velocity(i int) (u, v float64) {
	h := s.h[i]
	if h <= s.opt.DryDepthM {
		return 0, 0
	}
	return s.fv.hu[i] / h, s.fv.hv[i] / h
}

// faceFluxes computes the fluxes across face f between cell a (west or south) and cell
// b; a or b is -1 on the grid's edge, where the missing cell is the other's mirror (a
// wall) or, on a free edge while the water flows out, its copy (transmissive), or, on
// a level boundary (onLevel), a cell of the same ground holding water up to level with
// the velocity of the water inside. alongY says the face is a y-face, whose normal
// velocity is v.
func (s *Shallow) faceFluxes(a, b int, alongY bool, f int, mass []float64, m *faceMomentum, level float64, onLevel bool) {
	if !onLevel && (a < 0 || s.h[a] <= 0) && (b < 0 || s.h[b] <= 0) {
		mass[f], m.before[f], m.after[f], m.along[f] = 0, 0, 0, 0 // dry both sides
		return
	}
	var ha, hb, za, zb, una, unb, uta, utb float64
	wall := false
	if a >= 0 {
		ha, za = s.h[a], s.z[a]
		una, uta = s.normal(a, alongY)
	}
	if b >= 0 {
		hb, zb = s.h[b], s.z[b]
		unb, utb = s.normal(b, alongY)
	}
	switch {
	case a < 0 && onLevel:
		ha, za, una, uta = max(0, level-zb), zb, unb, utb
	case b < 0 && onLevel:
		hb, zb, unb, utb = max(0, level-za), za, una, uta
	case a < 0:
		ha, za, uta = hb, zb, utb
		una = -unb
		if !s.opt.ClosedEdges && unb < 0 {
			una = unb // flowing out across the edge
		} else {
			wall = true
		}
	case b < 0:
		hb, zb, utb = ha, za, uta
		unb = -una
		if !s.opt.ClosedEdges && una > 0 {
			unb = una
		} else {
			wall = true
		}
	}
	// Audusse et al. (2004), eq. 2.9: each side's depth reconstructed against the higher
	// bed of the two.
	top := max(za, zb)
	ra := max(0, ha+za-top)
	rb := max(0, hb+zb-top)
	fh, fn, ft := hll(ra, una, uta, rb, unb, utb)
	if wall {
		fh, ft = 0, 0
	}
	mass[f] = fh
	m.before[f] = fn - 0.5*gravity*ra*ra
	m.after[f] = fn - 0.5*gravity*rb*rb
	m.along[f] = ft
}

// normal returns cell i's velocity normal to a face (u for an x-face, v for a y-face)
// and along it.
func (s *Shallow) normal(i int, alongY bool) (un, ut float64) {
	u, v := s.velocity(i)
	if alongY {
		return v, u
	}
	return u, v
}

// hll is the HLL flux (Harten, Lax & van Leer 1983) between a left state of depth hl
// and normal and tangential velocities ul, vl and a right state hr, ur, vr: the fluxes
// of mass, of normal momentum (its pressure g·h²/2 included) and of tangential momentum,
// the last upwinded by the mass flux as the HLLC solver's contact wave carries it. Wave
// speeds are Toro's (2001, eqs. 10.23–10.26): the two-rarefaction estimates, or the
// exact front speeds u ± 2√(g·h) when one side is dry.
func hll(hl, ul, vl, hr, ur, vr float64) (fh, fn, ft float64) {
	if hl <= 0 && hr <= 0 {
		return 0, 0, 0
	}
	if hl == hr && ul == ur {
		// one state: the physical flux, exactly, so a lake at rest stays still.
		fh, fn = hl*ul, hl*ul*ul+0.5*gravity*hl*hl
		return fh, fn, fh * upwind(fh, vl, vr)
	}
	cl, cr := math.Sqrt(gravity*hl), math.Sqrt(gravity*hr)
	var sl, sr float64
	switch {
	case hl <= 0:
		sl, sr = ur-2*cr, ur+cr
	case hr <= 0:
		sl, sr = ul-cl, ul+2*cl
	default:
		us := 0.5*(ul+ur) + cl - cr
		cs := 0.5*(cl+cr) + 0.25*(ul-ur)
		sl, sr = min(ul-cl, us-cs), max(ur+cr, us+cs)
	}
	fhl, fnl := hl*ul, hl*ul*ul+0.5*gravity*hl*hl
	fhr, fnr := hr*ur, hr*ur*ur+0.5*gravity*hr*hr
	switch {
	case sl >= 0:
		fh, fn = fhl, fnl
	case sr <= 0:
		fh, fn = fhr, fnr
	default:
		w := 1 / (sr - sl)
		fh = (sr*fhl - sl*fhr + sl*sr*(hr-hl)) * w
		fn = (sr*fnl - sl*fnr + sl*sr*(fhr-fhl)) * w
	}
	return fh, fn, fh * upwind(fh, vl, vr)
}

// upwind is the tangential velocity the mass flux fh carries: the left one when it
// flows right, else the right one.
func upwind(fh, vl, vr float64) float64 {
	if fh >= 0 {
		return vl
	}
	return vr
}

// momentumCell updates the momentum of cell i (column c, row r), now holding depth h,
// by its faces' momentum fluxes over dt (Audusse et al. 2004, eq. 2.11: the
// reconstructed pressures stand for the bed slope), then by Manning friction
// point-implicitly, |q|/(1 + g·n²·|u|·Δt/h^(4/3)); a dry cell holds none.
func (s *Shallow) momentumCell(i, c, r int, h, dt float64) {
	g := s.fv
	if h <= s.opt.DryDepthM {
		g.hu[i], g.hv[i] = 0, 0
		return
	}
	k := dt / s.dx
	w, e := r*(s.cols+1)+c, r*(s.cols+1)+c+1
	south, north := r*s.cols+c, (r+1)*s.cols+c
	hu := g.hu[i] - k*(g.x.before[e]-g.x.after[w]+g.y.along[north]-g.y.along[south])
	hv := g.hv[i] - k*(g.y.before[north]-g.y.after[south]+g.x.along[e]-g.x.along[w])
	if n2 := s.n2[i]; n2 > 0 && (hu != 0 || hv != 0) {
		// |u|/h^(4/3) = |q|/h^(7/3)
		f := 1 + gravity*n2*math.Sqrt(hu*hu+hv*hv)*dt/pow73(h)
		hu, hv = hu/f, hv/f
	}
	g.hu[i], g.hv[i] = hu, hv
}
