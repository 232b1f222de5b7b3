//go:build window

package main

import (
	"context"
	"errors"
	"flag"
	"io"
	"time"

	"github.com/hajimehoshi/ebiten/v2"

	"drillsim/scenarios"
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
	language, ok := parseLang(stderr, "join", *lang)
	if !ok {
		return 2
	}
	if len(pos) != 2 {
		sayProblem(stderr, "join", scenarios.Failf("name the drill server's address and the seat's code: drillsim join 192.168.1.20:8080 7K3M-9QX2-HP4T"), language)
		return 2
	}
	client, err := seatClient(*ca)
	if err != nil {
		sayProblem(stderr, "join", err, language)
		return 2
	}
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	r, err := session.Dial(ctx, pos[0], pos[1], session.RemoteOptions{Client: client})
	cancel()
	if err != nil {
		sayProblem(stderr, "join", explainJoin(pos[0], err), language)
		return 1
	}
	defer r.Close()
	cfg, err := windowConfig(string(r.Role()), *lang)
	if err != nil {
		sayProblem(stderr, "join", err, language)
		return 2
	}
	game, err := ui.NewGame(r, cfg)
	if err != nil {
		sayProblem(stderr, "join", scenarios.Failf("the drill window cannot open: %v", err), language)
		return 1
	}
	sayProblem(stderr, "join", scenarios.Failf("joined as seat %d, %s, of %s", r.Seat(), r.Role().Chinese(), r.Scenario().Title), language)
	ui.SetUpWindow("drillsim — " + r.Role().Chinese() + " — " + r.Scenario().Title)
	if err := ebiten.RunGame(game); err != nil {
		sayProblem(stderr, "join", scenarios.Failf("the drill window stopped: %v", err), language)
		return 1
	}
	return 0
}
