package sim

import (
	"github.com/paulmach/orb/planar"

	"drillsim/scenarios"
)

// attackLimitKWm is, per kind of unit that fights fire, the highest Byram fireline
// intensity it can work against, kW/m. Forest fire teams (森林防火专业队) attack with hand
// tools, blowers and portable pumps: 2,000 kW/m, where ground crews' direct attack ends
// in the fire intensity classes of Alexander & De Groot (1988, "Fire behavior in jack
// pine stands as related to the Canadian Forest Fire Weather Index System") and, by
// Byram's flame length, at the NWCG's 8-ft flames (NWCG Fireline Handbook, Appendix B:
// equipment can work to 8 ft, hand crews less). An excavator cutting a fire line is
// heavy equipment: 4,000 kW/m, the upper bound of that class in the same guides, above
// which no ground attack holds a head fire.
var attackLimitKWm = map[scenarios.UnitKind]float64{
	scenarios.UnitFireTeam:  2000,
	scenarios.UnitExcavator: 4000,
}

// suppress has fire unit u, on scene, attack the fire for a tick: around the burning
// cell nearest it whose intensity is within the unit's means, it puts out what burns
// and holds what has not caught, renewing the hold every tick it works there. A unit
// that finds only fire too intense for it waits where it is.
func (w *World) suppress(u *unit, now int64) {
	f := w.hazards.fire
	if f == nil || f.Burning() == 0 {
		w.finish(u, "no fire burning")
		return
	}
	limit := attackLimitKWm[u.kind]
	g := w.hazards.terrain
	at := w.town.Network.Node(u.node)
	nearest, best := -1, 0.0
	for _, c := range f.BurningCells() {
		if f.Intensity(int(c)) > limit {
			continue
		}
		d := planar.DistanceSquared(g.Centre(int(c)%g.Cols, int(c)/g.Cols), at)
		if nearest < 0 || d < best {
			nearest, best = int(c), d
		}
	}
	if nearest < 0 {
		return // the fire is beyond this unit's means everywhere: it stands by
	}
	w.hazards.suppressedBy = u.agent
	radius := max(1, int(float64(u.count)*suppressCellsPerMember))
	col, row := nearest%g.Cols, nearest/g.Cols
	until := now + 2*w.tickS
	for dr := -radius; dr <= radius; dr++ {
		for dc := -radius; dc <= radius; dc++ {
			cc, rr := col+dc, row+dr
			if cc >= 0 && rr >= 0 && cc < g.Cols && rr < g.Rows {
				_, _ = f.Suppress(g.Index(cc, rr), until, limit) // on the grid
			}
		}
	}
	// The team walks the fire line: it stands where it last worked.
	if n, _ := w.town.Network.Nearest(g.Centre(col, row)); n >= 0 && planar.Distance(w.town.Network.Node(n), at) < 1000 {
		u.node = n
	}
}
