package scenarios

// EventKind names a kind of event in the simulation's event log. The engine emits
// them, plan requirements match them (see Trigger), injects wait for them and the
// reports and the window show them, so this is the one list of them.
type EventKind string

// The event kinds. The comment of each says which Trigger filters apply to it.
const (
	// EventInject: an inject was delivered to its role. Filters: inject.
	EventInject EventKind = "inject"
	// EventHazardStarted: a flood began rising, a landslide failed, a fire ignited.
	// Filters: hazard (id or type), zone.
	EventHazardStarted EventKind = "hazard_started"
	// EventRainWarning: a rainstorm warning inject was received. Filters: level (the
	// warning colour: red, orange, yellow, blue), inject.
	EventRainWarning EventKind = "rain_warning"
	// EventResponseActivated: the command post activated an emergency response.
	// Filters: level (IV to I).
	EventResponseActivated EventKind = "response_activated"
	// EventOrder: any order was issued. Filters: order (an OrderKind), village, zone,
	// shelter, unit_kind.
	EventOrder EventKind = "order"
	// EventWarned: residents of a village or zone were warned. Filters: village, zone,
	// share (the fraction of residents warned), all_of, all_threatened.
	EventWarned EventKind = "warned"
	// EventEvacuated: a zone or village was emptied of residents, every one sheltered
	// or out of it. Filters: village, zone, all_of, all_threatened.
	EventEvacuated EventKind = "evacuated"
	// EventSheltered: evacuees arrived at a shelter. Filters: shelter, village, share.
	EventSheltered EventKind = "sheltered"
	// EventShelterFull: the shelter an evacuation order sends a village's people to
	// had no room for more of them: Count of them still to go, who go instead to
	// Place (none when every shelter is full). Told once per shelter and village.
	// Filters: shelter, village.
	EventShelterFull EventKind = "shelter_full"
	// EventUnitOnScene: a unit arrived at its task place. Filters: unit_kind, zone,
	// village, hazard.
	EventUnitOnScene EventKind = "unit_on_scene"
	// EventRoadCut: a hazard cut a road. Filters: hazard, village.
	EventRoadCut EventKind = "road_cut"
	// EventRoadCleared: a cut road was reopened. Filters: village.
	EventRoadCleared EventKind = "road_cleared"
	// EventFireContained: fire teams stopped a fire spreading. Filters: hazard.
	EventFireContained EventKind = "fire_contained"
	// EventReportSent: a report went to the county. Filters: report (initial or
	// followup).
	EventReportSent EventKind = "report_sent"
	// EventInfoReleased: public information was released.
	EventInfoReleased EventKind = "info_released"
	// EventReinforcementArrived: county units requested as reinforcement arrived.
	// Filters: unit_kind.
	EventReinforcementArrived EventKind = "reinforcement_arrived"
	// EventCasualty: a resident or responder was hurt or killed. Filters: village,
	// zone, hazard.
	EventCasualty EventKind = "casualty"
	// EventBuildingDestroyed: a hazard destroyed a building. Filters: village, zone,
	// hazard.
	EventBuildingDestroyed EventKind = "building_destroyed"
	// EventRejected: the world refused an order, with the reason. Filters: order,
	// unit_kind.
	EventRejected EventKind = "rejected"
	// EventTaskDone: a dispatched unit finished its task, or gave it up with a
	// reason. Filters: unit_kind, village, zone.
	EventTaskDone EventKind = "task_done"
	// EventStatus: the drill's counts, every few minutes and at the end, so that
	// outcomes over time can be read from the log alone. Filters: none.
	EventStatus EventKind = "status"
)

// EventKinds lists every event kind in the order above.
func EventKinds() []EventKind {
	return []EventKind{
		EventInject, EventHazardStarted, EventRainWarning, EventResponseActivated,
		EventOrder, EventWarned, EventEvacuated, EventSheltered, EventShelterFull, EventUnitOnScene,
		EventRoadCut, EventRoadCleared, EventFireContained, EventReportSent,
		EventInfoReleased, EventReinforcementArrived, EventCasualty, EventBuildingDestroyed,
		EventRejected, EventTaskDone, EventStatus,
	}
}

// Valid reports whether k is one of EventKinds.
func (k EventKind) Valid() bool {
	for _, e := range EventKinds() {
		if k == e {
			return true
		}
	}
	return false
}

// ReportKind says which report to the county an EventReportSent or a report order is.
type ReportKind string

// The report kinds: the telephone first report (初报) and the written follow-up (续报).
const (
	ReportInitial  ReportKind = "initial"
	ReportFollowup ReportKind = "followup"
)
