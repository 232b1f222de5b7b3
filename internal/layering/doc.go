// Package layering holds the test that keeps the core packages free of the interface
// toolkit (see layering_test.go).
package layering
