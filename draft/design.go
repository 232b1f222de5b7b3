package draft

import (
	"errors"
	"fmt"
	"math"
	"slices"
	"strings"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/planar"

	"drillsim/mapedit"
	"drillsim/maps"
)

// sketch is a drill as designed on the map opened, before its files are written: its
// hazards, by the names the drill's map will give their zones.
type sketch struct {
	flood *floodSketch
	slide *slideSketch
	fire  *fireSketch
}

type floodSketch struct {
	river string
	riseM float64
	zones []string
}

type slideSketch struct {
	zone     string
	volumeM3 float64
}

type fireSketch struct {
	zone string
	// ignite is where the fire starts, lon/lat; windFrom the bearing the wind blows
	// from, from the ignition towards the zone.
	ignite   orb.Point
	windFrom float64
}

// Limits of what a drawn drill takes on.
const (
	// maxFloodZones is how many of the flood model's zones a drill evacuates: the
	// most threatened, as a township's plan lists its flood-prone blocks.
	maxFloodZones = 6
	// slideDepthM is the depth of ground a suggested landslide zone fails: the
	// engine's default (sim.DefaultSlideDepthM) over it, within slideVolumeM3.
	slideDepthM = 3
)

// slideVolumeM3 bounds a drawn landslide's volume: a township's hazard point, not a
// mountainside.
var slideVolumeM3 = [2]float64{5000, 50000}

// design chooses the drill's hazards on the map, drawing what the map lacks from the
// hazard models, and makes sure the people threatened have shelters to go to.
func (b *builder) design() (*sketch, error) {
	s := &sketch{}
	var err error
	switch b.kind {
	case Flood:
		s.flood, err = b.designFlood()
	case Landslide:
		s.slide, err = b.designSlide()
	case Fire:
		s.fire, err = b.designFire()
	case Tabletop:
		if s.slide, err = b.designSlide(); err != nil {
			var lack *Lack
			if !errors.As(err, &lack) {
				return nil, err
			}
			s.slide = nil
			if s.flood, err = b.designFlood(); err != nil {
				return nil, &Lack{Drill: Tabletop, What: say("a landslide zone or a river that floods houses"), Add: lack.Add}
			}
		}
	case Combined:
		var lacks []Note
		try := func(f func() error) error {
			err := f()
			var lack *Lack
			if errors.As(err, &lack) {
				lacks = append(lacks, say("%s (%s)", lack.What, lack.Add))
				return nil
			}
			return err
		}
		if err := try(func() (err error) { s.flood, err = b.designFlood(); return }); err != nil {
			return nil, err
		}
		if err := try(func() (err error) { s.slide, err = b.designSlide(); return }); err != nil {
			return nil, err
		}
		if err := try(func() (err error) { s.fire, err = b.designFire(); return }); err != nil {
			return nil, err
		}
		if n := 3 - len(lacks); n < 2 {
			return nil, &Lack{Drill: Combined, What: say("two hazards at least"), Add: say("the map lacks %s", maps.ListSome(lacks, len(lacks)))}
		}
		for _, l := range lacks {
			b.note("left out of the combined drill: %s", l)
		}
	}
	if err != nil {
		return nil, err
	}
	return s, b.ensureShelters(s)
}

// nameOf is how the drill's files name a feature of the map opened (placeName).
func (b *builder) nameOf(ref maps.FeatureRef) (string, bool) {
	return placeName(b.doc.Town().Places, ref)
}

// add adds features the drill draws to its map, named apart from every place of the
// map, and returns their names. A hall taken as a shelter is named after it, 安置点
// added: the hall keeps its own name.
func (b *builder) add(fs ...mapedit.Feature) []string {
	t := b.doc.Town()
	var names []string
	taken := func(name string) bool {
		return len(t.Places.Named(name)) > 0 || slices.ContainsFunc(b.added, func(a mapedit.Feature) bool { return a.Name() == name })
	}
	for _, f := range fs {
		base := f.Name()
		if f.Kind == maps.KindShelter && taken(base) && !strings.HasSuffix(base, "安置点") {
			base += "安置点"
		}
		name := base
		for n := 2; taken(name); n++ {
			name = fmt.Sprintf("%s%d", base, n)
		}
		f.Props["name"] = name
		b.added = append(b.added, f)
		names = append(names, name)
	}
	return names
}

