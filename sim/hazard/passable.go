package hazard

// Mover is how something crosses a flooded cell: on foot, by car, in a high-clearance
// emergency vehicle, or by boat.
type Mover uint8

const (
	// Pedestrian is an adult on foot.
	Pedestrian Mover = iota
	// VulnerablePedestrian is a child, an elderly or a disabled person on foot.
	VulnerablePedestrian
	// Car is an ordinary car or van.
	Car
	// EmergencyVehicle is a high-clearance vehicle: fire engine, rescue truck, military
	// or off-road vehicle.
	EmergencyVehicle
	// Boat is a rescue boat with an outboard motor.
	Boat
	moverCount
)

// Depth limits in metres of still or slowly flowing flood water. A mover on foot or on
// wheels passes while the depth is below its limit; a boat passes while it is at least
// BoatMinDepth. These are the stage flood's depth-only, low-velocity values; the
// hydrodynamic flood judges by depth and velocity (PassableFlow).
const (
	// CarMaxDepth: 30 cm of moving water floats most cars (UK Environment Agency flood
	// advice; US National Weather Service "Turn Around Don't Drown": 12 inches).
	CarMaxDepth float32 = 0.3
	// EmergencyVehicleMaxDepth: 60 cm carries away most vehicles including SUVs and
	// pick-ups (US National Weather Service: 2 feet); high-clearance rescue vehicles are
	// rated to ford about that deep.
	EmergencyVehicleMaxDepth float32 = 0.6
	// PedestrianMaxDepth: wading is unsafe above 0.5 m for a fit adult even in slow
	// water (HR Wallingford et al. for Defra and the Environment Agency, "Flood Risks to
	// People", R&D project FD2320, 2006).
	PedestrianMaxDepth float32 = 0.5
	// VulnerablePedestrianMaxDepth: 0.2 m, the drill's conservative limit for children,
	// the elderly and the disabled, who lose footing in far shallower water than adults
	// (the same sources class any flood water as dangerous for them).
	VulnerablePedestrianMaxDepth float32 = 0.2
	// BoatMinDepth: below 0.5 m an outboard's propeller fouls the ground and crews wade
	// and drag the boat instead; boats cannot cross dry land at all.
	BoatMinDepth float32 = 0.5
)

// Passable reports whether mover can cross a cell under depth metres of water. Vehicles
// and people on foot pass while the depth is below their limit (dry land included); a
// boat passes only water at least BoatMinDepth deep. An unknown mover or a NaN depth
// passes nowhere.
func Passable(depth float32, mover Mover) bool {
	switch mover {
	case Pedestrian:
		return depth < PedestrianMaxDepth
	case VulnerablePedestrian:
		return depth < VulnerablePedestrianMaxDepth
	case Car:
		return depth < CarMaxDepth
	case EmergencyVehicle:
		return depth < EmergencyVehicleMaxDepth
	case Boat:
		return depth >= BoatMinDepth
	}
	return false
}

var moverNames = [moverCount]string{
	Pedestrian:           "pedestrian",
	VulnerablePedestrian: "vulnerable pedestrian",
	Car:                  "car",
	EmergencyVehicle:     "emergency vehicle",
	Boat:                 "boat",
}

// String returns the mover's name, as in "pedestrian" or "emergency vehicle".
func (m Mover) String() string {
	if m < moverCount {
		return moverNames[m]
	}
	return "unknown mover"
}

// HazardRating is the flood hazard rating to people of Ramsbottom, Wade et al. (2006),
// "Flood Risks to People, Phase 2", R&D Technical Report FD2321/TR2 for Defra and the
// Environment Agency, eq. 3.1: HR = d·(v + 0.5) + DF, for depth d in metres, speed v in
// m/s and the debris factor DF of their Table 3.1 for urban land (what drills cross): 0
// up to 0.25 m deep, 1 deeper.
func HazardRating(depth, speed float32) float32 {
	if !(depth > 0) {
		return 0
	}
	df := float32(0)
	if depth > 0.25 {
		df = 1
	}
	return depth*(max(speed, 0)+0.5) + df
}

// The thresholds of the hazard rating (FD2321/TR2, Table 3.2): below LowHazard, caution;
// from it, danger for some (children, the elderly and the infirm); from
// DangerForMost, danger for most (the general public); from DangerForAll, danger for
// all, emergency services included.
const (
	LowHazard     float32 = 0.75
	DangerForMost float32 = 1.25
	DangerForAll  float32 = 2.0
)

// Vehicle stability limits in flowing water, from Shand, Cox, Blacka & Smith (2011),
// "Australian Rainfall and Runoff Project 10: Appropriate Safety Criteria for Vehicles",
// Table 4 (the limits adopted for each vehicle class): still-water depth, depth × velocity
// and velocity. An ordinary car is their small passenger car (0.3 m, 0.3 m²/s), which
// matches the 0.3 m still-water limit for cars of Kramer et al. (2016, "Safety criteria
// for the trafficability of inundated roads in urban floodings", International Journal
// of Disaster Risk Reduction 17); a high-clearance emergency vehicle their large 4WD
// (0.5 m, 0.6 m²/s). Every vehicle is unsafe from 3 m/s.
const (
	CarMaxDepthFlow              float32 = 0.3
	CarMaxDepthSpeed             float32 = 0.3
	EmergencyVehicleMaxDepthFlow float32 = 0.5
	EmergencyMaxDepthSpeed       float32 = 0.6
	VehicleMaxSpeed              float32 = 3.0
)

// PassableFlow reports whether mover can cross a cell under depth metres of water
// flowing at speed m/s, the hydrodynamic flood's rule: people on foot by the hazard
// rating (an adult below DangerForMost, a vulnerable person below LowHazard), vehicles
// by Shand et al.'s limits of depth, depth × velocity and velocity, a boat in water at
// least BoatMinDepth deep flowing under VehicleMaxSpeed (rescue boats are not put into
// torrents). Dry land passes everyone but boats; NaN passes nowhere.
func PassableFlow(depth, speed float32, mover Mover) bool {
	if depth != depth || speed != speed {
		return false
	}
	if depth <= 0 {
		return mover != Boat && mover < moverCount
	}
	dv := depth * speed
	switch mover {
	case Pedestrian:
		return HazardRating(depth, speed) < DangerForMost
	case VulnerablePedestrian:
		return HazardRating(depth, speed) < LowHazard
	case Car:
		return depth < CarMaxDepthFlow && dv < CarMaxDepthSpeed && speed < VehicleMaxSpeed
	case EmergencyVehicle:
		return depth < EmergencyVehicleMaxDepthFlow && dv < EmergencyMaxDepthSpeed && speed < VehicleMaxSpeed
	case Boat:
		return depth >= BoatMinDepth && speed < VehicleMaxSpeed
	}
	return false
}
