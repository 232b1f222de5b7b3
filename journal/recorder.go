package journal

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"

	"drillsim/maps"
	"drillsim/observation"
	"drillsim/scenarios"
	"drillsim/sim"
)

// Recorder journals a drill as it goes: every command and observation is appended to
// the journal and synced to disk before it takes effect, and the end of the drill is
// journaled when the world reaches it. All commands of the world must go through its
// recorder. A Recorder is not safe for concurrent use.
type Recorder struct {
	w        *sim.World
	out      *appender
	commands []sim.Command // journaled and applied
	finished bool
	torn     *TornTail
	// seats is how the seats nobody plays are played, as journaled; nil until said.
	seats *Seats
	// tickState is the state hash last recorded, taken at the first entry of its tick
	// ("" before the first), which the tick's later entries record too; stateTick is
	// its tick. stateEvery is how many ticks at least lie between two recorded.
	tickState  string
	stateTick  int64
	stateEvery int64
}

// Record plays w to its end with cmds, each given in the tick before its own (as
// Recorder.Run does), journaling the drill to a new file at path; every event goes to
// sink and the progress to progress (either may be nil).
func Record(path string, w *sim.World, cmds []sim.Command, sink func(sim.Event), progress func(tick, ticks int64)) error {
	rec, err := Start(path, w)
	if err != nil {
		return err
	}
	err = rec.Run(cmds, sink, progress)
	if closeErr := rec.Close(); err == nil {
		err = closeErr
	}
	return err
}

// Start creates a new journal at path for w, a world at its start to which nothing
// has been applied, and returns its recorder. It refuses to replace an existing file.
func Start(path string, w *sim.World) (*Recorder, error) {
	if w.Tick() != 0 {
		return nil, fmt.Errorf("a journal starts with its drill: the world is at tick %d already", w.Tick())
	}
	out, err := create(path, newHeader(w))
	if err != nil {
		return nil, err
	}
	return &Recorder{w: w, out: out}, nil
}

// Resume reads the journal at path, refuses it when it is damaged or of another
// scenario or map, makes the world of its drill with the seed in its header (and
// default sim.Options otherwise), replays it (handing the events to sink, which may
// be nil) and returns the world and a recorder that appends to the journal after its
// last whole entry. A torn last line is cut off; Torn reports it. On a finished
// journal, the world is at its end and the recorder accepts nothing more.
func Resume(path string, town *maps.Town, scn *scenarios.Scenario, sink func(sim.Event)) (*sim.World, *Recorder, error) {
	j, err := Open(path)
	if err != nil {
		return nil, nil, err
	}
	if err := j.Header.Check(scn, town); err != nil {
		return nil, nil, fmt.Errorf("%s: %w", path, err)
	}
	w, err := sim.New(town, scn, sim.Options{Seed: j.Header.Drill.Seed})
	if err != nil {
		return nil, nil, err
	}
	if err := Replay(w, j.Entries, sink); err != nil {
		return nil, nil, fmt.Errorf("%s (written by %s, replayed by %s): %w", path, j.Header.Program, ProgramVersion(), err)
	}
	out, err := reopen(j)
	if err != nil {
		return nil, nil, err
	}
	return w, &Recorder{w: w, out: out, commands: j.Commands(), finished: j.Finished(), torn: j.Torn, seats: j.Seats()}, nil
}

// Path returns the journal's file.
func (r *Recorder) Path() string { return r.out.name }

// World returns the recorded world. Step it only through the recorder.
func (r *Recorder) World() *sim.World { return r.w }

// Torn returns the torn last line Resume cut off the journal, or nil: a warning to
// show, never a failure.
func (r *Recorder) Torn() *TornTail { return r.torn }

// Finished reports whether the journal holds the end of the drill.
func (r *Recorder) Finished() bool { return r.finished }

// Commands returns the commands journaled so far, as the world queued them. The slice
// is the recorder's: read it, do not change it.
func (r *Recorder) Commands() []sim.Command { return r.commands }

