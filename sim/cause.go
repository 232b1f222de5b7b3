package sim

import "drillsim/scenarios"

// agent is who brought something about: the world itself, or a participant's order
// (the role and command that gave it), or the task of a unit a participant
// dispatched. The world keeps every agent of its drill in a table and passes the
// index (agentID) along with what the agent set going — warnings on their way,
// evacuations, units at work, roads cleared — so that the events they come to say
// their cause.
type agent struct {
	cause scenarios.Cause
	role  scenarios.Role
	seq   uint64
}

// agentID is an index into World.agents; the zero agentID is the world.
type agentID int32

// worldAgent is what the world brings about by itself.
const worldAgent agentID = 0

// orderAgent registers the order of role given as command seq, and returns its id.
func (w *World) orderAgent(role scenarios.Role, seq uint64) agentID {
	return w.addAgent(agent{scenarios.CauseOrder, role, seq})
}

// taskAgent registers the task a unit was dispatched on by role's command seq.
func (w *World) taskAgent(role scenarios.Role, seq uint64) agentID {
	return w.addAgent(agent{scenarios.CauseTask, role, seq})
}

// addAgent appends a, or finds it when it is the last one (an order registered once
// for each village it warns).
func (w *World) addAgent(a agent) agentID {
	if n := len(w.agents); n > 0 && w.agents[n-1] == a {
		return agentID(n - 1)
	}
	w.agents = append(w.agents, a)
	return agentID(len(w.agents) - 1)
}

// stamp says on e that agent id caused it.
func (w *World) stamp(e *Event, id agentID) {
	a := w.agents[id]
	e.Cause = a.cause
	if a.cause != scenarios.CauseWorld {
		e.Role, e.Seq = a.role, a.seq
	}
}
