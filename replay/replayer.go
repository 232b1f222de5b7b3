// Package replay plays a drill's journal back for the after-action review: it replays
// the journal once, keeping copies of the world along the way, so that seeking to any
// moment of the drill replays minutes from the nearest copy, not hours from the start.
package replay

import (
	"fmt"
	"sort"

	"drillsim/journal"
	"drillsim/maps"
	"drillsim/scenarios"
	"drillsim/sim"
)

// Replayer is a journaled drill played back: a world that moves forward tick by tick
// with the journal's commands applied at the ticks they were given, and seeks to any
// second of the drill. It ends at the journal's last entry: the end of a finished
// drill, the last command or observation of one that stopped. A Replayer is not safe
// for concurrent use.
type Replayer struct {
	entries []journal.Entry
	endTick int64
	every   int64 // ticks between checkpoints
	// checkpoints[i] is the world at tick i*every, with the commands journaled before
	// that tick applied and none journaled at it.
	checkpoints []*sim.World
	events      []sim.Event // every event of the drill, oldest first
	upTo        []int       // upTo[k]: how many events ticks 1 to k emitted

	w    *sim.World // the world played back
	next int        // entries[:next] are applied to w
}

// CheckpointSeconds is the checkpoint interval that keeps a replay's memory modest:
// ten simulated minutes, or thirty when the scenario has a fire, whose grid every
// checkpoint carries.
func CheckpointSeconds(scn *scenarios.Scenario) int64 {
	if len(scn.Hazards.Fires) > 0 {
		return 30 * 60
	}
	return 10 * 60
}

// New replays journal j of a drill of scn on town once, checking every entry's state
// hash as journal.Replay does, keeping a copy of the world every everyS simulated
// seconds and every event. The replayer starts at the drill's start. It fails when the
// journal is of another scenario or map, or replays differently from the run that
// wrote it.
func New(j *journal.Journal, town *maps.Town, scn *scenarios.Scenario, everyS int64) (*Replayer, error) {
	if everyS <= 0 {
		return nil, fmt.Errorf("replay %s: the checkpoint interval is %d s; give a positive number of seconds (CheckpointSeconds chooses one)", j.Name, everyS)
	}
	if err := j.Header.Check(scn, town); err != nil {
		return nil, fmt.Errorf("%s: %w", j.Name, err)
	}
	w, err := sim.New(town, scn, sim.Options{Seed: j.Header.Drill.Seed})
	if err != nil {
		return nil, err
	}
	r := &Replayer{entries: j.Entries, every: max(everyS/w.TickSeconds(), 1)}
	if n := len(j.Entries); n > 0 {
		r.endTick = j.Entries[n-1].Tick
	}
	r.upTo = make([]int, 1, r.endTick+1)
	next := 0
	for w.Tick() < r.endTick {
		if w.Tick()%r.every == 0 {
			r.checkpoints = append(r.checkpoints, w.Clone())
		}
		if w.Done() {
			return nil, fmt.Errorf("%s: entry %d is at tick %d, after the end of the drill at tick %d", j.Name, j.Entries[len(j.Entries)-1].N, r.endTick, w.Tick())
		}
		var events []sim.Event
		if next, events, err = r.step(w, next); err != nil {
			return nil, fmt.Errorf("%s: %w", j.Name, err)
		}
		r.events = append(r.events, events...)
		r.upTo = append(r.upTo, len(r.events))
	}
	if w.Tick()%r.every == 0 {
		r.checkpoints = append(r.checkpoints, w.Clone())
	}
	// The entries at the last tick: their state hashes are the replay's last check.
	if err := journal.Replay(w, r.entries[next:], nil); err != nil {
		return nil, fmt.Errorf("%s: %w", j.Name, err)
	}
	r.w, r.next = r.checkpoints[0].Clone(), 0
	return r, nil
}

// step applies to w, from entries[next:], the entries journaled at w's tick and steps
// it; it returns the index of the next entry and the step's events.
func (r *Replayer) step(w *sim.World, next int) (int, []sim.Event, error) {
	k := next
	for k < len(r.entries) && r.entries[k].Tick <= w.Tick() {
		k++
	}
	if err := journal.Replay(w, r.entries[next:k], nil); err != nil {
		return next, nil, err
	}
	return k, w.Step(), nil
}

// World returns the world played back. It changes on every SeekTo: ask again after one.
func (r *Replayer) World() *sim.World { return r.w }

// EndS is the scenario second the replay ends at.
func (r *Replayer) EndS() int64 { return r.endTick * r.w.TickSeconds() }

// Done reports whether the world has reached the end of the replay.
func (r *Replayer) Done() bool { return r.w.Tick() >= r.endTick }

// Step moves the world on by one tick, applying the commands journaled at the tick it
// is at first, and returns the tick's events (reused by the next Step). At the end of
// the replay it does nothing.
func (r *Replayer) Step() ([]sim.Event, error) {
	if r.Done() {
		return nil, nil
	}
	next, events, err := r.step(r.w, r.next)
	r.next = next
	return events, err
}

// SeekTo moves the world to scenario second s (rounded down to a tick, and kept within
// the replay): a copy of the checkpoint at or before it, stepped on to it with the
// journal's commands. The world at s has the commands journaled before s applied, as
// the drill's had when it reached s.
func (r *Replayer) SeekTo(s int64) error {
	tick := min(max(s/r.w.TickSeconds(), 0), r.endTick)
	c := min(int(tick/r.every), len(r.checkpoints)-1)
	w := r.checkpoints[c].Clone()
	next := sort.Search(len(r.entries), func(i int) bool { return r.entries[i].Tick >= w.Tick() })
	for w.Tick() < tick {
		var err error
		if next, _, err = r.step(w, next); err != nil {
			return err
		}
	}
	r.w, r.next = w, next
	return nil
}

// Events returns the events of the drill up to the world's tick, oldest first.
// Callers must not change them.
func (r *Replayer) Events() []sim.Event { return r.events[:r.upTo[r.w.Tick()]] }

// AllEvents returns every event of the replay, oldest first: what scoring reads to
// draw the whole drill. Callers must not change them.
func (r *Replayer) AllEvents() []sim.Event { return r.events }
