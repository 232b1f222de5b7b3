package sim

import (
	"cmp"
	"math"
	"slices"

	"github.com/paulmach/orb/planar"

	"drillsim/maps"
	"drillsim/scenarios"
	"drillsim/sim/hazard"
)

// group is the residents of one building. Everyone in it is warned together, but they
// leave as their compliance says: some stay behind until a more persuasive channel
// (a cadre at the door) reaches them.
type group struct {
	building  int32
	village   int32 // -1 outside every village
	zone      int32 // the hazard zone containing the building, -1 none
	node      int32 // the main-network node the residents walk from
	pop       int32 // residents at the start
	vuln      int32 // of whom vulnerable
	home      int32 // living residents still in the building
	moving    int32 // on their way to a shelter
	sheltered int32
	hurt      int32 // casualties
	treated   int32 // of whom seen by medics
	loud      bool  // within earshot of a loudspeaker
	stranded  bool  // no way out on foot: they wait for rescue

	warnedAt int64   // -1 until warned
	refuse   float32 // the chance a resident ignores every warning heard so far
	evacAt   int64   // -1 until an evacuation order covers them
	evacBy   agentID // the order that did, or the world when they fled a hazard
	target   int32   // the shelter the order sends them to, -1 nearest
	departAt int64   // -1 until the leavers set off
	arriveAt int64
	dest     int32 // shelter of the residents moving
	harm     float32
}

// residents holds every group and the warnings on their way to them.
type residents struct {
	groups []group
	warns  []warnJob // ordered by (at, group); warns[next:] are still to come
	next   int
	// scopes are the villages and zones evacuation orders cover, to report each once
	// emptied.
	scopes []evacScope
	// villagePop and zonePop are residents at the start by village and by zone;
	// byVillage and byZone list the groups of each, for figures that add them up.
	villagePop, zonePop []int32
	byVillage, byZone   [][]int32
	// lastWarned is the share last reported warned through each channel, for each
	// zone then each village: each channel reports the share warned in its own steps,
	// so that cadres at the door say they reached a place already warned by loudspeaker.
	lastWarned []float64
	touched    []scopeKey // reused by deliverWarnings
}

// warnJob is a warning reaching one group at a moment through a channel, sent by an
// order or a unit's task.
type warnJob struct {
	at         int64
	group      int32
	compliance float32
	channel    scenarios.Channel
	by         agentID
}

// evacScope is a village or zone an evacuation order covers, and its groups.
type evacScope struct {
	village, zone int32 // one of them is -1
	groups        []int32
	done          bool
	by            agentID // the order that covered it first
}

// Walking speeds: the able and the vulnerable, who set a group's pace by their share.
const (
	walkKmh           = 4.5
	vulnerableWalkKmh = 2.5
	// prepareMinS and prepareSpreadS are how long residents take to set off once told
	// to evacuate: gathering documents, the elderly, the livestock.
	prepareMinS    = 10 * 60
	prepareSpreadS = 15 * 60
	// deepWaterM is the depth in a house that drowns and injures those still inside;
	// dangerWaterM the depth from which they are counted in danger.
	deepWaterM   = 1.0
	dangerWaterM = 0.3
	// floodHarmS is the mean time until a resident left in deep water is a casualty.
	floodHarmS = 1800
)

func (r *residents) init(w *World) {
	t := w.town
	inMain := w.places.inMain
	r.villagePop = make([]int32, len(t.Villages))
	r.zonePop = make([]int32, len(t.HazardZones))
	r.byVillage = make([][]int32, len(t.Villages))
	r.byZone = make([][]int32, len(t.HazardZones))
	r.lastWarned = make([]float64, (len(t.HazardZones)+len(t.Villages))*scenarios.ChannelCount)
	var hits []maps.Hit
	for i, b := range t.Buildings {
		if b.Population <= 0 {
			continue
		}
		g := group{building: int32(i), village: int32(b.Village), zone: -1, pop: int32(b.Population), vuln: int32(b.Vulnerable),
			home: int32(b.Population), warnedAt: -1, refuse: 1, evacAt: -1, target: -1, departAt: -1, dest: -1}
		g.node = int32(nearestMainNode(t, b.Centroid, inMain))
		var z int
		z, hits = w.hazards.zoneOf(t, i, hits)
		if z >= 0 {
			g.zone = int32(z)
			r.zonePop[z] += g.pop
		}
		for _, l := range t.Loudspeakers {
			if planar.Distance(l.Location, b.Centroid) <= l.RadiusM {
				g.loud = true
				break
			}
		}
		if g.village >= 0 {
			r.villagePop[g.village] += g.pop
			r.byVillage[g.village] = append(r.byVillage[g.village], int32(len(r.groups)))
		}
		if g.zone >= 0 {
			r.byZone[g.zone] = append(r.byZone[g.zone], int32(len(r.groups)))
		}
		r.groups = append(r.groups, g)
	}
}

