// Package hazard holds the drill's hazard models over a town's metric terrain grid
// (maps.Terrain): a scripted river flood with hydraulic connectivity (Flood), a forest
// fire whose rate of spread comes from the Canadian FBP System and whose elliptical
// front is propagated by arrival time (Fire), and landslide runout along the energy
// line by multiple flow directions (Runouts). The series that drive them (river
// hydrographs, rainfall and its landslide trigger, wind and fuel moisture) are the
// scenario's and live in package scenarios.
//
// The models are stepped by the simulation engine once per tick. They are deterministic:
// randomness comes only from a *rand.Rand the engine passes in (the fire and landslide
// draw none), they never read the clock, results never depend on map iteration order,
// and a step allocates nothing once its buffers have grown. Scripted overrides (a river stage, an ignition, a wind change,
// a forced slide) always win over the models, because the exercise designer decides.
//
// Cells are addressed by their index in the terrain grid, r*Cols + c, with row 0 the
// southernmost row.
package hazard
