package maps

// Network is a placeholder replaced by the road network implementation.
type Network struct{}
