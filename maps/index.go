package maps

// Index is a placeholder replaced by the spatial index implementation.
type Index struct{}
