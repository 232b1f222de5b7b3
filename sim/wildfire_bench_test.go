package sim_test

import "testing"

// BenchmarkFire6h runs the built-in 6-hour forest fire with its reference orders
// headless. Target: x_realtime at least 10,000.
func BenchmarkFire6h(b *testing.B) {
	runTimed(b, builtinDrill(b, "fire", true))
}

// BenchmarkFire6hUnfought runs the same fire with no orders: it burns for the six hours
// (258 ha) where the reference response puts it out in the first. Target: x_realtime at
// least 10,000.
func BenchmarkFire6hUnfought(b *testing.B) {
	runTimed(b, builtinDrill(b, "fire", false))
}

// BenchmarkLandslide6h runs the built-in 6-hour landslide drill with its reference
// orders headless. Target: x_realtime at least 10,000.
func BenchmarkLandslide6h(b *testing.B) {
	runTimed(b, builtinDrill(b, "landslide", true))
}

// BenchmarkFireStepAllocs measures one Step of the unfought fire in full spread, from
// two hours after its ignition, with its allocations; the target is none.
func BenchmarkFireStepAllocs(b *testing.B) {
	stepAllocs(b, builtinDrill(b, "fire", false), 3*3600)
}
