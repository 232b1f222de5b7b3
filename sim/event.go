package sim

import (
	"drillsim/maps"
	"drillsim/scenarios"
)

// Event is one thing that happened in a drill, stamped with the scenario second it
// happened at. Kind is one of the scenarios.EventKind constants; the other fields are
// the filters plan requirements match, set where they apply. Events marshal to one
// JSON object per line in an event log.
type Event struct {
	T    int64               `json:"t"`
	Kind scenarios.EventKind `json:"kind"`
	Seq  uint64              `json:"seq,omitempty"` // the command behind an order, rejection or task
	// Cause says what brought the event about: a participant's order (Role gave
	// command Seq), a unit's task (dispatched by Role's command Seq), or the world.
	Cause      scenarios.Cause      `json:"cause,omitempty"`
	Role       scenarios.Role       `json:"role,omitempty"`
	Order      scenarios.OrderKind  `json:"order,omitempty"`
	Inject     string               `json:"inject,omitempty"`
	Hazard     string               `json:"hazard,omitempty"`
	HazardType scenarios.HazardType `json:"hazard_type,omitempty"`
	Village    string               `json:"village,omitempty"`
	Zone       string               `json:"zone,omitempty"`
	Shelter    string               `json:"shelter,omitempty"`
	Unit       string               `json:"unit,omitempty"`
	UnitKind   scenarios.UnitKind   `json:"unit_kind,omitempty"`
	Road       string               `json:"road,omitempty"`
	// Task is a dispatched unit's task, on dispatch orders and the unit's own events.
	Task scenarios.Task `json:"task,omitempty"`
	// Place is where a unit or supplies were sent (a dispatch or move_supplies order,
	// a unit on scene, a task done) or where reinforcements arrived.
	Place string `json:"place,omitempty"`
	// Places are the villages and zones a warn or evacuate order covers, in its order.
	Places []string `json:"places,omitempty"`
	// Items are the supplies a move_supplies order moves.
	Items   []maps.Quantity      `json:"items,omitempty"`
	Level   string               `json:"level,omitempty"`
	Report  scenarios.ReportKind `json:"report,omitempty"`
	Channel scenarios.Channel    `json:"channel,omitempty"`
	// Count is how many people, buildings or units the event concerns.
	Count int `json:"count,omitempty"`
	// Share is the fraction of a village's or zone's residents reached.
	Share float64 `json:"share,omitempty"`
	Text  string  `json:"text,omitempty"`
	From  string  `json:"from,omitempty"`
	// Reason says why a command was rejected or a task abandoned.
	Reason Reason `json:"reason,omitzero"`
	// Counts are the drill's figures, on status events.
	Counts *Counts `json:"counts,omitempty"`
}
