package scenarios

import (
	"context"
	"slices"
	"strings"
	"time"

	"drillsim/maps"
)

// Orders is an order file: tick-stamped orders in time order, such as a built-in
// scenario's reference response (示范处置) or a scripted test run.
type Orders struct {
	// Scenario is the id of the scenario the orders were written for.
	Scenario string  `yaml:"scenario,omitempty"`
	Title    string  `yaml:"title,omitempty"`
	Orders   []Order `yaml:"orders"`

	// Source names the file in messages.
	Source string `yaml:"-"`

	pos *Positions
}

// Order is one order given at a moment by a role. Which fields an order takes depends
// on its kind (see the OrderKind constants); Validate reports missing and extra ones.
type Order struct {
	At At `yaml:"at" json:"at"`
	// Role gives the order (default 指挥部).
	Role  Role      `yaml:"role,omitempty" json:"role,omitempty"`
	Order OrderKind `yaml:"order" json:"order"`
	// Scope is the villages and zones warned or evacuated.
	Scope   Scope   `yaml:"scope,omitempty" json:"scope,omitempty"`
	Channel Channel `yaml:"channel,omitempty" json:"channel,omitempty"`
	Shelter string  `yaml:"shelter,omitempty" json:"shelter,omitempty"`
	// Unit is the id of a scenario unit or reinforcement.
	Unit string `yaml:"unit,omitempty" json:"unit,omitempty"`
	// To is a place on the map: a named feature or zone, where a unit or supplies go.
	To   string `yaml:"to,omitempty" json:"to,omitempty"`
	Task Task   `yaml:"task,omitempty" json:"task,omitempty"`
	// Road is a road name or a place on it.
	Road string `yaml:"road,omitempty" json:"road,omitempty"`
	// From is the depot supplies come from.
	From string `yaml:"from,omitempty" json:"from,omitempty"`
	// Town is the other township of a county drill a unit is lent to or received
	// from (its id in the county drill).
	Town  string          `yaml:"town,omitempty" json:"town,omitempty"`
	Items []maps.Quantity `yaml:"items,omitempty" json:"items,omitempty"`
	// Report is initial (初报) or followup (续报).
	Report ReportKind `yaml:"report,omitempty" json:"report,omitempty"`
	Text   string     `yaml:"text,omitempty" json:"text,omitempty"`
	// Kind and Count are the unit kind and number of units requested.
	Kind  UnitKind `yaml:"kind,omitempty" json:"kind,omitempty"`
	Count int      `yaml:"count,omitempty" json:"count,omitempty"`
	Level Level    `yaml:"level,omitempty" json:"level,omitempty"`
	// Factor is the controller's speed-up: 1, 10, 60 ... (0 pauses).
	Factor float64 `yaml:"factor,omitempty" json:"factor,omitempty"`
	Inject string  `yaml:"inject,omitempty" json:"inject,omitempty"`
	// Hazard, Set and Value change a hazard as an Override does.
	Hazard string         `yaml:"hazard,omitempty" json:"hazard,omitempty"`
	Set    OverrideTarget `yaml:"set,omitempty" json:"set,omitempty"`
	Value  float64        `yaml:"value,omitempty" json:"value,omitempty"`
}

// Scope is the villages and zones an order covers.
type Scope struct {
	Villages []string `yaml:"villages,omitempty" json:"villages,omitempty"`
	Zones    []string `yaml:"zones,omitempty" json:"zones,omitempty"`
}

// empty reports whether the scope names nothing.
func (s Scope) empty() bool { return len(s.Villages) == 0 && len(s.Zones) == 0 }

// setFields returns the YAML names of the kind-specific fields o sets.
func (o Order) setFields() []string {
	var set []string
	for _, f := range []struct {
		name string
		set  bool
	}{
		{"scope", !o.Scope.empty()}, {"channel", o.Channel != ""}, {"shelter", o.Shelter != ""},
		{"unit", o.Unit != ""}, {"to", o.To != ""}, {"task", o.Task != ""}, {"road", o.Road != ""},
		{"from", o.From != ""}, {"town", o.Town != ""}, {"items", len(o.Items) > 0}, {"report", o.Report != ""},
		{"text", o.Text != ""}, {"kind", o.Kind != ""}, {"count", o.Count != 0},
		{"level", o.Level != 0}, {"factor", o.Factor != 0}, {"inject", o.Inject != ""},
		{"hazard", o.Hazard != ""}, {"set", o.Set != ""}, {"value", o.Value != 0},
	} {
		if f.set {
			set = append(set, f.name)
		}
	}
	return set
}

