//go:build window

package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"time"

	"github.com/hajimehoshi/ebiten/v2"

	"drillsim/session"
	"drillsim/ui"
)

// runJoin is `drillsim join <address> <code> [--lang en]`: open the drill window as the
// seat of code of the drill served at address — the same window as play, whose
// orders go to the server and whose clock the server keeps.
func runJoin(args []string, stdout, stderr io.Writer) int {
	fs, lang, ca := joinFlags(stderr)
	pos, err := parseFlags(fs, args, stderr)
	if errors.Is(err, flag.ErrHelp) {
		return 0
	}
	if err != nil {
		return 2
	}
	if len(pos) != 2 {
		fmt.Fprintln(stderr, "drillsim join: name the drill server's address and the seat's code: drillsim join 192.168.1.20:8080 7K3M-9QX2-HP4T")
		return 2
	}
	client, err := seatClient(*ca)
	if err != nil {
		fmt.Fprintln(stderr, "drillsim join:", err)
		return 2
	}
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	r, err := session.Dial(ctx, pos[0], pos[1], session.RemoteOptions{Client: client})
	cancel()
	if err != nil {
		fmt.Fprintln(stderr, "drillsim join:", explainJoin(err))
		return 1
	}
	defer r.Close()
	cfg, err := windowConfig(string(r.Role()), *lang)
	if err != nil {
		fmt.Fprintln(stderr, "drillsim join:", err)
		return 2
	}
	game, err := ui.NewGame(r, cfg)
	if err != nil {
		fmt.Fprintln(stderr, "drillsim join:", err)
		return 1
	}
	fmt.Fprintf(stderr, "drillsim join: seat %d, %s, of %s\n", r.Seat(), r.Role().Chinese(), r.Scenario().Title)
	ui.SetUpWindow("drillsim — " + r.Role().Chinese() + " — " + r.Scenario().Title)
	if err := ebiten.RunGame(game); err != nil {
		fmt.Fprintln(stderr, "drillsim join:", err)
		return 1
	}
	return 0
}
