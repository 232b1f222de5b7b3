// Package layering holds the test that keeps the house's arrows one way: which
// packages may depend on which (see layering_test.go, which names every forbidden
// edge).
package layering
