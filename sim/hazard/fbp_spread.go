package hazard

import "math"

// This file is the FBP System's point prediction: rate of spread, crowning and fire
// intensity of a fuel under given weather, as in Forestry Canada Fire Danger Group
// (1992, ST-X-3) with the corrections of Wotton, Alexander & Taylor (2009, GLC-X-10).
// Equation numbers are ST-X-3's unless marked W09. Rates are in m/min, as in the
// papers; fuel consumption in kg/m², intensity in kW/m.

// noBuildup disables the buildup effect (BE = 1) where the FBP System computes a rate
// without it: the zero-wind, level-ground rate behind the slope effect.
const noBuildup = -1

// ffmcMoisture returns the fine fuel moisture content m (%) of an FFMC (eq. 46, with
// ST-X-3's constant 147.2; the FWI System's own 147.27723 shifts the ISI by 0.1 %, and
// the FBP System's published test outputs use 147.2).
func ffmcMoisture(ffmc float64) float64 { return 147.2 * (101 - ffmc) / (59.5 + ffmc) }

// ffmcEffect returns the fine fuel moisture function f(F) of the ISI (eq. 45).
func ffmcEffect(ffmc float64) float64 {
	m := ffmcMoisture(ffmc)
	return 91.9 * math.Exp(-0.1386*m) * (1 + math.Pow(m, 5.31)/4.93e7)
}

// windEffect returns the wind function f(W) of the ISI for a 10-m open wind of ws
// km/h (eq. 53), flattened above 40 km/h as the FBP System does (eq. 53a).
func windEffect(ws float64) float64 {
	if ws >= 40 {
		return 12 * (1 - math.Exp(-0.0818*(ws-28)))
	}
	return math.Exp(0.05039 * ws)
}

// initialSpreadIndex returns the ISI of a wind of ws km/h with fine fuel moisture
// function ff = ffmcEffect(FFMC) (eq. 52).
func initialSpreadIndex(ff, ws float64) float64 {
	return 0.208 * windEffect(ws) * ff
}

// curingFactor returns O-1's curing function CF of the percent cured c (W09 eq. 35a,
// 35b).
func curingFactor(c float64) float64 {
	if c < 58.8 {
		return 0.005 * (math.Exp(0.061*c) - 1)
	}
	return 0.176 + 0.02*(c-58.8)
}

// spreadCurve returns a (1 − e^(−b·isi))^c for type t's coefficients (eq. 26).
func spreadCurve(t FuelType, isi float64) float64 {
	k := &fbpTypes[t]
	return k.a * math.Pow(1-math.Exp(-k.b*isi), k.c)
}

// initialSpreadRate returns the rate of spread RSI of fuel f at an ISI before the
// buildup effect: eq. 26 for the plain types, 27-28 for M-1/M-2, W09 29-33 for
// M-3/M-4, 36 with W09's curing function for O-1, 62 for C-6's surface fire; D-2 spreads
// at a fifth of D-1 (W09).
func initialSpreadRate(f Fuel, isi float64) float64 {
	switch f.Type {
	case M1:
		return f.PC/100*spreadCurve(C2, isi) + (100-f.PC)/100*spreadCurve(D1, isi)
	case M2:
		return f.PC/100*spreadCurve(C2, isi) + 0.2*(100-f.PC)/100*spreadCurve(D1, isi)
	case M3:
		return f.PDF/100*spreadCurve(M3, isi) + (1-f.PDF/100)*spreadCurve(D1, isi)
	case M4:
		return f.PDF/100*spreadCurve(M4, isi) + 0.2*(1-f.PDF/100)*spreadCurve(D1, isi)
	case O1a, O1b:
		return spreadCurve(f.Type, isi) * curingFactor(f.Curing)
	case D2:
		return 0.2 * spreadCurve(D1, isi)
	case NonFuel, Water:
		return 0
	}
	return spreadCurve(f.Type, isi)
}

// buildupEffect returns the buildup effect BE of type t at a BUI (eq. 54); 1 when bui
// is noBuildup or 0. Green aspen (D-2) does not carry fire below BUI 80 (the threshold
// of the D-2 type in the Prometheus and cffdrs implementations).
func buildupEffect(t FuelType, bui float64) float64 {
	if t == D2 && bui >= 0 && bui < 80 {
		return 0
	}
	k := &fbpTypes[t]
	if bui <= 0 || k.buiO <= 0 {
		return 1
	}
	return math.Exp(50 * math.Log(k.q) * (1/bui - 1/k.buiO))
}