// Apply journals the command as the world will queue it (its tick, at the earliest
// the next one, and its sequence number) and then applies it, returning it as queued.
// When the journal cannot be written, the command is not applied.
func (r *Recorder) Apply(c sim.Command) (sim.Command, error) {
	return r.ApplyFrom(c, nil)
}

// ApplyFrom is Apply for a command sent by from (a seat of a served drill), which the
// entry records.
func (r *Recorder) ApplyFrom(c sim.Command, from *Origin) (sim.Command, error) {
	if err := r.accepting(); err != nil {
		return c, err
	}
	c.Tick = max(c.Tick, r.w.Tick()+1)
	c.Seq = uint64(len(r.commands)) + 1
	e := Entry{Tick: r.w.Tick(), Kind: KindCommand, Command: &c, From: from, State: r.state()}
	if err := r.out.append(&e); err != nil {
		return c, err
	}
	got := r.w.Apply(c)
	if got.Seq != c.Seq || got.Tick != c.Tick {
		err := fmt.Errorf("journal %s: the world queued command %d as number %d: commands were applied to it without the recorder, so the journal cannot replay it", r.out.name, c.Seq, got.Seq)
		r.out.fail(err)
		return got, err
	}
	r.commands = append(r.commands, got)
	return got, nil
}

// Observe checks an evaluator's observation and journals it.
func (r *Recorder) Observe(o observation.Observation) error {
	return r.ObserveFrom(o, nil)
}

// ObserveFrom is Observe for an observation sent by from, which the entry records.
func (r *Recorder) ObserveFrom(o observation.Observation, from *Origin) error {
	if err := r.accepting(); err != nil {
		return err
	}
	if err := o.Check(r.w.Now()); err != nil {
		return err
	}
	return r.out.append(&Entry{Tick: r.w.Tick(), Kind: KindObservation, Observation: &o, From: from, State: r.state()})
}

// Seats journals how a served drill plays the seats nobody joined.
func (r *Recorder) Seats(s Seats) error {
	if err := r.accepting(); err != nil {
		return err
	}
	if err := r.out.append(&Entry{Tick: r.w.Tick(), Kind: KindSeats, Seats: &s, State: r.state()}); err != nil {
		return err
	}
	r.seats = &s
	return nil
}

// SeatsPlayed returns how the journal says the seats nobody plays are played, nil
// when it does not say.
func (r *Recorder) SeatsPlayed() *Seats { return r.seats }

// Step advances the world by one tick and returns its events (reused by the next
// step, as sim.World.Step's are). When the step ends the drill, the end is journaled;
// on a world already at its end, Step only journals the end if it is missing.
func (r *Recorder) Step() ([]sim.Event, error) {
	if err := r.accepting(); err != nil {
		return nil, err
	}
	if err := r.out.release(); err != nil { // the world steps on synced entries only
		return nil, err
	}
	if r.w.Done() {
		return nil, r.finish()
	}
	events := r.w.Step()
	if r.w.Done() {
		return events, r.finish()
	}
	return events, nil
}

// Hold makes the entries journaled from now on (commands, observations, the seats)
// written without syncing each: Release syncs them all at once. A server that takes
// the orders of many seats at once so syncs the disk once for them all; it must
// acknowledge none of them, nor step the world, before Release returns.
func (r *Recorder) Hold() { r.out.hold() }

// Release syncs to disk the entries journaled since Hold, once for them all, and
// hands them to the mirror; entries journaled after it are synced each again. Its
// error, as an append's, stops the journal.
func (r *Recorder) Release() error { return r.out.release() }

// StateEvery makes the recorder record the world's state hash at most once every
// ticks ticks (at the first entry of a tick, and always in the end entry); the
// entries between record none (State ""), and replay checks the world where one is
// recorded. By default (1) every tick's first entry records it. A served county,
// whose world takes longer to hash than an order takes to journal, so keeps its
// orders from waiting on the hash.
func (r *Recorder) StateEvery(ticks int64) { r.stateEvery = ticks }

