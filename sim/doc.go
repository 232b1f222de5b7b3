// Package sim is drillsim's deterministic engine: a World made from a town, a scenario
// and a seed steps tick by tick, takes Commands (the participants' orders) and emits
// Events. It knows nothing of windows or wall clocks: the same scenario, seed and
// commands give the same world, bit for bit, which its state hash shows.
//
// A tick does, in order: apply the commands due, deliver the injects due, advance the
// hazards (river stage, landslides, fire), update which roads are cut, warn, move and
// harm residents, move units and carry out their tasks, then count.
package sim