// mapZones lists the map's hazard zones of hazard where people live, most threatened
// first, as the drill names them.
func (b *builder) mapZones(hazard string) (names []string, areas []orb.MultiPolygon) {
	t := b.doc.Town()
	idx := []int{}
	for i, z := range t.HazardZones {
		if z.Hazard == hazard && z.People > 0 {
			idx = append(idx, i)
		}
	}
	slices.SortStableFunc(idx, func(a, c int) int { return t.HazardZones[c].People - t.HazardZones[a].People })
	for _, i := range idx {
		if name, ok := b.nameOf(t.HazardZones[i].Ref); ok {
			names, areas = append(names, name), append(areas, t.HazardZones[i].Area)
		}
	}
	return names, areas
}

// designFlood chooses the flood: the map's flood zones and the river nearest them, or
// the zones the flood model draws for the river whose rise threatens the most people.
func (b *builder) designFlood() (*floodSketch, error) {
	zones, areas := b.mapZones("flood")
	rivers := b.doc.Rivers()
	if b.opt.River != "" {
		if !slices.Contains(rivers, b.opt.River) {
			return nil, fmt.Errorf("--river: the map has no river or stream named %q; its rivers are: %s", b.opt.River, strings.Join(rivers, ", "))
		}
		rivers = []string{b.opt.River}
	}
	if len(rivers) == 0 {
		return nil, &Lack{Drill: Flood, What: say("a river"), Add: say("add the river that floods to the map with its name (waterway=river in OpenStreetMap, or a LineString of kind river)")}
	}
	if len(zones) > 0 {
		var all orb.MultiPolygon
		for _, a := range areas {
			all = append(all, a...)
		}
		river := b.opt.River
		if river == "" {
			river = b.floodingRiver(areas)
		}
		rise := b.opt.RiseM
		if rise <= 0 {
			rise = DefaultRiseM
			if r, ok, err := b.doc.RiseToFlood(river, all, floodedShare); err == nil && ok {
				rise = math.Ceil(max(r, 0.5)*10)/10 + 0.5
			}
		}
		b.note("flood: the map's flood zones %s, %s rising %.1f m", maps.ListSome(zones, len(zones)), river, rise)
		return &floodSketch{river: river, riseM: rise, zones: zones}, nil
	}
	rise := b.opt.RiseM
	if rise <= 0 {
		rise = DefaultRiseM
	}
	var best []mapedit.Feature
	bestRiver, bestPeople := "", 0.0
	for _, r := range rivers {
		zs, err := b.doc.FloodZones(r, rise)
		if err != nil {
			return nil, err
		}
		people := 0.0
		for _, z := range zs {
			people += z.Props["people"].(float64)
		}
		if people > bestPeople {
			best, bestRiver, bestPeople = zs, r, people
		}
	}
	if bestPeople == 0 {
		return nil, &Lack{Drill: Flood, What: say("houses a river's flood reaches"), Add: say("risen %g m, no river reaches a house: give a higher rise with --rise, or draw the flood zones with drillsim edit", rise)}
	}
	if len(best) > maxFloodZones {
		best = best[:maxFloodZones]
	}
	names := b.add(best...)
	people := 0.0
	for _, z := range best {
		people += z.Props["people"].(float64)
	}
	b.note("flood: %s risen %g m; its zones drawn by the flood model: %s (%.0f people); check them with drillsim edit", bestRiver, rise, maps.ListSome(names, len(names)), people)
	return &floodSketch{river: bestRiver, riseM: rise, zones: names}, nil
}

// floodedShare is the share of the houses of a map's flood zones a drill's flood
// reaches at its peak (half a metre above the rise that reaches them).
const floodedShare = 0.6

// floodingRiver is the named river (else stream) the zones lie along: the one nearest
// to them all, the sum of its distances from each zone's middle the least. The zones
// of a valley lie along its river, and a tributary passes by only some of them.
func (b *builder) floodingRiver(zones []orb.MultiPolygon) string {
	t := b.doc.Town()
	dist := map[string]float64{}
	var names []string
	for _, kind := range []maps.Kind{maps.KindRiver, maps.KindStream} {
		for _, w := range t.Waterways {
			if w.Kind != kind || w.Name == "" {
				continue
			}
			if !slices.Contains(names, w.Name) {
				names = append(names, w.Name)
			}
		}
		if len(names) > 0 {
			break
		}
	}
	for _, name := range names {
		for _, z := range zones {
			c := z.Bound().Center()
			near := math.Inf(1)
			for _, w := range t.Waterways {
				if w.Name == name {
					near = min(near, planar.DistanceFrom(w.Geom, c))
				}
			}
			dist[name] += near
		}
	}
	best := ""
	for _, name := range names {
		if best == "" || dist[name] < dist[best] {
			best = name
		}
	}
	return best
}

