package server

import (
	"slices"

	"drillsim/maps"
	"drillsim/scenarios"
	"drillsim/sim"
)

// areas says in which village (its index in Town.Villages, -1 for none) each thing of
// the town lies: buildings, shelters, depots, road edges and terrain cells. The lenses
// of the roles read it to send each seat its own area's detail only.
type areas struct {
	town      *maps.Town
	places    *scenarios.Places
	villageOf map[string]int // village name to index
	building  []int
	shelter   []int
	depot     []int
	edge      []int
	cell      []int32 // nil without terrain
	// hazards are the scenario's hazards: what each threatens.
	hazards []scenarios.HazardInfo
	// placeVillage are the places named so far, to their village: every role's lens
	// asks for the places of every event, which a look-up in the town would answer
	// again and again.
	placeVillage map[string]int
}

// newAreas finds the village of everything in town, of every cell of terrain (nil
// for none) and what each hazard of scn threatens.
func newAreas(town *maps.Town, terrain *maps.Terrain, scn *scenarios.Scenario) *areas {
	a := &areas{town: town, places: scenarios.NewPlaces(town), villageOf: map[string]int{}, hazards: scn.Hazards.List(), placeVillage: map[string]int{}}
	for i, v := range town.Villages {
		a.villageOf[v.Name] = i
	}
	a.building = make([]int, len(town.Buildings))
	for i, b := range town.Buildings {
		a.building[i] = b.Village
	}
	a.shelter = make([]int, len(town.Shelters))
	for i, s := range town.Shelters {
		a.shelter[i] = a.village(s.Name)
	}
	a.depot = make([]int, len(town.Depots))
	for i, d := range town.Depots {
		a.depot[i] = a.village(d.Name)
	}
	net := town.Network
	a.edge = make([]int, net.EdgeCount())
	for e := range a.edge {
		g := net.Edge(e).Geometry
		a.edge[e] = town.VillageAt(g[len(g)/2])
	}
	if terrain != nil {
		a.cell = villageCells(town, terrain)
	}
	return a
}

// village returns the index of the village place name lies in, or -1.
func (a *areas) village(name string) int {
	if v, ok := a.placeVillage[name]; ok {
		return v
	}
	v, ok := a.villageOf[a.places.VillageOf(name)]
	if !ok {
		v = -1
	}
	a.placeVillage[name] = v
	return v
}

// villageCells returns the village (index, -1 for none) of the centre of every cell
// of terrain, each village's area laid over the grid (Terrain.CellsIn); where two areas
// overlap, the town's rule (Town.VillageAt) decides.
func villageCells(town *maps.Town, g *maps.Terrain) []int32 {
	cells := make([]int32, len(g.Elev))
	for i := range cells {
		cells[i] = -1
	}
	for v, village := range town.Villages {
		g.CellsIn(village.Area, func(c, r int) {
			i := g.Index(c, r)
			if cells[i] < 0 {
				cells[i] = int32(v)
			} else {
				cells[i] = int32(town.VillageAt(g.Centre(c, r)))
			}
		})
	}
	return cells
}

// lens is what one role sees of a drill, by the role's policy (scenarios.Role): the
// controller and the evaluators everything, the command post the whole town but not
// the controller's script, a village's cadres their own village's detail, units,
// injects and messages only.
type lens struct {
	role scenarios.Role
	// own is the village of a village role (its index), -1 for the other roles.
	own int
	a   *areas
}

// newLens returns the lens of role over the town's areas.
func newLens(role scenarios.Role, a *areas) *lens {
	l := &lens{role: role, own: -1, a: a}
	if v := role.Village(); v != "" {
		l.own = a.villageOf[v]
	}
	return l
}

// sees reports whether the role sees what lies in village v (an index, -1 for none).
func (l *lens) sees(v int) bool { return l.own < 0 || v == l.own }

// seesPlace reports whether the role sees what happens at the place named.
func (l *lens) seesPlace(name string) bool { return l.own < 0 || l.a.village(name) == l.own }