// groupsOf lists the groups of village v, or of zone z when v is -1. The list is
// shared: callers must not change it.
func (r *residents) groupsOf(v, z int32) []int32 {
	if v >= 0 {
		return r.byVillage[v]
	}
	return r.byZone[z]
}

// inScope reports whether group g lies in the villages or zones of scope.
func (w *World) inScope(g *group, villages, zones []int32) bool {
	return g.village >= 0 && slices.Contains(villages, g.village) || g.zone >= 0 && slices.Contains(zones, g.zone)
}

// scheduleWarnings queues a warning for the groups of a scope through a channel. A
// loudspeaker reaches only the houses within its radius; text messages reach
// everyone; door to door reaches every house in turn at the pace of the cadres.
func (w *World) scheduleWarnings(villages, zones []int32, ch scenarios.Channel, start int64, cadres int, by agentID) {
	r := &w.people
	p, _ := w.scn.Warning.Params(ch)
	at := start + int64(p.Delay)
	var door []int32
	for i := range r.groups {
		g := &r.groups[i]
		if !w.inScope(g, villages, zones) || ch == scenarios.ChannelLoudspeaker && !g.loud {
			continue
		}
		if ch == scenarios.ChannelDoorToDoor {
			door = append(door, int32(i))
			continue
		}
		r.warns = append(r.warns, warnJob{at: at, group: int32(i), compliance: float32(p.Compliance), channel: ch, by: by})
	}
	if len(door) > 0 {
		// Cadres start nearest the village office and work outwards, each house taking
		// doorMinutes of one cadre's time.
		centre := w.town.Buildings[r.groups[door[0]].building].Centroid
		if v := villages; len(v) > 0 {
			if pl, ok := w.places.find(w.town.Villages[v[0]].Name); ok {
				centre = pl.at
			}
		}
		slices.SortStableFunc(door, func(a, b int32) int {
			da := planar.DistanceSquared(w.town.Buildings[r.groups[a].building].Centroid, centre)
			db := planar.DistanceSquared(w.town.Buildings[r.groups[b].building].Centroid, centre)
			return cmp.Compare(da, db)
		})
		perHouse := float64(doorMinutes*60) / float64(max(cadres, 1))
		for k, gi := range door {
			r.warns = append(r.warns, warnJob{at: at + int64(float64(k)*perHouse), group: gi, compliance: float32(p.Compliance), channel: ch, by: by})
		}
	}
	rest := r.warns[r.next:]
	slices.SortStableFunc(rest, func(a, b warnJob) int {
		if a.at != b.at {
			return cmp.Compare(a.at, b.at)
		}
		return int(a.group - b.group)
	})
}

// strandedRetryS is how often residents cut off by water try again to get out.
const strandedRetryS = 10 * 60

// warnedStep is the rise in the share warned that makes a new warned event.
const warnedStep = 0.05

// doorMinutes is one cadre's time at one house: knock, explain, check who is home.
const doorMinutes = 2

// defaultCadres is the grid workers every village has for door-to-door warning when
// the scenario places no cadres unit there.
const defaultCadres = 4

// stepResidents delivers due warnings, sets evacuees off and brings them in, and harms
// those the hazards reach.
func (w *World) stepResidents(now int64) {
	r := &w.people
	touched := w.deliverWarnings(now)
	for i := range r.groups {
		g := &r.groups[i]
		w.evacuateGroup(g, now)
		w.harmFlood(g, now)
	}
	w.reportWarned(touched)
	w.reportSheltered()
	w.reportEvacuated()
}

