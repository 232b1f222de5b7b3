package sim

import (
	"fmt"
	"math/rand/v2"
	"slices"

	"drillsim/maps"
	"drillsim/scenarios"
)

// World is one drill in progress: the town, the scenario, the hazards as they stand,
// every resident group and unit, and the clock. It changes only through Step and the
// Commands given to Apply. A World is not safe for concurrent use.
type World struct {
	town    *maps.Town
	scn     *scenarios.Scenario
	pcg     *rand.PCG
	pcgSeed uint64
	rng     *rand.Rand
	tickS   int64 // seconds per tick
	tick    int64 // ticks done
	endS    int64 // the scenario's duration in seconds
	seq     uint64
	queue   []Command // pending, ordered by (Tick, Seq)
	events  []Event   // emitted by the current step

	places  *placeIndex
	router  *maps.Router
	scratch maps.Path
	tree    maps.Tree

	roads    roadState
	hazards  hazardState
	people   residents
	shelters []shelterState
	units    []unit
	stock    [][]maps.Quantity // per depot, what is left
	injects  injectState
	counts   Counts
	arrived  []arrival // evacuees reaching shelters this tick
	status   []Counts  // the counts status events point to, allocated once
	// agents are who set things going in this drill (see agent); agents[0] is the
	// world.
	agents []agent
}

// Options tune a World beyond what its scenario says.
type Options struct {
	// Seed replaces the scenario's seed when not zero.
	Seed uint64
	// TerrainCellM is the hazard grid's cell size in metres (default 30).
	TerrainCellM float64
}

// DefaultTerrainCellM is the side of a hazard grid cell: the DEM's 30 m resolution.
const DefaultTerrainCellM = 30

// New makes the world of a scenario on its town at second 0. The scenario must have
// been validated against the town; New still refuses what it cannot simulate (a flood
// or fire on a map without terrain) with an error saying so.
func New(town *maps.Town, scn *scenarios.Scenario, opt Options) (*World, error) {
	seed := scn.Seed
	if opt.Seed != 0 {
		seed = opt.Seed
	}
	if opt.TerrainCellM <= 0 {
		opt.TerrainCellM = DefaultTerrainCellM
	}
	if scn.Tick <= 0 {
		return nil, fmt.Errorf("scenario %s: tick must be positive", scn.ID)
	}
	pcg := rand.NewPCG(seed, 0x647269_6c6c73696d) // "drillsim"
	w := &World{
		town: town, scn: scn, pcg: pcg, pcgSeed: seed, rng: rand.New(pcg),
		tickS: int64(scn.Tick), endS: int64(scn.Duration),
		router: maps.NewRouter(town.Network), agents: []agent{{cause: scenarios.CauseWorld}},
	}
	w.places = newPlaceIndex(town)
	w.roads.init(town.Network)
	if err := w.hazards.init(w, opt.TerrainCellM); err != nil {
		return nil, fmt.Errorf("scenario %s: %w", scn.ID, err)
	}
	w.people.init(w)
	w.shelters = make([]shelterState, len(town.Shelters))
	for i := range w.shelters {
		w.shelters[i].openAt = -1
	}
	w.stock = make([][]maps.Quantity, len(town.Depots))
	for i, d := range town.Depots {
		w.stock[i] = slices.Clone(d.Stock)
	}
	if err := w.initUnits(); err != nil {
		return nil, fmt.Errorf("scenario %s: %w", scn.ID, err)
	}
	w.injects.init(scn)
	w.status = make([]Counts, 0, w.endS/StatusEveryS+2)
	w.count()
	return w, nil
}

// Now returns the scenario second the world has reached.
func (w *World) Now() int64 { return w.tick * w.tickS }

// Tick returns how many ticks the world has stepped.
func (w *World) Tick() int64 { return w.tick }

// TickSeconds returns the length of a tick in seconds.
func (w *World) TickSeconds() int64 { return w.tickS }

// Done reports whether the scenario's duration has passed.
func (w *World) Done() bool { return w.Now() >= w.endS }

// Town returns the town the world is on.
func (w *World) Town() *maps.Town { return w.town }

// Scenario returns the scenario being played.
func (w *World) Scenario() *scenarios.Scenario { return w.scn }

// Apply queues a command for the tick it names (a tick already past applies at the
// next step), gives it its sequence number and returns it. Nothing changes until Step.
func (w *World) Apply(c Command) Command {
	w.seq++
	c.Seq = w.seq
	if c.Tick <= w.tick {
		c.Tick = w.tick + 1
	}
	i, _ := slices.BinarySearchFunc(w.queue, c, func(a, b Command) int {
		if a.Tick != b.Tick {
			return int(a.Tick - b.Tick)
		}
		return int(a.Seq) - int(b.Seq)
	})
	w.queue = slices.Insert(w.queue, i, c)
	return c
}

// Step advances the world by one tick and returns the events of that tick. The slice
// is reused by the next Step: copy what must be kept.
func (w *World) Step() []Event {
	w.events = w.events[:0]
	w.tick++
	now := w.Now()
	for len(w.queue) > 0 && w.queue[0].Tick <= w.tick {
		c := w.queue[0]
		w.queue = w.queue[1:]
		w.apply(c, now)
	}
	w.deliverInjects(now)
	w.stepHazards(now)
	w.roads.update(w, now)
	w.stepResidents(now)
	w.arriveReinforcements(now)
	w.stepUnits(now)
	w.count()
	w.counts.PeopleMinutesInDanger += float64(w.counts.InDanger) * float64(w.tickS) / 60
	w.injects.observe(w, now)
	if now%StatusEveryS == 0 || w.Done() {
		if len(w.status) == cap(w.status) {
			w.status = make([]Counts, 0, 64) // a longer drill than New planned for
		}
		w.status = append(w.status, w.counts)
		w.emit(Event{Kind: scenarios.EventStatus, Counts: &w.status[len(w.status)-1]})
	}
	return w.events
}

// emit records an event of the current tick.
func (w *World) emit(e Event) {
	if e.T == 0 {
		e.T = w.Now()
	}
	if e.Cause == "" && e.Kind != scenarios.EventStatus {
		e.Cause = scenarios.CauseWorld
	}
	w.events = append(w.events, e)
}
