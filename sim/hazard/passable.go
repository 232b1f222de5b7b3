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
// BoatMinDepth. The flood model has no velocity, so these are the low-velocity values.
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
