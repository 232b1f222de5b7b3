// Package hazard holds the drill's hazard models over a town's metric terrain grid
// (maps.Terrain): a scripted river flood with hydraulic connectivity (Flood), a forest
// fire cellular automaton (Fire) and landslide runout (Runout). The series that drive
// them (river hydrographs, rainfall and its landslide trigger, wind) are the scenario's
// and live in package scenarios.
//
// The models are stepped by the simulation engine once per tick. They are deterministic:
// randomness comes only from the *rand.Rand the engine passes in, they never read the
// clock, results never depend on map iteration order, and a step allocates nothing once
// its buffers have grown. Scripted overrides (a river stage, an ignition, a wind change,
// a forced slide) always win over the models, because the exercise designer decides.
//
// Cells are addressed by their index in the terrain grid, r*Cols + c, with row 0 the
// southernmost row.
package hazard
