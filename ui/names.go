package ui

import "drillsim/scenarios"

// bilingual is one name in Chinese and English, indexed by Language.
type bilingual [2]string

// unitKindNames names each unit kind and gives the one-character mark its icon shows.
var unitKindNames = map[scenarios.UnitKind]struct {
	name bilingual
	mark string
}{
	scenarios.UnitRescueTeam:  {bilingual{"综合应急救援队", "rescue team"}, "救"},
	scenarios.UnitFireTeam:    {bilingual{"森林防火专业队", "fire team"}, "火"},
	scenarios.UnitMedicalTeam: {bilingual{"医疗队", "medical team"}, "医"},
	scenarios.UnitCadres:      {bilingual{"村干部、网格员", "village cadres"}, "村"},
	scenarios.UnitBus:         {bilingual{"转移车辆", "bus"}, "车"},
	scenarios.UnitExcavator:   {bilingual{"挖掘机", "excavator"}, "挖"},
	scenarios.UnitBoat:        {bilingual{"冲锋舟", "boat"}, "舟"},
	scenarios.UnitAmbulance:   {bilingual{"救护车", "ambulance"}, "护"},
	scenarios.UnitPoliceTeam:  {bilingual{"派出所警力", "police"}, "警"},
}

// taskNames names each task.
var taskNames = map[scenarios.Task]bilingual{
	scenarios.TaskRescue:         {"搜救", "rescue"},
	scenarios.TaskSuppressFire:   {"灭火", "suppress fire"},
	scenarios.TaskClearRoad:      {"抢通道路", "clear road"},
	scenarios.TaskWarnDoorToDoor: {"入户预警", "warn door to door"},
	scenarios.TaskTransport:      {"转运群众", "transport"},
	scenarios.TaskDeliver:        {"运送物资", "deliver"},
	scenarios.TaskTreat:          {"医疗救治", "treat"},
}

// channelNames names each warning channel.
var channelNames = map[scenarios.Channel]bilingual{
	scenarios.ChannelLoudspeaker: {"大喇叭", "loudspeaker"},
	scenarios.ChannelSMS:         {"短信电话", "SMS/phone"},
	scenarios.ChannelDoorToDoor:  {"入户", "door to door"},
}

// hazardTypeNames names each hazard type.
var hazardTypeNames = map[scenarios.HazardType]bilingual{
	scenarios.HazardFlood:     {"山洪", "flood"},
	scenarios.HazardLandslide: {"滑坡", "landslide"},
	scenarios.HazardFire:      {"森林火灾", "forest fire"},
}

// unitStateTexts maps sim.UnitView.State to its interface string.
var unitStateTexts = map[string]Text{
	"absent":   TextUnitAbsent,
	"idle":     TextUnitIdle,
	"en route": TextUnitEnRoute,
	"working":  TextUnitWorking,
}

// unitMark is the one-character mark of a unit kind's icon, "?" for a kind not listed.
func unitMark(k scenarios.UnitKind) string {
	if n, ok := unitKindNames[k]; ok {
		return n.mark
	}
	return "?"
}

// taskName is the name of task t in language l, the task's id when not listed.
func taskName(t scenarios.Task, l Language) string {
	if n, ok := taskNames[t]; ok {
		return n[l]
	}
	return string(t)
}
