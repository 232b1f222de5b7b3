package hazard

import "math"

// lengthToBreadth returns the length-to-breadth ratio LB of the elliptical fire a net
// effective wind of wsv km/h grows in type t: ST-X-3 eq. 79, and for grass W09's
// corrected eq. 80a, 80b.
func lengthToBreadth(t FuelType, wsv float64) float64 {
	if t == O1a || t == O1b {
		if wsv < 1 {
			return 1
		}
		return 1.1 * math.Pow(wsv, 0.464)
	}
	return 1 + 8.729*math.Pow(1-math.Exp(-0.030*wsv), 2.155)
}

// ellipseRate returns the rate at which the perimeter of an elliptical fire moves away
// from its ignition point along a ray at angle phi (radians) from the head's direction:
// the distance from the ignition point to the ellipse whose head lies ros ahead of it,
// whose back lies bros behind and whose half-width is fros, all per unit time (the
// ellipse of ST-X-3 eq. 89 and W09 eq. 94). ros ≥ bros ≥ 0 and fros > 0, or all zero
// for a fire that does not spread (rate 0).
//
// With the ignition point at the origin and the head along x, the ellipse has centre
// c = (ros − bros)/2, semi-axes a = (ros + bros)/2 and b = fros; the ray's distance r
// solves ((r cos φ − c)/a)² + (r sin φ / b)² = 1.
func ellipseRate(ros, bros, fros, cosPhi, sinPhi float64) float64 {
	a := (ros + bros) / 2
	if a <= 0 || fros <= 0 {
		return 0
	}
	c := (ros - bros) / 2
	k := a / fros
	A := cosPhi*cosPhi + k*k*sinPhi*sinPhi
	B := c * cosPhi
	return (B + math.Sqrt(B*B-A*(c*c-a*a))) / A
}
