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
		g := &w.people.groups[i]
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

// inDanger reports whether the people at home in group g are where a hazard has
// reached: water at the door, fire next door, a destroyed house, or cut off.
func (w *World) inDanger(g *group) bool {
	h := &w.hazards
	if g.stranded || h.destroyed[g.building] || h.buildingDepth(int(g.building)) >= dangerWaterM {
		return true
	}
	return h.fireNearby != nil && h.buildingCell[g.building] >= 0 && h.fireNearby[h.buildingCell[g.building]] > 0
}
