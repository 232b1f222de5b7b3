// Package scenarios reads and checks the files that describe a drill: the town's plan
// (预案) with its timed requirements, the scenario of one exercise (map, clock, weather,
// hazards, units, injects, phases, warning channels), MSEL inject sheets in CSV or XLSX,
// and order files such as the reference responses (示范处置) shipped with the built-in
// library.
//
// Files are YAML. Every error names the file, line and column and says what was
// expected; unknown fields are errors that list the allowed ones. Loading checks each
// file on its own; Validate checks the cross-references between a scenario, its plan and
// the town map and returns every problem at once as Problems.
//
// Time inside a scenario is an integer number of seconds since the scenario start: the
// simulation's clock. Durations are written "90s", "10m", "2h30m"; moments as offsets
// "+1h20m" or as clock times "23:40" (see At).
//
// The package never reads the wall clock and has no randomness.
package scenarios
