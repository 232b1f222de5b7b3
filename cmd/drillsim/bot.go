package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"

	"drillsim/scenarios"
	"drillsim/session"
	"drillsim/sim"
)

// runBot is `drillsim bot <address> --code C [--orders file.yaml | reference]`: a
// scripted participant of a served drill, for rehearsals, tests and load. It takes the
// seat of its code and gives the orders of its role from the order file (or the
// scenario's reference response), each when the drill reaches its time, until the
// drill ends.
func runBot(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("bot", flag.ContinueOnError)
	code := fs.String("code", "", "the seat's join code")
	ca := fs.String("ca", "", caFlagHelp)
	ordersArg := fs.String("orders", "", `order file whose orders of the seat's role to give, or "reference" for the built-in scenario's reference response; none by default (the bot watches)`)
	langArg := addLangFlag(fs)
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: drillsim bot <address> --code C [--orders file.yaml | reference] [--ca cert.pem]")
		fs.PrintDefaults()
	}
	pos, err := parseFlags(fs, args, stderr)
	if err != nil {
		return 2
	}
	lang, ok := parseLang(stderr, "bot", *langArg)
	if !ok {
		return 2
	}
	if len(pos) != 1 || *code == "" {
		sayProblem(stderr, "bot", scenarios.Failf("name the drill server's address and give the seat's --code"), lang)
		return 2
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	client, err := seatClient(*ca)
	if err != nil {
		sayProblem(stderr, "bot", err, lang)
		return 2
	}
	r, err := session.Dial(ctx, pos[0], *code, session.RemoteOptions{HoldReady: true, Client: client})
	if err != nil {
		sayProblem(stderr, "bot", explainJoin(pos[0], err), lang)
		return 1
	}
	defer r.Close()
	cmds, err := botCommands(r, *ordersArg)
	if err != nil {
		sayProblem(stderr, "bot", err, lang)
		return 1
	}
	fmt.Fprintf(stdout, "drillsim bot: seat %d, %s, %d orders to give\n", r.Seat(), r.Role().Chinese(), len(cmds))
	if err := session.Play(ctx, r, cmds); err != nil {
		sayProblem(stderr, "bot", scenarios.Failf("the seat's play stopped: %v", err), lang)
		return 1
	}
	c := r.Snapshot().Counts
	fmt.Fprintf(stdout, "drillsim bot: the drill has ended at %ds: sheltered %d, in danger %d, casualties %d (as the seat saw them)\n", r.Snapshot().T, c.Sheltered, c.InDanger, c.Casualties)
	return 0
}

// botCommands returns the commands of the seat's role in the order file named (or the
// reference response of the drill's scenario), checked against what the seat sees.
func botCommands(r *session.Remote, orders string) ([]sim.Command, error) {
	var o *scenarios.Orders
	var err error
	switch orders {
	case "":
		return nil, nil
	case "reference":
		o, err = scenarios.LoadReferenceOrders(r.Header().Scenario)
	default:
		o, err = scenarios.ReadOrders(orders, r.Scenario().Start.Time)
	}
	if err != nil {
		return nil, err
	}
	return session.RoleCommands(sim.CommandsOf(o.Orders, r.TickSeconds()), r.Role()), nil
}