// ReadOrders reads an order file for a scenario starting at start, against which
// clock times resolve.
func ReadOrders(path string, start time.Time) (*Orders, error) {
	data, err := readFile(path, "orders", ordersFile)
	if err != nil {
		return nil, err
	}
	return ParseOrders(data, path, start)
}

// ParseOrders reads an order file from data; name is its file name for messages.
func ParseOrders(data []byte, name string, start time.Time) (*Orders, error) {
	o := &Orders{Source: name}
	pos, err := decodeYAML(withStart(context.Background(), start), data, name, o)
	if err != nil {
		return nil, err
	}
	o.pos = pos
	for i := range o.Orders {
		if o.Orders[i].Role == "" {
			o.Orders[i].Role = RoleCommand
		}
	}
	return o, nil
}

// Validate checks the orders against the scenario they are for and its town: each
// order's fields for its kind, that times lie in the scenario and do not go
// backwards, and that every unit, place, village, zone, shelter, depot, item, inject
// and hazard named exists. It returns every problem found as Problems.
func (o *Orders) Validate(s *Scenario, t *maps.Town) error {
	var probs Problems
	pl := NewPlaces(t)
	at := func(path string) Pos { return o.pos.Of(path) }
	if o.Scenario != "" && o.Scenario != s.ID {
		probs.add(at("$.scenario"), "the orders are for scenario %q, not %q", o.Scenario, s.ID)
	}
	var last At
	for i, ord := range o.Orders {
		p := pathIndex("$.orders", i)
		field := pathField(p)
		spec, ok := ord.Order.Spec()
		if !ok {
			probs.add(at(p+".order"), "%s: unknown order %q: use one of %s", field, ord.Order, joinKinds(OrderKinds()))
			continue
		}
		if ord.At < last {
			probs.add(at(p+".at"), "%s: time goes backwards: %v comes after %v; keep orders in time order", field, ord.At, last)
		}
		last = max(last, ord.At)
		if ord.At > s.End() {
			probs.add(at(p+".at"), "%s: %v", field, s.afterEnd(ord.At))
		}
		set := ord.setFields()
		for _, f := range spec.Required {
			if !slices.Contains(set, f) {
				probs.add(at(p), "%s: order %s needs %s", field, ord.Order, f)
			}
		}
		for _, f := range set {
			if !slices.Contains(spec.Required, f) && !slices.Contains(spec.Optional, f) {
				probs.add(at(p+"."+f), "%s: order %s takes no %s: it takes %s", field, ord.Order, f, listOrNone(slices.Concat(spec.Required, spec.Optional)))
			}
		}
		o.checkRole(ord, p, &probs)
		o.checkReferences(ord, p, s, pl, &probs)
	}
	return probs.err()
}

// checkRole reports an order its role may not give (Role.MayGive).
func (o *Orders) checkRole(ord Order, p string, probs *Problems) {
	field := pathField(p)
	switch {
	case ord.Role.MayGive(ord.Order) || !ord.Order.Valid():
	case ord.Order.ControllerOnly():
		probs.add(o.pos.Of(p+".role"), "%s: only the controller (导调) gives %s, not %s", field, ord.Order, ord.Role.Chinese())
	case ord.Order.CountyOnly():
		probs.add(o.pos.Of(p+".role"), "%s: only the county command post (县指挥部) gives %s, not %s", field, ord.Order, ord.Role.Chinese())
	case ord.Role == RoleController || ord.Role == RoleEvaluator:
		probs.add(o.pos.Of(p+".role"), "%s: %s gives no %s orders: give it as 指挥部 or a village", field, ord.Role.Chinese(), ord.Order)
	default:
		probs.add(o.pos.Of(p+".role"), "%s: a village's cadres give no %s orders: give it as 指挥部", field, ord.Order)
	}
}

