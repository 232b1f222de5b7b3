package session

import (
	"context"

	"drillsim/scenarios"
	"drillsim/sim"
	"drillsim/standin"
)

// Play plays commands through seat r as a scripted participant (drillsim bot): each
// command is sent once the drill has reached the tick before its own, before the seat
// says it has taken that tick, so that a drill served at the speed max applies it at
// its tick. It returns when the drill has ended, or with the error that ended the
// seat or ctx. The seat must be dialled with RemoteOptions.HoldReady.
func Play(ctx context.Context, r *Remote, cmds []sim.Command) error {
	next := 0
	for {
		r.Advance(0)
		tick := r.Snapshot().Tick
		for ; next < len(cmds) && cmds[next].Tick <= tick+1; next++ {
			r.Send(cmds[next].Order)
		}
		r.Ready()
		if r.Done() {
			return nil
		}
		if err := r.Wait(ctx); err != nil {
			r.Advance(0)
			if r.Done() {
				return nil
			}
			return err
		}
	}
}

// RoleCommands returns the commands of cmds given by role (the empty role of an
// order file is the command post's).
func RoleCommands(cmds []sim.Command, role scenarios.Role) []sim.Command {
	var out []sim.Command
	for _, c := range cmds {
		if standin.RoleOf(c.Order.Role) == role {
			out = append(out, c)
		}
	}
	return out
}
