package sim

import "drillsim/scenarios"

// CommandsOf turns the orders of an order file into commands, each stamped with the
// first tick at whose end its time has come (never tick 0: the world starts at tick 1).
func CommandsOf(orders []scenarios.Order, tickS int64) []Command {
	cmds := make([]Command, len(orders))
	for i, o := range orders {
		tick := (int64(o.At) + tickS - 1) / tickS
		cmds[i] = Command{Tick: max(tick, 1), Order: o}
	}
	return cmds
}

// Run queues the commands and steps the world to the end of its scenario, handing
// every event to sink in order. progress, when not nil, is called after each tick.
func Run(w *World, cmds []Command, sink func(Event), progress func(tick, ticks int64)) {
	for _, c := range cmds {
		w.Apply(c)
	}
	ticks := (w.endS + w.tickS - 1) / w.tickS
	for !w.Done() {
		for _, e := range w.Step() {
			sink(e)
		}
		if progress != nil {
			progress(w.tick, ticks)
		}
	}
}
