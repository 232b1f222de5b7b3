package maps

import (
	"github.com/paulmach/orb"
	"github.com/paulmach/orb/planar"
)

// finish derives what the typed features imply: which village each building is in,
// village and hazard-zone populations, the road network, the index and the terrain,
// and the map-wide problems a drill designer must know about.
func finish(t *Town, opt LoadOptions) {
	t.Index = buildIndex(t)
	estimateShelterCapacities(t)
	assignVillages(t)
	countHazardPeople(t)
	t.Places = NewPlaces(t)
	warnDuplicateNames(t)
	if len(t.Roads) == 0 {
		t.Problems.add(Error, WholeMap, "add the roads (highway=* or kind road LineStrings): people and units move on them", "the map has no roads")
	}
	net, ps := BuildNetwork(t.Roads)
	t.Network = net
	t.Problems = append(t.Problems, ps...)
	if len(t.Buildings) == 0 {
		t.Problems.add(Warning, WholeMap, "add buildings (building=* or kind building) so that drills have residents to warn", "the map has no buildings: nobody lives here")
	}
	if len(t.Shelters) == 0 {
		t.Problems.add(Warning, WholeMap, "add shelters (kind shelter, or schools, community centres, sports halls, emergency=assembly_point) with capacity", "the map has no shelters: evacuees have nowhere to go")
	}
	attachDEM(t, opt.DEM)
	warnFarShelters(t)
}

// assignVillages puts each building in a village: the one its `village` property names,
// else the one its centroid lies in (VillageAt). Village populations left blank in
// the file become the sum over their buildings.
func assignVillages(t *Town) {
	if len(t.Villages) == 0 {
		return
	}
	byName := make(map[string]int, len(t.Villages))
	for i, v := range t.Villages {
		if _, dup := byName[v.Name]; !dup && v.Name != "" {
			byName[v.Name] = i
		}
	}
	for i := range t.Villages {
		t.Villages[i].areaM2 = planar.Area(t.Villages[i].Area)
	}
	var hits []Hit
	unknown := map[string]int{}
	var unknownOrder []string
	for i := range t.Buildings {
		b := &t.Buildings[i]
		if b.villageTag != "" {
			if vi, ok := byName[b.villageTag]; ok {
				b.Village = vi
				continue
			}
			if unknown[b.villageTag] == 0 {
				unknownOrder = append(unknownOrder, b.villageTag)
			}
			unknown[b.villageTag]++
		}
		b.Village, hits = t.villageAt(b.Centroid, hits)
	}
	for _, name := range unknownOrder {
		t.Problems.add(Warning, WholeMap, "name a village feature exactly so, or fix the buildings' village property",
			"%d buildings name village %q, which is not on the map; placed by their location instead", unknown[name], name)
	}
	sums := make([]int, len(t.Villages))
	for _, b := range t.Buildings {
		if b.Village >= 0 {
			sums[b.Village] += b.Population
		}
	}
	for i := range t.Villages {
		if t.Villages[i].Population == 0 {
			t.Villages[i].Population = sums[i]
		}
	}
}

// countHazardPeople fills in the households and people a hazard zone threatens from the
// buildings inside it (Threatened) when the file does not say.
func countHazardPeople(t *Town) {
	for i := range t.HazardZones {
		z := &t.HazardZones[i]
		if z.People > 0 {
			continue
		}
		households, people := t.Threatened(z.Area)
		if z.Households == 0 {
			z.Households = households
		}
		z.People = people
	}
}

// attachDEM checks that the terrain covers the map and attaches it.
func attachDEM(t *Town, dem *DEM) {
	if dem == nil {
		t.Problems.add(Warning, WholeMap, "give a DEM (ESRI ASCII grid) with --dem", "no terrain (DEM): floods, landslide runout and fire spread by slope cannot be simulated on this map")
		return
	}
	if dem.CRS == nil {
		t.Problems.add(Error, WholeMap, "name its coordinate system with --dem-crs (for example utm:48n or cgcs2000:gk3:105)",
			"the DEM %s is in projected coordinates and its system is unknown", dem.Source)
		return
	}
	cover := t.demCoverage(dem)
	switch {
	case cover < 0.95:
		t.Problems.add(Error, WholeMap, "use a DEM that covers the whole map (its bounds are printed by check)",
			"the DEM %s covers %.0f%% of the roads and buildings", dem.Source, cover*100)
		return
	case cover < 0.999:
		t.Problems.add(Warning, WholeMap, "heights at the map's edge are missing; a larger DEM avoids that",
			"the DEM %s covers %.1f%% of the roads and buildings", dem.Source, cover*100)
	}
	if dem.Voids > 0 {
		t.Problems.add(Warning, WholeMap, "voids are filled from their neighbours; check the heights there",
			"the DEM %s has %d void cells", dem.Source, dem.Voids)
		dem.FillVoids()
	}
	t.DEM = dem
}

// demCoverage is the share of the places drills act on (road vertices, buildings,
// shelters, stations, depots, loudspeakers) that lie on the DEM.
func (t *Town) demCoverage(dem *DEM) float64 {
	b := dem.Bound()
	on, all := 0, 0
	check := func(p orb.Point) {
		lon, lat := t.Projection.ToLonLat(p[0], p[1])
		x, y := dem.CRS.FromLonLat(lon, lat)
		all++
		if b.Contains(orb.Point{x, y}) {
			on++
		}
	}
	for _, r := range t.Roads {
		for _, p := range r.Line {
			check(p)
		}
	}
	for _, b := range t.Buildings {
		check(b.Centroid)
	}
	for _, s := range t.Shelters {
		check(s.Location)
	}
	for _, s := range t.Stations {
		check(s.Location)
	}
	for _, d := range t.Depots {
		check(d.Location)
	}
	for _, l := range t.Loudspeakers {
		check(l.Location)
	}
	if all == 0 { // nothing placed yet: how much of the map's box the DEM covers
		lon0, lat0 := t.Projection.ToLonLat(t.Bounds.Min[0], t.Bounds.Min[1])
		lon1, lat1 := t.Projection.ToLonLat(t.Bounds.Max[0], t.Bounds.Max[1])
		x0, y0 := dem.CRS.FromLonLat(lon0, lat0)
		x1, y1 := dem.CRS.FromLonLat(lon1, lat1)
		return dem.Covers(orb.Bound{Min: orb.Point{min(x0, x1), min(y0, y1)}, Max: orb.Point{max(x0, x1), max(y0, y1)}})
	}
	return float64(on) / float64(all)
}
