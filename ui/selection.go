package ui

import (
	"slices"

	"drillsim/maps"
	"drillsim/scenarios"
	"drillsim/sim"
)

// selection is what the player picked: units (with the task they are to do and then
// the place, which waits for the player to confirm), a depot (with the supplies to
// move and then the place, confirmed too), a road, a hazard zone, a village, a
// shelter, a station, or a unit the seat sees but does not command (other).
type selection struct {
	units    []string
	task     scenarios.Task
	place    string
	depot    int
	supplies []maps.Quantity
	road     string
	zone     int
	village  int
	shelter  int
	station  int
	other    string
}

// none is the empty selection.
var none = selection{village: -1, shelter: -1, zone: -1, depot: -1, station: -1}

// selectTarget selects what a click took (see targetAt): nothing when it took
// nothing.
func (s *selection) selectTarget(t target) {
	s.clear()
	switch {
	case t.unit != "" && t.commands:
		s.units = []string{t.unit}
	case t.unit != "":
		s.other = t.unit
	default:
		s.shelter, s.station, s.depot, s.road, s.zone, s.village = t.shelter, t.station, t.depot, t.road, t.zone, t.village
	}
}

// clear empties the selection.
func (s *selection) clear() { *s = none }

// only selects unit id alone.
func (s *selection) only(id string) {
	s.clear()
	s.units = []string{id}
}

// toggle adds unit id to the units selected, or takes it out.
func (s *selection) toggle(id string) {
	units := s.units
	if i := slices.Index(units, id); i >= 0 {
		units = slices.Delete(units, i, i+1)
	} else {
		units = append(units, id)
	}
	s.clear()
	s.units = units
}

// empty reports whether nothing is selected.
func (s *selection) empty() bool {
	return len(s.units) == 0 && s.task == "" && s.place == "" && s.depot < 0 && s.road == "" && s.zone < 0 && s.village < 0 && s.shelter < 0 && s.station < 0 && s.other == ""
}

// picking reports whether the next click on the map picks the place of an order:
// the units' task or the depot's supplies are chosen.
func (s *selection) picking() bool {
	return (len(s.units) > 0 && s.task != "") || (s.depot >= 0 && len(s.supplies) > 0)
}

// has reports whether unit id is selected.
func (s *selection) has(id string) bool { return slices.Contains(s.units, id) }

// commonTasks lists the tasks every kind of kinds can do, in the order the first
// kind lists them.
func commonTasks(kinds []scenarios.UnitKind) []scenarios.Task {
	if len(kinds) == 0 {
		return nil
	}
	tasks := slices.Clone(sim.UnitTasks(kinds[0]))
	for _, k := range kinds[1:] {
		can := sim.UnitTasks(k)
		tasks = slices.DeleteFunc(tasks, func(t scenarios.Task) bool { return !slices.Contains(can, t) })
	}
	return tasks
}