// surfaceConsumption returns the surface fuel consumption SFC (kg/m²) of fuel f (eq.
// 9-25; W09 eq. 9a, 9b for C-1; D-2 consumes as D-1 from BUI 80). It never returns less
// than 1e-6, so the critical spread rate below stays finite.
func surfaceConsumption(f Fuel, ffmc, bui float64) float64 {
	var sfc float64
	switch f.Type {
	case C1:
		if ffmc > 84 {
			sfc = 0.75 + 0.75*math.Sqrt(1-math.Exp(-0.23*(ffmc-84)))
		} else {
			sfc = 0.75 - 0.75*math.Sqrt(1-math.Exp(-0.23*(84-ffmc)))
		}
	case C2, M3, M4:
		sfc = 5 * (1 - math.Exp(-0.0115*bui))
	case C3, C4:
		sfc = 5 * math.Pow(1-math.Exp(-0.0164*bui), 2.24)
	case C5, C6:
		sfc = 5 * math.Pow(1-math.Exp(-0.0149*bui), 2.48)
	case C7:
		if ffmc > 70 {
			sfc = 2 * (1 - math.Exp(-0.104*(ffmc-70)))
		}
		sfc += 1.5 * (1 - math.Exp(-0.0201*bui))
	case D1:
		sfc = 1.5 * (1 - math.Exp(-0.0183*bui))
	case D2:
		if bui >= 80 {
			sfc = 1.5 * (1 - math.Exp(-0.0183*bui))
		}
	case M1, M2:
		sfc = f.PC/100*5*(1-math.Exp(-0.0115*bui)) + (100-f.PC)/100*1.5*(1-math.Exp(-0.0183*bui))
	case O1a, O1b:
		sfc = f.GrassLoad
	case S1:
		sfc = 4*(1-math.Exp(-0.025*bui)) + 4*(1-math.Exp(-0.034*bui))
	case S2:
		sfc = 10*(1-math.Exp(-0.013*bui)) + 6*(1-math.Exp(-0.060*bui))
	case S3:
		sfc = 12*(1-math.Exp(-0.0166*bui)) + 20*(1-math.Exp(-0.0210*bui))
	}
	return max(sfc, 1e-6)
}

// criticalSpreadRate returns RSO, the rate of spread (m/min) above which a surface fire
// in type t starts to crown: the critical surface intensity CSI (eq. 56) over 300·SFC
// (eq. 57).
func criticalSpreadRate(t FuelType, fmc, sfc float64) float64 {
	csi := 0.001 * math.Pow(fbpTypes[t].cbh, 1.5) * math.Pow(460+25.9*fmc, 1.5)
	return csi / (300 * sfc)
}

// crownFraction returns the crown fraction burned CFB of a fire running at ros where
// crowning starts at rso (eq. 58).
func crownFraction(ros, rso float64) float64 {
	if ros > rso {
		return 1 - math.Exp(-0.23*(ros-rso))
	}
	return 0
}

// spreadRate returns the rate of spread ROS (m/min) and crown fraction burned of fuel
// f at an ISI and BUI (noBuildup for none), with foliar moisture fmc (%) and surface
// fuel consumption sfc: RSI × BE (eq. 26-36, 54), or for C-6 the surface rate raised
// towards the crown fire rate by the crown fraction burned (eq. 61-65).
func spreadRate(f Fuel, isi, bui, fmc, sfc float64) (ros, cfb float64) {
	if !f.Burns() {
		return 0, 0
	}
	rss := initialSpreadRate(f, isi) * buildupEffect(f.Type, bui)
	k := &fbpTypes[f.Type]
	if f.Type == C6 {
		fme := math.Pow(1.5-0.00275*fmc, 4) / (460 + 25.9*fmc) * 1000
		rsc := 60 * (1 - math.Exp(-0.0497*isi)) * fme / 0.778
		if rsc <= rss {
			return rss, 0
		}
		cfb = crownFraction(rss, criticalSpreadRate(C6, fmc, sfc))
		return rss + cfb*(rsc-rss), cfb
	}
	if k.cfl > 0 {
		cfb = crownFraction(rss, criticalSpreadRate(f.Type, fmc, sfc))
	}
	return rss, cfb
}

