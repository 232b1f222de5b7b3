package hazard

import "math"

// slopeFactor returns the spread factor SF of ground rising gs percent: how many times
// faster a fire runs upslope than on level ground without wind (ST-X-3 eq. 39), capped
// at 10 from 70 %.
func slopeFactor(gs float64) float64 {
	if gs >= 70 {
		return 10
	}
	return math.Exp(3.533 * math.Pow(gs/100, 1.2))
}

// invertSpreadCurve returns the ISI at which a·(1 − e^(−b·ISI))^c reaches rate (W09 eq.
// 41a, 43a), the ISI of 99 % of the curve's top when rate lies above it (W09 eq. 41b,
// 43b).
func invertSpreadCurve(a, b, c, rate float64) float64 {
	if a <= 0 {
		return 0
	}
	if left := 1 - math.Pow(rate/a, 1/c); left >= 0.01 {
		return math.Log(left) / -b
	}
	return math.Log(0.01) / -b
}

// slopeISI returns ISF, the ISI that would drive fuel f on level ground as fast as the
// slope alone drives it upslope (zero wind): the zero-wind level rate RSZ times the
// spread factor, turned back into an ISI on the fuel's spread curve (W09 eq. 41-43;
// the mixedwoods weight the ISIs of their components, W09 eq. 42a-c; D-2 inverts its
// own fifth of D-1's curve).
func slopeISI(f Fuel, ff, fmc, sfc, sf float64) float64 {
	isz := initialSpreadIndex(ff, 0)
	rsf := func(g Fuel) float64 {
		rsz, _ := spreadRate(g, isz, noBuildup, fmc, sfc)
		return rsz * sf
	}
	curve := func(t FuelType, scale, rate float64) float64 {
		k := &fbpTypes[t]
		return invertSpreadCurve(scale*k.a, k.b, k.c, rate)
	}
	switch f.Type {
	case M1, M2:
		c2, d1 := NewFuel(C2), NewFuel(D1)
		return f.PC/100*curve(C2, 1, rsf(c2)) + (1-f.PC/100)*curve(D1, 1, rsf(d1))
	case M3, M4:
		pure, d1 := f, NewFuel(D1)
		pure.PDF = 100
		return f.PDF/100*curve(f.Type, 1, rsf(pure)) + (1-f.PDF/100)*curve(D1, 1, rsf(d1))
	case O1a, O1b:
		return curve(f.Type, curingFactor(f.Curing), rsf(f))
	case D2:
		return curve(D1, 0.2, rsf(f))
	}
	return curve(f.Type, 1, rsf(f))
}

// slopeWindSpeed returns WSE, the wind speed (km/h) whose ISI equals isf with fine fuel
// moisture function ff: eq. 44 inverted, with the FBP System's flattening above 40 km/h
// (W09 eq. 44a-e).
func slopeWindSpeed(isf, ff float64) float64 {
	if isf <= 0 || ff <= 0 {
		return 0
	}
	wse := math.Log(isf/(0.208*ff)) / 0.05039
	if wse > 40 {
		if isf < 0.999*2.496*ff {
			return 28 - math.Log(1-isf/(2.496*ff))/0.0818
		}
		return 112.45
	}
	return max(wse, 0)
}

// netEffectiveWind returns the net effective wind speed WSV (km/h) and the compass
// bearing RAZ (radians) the fire's head runs towards for fuel f in a wind of ws km/h
// blowing towards waz, with fine fuel moisture function ff, on ground rising gs percent
// towards saz: the slope's equivalent wind WSE blowing upslope, added as a vector to the
// wind (eq. 47-51).
func netEffectiveWind(f Fuel, ws, ff, fmc, sfc, gs, saz, waz float64) (wsv, raz float64) {
	wse := slopeWindSpeed(slopeISI(f, ff, fmc, sfc, slopeFactor(gs)), ff)
	wsx := ws*math.Sin(waz) + wse*math.Sin(saz)
	wsy := ws*math.Cos(waz) + wse*math.Cos(saz)
	wsv = math.Hypot(wsx, wsy)
	if wsv == 0 {
		return 0, waz
	}
	raz = math.Atan2(wsx, wsy)
	if raz < 0 {
		raz += 2 * math.Pi
	}
	return wsv, raz
}
