package maps

import (
	"fmt"
	"math"
)

// TransverseMercator is a transverse Mercator projection of the WGS84 ellipsoid: UTM,
// and the Gauss-Krüger grids of CGCS2000. CGCS2000's ellipsoid differs from WGS84's only
// in the flattening, by about 0.1 mm in the semi-minor axis, so drillsim treats the two
// as identical. x is the easting and y the northing, in metres.
//
// The formulas are Krüger's series to order n^6 as given by Karney (2011), "Transverse
// Mercator with an accuracy of a few nanometers", J. Geodesy 85:475-485: accurate to
// well under a millimetre within 4000 km of the central meridian, far beyond any zone.
//
// Build one with UTM or GaussKruger, or by ParseCRS from a name; the zero value is not usable.
type TransverseMercator struct {
	Label           string  // what Name returns, e.g. "UTM 48N"
	CentralMeridian float64 // degrees east
	ScaleFactor     float64 // on the central meridian: 0.9996 for UTM, 1 for Gauss-Krüger
	FalseEasting    float64 // metres added to eastings
	FalseNorthing   float64 // metres added to northings
}

// UTM returns the WGS84 UTM projection of zone 1..60 (central meridian 6·zone-183°), in
// the northern hemisphere or, with north false, the southern one (false northing
// 10,000 km). It does not check the zone; ParseCRS does.
func UTM(zone int, north bool) TransverseMercator {
	tm := TransverseMercator{
		Label:           fmt.Sprintf("UTM %dN", zone),
		CentralMeridian: float64(6*zone - 183),
		ScaleFactor:     0.9996,
		FalseEasting:    500_000,
	}
	if !north {
		tm.Label = fmt.Sprintf("UTM %dS", zone)
		tm.FalseNorthing = 10_000_000
	}
	return tm
}

// GaussKruger returns the CGCS2000 Gauss-Krüger projection around centralMeridian
// (degrees east) with scale 1 and a false easting of 500 km. With falseEastingWithZone,
// zone·1,000,000 is added to the easting, as Chinese grids that prefix the zone number
// to eastings do (zone 35 of the 3-degree grid: eastings 35,xxx,xxx). For 3-degree zones
// the central meridian is 3·zone, for 6-degree zones 6·zone-3.
func GaussKruger(centralMeridian float64, falseEastingWithZone bool, zone int) TransverseMercator {
	tm := TransverseMercator{
		Label:           fmt.Sprintf("CGCS2000 Gauss-Krüger CM %g°E", centralMeridian),
		CentralMeridian: centralMeridian,
		ScaleFactor:     1,
		FalseEasting:    500_000,
	}
	if falseEastingWithZone {
		tm.Label = fmt.Sprintf("CGCS2000 Gauss-Krüger zone %d (CM %g°E, zone-prefixed eastings)", zone, centralMeridian)
		tm.FalseEasting += float64(zone) * 1_000_000
	}
	return tm
}

// Name returns the projection's label.
func (tm TransverseMercator) Name() string { return tm.Label }

// krugerSeries holds the ellipsoid constants of Karney's (2011) series.
type krugerSeries struct {
	e           float64    // eccentricity
	rectifying  float64    // A: the radius of the rectifying sphere
	alpha, beta [6]float64 // forward and inverse coefficients α1..α6, β1..β6
}

// wgs84Kruger is the series for the WGS84 ellipsoid.
var wgs84Kruger = newKrugerSeries(wgs84F)

func newKrugerSeries(f float64) krugerSeries {
	n := f / (2 - f)
	n2 := n * n
	n3, n4, n5, n6 := n2*n, n2*n2, n2*n2*n, n2*n2*n2
	return krugerSeries{
		e:          math.Sqrt(f * (2 - f)),
		rectifying: wgs84A / (1 + n) * (1 + n2/4 + n4/64 + n6/256),
		alpha: [6]float64{
			n/2 - 2*n2/3 + 5*n3/16 + 41*n4/180 - 127*n5/288 + 7891*n6/37800,
			13*n2/48 - 3*n3/5 + 557*n4/1440 + 281*n5/630 - 1983433*n6/1935360,
			61*n3/240 - 103*n4/140 + 15061*n5/26880 + 167603*n6/181440,
			49561*n4/161280 - 179*n5/168 + 6601661*n6/7257600,
			34729*n5/80640 - 3418889*n6/1995840,
			212378941 * n6 / 319334400,
		},
		beta: [6]float64{
			n/2 - 2*n2/3 + 37*n3/96 - n4/360 - 81*n5/512 + 96199*n6/604800,
			n2/48 + n3/15 - 437*n4/1440 + 46*n5/105 - 1118711*n6/3870720,
			17*n3/480 - 37*n4/840 - 209*n5/4480 + 5569*n6/90720,
			4397*n4/161280 - 11*n5/504 - 830251*n6/7257600,
			4583*n5/161280 - 108847*n6/3991680,
			20648693 * n6 / 638668800,
		},
	}
}

