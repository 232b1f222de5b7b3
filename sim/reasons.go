package sim

// The reasons the world gives for refusing a command (an EventRejected's Reason) or
// for abandoning a task (an EventTaskDone's), as fmt formats: each Reason is one of
// them filled in, so that an interface can say it in its own language by the format
// (RejectionReasons lists them).
const (
	ReasonRoleMayNot           = "%s may not give %s orders: the command post does"
	ReasonUnknownChannel       = "unknown channel %q"
	ReasonNoShelter            = "no shelter %q on the map"
	ReasonNotArrived           = "reinforcement %q has not arrived: request it from the county (request_reinforcement) and wait for it"
	ReasonNoUnit               = "no unit %q: the scenario's units are %s"
	ReasonOtherVillagesUnit    = "%s's cadres command only their own village's units, not %s"
	ReasonNoPlace              = "no place %q on the map"
	ReasonNoRoad               = "no road %q on the map"
	ReasonOtherVillagesShelter = "%s's cadres open shelters in their own village; %s is not in it"
	ReasonUnknownReport        = "unknown report %q: initial (初报) or followup (续报)"
	ReasonNoLevel              = "activate_response needs a level (IV, III, II or I)"
	ReasonNoInject             = "no inject %q in the scenario, or it was delivered already"
	ReasonUnknownOrder         = "unknown order %q"
	ReasonNoDepot              = "no depot %q on the map"
	ReasonShortStock           = "%s holds %d %s, not %d"
	ReasonFireSpreadFactor     = "a fire's spread factor is a number ≥ 0, not %v"
	ReasonFireSet              = "a fire takes set: contained or spread_factor, not %s"
	ReasonLandslideSet         = "a landslide takes set: runout_m, not %s"
	ReasonLandslideRunOut      = "the landslide has already run out"
	ReasonNoHazard             = "no fire or landslide %q in the scenario"
	ReasonNoReinforcement      = "the county has no %s to send (none in the scenario's reinforcements, or all sent)"
	ReasonNoVillage            = "no village %q on the map"
	ReasonNoZone               = "no hazard zone %q on the map"
	ReasonNoScope              = "the order names no village or zone"
	ReasonOtherVillage         = "%s's cadres act in their own village, not %s"
	ReasonOtherVillagesZone    = "%s's cadres act in their own village; %s is not in it"
	ReasonUnitNotArrived       = "unit %s has not arrived yet"
	ReasonCannotDo             = "a %s cannot %s: it can %v"
	ReasonNoRoute              = "no open road for %s from where it is to within %.0f m of %s"
	ReasonRoadsCut             = "the roads to %s are cut"
)

// RejectionReasons lists every reason format.
func RejectionReasons() []string {
	return []string{
		ReasonRoleMayNot,
		ReasonUnknownChannel,
		ReasonNoShelter,
		ReasonNotArrived,
		ReasonNoUnit,
		ReasonOtherVillagesUnit,
		ReasonNoPlace,
		ReasonNoRoad,
		ReasonOtherVillagesShelter,
		ReasonUnknownReport,
		ReasonNoLevel,
		ReasonNoInject,
		ReasonUnknownOrder,
		ReasonNoDepot,
		ReasonShortStock,
		ReasonFireSpreadFactor,
		ReasonFireSet,
		ReasonLandslideSet,
		ReasonLandslideRunOut,
		ReasonNoHazard,
		ReasonNoReinforcement,
		ReasonNoVillage,
		ReasonNoZone,
		ReasonNoScope,
		ReasonOtherVillage,
		ReasonOtherVillagesZone,
		ReasonUnitNotArrived,
		ReasonCannotDo,
		ReasonNoRoute,
		ReasonRoadsCut,
	}
}
