package maps

// RandomPairs lets the external benchmarks draw node pairs the way the internal tests do.
var RandomPairs = randomPairs