// deliverWarnings warns the groups whose warnings are due and returns the villages and
// zones reached, to report. The returned slice is reused by the next call.
func (w *World) deliverWarnings(now int64) []scopeKey {
	r := &w.people
	touched := r.touched[:0]
	for r.next < len(r.warns) && r.warns[r.next].at <= now {
		j := r.warns[r.next]
		r.next++
		g := &r.groups[j.group]
		if g.home == 0 && g.warnedAt >= 0 {
			continue
		}
		if g.warnedAt < 0 {
			g.warnedAt = now
		}
		g.refuse *= 1 - j.compliance
		touched = addScope(touched, scopeKey{g.village, -1, j.channel, j.by})
		if g.zone >= 0 {
			touched = addScope(touched, scopeKey{-1, g.zone, j.channel, j.by})
		}
	}
	if r.next == len(r.warns) {
		r.warns, r.next = r.warns[:0], 0
	}
	r.touched = touched
	return touched
}

// scopeKey names a village or zone (the other -1) reached through a channel by the
// warnings of one order or task.
type scopeKey struct {
	village, zone int32
	channel       scenarios.Channel
	by            agentID
}

func addScope(keys []scopeKey, k scopeKey) []scopeKey {
	if k.village < 0 && k.zone < 0 || slices.Contains(keys, k) {
		return keys
	}
	return append(keys, k)
}

// reportWarned emits one warned event per village or zone reached this tick, with the
// share of its residents warned so far.
func (w *World) reportWarned(touched []scopeKey) {
	r := &w.people
	for _, k := range touched {
		warned, total := 0, 0
		for _, i := range r.groupsOf(k.village, k.zone) {
			g := &r.groups[i]
			total += int(g.pop)
			if g.warnedAt >= 0 {
				warned += int(g.pop)
			}
		}
		sh := share(warned, total)
		place := int(k.zone)
		if k.village >= 0 {
			place = len(r.zonePop) + int(k.village)
		}
		last := &r.lastWarned[place*scenarios.ChannelCount+k.channel.Index()]
		if *last > 0 && sh < *last+warnedStep && !(sh == 1 && *last < 1) {
			continue // report the share in steps, not every door knocked
		}
		*last = sh
		e := Event{Kind: scenarios.EventWarned, Channel: k.channel, Count: warned, Share: sh}
		w.stamp(&e, k.by)
		if k.village >= 0 {
			e.Village = w.town.Villages[k.village].Name
		} else {
			e.Zone = w.town.HazardZones[k.zone].Name
		}
		w.emit(e)
	}
}

// evacuateGroup sets off those of a warned group under an evacuation order who will
// go, and brings in those whose walk is over.
func (w *World) evacuateGroup(g *group, now int64) {
	if g.moving > 0 && now >= g.arriveAt {
		w.arrive(g, now)
	}
	if g.evacAt < 0 || g.warnedAt < 0 || g.home == 0 || g.moving > 0 || g.stranded && now < g.departAt {
		return
	}
	if g.departAt < 0 {
		g.departAt = max(g.evacAt, g.warnedAt) + prepareMinS + int64(w.rng.IntN(prepareSpreadS))
	}
	if now < g.departAt {
		return
	}
	gone := g.pop - g.home - g.hurt
	leave := int32(math.Round(float64(g.pop)*(1-float64(g.refuse)))) - gone
	leave = min(leave, g.home)
	if leave <= 0 {
		return
	}
	s := w.chooseShelter(g, leave)
	if s < 0 {
		return // every shelter is full: they wait at home
	}
	speed := walkKmh - (walkKmh-vulnerableWalkKmh)*float64(g.vuln)/float64(g.pop)
	ok := w.router.RouteInto(&w.scratch, int(g.node), w.places.shelterNode(s), maps.Traveller{Foot: true, SpeedKmh: speed}, w.roads.blocked[moverFoot])
	if !ok {
		g.stranded = true
		g.departAt = now + strandedRetryS // they try again when the water may have fallen
		return
	}
	g.stranded = false
	w.shelters[s].reserved += int(leave)
	g.home -= leave
	g.moving = leave
	g.dest = int32(s)
	g.arriveAt = now + int64(math.Ceil(w.scratch.Seconds))
}

