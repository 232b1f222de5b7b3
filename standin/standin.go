// Package standin plays the seats of a drill nobody plays, by the drill's reference
// response: for one person practising alone in the window, and for the seats nobody
// joined in a served drill. It needs only the engine's commands, so both the server
// and the browser client link it.
package standin

import (
	"encoding/json"
	"slices"

	"drillsim/maps"
	"drillsim/scenarios"
	"drillsim/sim"
)

// Player plays the seats nobody plays by the book: the orders that their roles give
// in a drill's reference response (示范处置), each sent as the drill reaches the tick
// before its own, as a participant's order would be. The window gives them to a drill
// one person practises alone, the drill server to the seats nobody joined; either way
// the orders are journaled like any other, so a replay needs no stand-ins.
//
// The controller's clock orders (pause, speed) are left out: the clock is the
// session's, and a stand-in does not hold it.
type Player struct {
	roles []scenarios.Role
	// cmds are the commands still to play, in tick order.
	cmds []sim.Command
}

// New returns the stand-in player of roles over reference, a drill's reference
// commands in tick order (as sim.CommandsOf gives them), for a drill at tick from:
// the commands those roles give stamped after from, less those that done (a resumed
// drill's journaled commands) holds already at the same tick.
func New(reference []sim.Command, roles []scenarios.Role, from int64, done []sim.Command) *Player {
	s := &Player{roles: slices.Clone(roles)}
	for _, c := range reference {
		c.Order.Role = RoleOf(c.Order.Role)
		if !slices.Contains(roles, c.Order.Role) || c.Tick <= from || isClockOrder(c.Order.Order) {
			continue
		}
		if slices.ContainsFunc(done, func(d sim.Command) bool { return d.Tick == c.Tick && sameOrder(d.Order, c.Order) }) {
			continue
		}
		s.cmds = append(s.cmds, c)
	}
	return s
}

// OtherRoles returns the roles that give orders in reference besides those played,
// in the order they first appear (the controller's clock orders aside): the seats a
// drill played by those alone stands in for.
func OtherRoles(reference []sim.Command, played ...scenarios.Role) []scenarios.Role {
	var out []scenarios.Role
	for _, c := range reference {
		r := RoleOf(c.Order.Role)
		if isClockOrder(c.Order.Order) || slices.Contains(played, r) || slices.Contains(out, r) {
			continue
		}
		out = append(out, r)
	}
	return out
}

// Roles returns the roles stood in for.
func (s *Player) Roles() []scenarios.Role { return s.roles }

// Pending returns how many commands are still to play.
func (s *Player) Pending() int { return len(s.cmds) }

// Due returns the commands to apply before a world at tick steps again (those
// stamped tick+1 or before), in order, and forgets them. The slice is the stand-ins'
// own until the next call.
func (s *Player) Due(tick int64) []sim.Command {
	n := 0
	for n < len(s.cmds) && s.cmds[n].Tick <= tick+1 {
		n++
	}
	due := s.cmds[:n:n]
	s.cmds = s.cmds[n:]
	return due
}

// RoleOf returns the role that gives an order stamped with role r: an order file
// leaves the command post's orders unnamed.
func RoleOf(r scenarios.Role) scenarios.Role {
	if r == "" {
		return scenarios.RoleCommand
	}
	return r
}

// isClockOrder reports whether an order kind is the controller's clock's.
func isClockOrder(k scenarios.OrderKind) bool {
	return k == scenarios.OrderPause || k == scenarios.OrderSpeed
}

// sameOrder reports whether two orders are the same order, given by the same role.
func sameOrder(a, b scenarios.Order) bool {
	a.Role, b.Role = RoleOf(a.Role), RoleOf(b.Role)
	ja, err1 := json.Marshal(a)
	jb, err2 := json.Marshal(b)
	return err1 == nil && err2 == nil && string(ja) == string(jb)
}

// OtherSeats returns the seats of a drill on town besides role's that act in it:
// the command post and each village's cadres, in the town's order. The controller
// and the evaluators act on the drill, not in it, and are no one's stand-ins.
func OtherSeats(town *maps.Town, role scenarios.Role) []scenarios.Role {
	var out []scenarios.Role
	if role != scenarios.RoleCommand {
		out = append(out, scenarios.RoleCommand)
	}
	for _, v := range town.Villages {
		if r := scenarios.VillageRole(v.Name); r != role {
			out = append(out, r)
		}
	}
	return out
}
