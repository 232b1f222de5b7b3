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
	// OrderAnswer is a seat's answer to a tabletop phase's question (推演答复): kept
	// in the drill's record and its report, it changes nothing in the world.
	OrderAnswer OrderKind = "answer" // text
)

// The county command post's (县指挥部) orders to a township: regional cooperation
// (区域协作) between the townships of a county drill.
const (
	// OrderLend sends one of the township's units to township Town: it leaves this
	// township's world at the order's tick.
	OrderLend OrderKind = "lend" // unit, town
	// OrderReceive brings a unit lent by township Town into this township's world at
	// place To, at the order's tick, commandable from then on as the town's own.
	OrderReceive OrderKind = "receive" // unit, kind, town, to; count, text (its name)
)

// The controller's (导调) orders.
const (
	OrderPause     OrderKind = "pause"      // no fields
	OrderSpeed     OrderKind = "speed"      // factor
	OrderInjectNow OrderKind = "inject_now" // inject
	OrderSetHazard OrderKind = "set_hazard" // hazard, set, value
)

// OrderSpec is one kind of order: its names in Chinese and English, the fields an
// order of the kind takes (by YAML name; every order also has at, role and order),
// and who gives it. Adding a kind of order is a row of orderSpecs here and the
// engine's way of carrying it out (sim's table of them).
type OrderSpec struct {
	Kind             OrderKind
	Chinese, English string
	Required         []string
	Optional         []string
	// ControllerOnly: only the controller (导调) gives it. ForVillages: a village's
	// cadres give it too, within their village. Neither: the command post alone.
	ControllerOnly, ForVillages bool
	// CountyOnly: only the county command post (县指挥部) gives it. ForCounty: the
	// county gives it too, to a whole township.
	CountyOnly, ForCounty bool
}

// orderSpecs are the kinds of orders, the command post's first, the controller's last.
var orderSpecs = []OrderSpec{
	{Kind: OrderWarn, Chinese: "预警", English: "warn", Required: []string{"scope", "channel"}, Optional: []string{"text"}, ForVillages: true, ForCounty: true},
	{Kind: OrderEvacuate, Chinese: "组织转移", English: "evacuate", Required: []string{"scope", "shelter"}, ForVillages: true},
	{Kind: OrderDispatch, Chinese: "派遣", English: "dispatch", Required: []string{"unit", "to", "task"}, ForVillages: true},
	{Kind: OrderCloseRoad, Chinese: "封闭道路", English: "close road", Required: []string{"road"}},
	{Kind: OrderOpenRoad, Chinese: "恢复通行", English: "reopen road", Required: []string{"road"}},
	{Kind: OrderOpenShelter, Chinese: "开放避难场所", English: "open shelter", Required: []string{"shelter"}, ForVillages: true},
	{Kind: OrderMoveSupplies, Chinese: "调拨物资", English: "move supplies", Required: []string{"from", "to", "items"}},
	{Kind: OrderReport, Chinese: "报告", English: "report", Required: []string{"report"}, Optional: []string{"text"}, ForVillages: true},
	{Kind: OrderRequestReinforcement, Chinese: "请求增援", English: "request reinforcement", Required: []string{"kind"}, Optional: []string{"count", "text"}},
	{Kind: OrderReleaseInfo, Chinese: "发布信息", English: "release information", Required: []string{"text"}, ForCounty: true},
	{Kind: OrderActivateResponse, Chinese: "启动响应", English: "activate response", Required: []string{"level"}, ForCounty: true},
	{Kind: OrderAnswer, Chinese: "推演答复", English: "tabletop answer", Required: []string{"text"}, ForVillages: true},
	{Kind: OrderLend, Chinese: "支援他镇", English: "lend a unit", Required: []string{"unit", "town"}, Optional: []string{"text"}, CountyOnly: true},
	{Kind: OrderReceive, Chinese: "接收支援", English: "receive a unit", Required: []string{"unit", "kind", "town", "to"}, Optional: []string{"count", "text"}, CountyOnly: true},
	{Kind: OrderPause, Chinese: "暂停", English: "pause", ControllerOnly: true},
	{Kind: OrderSpeed, Chinese: "调整速度", English: "set speed", Required: []string{"factor"}, ControllerOnly: true},
	{Kind: OrderInjectNow, Chinese: "立即插入情况", English: "inject now", Required: []string{"inject"}, ControllerOnly: true},
	{Kind: OrderSetHazard, Chinese: "调整灾情", English: "set hazard", Required: []string{"hazard", "set"}, Optional: []string{"value"}, ControllerOnly: true},
}

// OrderSpecs lists every kind of order, the county's and then the controller's last.
func OrderSpecs() []OrderSpec { return orderSpecs }

// OrderKinds lists every order kind, the controller's last.
func OrderKinds() []OrderKind {
	kinds := make([]OrderKind, len(orderSpecs))
	for i, s := range orderSpecs {
		kinds[i] = s.Kind
	}
	return kinds
}

// Spec returns the kind's row of the table, and false for an unknown kind.
func (k OrderKind) Spec() (OrderSpec, bool) {
	for _, s := range orderSpecs {
		if s.Kind == k {
			return s, true
		}
	}
	return OrderSpec{}, false
}

// Valid reports whether k is one of OrderKinds.
func (k OrderKind) Valid() bool {
	_, ok := k.Spec()
	return ok
}

// ControllerOnly reports whether only the controller (导调) gives orders of kind k.
func (k OrderKind) ControllerOnly() bool {
	s, _ := k.Spec()
	return s.ControllerOnly
}

// CountyOnly reports whether only the county command post (县指挥部) gives orders of
// kind k: the lending of units between townships.
func (k OrderKind) CountyOnly() bool {
	s, _ := k.Spec()
	return s.CountyOnly
}

// ForCounty reports whether the county command post gives orders of kind k to a
// township: its own orders, warnings, response levels and public information.
func (k OrderKind) ForCounty() bool {
	s, _ := k.Spec()
	return s.CountyOnly || s.ForCounty
}

// ForVillages reports whether a village's cadres may give orders of kind k, within
// their village: warnings, evacuations, dispatches of their own units, reports and
// the opening of their shelters.
func (k OrderKind) ForVillages() bool {
	s, _ := k.Spec()
	return s.ForVillages
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
