package sim

import "drillsim/scenarios"

// Command is an order given to the world: who gave it and what (a scenarios.Order, the
// same form order files use), stamped with the tick at which it applies. Seq breaks
// ties between commands of one tick and names the command in the events it causes;
// World.Apply assigns it. The order's own At is ignored: Tick decides.
type Command struct {
	Tick  int64           `json:"tick"`
	Seq   uint64          `json:"seq"`
	Order scenarios.Order `json:"order"`
}
