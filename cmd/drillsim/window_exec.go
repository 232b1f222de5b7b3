//go:build !window

package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
)

// The plain build of drillsim links no window toolkit, so that every command works on
// machines without a display (the toolkit aborts a program at start-up there). Its
// play, replay, edit and join hand over to the window build, drillsim-window, installed beside it:
// `go build -tags window -o drillsim-window ./cmd/drillsim` (scripts/drillsim builds
// both).
var (
	playCommand   = windowCommand("play")
	replayCommand = windowCommand("replay")
	editCommand   = windowCommand("edit")
	joinCommand   = windowCommand("join")
)

// windowBuild says this is the window build.
const windowBuild = false

// windowProgram is the window build's file name, beside this program.
const windowProgram = "drillsim-window"

// windowCommand runs a window command in the window build and returns its exit status.
func windowCommand(name string) func(args []string, stdout, stderr io.Writer) int {
	return func(args []string, stdout, stderr io.Writer) int {
		if sayUsage(name, args, stderr) {
			return 0
		}
		self, err := os.Executable()
		if err != nil {
			fmt.Fprintln(stderr, "drillsim "+name+":", err)
			return 1
		}
		prog := filepath.Join(filepath.Dir(self), windowProgram)
		if _, err := os.Stat(prog); err != nil {
			fmt.Fprintf(stderr, "drillsim %s: the drill window is a separate build, %s, not found beside %s; build it with `go build -tags window -o %s ./cmd/drillsim` (bash scripts/drillsim does)\n", name, windowProgram, self, prog)
			return 1
		}
		if os.Getenv("DISPLAY") == "" && os.Getenv("WAYLAND_DISPLAY") == "" {
			fmt.Fprintf(stderr, "drillsim %s: no display to open the window on (DISPLAY is not set); run it on the desktop, or under xvfb-run for a virtual one\n", name)
			return 1
		}
		cmd := exec.Command(prog, append([]string{name}, args...)...)
		cmd.Stdin, cmd.Stdout, cmd.Stderr = os.Stdin, stdout, stderr
		if err := cmd.Run(); err != nil {
			var exit *exec.ExitError
			if errors.As(err, &exit) {
				return exit.ExitCode()
			}
			fmt.Fprintln(stderr, "drillsim "+name+":", err)
			return 1
		}
		return 0
	}
}