// totalConsumption returns the total fuel consumption TFC (kg/m²) of fuel f burning
// with crown fraction cfb over surface consumption sfc (eq. 66-67; W09 eq. 66b, 66c for
// the mixedwoods).
func totalConsumption(f Fuel, cfb, sfc float64) float64 {
	cfc := fbpTypes[f.Type].cfl * cfb
	switch f.Type {
	case M1, M2:
		cfc *= f.PC / 100
	case M3, M4:
		cfc *= f.PDF / 100
	}
	return sfc + cfc
}

// byramIntensity returns Byram's fireline intensity I = H·w·r in kW/m of a fire
// consuming tfc kg/m² at ros m/min, with the FBP System's heat of combustion of 18,000
// kJ/kg: 300·TFC·ROS (eq. 69).
func byramIntensity(tfc, ros float64) float64 { return 300 * tfc * ros }

// fbpSpread is the FBP System's prediction for one fuel under one weather on one slope:
// the elliptical fire it grows.
type fbpSpread struct {
	// ROS, BROS and FROS are the head, back and flank rates of spread, m/min.
	ROS, BROS, FROS float64
	// LB is the length-to-breadth ratio of the ellipse.
	LB float64
	// RAZ is the compass bearing the head runs towards, radians clockwise from north.
	RAZ float64
	// WSV is the net effective wind speed (wind and slope), km/h; ISI the ISI it gives.
	WSV, ISI float64
	// SFC and TFC are the surface and total fuel consumption (kg/m²), CFB the head's
	// crown fraction burned and HFI its intensity (kW/m).
	SFC, TFC, CFB, HFI float64
}

// fbpPredict returns the FBP prediction for fuel f under weather w on ground rising gs
// percent towards the compass bearing saz (radians): the slope folded into an effective
// wind (eq. 39-51, W09 41-44), the head rate from the ISI of that wind, the back rate
// from the back ISI (eq. 75-77), the length-to-breadth ratio (eq. 79, W09 80) and the
// flank rate from the ellipse (eq. 89).
func fbpPredict(f Fuel, w FireWeather, gs, saz float64) fbpSpread {
	var p fbpSpread
	if !f.Burns() {
		return p
	}
	fmc := w.FMC
	if fbpTypes[f.Type].cfl == 0 {
		fmc = 0 // no crown to wet: D-1, D-2, O-1 and slash (as the FBP System does)
	}
	waz := math.Mod(w.WindFromDeg*math.Pi/180+math.Pi, 2*math.Pi)
	ff := ffmcEffect(w.FFMC)
	p.SFC = surfaceConsumption(f, w.FFMC, w.BUI)
	p.WSV, p.RAZ = w.WindKmh, waz
	if gs > 0 && w.FFMC > 0 {
		p.WSV, p.RAZ = netEffectiveWind(f, w.WindKmh, ff, fmc, p.SFC, gs, saz, waz)
	}
	p.ISI = initialSpreadIndex(ff, p.WSV)
	p.ROS, p.CFB = spreadRate(f, p.ISI, w.BUI, fmc, p.SFC)
	backISI := 0.208 * math.Exp(-0.05039*p.WSV) * ff
	p.BROS, _ = spreadRate(f, backISI, w.BUI, fmc, p.SFC)
	p.LB = lengthToBreadth(f.Type, p.WSV)
	p.FROS = (p.ROS + p.BROS) / (2 * p.LB)
	p.TFC = totalConsumption(f, p.CFB, p.SFC)
	p.HFI = byramIntensity(p.TFC, p.ROS)
	return p
}

// intensityAt returns the Byram intensity (kW/m) of the part of fuel f's fire front
// that runs at ros m/min, with its own crown fraction burned (the FBP System's flank
// and back intensities, ST-X-3 p. 42).
func intensityAt(f Fuel, ros, fmc, sfc float64) float64 {
	cfb := 0.0
	if fbpTypes[f.Type].cfl > 0 {
		cfb = crownFraction(ros, criticalSpreadRate(f.Type, fmc, sfc))
	}
	return byramIntensity(totalConsumption(f, cfb, sfc), ros)
}