// checkReferences reports names in ord that neither the scenario nor the town has.
func (o *Orders) checkReferences(ord Order, p string, s *Scenario, pl *Places, probs *Problems) {
	at := func(f string) Pos { return o.pos.Of(p + "." + f) }
	field := pathField(p)
	for i, v := range ord.Scope.Villages {
		if !pl.Is(v, maps.KindVillage) {
			probs.add(o.pos.Of(pathIndex(p+".scope.villages", i)), "%s: %v", field, pl.unknown(NounVillage, v, maps.KindVillage))
		}
	}
	for i, z := range ord.Scope.Zones {
		if !pl.Is(z, maps.KindHazardZone) {
			probs.add(o.pos.Of(pathIndex(p+".scope.zones", i)), "%s: %v", field, pl.unknown(NounZone, z, maps.KindHazardZone))
		}
	}
	if v := ord.Role.Village(); v != "" && !pl.Is(v, maps.KindVillage) {
		probs.add(at("role"), "%s: %v", field, pl.unknown(NounVillage, v, maps.KindVillage))
	}
	if ord.Channel != "" && !ord.Channel.Valid() {
		probs.add(at("channel"), "%s: unknown channel %q: use one of %s", field, ord.Channel, joinKinds(Channels()))
	}
	if ord.Shelter != "" && !pl.Is(ord.Shelter, maps.KindShelter) {
		probs.add(at("shelter"), "%s: %v", field, pl.unknown(NounShelter, ord.Shelter, maps.KindShelter))
	}
	received := ord.Order == OrderReceive // its unit and kind are another township's
	if ord.Unit != "" && !received && !s.hasUnit(ord.Unit) {
		probs.add(at("unit"), "%s: unknown unit %q: the scenario's units are %s", field, ord.Unit, strings.Join(s.unitIDs(), ", "))
	}
	if ord.To != "" && !pl.Is(ord.To, PlaceKinds...) {
		probs.add(at("to"), "%s: %v", field, pl.orUnknown(failf("unknown place %q: name a feature of the map such as a village, shelter, zone, road or building", ord.To), ord.To, PlaceKinds...))
	}
	if ord.Task != "" && !ord.Task.Valid() {
		probs.add(at("task"), "%s: unknown task %q: use one of %s", field, ord.Task, joinKinds(Tasks()))
	}
	if ord.Road != "" && !pl.Is(ord.Road, PlaceKinds...) {
		probs.add(at("road"), "%s: %v", field, pl.orUnknown(failf("unknown road %q: name a road of the map or a place on it", ord.Road), ord.Road, PlaceKinds...))
	}
	if ord.From != "" {
		if d, ok := pl.depot(ord.From); !ok || !pl.Is(ord.From, maps.KindDepot) {
			probs.add(at("from"), "%s: %v", field, pl.unknown(NounDepot, ord.From, maps.KindDepot))
		} else {
			checkItems(d, ord.Items, p, o.pos, probs)
		}
	}
	if ord.Kind != "" && !ord.Kind.Valid() {
		probs.add(at("kind"), "%s: unknown unit kind %q: use one of %s", field, ord.Kind, joinKinds(UnitKinds()))
	} else if ord.Kind != "" && !received && !slices.ContainsFunc(s.Reinforcements, func(r Reinforcement) bool { return r.Kind == ord.Kind }) {
		probs.add(at("kind"), "%s: the scenario offers no %s reinforcement: add one under reinforcements", field, ord.Kind)
	}
	if ord.Inject != "" {
		if _, ok := s.Inject(ord.Inject); !ok {
			probs.add(at("inject"), "%s: unknown inject %q", field, ord.Inject)
		}
	}
	if ord.Hazard != "" {
		h, ok := s.hazard(ord.Hazard)
		if !ok {
			probs.add(at("hazard"), "%s: unknown hazard %q: the scenario's hazards are %s", field, ord.Hazard, strings.Join(s.hazardIDs(), ", "))
		} else if ord.Set != "" && !slices.Contains(overrideTargets[h.Type], ord.Set) {
			probs.add(at("set"), "%s: a %s hazard cannot set %q: it takes %s", field, h.Type, ord.Set, joinKinds(overrideTargets[h.Type]))
		}
	}
}

// checkItems reports items the depot does not stock, or not enough of.
func checkItems(d maps.Depot, items []maps.Quantity, p string, pos *Positions, probs *Problems) {
	for i, it := range items {
		ip := pathIndex(p+".items", i)
		k := slices.IndexFunc(d.Stock, func(q maps.Quantity) bool { return q.Item == it.Item })
		switch {
		case it.Count <= 0:
			probs.add(pos.Of(ip+".count"), "%s: count %d must be positive", pathField(ip), it.Count)
		case k < 0:
			var stock []string
			for _, q := range d.Stock {
				stock = append(stock, q.Item)
			}
			probs.add(pos.Of(ip+".item"), "%s: depot %s holds no %q: it holds %s", pathField(ip), d.Name, it.Item, strings.Join(stock, ", "))
		case d.Stock[k].Count < it.Count:
			probs.add(pos.Of(ip+".count"), "%s: depot %s holds %d %s, not %d", pathField(ip), d.Name, d.Stock[k].Count, it.Item, it.Count)
		}
	}
}
