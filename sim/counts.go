package sim

// Counts are the figures of the drill at a moment: where the residents are, how many
// are in danger or hurt, and what the hazards have done.
type Counts struct {
	Residents  int `json:"residents"`
	Unwarned   int `json:"unwarned"`   // at home, not yet warned
	Warned     int `json:"warned"`     // at home, warned (getting ready, or staying)
	Moving     int `json:"moving"`     // on their way to a shelter
	Sheltered  int `json:"sheltered"`  // in a shelter
	InDanger   int `json:"in_danger"`  // at home where water, fire or a cut-off has reached them
	Casualties int `json:"casualties"` // hurt or killed
	Treated    int `json:"treated"`    // casualties seen by medics
	// PeopleMinutesInDanger adds up, tick by tick, the people in danger times minutes.
	PeopleMinutesInDanger float64 `json:"people_minutes_in_danger"`
	BuildingsDestroyed    int     `json:"buildings_destroyed"`
	RoadsCut              int     `json:"roads_cut"`
	FloodedCells          int     `json:"flooded_cells"`
	BurntHa               float64 `json:"burnt_ha"`
}

// Counts returns the figures as of the last step.
func (w *World) Counts() Counts { return w.counts }

// count recomputes the figures.
func (w *World) count() {
	c := &w.counts
	keep := c.PeopleMinutesInDanger
	*c = Counts{PeopleMinutesInDanger: keep}
	h := &w.hazards
	for i := range w.people.groups {
		w.countGroup(c, &w.people.groups[i])
	}
	for _, d := range h.destroyed {
		if d {
			c.BuildingsDestroyed++
		}
	}
	c.RoadsCut = w.roads.cutCount
	c.FloodedCells = h.floodedCells()
	if h.fire != nil {
		c.BurntHa = h.fire.BurntArea() / 1e4
	}
}

// countGroup adds the residents of group g to c.
func (w *World) countGroup(c *Counts, g *group) {
	c.Residents += int(g.pop)
	if g.warnedAt < 0 {
		c.Unwarned += int(g.home)
	} else {
		c.Warned += int(g.home)
	}
	c.Moving += int(g.moving)
	c.Sheltered += int(g.sheltered)
	c.Casualties += int(g.hurt)
	c.Treated += int(g.treated)
	if g.home > 0 && w.inDanger(g) {
		c.InDanger += int(g.home)
	}
}

// inDanger reports whether the people at home in group g are where a hazard has
// reached: water at the door, fire next door, a destroyed house, or cut off.
func (w *World) inDanger(g *group) bool {
	h := &w.hazards
	if g.stranded || h.destroyed[g.building] || h.buildingDepth(int(g.building)) >= dangerWaterM {
		return true
	}
	return h.fireNearby != nil && h.buildingCell[g.building] >= 0 && h.fireNearby[h.buildingCell[g.building]] > 0
}

// VillageCounts returns the residents' figures of each village of the town (by its
// index in Town.Villages), appended to dst[:0]: residents, unwarned, warned, moving,
// sheltered, in danger, casualties, treated and buildings destroyed, counted over the
// village's buildings. A served drill shows a village's cadres their own village's
// figures and no other's.
func (w *World) VillageCounts(dst []Counts) []Counts {
	dst = append(dst[:0], make([]Counts, len(w.town.Villages))...)
	h := &w.hazards
	for i := range w.people.groups {
		g := &w.people.groups[i]
		if g.village < 0 || int(g.village) >= len(dst) {
			continue
		}
		w.countGroup(&dst[g.village], g)
	}
	for b, d := range h.destroyed {
		if v := w.town.Buildings[b].Village; d && v >= 0 && v < len(dst) {
			dst[v].BuildingsDestroyed++
		}
	}
	return dst
}
