//go:build window

package main

// The window build (go build -tags window) runs the drill window in process. Only it
// links the interface toolkit, which on Linux cannot even start without a display.
var (
	playCommand   = runPlay
	replayCommand = runReplay
	joinCommand   = runJoin
	editCommand   = runEdit
)

// windowBuild says this is the window build.
const windowBuild = true
