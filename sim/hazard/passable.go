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
	// CarMaxDepth: 30 cm, Kramer et al. (2016)'s total head for passenger cars (in still
	// water the depth); 12 inches of moving water floats most cars (US National Weather
	// Service, "Turn Around Don't Drown").
	CarMaxDepth float32 = 0.3
	// EmergencyVehicleMaxDepth: 60 cm, the total head (in still water the depth) up to
	// which Kramer, Terheiden & Wieprecht (2016, "Safety criteria for the
	// trafficability of inundated roads in urban floodings", International Journal of
	// Disaster Risk Reduction 17) find emergency vehicles can pass; 2 feet carries away
	// most SUVs and pick-ups (US National Weather Service).
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

// HazardRating is the flood hazard rating to people of the Flood Risks to People
// method (Ramsbottom, Floyd & Penning-Rowsell 2006, HR Wallingford et al. for Defra and
// the Environment Agency, R&D reports FD2321/TR1 and TR2), HR = d·(v + 0.5) + DF, for
// depth d in metres and speed v in m/s, with the debris factor DF for urban land (what
// drills cross) as Defra's 2008 supplementary note on assessing and valuing the risk to
// life from flooding restates it: 0 up to 0.25 m deep, 1 deeper or where the water runs
// faster than 2 m/s.
func HazardRating(depth, speed float32) float32 {
	if !(depth > 0) {
		return 0
	}
	speed = max(speed, 0)
	df := float32(0)
	if depth > 0.25 || speed > 2 {
		df = 1
	}
	return depth*(speed+0.5) + df
}

// The classes of the hazard rating (FD2321; Defra 2008): below LowHazard, low hazard,
// caution; from it, danger for some (children, the elderly and the infirm); from
// DangerForMost, danger for most (the general public); from DangerForAll, danger for
// all, emergency services included.
const (
	LowHazard     float32 = 0.75
	DangerForMost float32 = 1.25
	DangerForAll  float32 = 2.0
)

// Vehicle stability limits in flowing water, from Shand, Cox, Blacka & Smith (2011),
// "Australian Rainfall and Runoff Revision Project 10: Appropriate Safety Criteria for
// Vehicles", report P10/S2/020, Table 3 (interim criteria per vehicle class, which the
// report calls draft): limiting still-water depth, depth × velocity and velocity. An
// ordinary car is their small passenger car (0.3 m, 0.3 m²/s); a high-clearance
// emergency vehicle their large 4WD (0.5 m, 0.6 m²/s). Every vehicle is unsafe from
// 3 m/s. Kramer, Terheiden & Wieprecht (2016), from flume tests of scaled and
// prototype cars, propose one criterion instead, a constant total head
// h_E = d + v²/2g (the depth and the velocity head), which approximates the vehicles'
// measured stability curves, and recommend h_E = 0.3 m for passenger cars and 0.6 m
// for emergency vehicles (CarMaxDepth, EmergencyVehicleMaxDepth: in still water the
// depth). PassableFlow holds vehicles to both: fast shallow water that Shand et al.'s
// limits let through can carry a total head past Kramer et al.'s.
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
// by Shand et al.'s limits of depth, depth × velocity and velocity and by Kramer et
// al.'s total head, a boat in water at least BoatMinDepth deep flowing under
// VehicleMaxSpeed (rescue boats are not put into torrents). Dry land passes everyone but
// boats; NaN passes nowhere.
func PassableFlow(depth, speed float32, mover Mover) bool {
	if depth != depth || speed != speed {
		return false
	}
	if depth <= 0 {
		return mover != Boat && mover < moverCount
	}
	dv := depth * speed
	head := depth + speed*speed/(2*gravity) // total head, Kramer et al. (2016)
	switch mover {
	case Pedestrian:
		return HazardRating(depth, speed) < DangerForMost
	case VulnerablePedestrian:
		return HazardRating(depth, speed) < LowHazard
	case Car:
		return depth < CarMaxDepthFlow && dv < CarMaxDepthSpeed && speed < VehicleMaxSpeed && head < CarMaxDepth
	case EmergencyVehicle:
		return depth < EmergencyVehicleMaxDepthFlow && dv < EmergencyMaxDepthSpeed && speed < VehicleMaxSpeed && head < EmergencyVehicleMaxDepth
	case Boat:
		return depth >= BoatMinDepth && speed < VehicleMaxSpeed
	}
	return false
}