// designSlide chooses the landslide: the map's most threatening landslide zone, or the
// one the suggestions find above the most people.
func (b *builder) designSlide() (*slideSketch, error) {
	if zones, areas := b.mapZones("landslide"); len(zones) > 0 {
		b.note("landslide: the map's zone %s", zones[0])
		return &slideSketch{zone: zones[0], volumeM3: slideVolume(areas[0])}, nil
	}
	zs, err := b.doc.LandslideZones(0)
	if err != nil {
		return nil, err
	}
	if len(zs) == 0 {
		return nil, &Lack{Drill: Landslide, What: say("steep ground above houses"), Add: say("no slope of %d° or more stands above a house on the terrain: draw the landslide zone the town knows (地质灾害隐患点) with drillsim edit", mapedit.SteepSlopeDeg)}
	}
	name := b.add(zs[0])[0]
	b.note("landslide: the steep ground of %s drawn as its zone (%v people below it); check it with drillsim edit", name, zs[0].Props["people"])
	return &slideSketch{zone: name, volumeM3: slideVolume(zs[0].Area())}, nil
}

// slideVolume is the volume of a landslide of area: slideDepthM deep, within
// slideVolumeM3.
func slideVolume(area orb.MultiPolygon) float64 {
	v := planar.Area(area) * slideDepthM
	return math.Round(min(max(v, slideVolumeM3[0]), slideVolumeM3[1])/100) * 100
}

// designFire chooses the fire: the map's fire zone or the houses at the forest's edge
// the suggestions find, and where the fire starts in the forest above them.
func (b *builder) designFire() (*fireSketch, error) {
	t := b.doc.Town()
	if !slices.ContainsFunc(t.Landcover, func(l maps.Landcover) bool { return mapedit.Burnable(l.Fuel) }) {
		return nil, &Lack{Drill: Fire, What: say("forest"), Add: say("add the forest to the map (landuse=forest, natural=wood or scrub, or land cover of kind landcover with fuel forest)")}
	}
	name, area := "", orb.MultiPolygon(nil)
	if zones, areas := b.mapZones("fire"); len(zones) > 0 {
		name, area = zones[0], areas[0]
	} else {
		zs, err := b.doc.FireZones()
		if err != nil {
			return nil, err
		}
		if len(zs) == 0 {
			return nil, &Lack{Drill: Fire, What: say("houses at the forest's edge"), Add: say("no house stands within 100 m of the forest: draw the fire zone with drillsim edit")}
		}
		name, area = b.add(zs[0])[0], zs[0].Area()
		b.note("fire: the houses at the forest's edge drawn as %s (%v people); check it with drillsim edit", name, zs[0].Props["people"])
	}
	at, ok := b.ignition(area)
	if !ok {
		return nil, &Lack{Drill: Fire, What: say("forest near the houses of %s", name), Add: say("the fire starts in forest within 2 km of them: add the forest around the village to the map")}
	}
	c := area.Bound().Center()
	bearing := math.Mod(math.Atan2(at[0]-c[0], at[1]-c[1])*180/math.Pi+360, 360)
	lon, lat := t.Projection.ToLonLat(at[0], at[1])
	return &fireSketch{zone: name, ignite: orb.Point{math.Round(lon*1e5) / 1e5, math.Round(lat*1e5) / 1e5}, windFrom: math.Round(bearing)}, nil
}

// ignition is where a fire threatening area starts: the point in the forest nearest
// to ignitionM from the area's centre and outside it (searched on a 50 m grid within
// 2 km).
func (b *builder) ignition(area orb.MultiPolygon) (orb.Point, bool) {
	const ignitionM, step, reach = 600, 50, 2000
	c := area.Bound().Center()
	best, bestD := orb.Point{}, math.Inf(1)
	for y := -reach; y <= reach; y += step {
		for x := -reach; x <= reach; x += step {
			p := orb.Point{c[0] + float64(x), c[1] + float64(y)}
			d := math.Abs(math.Hypot(float64(x), float64(y)) - ignitionM)
			if d < bestD && !planar.MultiPolygonContains(area, p) && b.doc.InForest(p) {
				best, bestD = p, d
			}
		}
	}
	return best, !math.IsInf(bestD, 1)
}
