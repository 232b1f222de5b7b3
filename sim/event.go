package sim

import "drillsim/scenarios"

// Event is one thing that happened in a drill, stamped with the scenario second it
// happened at. Kind is one of the scenarios.EventKind constants; the other fields are
// the filters plan requirements match, set where they apply. Events marshal to one
// JSON object per line in an event log.
type Event struct {
	T          int64                `json:"t"`
	Kind       scenarios.EventKind  `json:"kind"`
	Seq        uint64               `json:"seq,omitempty"` // the command behind an order, rejection or task
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
	Level      string               `json:"level,omitempty"`
	Report     scenarios.ReportKind `json:"report,omitempty"`
	Channel    scenarios.Channel    `json:"channel,omitempty"`
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