// state returns the state hash an entry journaled now records: the world's, taken at
// the first entry of its tick and kept for the tick's later entries, or "" within
// StateEvery ticks of the last one recorded. Hashing a county's world costs more
// than journaling an order, so the seats' orders of one tick pay for it once; the
// commands between a tick's entries are journaled themselves, so a world that
// replays differently still shows at the next state recorded.
func (r *Recorder) state() string {
	t := r.w.Tick()
	if t != r.stateTick && r.tickState != "" && t-r.stateTick < r.stateEvery {
		return ""
	}
	return r.stateAlways()
}

// stateAlways is state, recorded whatever StateEvery says.
func (r *Recorder) stateAlways() string {
	if t := r.w.Tick(); t != r.stateTick || r.tickState == "" {
		r.tickState, r.stateTick = stateOf(r.w), t
	}
	return r.tickState
}

// finish journals the end of the drill.
func (r *Recorder) finish() error {
	if err := r.out.append(&Entry{Tick: r.w.Tick(), Kind: KindEnd, State: r.stateAlways()}); err != nil {
		return err
	}
	r.finished = true
	return nil
}

// accepting returns why the recorder takes nothing more, or nil.
func (r *Recorder) accepting() error {
	if r.finished {
		return fmt.Errorf("journal %s: the drill has ended; its journal takes nothing more", r.out.name)
	}
	return r.out.err
}

// Run plays cmds (in tick order, as sim.CommandsOf gives them) through the recorder,
// each journaled and applied as the world reaches the tick before its own, and steps
// the world to the end of the drill, handing every event to sink and calling
// progress, when not nil, after each tick. The world ends as sim.Run would leave it;
// commands due after the end are never journaled. On a finished journal it does
// nothing.
func (r *Recorder) Run(cmds []sim.Command, sink func(sim.Event), progress func(tick, ticks int64)) error {
	if r.finished {
		return nil
	}
	ticks := (int64(r.w.Scenario().Duration) + r.w.TickSeconds() - 1) / r.w.TickSeconds()
	next := 0
	for !r.w.Done() {
		for ; next < len(cmds) && cmds[next].Tick <= r.w.Tick()+1; next++ {
			if _, err := r.Apply(cmds[next]); err != nil {
				return err
			}
		}
		events, err := r.Step()
		if sink != nil {
			for _, e := range events {
				sink(e)
			}
		}
		if err != nil {
			return err
		}
		if progress != nil {
			progress(r.w.Tick(), ticks)
		}
	}
	if !r.finished {
		return r.finish()
	}
	return nil
}

// Remaining returns the commands of planned not journaled yet, checking that the
// journaled ones are its first ones, order for order: what a resumed run of an order
// file still has to play.
func (r *Recorder) Remaining(planned []sim.Command) ([]sim.Command, error) {
	if len(r.commands) > len(planned) {
		return nil, fmt.Errorf("journal %s holds %d commands, but the orders have only %d: resume with the orders the drill was started with", r.out.name, len(r.commands), len(planned))
	}
	for i, c := range r.commands {
		got, err1 := json.Marshal(c.Order)
		want, err2 := json.Marshal(planned[i].Order)
		if err1 != nil || err2 != nil || !bytes.Equal(got, want) {
			return nil, fmt.Errorf("journal %s: command %d (%s at tick %d) is not order %d of the orders (%s): resume with the orders the drill was started with", r.out.name, c.Seq, c.Order.Order, c.Tick, i+1, planned[i].Order.Order)
		}
	}
	return planned[len(r.commands):], nil
}

// Close closes the journal file. Everything journaled is on disk already.
func (r *Recorder) Close() error {
	return errors.Join(r.out.release(), r.out.close())
}