// FromLonLat projects WGS84 lon/lat to easting/northing in metres.
func (tm TransverseMercator) FromLonLat(lon, lat float64) (x, y float64) {
	k := &wgs84Kruger
	lam := (lon - tm.CentralMeridian) * math.Pi / 180
	tau := math.Tan(lat * math.Pi / 180)
	// Conformal latitude as τ' = tan χ (Karney eq. 7-9).
	sigma := math.Sinh(k.e * math.Atanh(k.e*tau/math.Hypot(1, tau)))
	tauP := tau*math.Hypot(1, sigma) - sigma*math.Hypot(1, tau)
	zetaP := complex(math.Atan2(tauP, math.Cos(lam)), math.Asinh(math.Sin(lam)/math.Hypot(tauP, math.Cos(lam))))
	zeta := zetaP + krugerSum(&k.alpha, zetaP)
	scale := tm.ScaleFactor * k.rectifying
	return tm.FalseEasting + scale*imag(zeta), tm.FalseNorthing + scale*real(zeta)
}

// krugerSum returns Σ c[j]·sin(2(j+1)ζ) for complex ζ = ξ + iη by Clenshaw's recurrence,
// which needs the sine and cosine of 2ζ only once (Karney 2011, section 7); they share
// one Sincos and one Exp.
func krugerSum(c *[6]float64, zeta complex128) complex128 {
	s, co := math.Sincos(2 * real(zeta))
	ex := math.Exp(2 * imag(zeta))
	sh, ch := (ex-1/ex)/2, (ex+1/ex)/2
	if math.Abs(imag(zeta)) < 0.25 { // avoid cancellation in sinh near 0
		sh = math.Sinh(2 * imag(zeta))
	}
	sin2, cos2 := complex(s*ch, co*sh), complex(co*ch, -s*sh)
	twoCos := 2 * cos2
	var y0, y1 complex128
	for j := len(c) - 1; j >= 0; j-- {
		y0, y1 = complex(c[j], 0)+twoCos*y0-y1, y0
	}
	return sin2 * y0
}

// ToLonLat converts easting/northing in metres to WGS84 lon/lat.
func (tm TransverseMercator) ToLonLat(x, y float64) (lon, lat float64) {
	k := &wgs84Kruger
	scale := tm.ScaleFactor * k.rectifying
	zeta := complex((y-tm.FalseNorthing)/scale, (x-tm.FalseEasting)/scale)
	zetaP := zeta - krugerSum(&k.beta, zeta)
	xiP, etaP := real(zetaP), imag(zetaP)
	tauP := math.Sin(xiP) / math.Hypot(math.Sinh(etaP), math.Cos(xiP))
	lam := math.Atan2(math.Sinh(etaP), math.Cos(xiP))
	// Newton's method for τ = tan φ from τ' (Karney eq. 19-21), starting from
	// τ'/(1-e²), which is within e⁴ of the root: two steps reach full precision.
	e2 := k.e * k.e
	tau := tauP / (1 - e2)
	for range 5 {
		sigma := math.Sinh(k.e * math.Atanh(k.e*tau/math.Hypot(1, tau)))
		tauI := tau*math.Hypot(1, sigma) - sigma*math.Hypot(1, tau)
		d := (tauP - tauI) / math.Hypot(1, tauI) * (1 + (1-e2)*tau*tau) / ((1 - e2) * math.Hypot(1, tau))
		tau += d
		if !(math.Abs(d) >= 1e-14*max(1, math.Abs(tau))) {
			break
		}
	}
	return tm.CentralMeridian + lam*180/math.Pi, math.Atan(tau) * 180 / math.Pi
}