// arrive brings a group's walkers into their shelter, once it is open.
func (w *World) arrive(g *group, now int64) {
	s := &w.shelters[g.dest]
	if !s.open(now) {
		if s.openAt < 0 {
			s.openAt = now + shelterOpenS // the first evacuees find it shut and call for it
		}
		return
	}
	s.reserved -= int(g.moving)
	s.occupancy += int(g.moving)
	w.arrivals(int(g.dest), int(g.village), int(g.moving), g.evacBy)
	g.sheltered += g.moving
	g.moving = 0
}

// harmFlood counts those left in a house under deep water as casualties at the rate
// floodHarmS sets; under a hydrodynamic flood also those in a house the water around
// puts in danger for all (hazard rating from hazard.DangerForAll: fast water that
// undermines and breaks into houses, whatever its depth).
func (w *World) harmFlood(g *group, now int64) {
	if g.home == 0 {
		return
	}
	h := &w.hazards
	d := h.buildingDepth(int(g.building))
	if d <= 0 || d < deepWaterM && (h.edgeSpeed == nil || hazard.HazardRating(d, h.buildingSpeed(int(g.building))) < hazard.DangerForAll) {
		return
	}
	g.harm += float32(float64(g.home) * (1 - math.Exp(-float64(w.tickS)/floodHarmS)))
	if n := int32(g.harm); n > 0 {
		n = min(n, g.home)
		g.harm -= float32(n)
		g.home -= n
		g.hurt += n
		w.casualty(g, int(n), w.floodHazard(), scenarios.HazardFlood)
	}
}

// harmBuilding strikes a building: share of those inside are casualties, the others
// flee to the nearest shelter.
func (r *residents) harmBuilding(w *World, b int, harmShare float64, hazardID string, typ scenarios.HazardType, zone string) {
	gi, ok := slices.BinarySearchFunc(r.groups, int32(b), func(g group, b int32) int { return int(g.building - b) })
	if !ok {
		return
	}
	g := &r.groups[gi]
	if g.home == 0 {
		return
	}
	n := int32(math.Round(float64(g.home) * harmShare))
	g.home -= n
	g.hurt += n
	if n > 0 {
		w.casualty(g, int(n), hazardID, typ)
	}
	if g.home > 0 && g.moving == 0 {
		if g.warnedAt < 0 {
			g.warnedAt = w.Now()
		}
		g.refuse, g.evacAt, g.departAt, g.evacBy = 0, w.Now(), w.Now(), worldAgent // they run
	}
}

// casualty reports n residents of group g hurt by a hazard.
func (w *World) casualty(g *group, n int, hazardID string, typ scenarios.HazardType) {
	e := Event{Kind: scenarios.EventCasualty, Hazard: hazardID, HazardType: typ, Count: n, Village: w.villageName(int(g.village))}
	if g.zone >= 0 {
		e.Zone = w.town.HazardZones[g.zone].Name
	}
	w.emit(e)
}

// floodHazard is the id of the first flood of the scenario.
func (w *World) floodHazard() string {
	if len(w.hazards.floods) > 0 {
		return w.hazards.floods[0].def.ID
	}
	return ""
}

// reportEvacuated reports each village or zone under an evacuation order once every
// resident willing to leave has reached a shelter and at most a twentieth remain.
func (w *World) reportEvacuated() {
	r := &w.people
	for i := range r.scopes {
		sc := &r.scopes[i]
		if sc.done {
			continue
		}
		home, moving, total := 0, 0, 0
		for _, j := range sc.groups {
			g := &r.groups[j]
			home += int(g.home)
			moving += int(g.moving)
			total += int(g.pop)
		}
		if moving > 0 || float64(home) > evacuatedRemain*float64(total) {
			continue
		}
		sc.done = true
		e := Event{Kind: scenarios.EventEvacuated, Count: total - home, Share: share(total-home, total)}
		w.stamp(&e, sc.by)
		if sc.village >= 0 {
			e.Village = w.town.Villages[sc.village].Name
		} else {
			e.Zone = w.town.HazardZones[sc.zone].Name
			e.Village = w.villageName(w.zoneVillage(int(sc.zone)))
		}
		w.emit(e)
	}
}

// evacuatedRemain is the share of residents who may stay behind in a place that counts
// as evacuated: the few who refuse even a cadre at the door.
const evacuatedRemain = 0.05

func share(part, whole int) float64 {
	if whole == 0 {
		return 0
	}
	return float64(part) / float64(whole)
}
