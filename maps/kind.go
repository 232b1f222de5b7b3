package maps

// Kind is what a map feature means to a drill: a road, a building, a shelter ...
// Features whose meaning is unknown are Background: kept to draw, never an error.
type Kind uint8

// The kinds of DESIGN.md's map table, in the order they are listed there.
const (
	Background Kind = iota
	KindRoad
	KindRiver
	KindStream
	KindWater
	KindBuilding
	KindVillage
	KindShelter
	KindDepot
	KindStation
	KindHazardZone
	KindLandcover
	KindLoudspeaker
	kindCount
)

var kindNames = [kindCount]string{
	Background:      "background",
	KindRoad:        "road",
	KindRiver:       "river",
	KindStream:      "stream",
	KindWater:       "water",
	KindBuilding:    "building",
	KindVillage:     "village",
	KindShelter:     "shelter",
	KindDepot:       "depot",
	KindStation:     "station",
	KindHazardZone:  "hazard_zone",
	KindLandcover:   "landcover",
	KindLoudspeaker: "loudspeaker",
}

// Kinds lists every kind in table order, Background first.
func Kinds() []Kind {
	ks := make([]Kind, kindCount)
	for i := range ks {
		ks[i] = Kind(i)
	}
	return ks
}

// String returns the kind's name as written in a feature's `kind` property.
func (k Kind) String() string {
	if k < kindCount {
		return kindNames[k]
	}
	return "unknown"
}

// ParseKind returns the kind named by a `kind` property, and false for a name it does not know.
func ParseKind(s string) (Kind, bool) {
	for i, n := range kindNames {
		if n == s {
			return Kind(i), true
		}
	}
	return Background, false
}
