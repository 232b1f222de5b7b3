package scenarios

import "slices"

// Cause says what brought an event about: a participant's order (the command post's
// or a village's), the task of a unit a participant dispatched, or the world itself
// (the weather, a hazard, water going down, an inject). A plan requirement's stop
// counts only the causes its clause allows (Trigger.By).
type Cause string

// The causes.
const (
	CauseOrder Cause = "order"
	CauseTask  Cause = "task"
	CauseWorld Cause = "world"
)

// Causes lists every cause.
func Causes() []Cause { return []Cause{CauseOrder, CauseTask, CauseWorld} }

// Valid reports whether c is one of Causes.
func (c Cause) Valid() bool { return slices.Contains(Causes(), c) }

// ParticipantCauses are the causes a stop trigger counts when it names none: what the
// participants did, by order or by their units' tasks, never the world.
var ParticipantCauses = []Cause{CauseOrder, CauseTask}