// seesEvent reports whether the role receives event e, of a unit whose village
// unitVillage gives.
func (l *lens) seesEvent(e *sim.Event, unitVillage func(id string) string) bool {
	r := l.role
	if r.SeesAll() {
		return true
	}
	switch e.Kind {
	case scenarios.EventInject, scenarios.EventRainWarning, scenarios.EventRejected:
		return r.Sees(e.Role) // a warning comes as an inject, to whom it is addressed
	case scenarios.EventOrder, scenarios.EventReportSent:
		return e.Role == r || l.own < 0 && e.Role != scenarios.RoleController
	case scenarios.EventStatus:
		return l.own < 0 // a village has its own figures in its view
	case scenarios.EventResponseActivated, scenarios.EventInfoReleased:
		return true // announced to the whole town
	}
	if l.own < 0 {
		return true
	}
	// A village's cadres see what happens in their village: every place the event
	// names lies there, and it names one.
	named := false
	for _, place := range []string{e.Village, e.Zone, e.Shelter, e.Road} {
		if place == "" {
			continue
		}
		if !l.seesPlace(place) {
			return false
		}
		named = true
	}
	if e.Unit != "" {
		if !r.SeesUnit(unitVillage(e.Unit)) {
			return false
		}
		named = true
	}
	if e.Hazard != "" && !named {
		return slices.Contains(l.threats(), e.Hazard)
	}
	return named
}

// threats returns the ids of the hazards that threaten the role's village.
func (l *lens) threats() []string {
	var ids []string
	for _, h := range l.a.hazards {
		if l.threatened(h.Zones, h.Villages) {
			ids = append(ids, h.ID)
		}
	}
	return ids
}

// threatened reports whether the zones or villages named lie in the role's village.
func (l *lens) threatened(zones, villages []string) bool {
	return slices.ContainsFunc(zones, l.seesPlace) || slices.ContainsFunc(villages, l.seesPlace)
}

// scenario returns the scenario as the role may see it. The controller and the
// evaluators see the whole of it. The others do not see the script: no injects (each
// comes as an event when delivered), and of each hazard only what it threatens (not
// how or when it evolves); a village sees its own units and the hazards threatening it
// only, and no reinforcements, which it cannot request.
func (l *lens) scenario(s *scenarios.Scenario) *scenarios.Scenario {
	if l.role.SeesAll() {
		return s
	}
	c := *s
	c.Injects, c.InjectsFrom = nil, scenarios.MSELSource{}
	c.Hazards = scenarios.Hazards{}
	for _, f := range s.Hazards.Floods {
		if l.threatened(f.Zones, f.Villages) {
			c.Hazards.Floods = append(c.Hazards.Floods, scenarios.Flood{ID: f.ID, River: f.River, Zones: l.ownPlaces(f.Zones), Villages: l.ownPlaces(f.Villages)})
		}
	}
	for _, ls := range s.Hazards.Landslides {
		if l.threatened([]string{ls.Zone}, ls.Villages) {
			c.Hazards.Landslides = append(c.Hazards.Landslides, scenarios.Landslide{ID: ls.ID, Zone: ls.Zone, Villages: l.ownPlaces(ls.Villages)})
		}
	}
	for _, f := range s.Hazards.Fires {
		if l.threatened([]string{f.Zone}, f.Villages) {
			c.Hazards.Fires = append(c.Hazards.Fires, scenarios.Fire{ID: f.ID, Zone: f.Zone, Villages: l.ownPlaces(f.Villages)})
		}
	}
	c.Phases = slices.Clone(s.Phases)
	for i := range c.Phases {
		c.Phases[i].Injects = nil
	}
	if l.own >= 0 {
		c.Units = nil
		for _, u := range s.Units {
			if l.role.SeesUnit(u.Village) {
				c.Units = append(c.Units, u)
			}
		}
	}
	if !l.role.MayGive(scenarios.OrderRequestReinforcement) {
		c.Reinforcements = nil
	}
	return &c
}

// ownPlaces returns the places of names the role sees.
func (l *lens) ownPlaces(names []string) []string {
	var out []string
	for _, n := range names {
		if l.seesPlace(n) {
			out = append(out, n)
		}
	}
	return out
}
