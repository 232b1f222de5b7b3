// Package mapedit is the model of drillsim edit: a town's map opened for marking up
// what drills need (hazard zones, village boundaries, shelters, depots, stations and
// loudspeakers), every change undoable, written back so that what was not edited stays
// byte for byte as it was; and the suggestions the hazard models make (flood zones at a
// rise of a river, landslide zones above houses, who each zone threatens). The window
// only draws a Doc and turns clicks into its methods; nothing here draws.
package mapedit
