package scenarios

import "slices"

// OrderKind is what an order does. The sim package turns orders into its Commands.
type OrderKind string

// The orders of the command post and village cadres.
const (
	OrderWarn                 OrderKind = "warn"                  // scope, channel
	OrderEvacuate             OrderKind = "evacuate"              // scope, shelter
	OrderDispatch             OrderKind = "dispatch"              // unit, to, task
	OrderCloseRoad            OrderKind = "close_road"            // road
	OrderOpenRoad             OrderKind = "open_road"             // road
	OrderOpenShelter          OrderKind = "open_shelter"          // shelter
	OrderMoveSupplies         OrderKind = "move_supplies"         // from, to, items
	OrderReport               OrderKind = "report"                // report, text
	OrderRequestReinforcement OrderKind = "request_reinforcement" // kind, count
	OrderReleaseInfo          OrderKind = "release_info"          // text
	OrderActivateResponse     OrderKind = "activate_response"     // level
)

// The controller's (导调) orders.
const (
	OrderPause     OrderKind = "pause"      // no fields
	OrderSpeed     OrderKind = "speed"      // factor
	OrderInjectNow OrderKind = "inject_now" // inject
	OrderSetHazard OrderKind = "set_hazard" // hazard, set, value
)

// OrderKinds lists every order kind, the controller's last.
func OrderKinds() []OrderKind {
	return []OrderKind{OrderWarn, OrderEvacuate, OrderDispatch, OrderCloseRoad, OrderOpenRoad,
		OrderOpenShelter, OrderMoveSupplies, OrderReport, OrderRequestReinforcement,
		OrderReleaseInfo, OrderActivateResponse, OrderPause, OrderSpeed, OrderInjectNow, OrderSetHazard}
}

// Valid reports whether k is one of OrderKinds.
func (k OrderKind) Valid() bool { return slices.Contains(OrderKinds(), k) }

// ControllerOnly reports whether only the controller (导调) gives orders of kind k.
func (k OrderKind) ControllerOnly() bool {
	return k == OrderPause || k == OrderSpeed || k == OrderInjectNow || k == OrderSetHazard
}

// ForVillages reports whether a village's cadres may give orders of kind k, within
// their village: warnings, evacuations, dispatches of their own units, reports and
// the opening of their shelters.
func (k OrderKind) ForVillages() bool {
	return k == OrderWarn || k == OrderEvacuate || k == OrderDispatch || k == OrderReport || k == OrderOpenShelter
}

// Task is what a dispatched unit does where it is sent.
type Task string

// The tasks.
const (
	TaskRescue         Task = "rescue"
	TaskSuppressFire   Task = "suppress_fire"
	TaskClearRoad      Task = "clear_road"
	TaskWarnDoorToDoor Task = "warn_door_to_door"
	TaskTransport      Task = "transport"
	TaskDeliver        Task = "deliver"
	TaskTreat          Task = "treat"
)

// Tasks lists every task.
func Tasks() []Task {
	return []Task{TaskRescue, TaskSuppressFire, TaskClearRoad, TaskWarnDoorToDoor, TaskTransport, TaskDeliver, TaskTreat}
}

// Valid reports whether t is one of Tasks.
func (t Task) Valid() bool { return slices.Contains(Tasks(), t) }
