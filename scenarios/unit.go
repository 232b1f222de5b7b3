package scenarios

import "slices"

// UnitKind is what a unit is: a team of people or a vehicle.
type UnitKind string

// The unit kinds.
const (
	UnitRescueTeam  UnitKind = "rescue_team"  // 综合应急救援队
	UnitFireTeam    UnitKind = "fire_team"    // 森林防火专业队
	UnitMedicalTeam UnitKind = "medical_team" // 医疗队
	UnitCadres      UnitKind = "cadres"       // 村干部、网格员
	UnitBus         UnitKind = "bus"          // 转移车辆
	UnitExcavator   UnitKind = "excavator"    // 挖掘机
	UnitBoat        UnitKind = "boat"         // 冲锋舟
	UnitAmbulance   UnitKind = "ambulance"    // 救护车
	UnitPoliceTeam  UnitKind = "police_team"  // 派出所警力
)

// UnitKinds lists every unit kind.
func UnitKinds() []UnitKind {
	return []UnitKind{UnitRescueTeam, UnitFireTeam, UnitMedicalTeam, UnitCadres, UnitBus,
		UnitExcavator, UnitBoat, UnitAmbulance, UnitPoliceTeam}
}

// Valid reports whether k is one of UnitKinds.
func (k UnitKind) Valid() bool { return slices.Contains(UnitKinds(), k) }

// Unit is one unit on the map at the start: a team that moves and works as one, or a
// vehicle.
type Unit struct {
	ID   string   `yaml:"id"`
	Kind UnitKind `yaml:"kind"`
	Name string   `yaml:"name,omitempty"`
	// Base is where the unit starts: a station, depot, shelter or village on the map.
	Base string `yaml:"base"`
	// Count is the unit's strength: people in a team, seats or buckets in a vehicle
	// (default 1).
	Count int `yaml:"count,omitempty"`
	// Village is the village cadres belong to and warn door to door; cadres only.
	Village string `yaml:"village,omitempty"`
}

// Reinforcement is a county unit the command post can request: it arrives Delay after
// the request_reinforcement order.
type Reinforcement struct {
	ID   string   `yaml:"id"`
	Kind UnitKind `yaml:"kind"`
	Name string   `yaml:"name,omitempty"`
	// Count is how many such units the county can send.
	Count int `yaml:"count,omitempty"`
	// Delay is the time from the request to arrival at ArriveAt.
	Delay Duration `yaml:"delay"`
	// ArriveAt is the place on the map where they arrive (default: the command post).
	ArriveAt string `yaml:"arrive_at,omitempty"`
}
