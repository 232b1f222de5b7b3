package maps

import (
	"math"

	"github.com/paulmach/orb/planar"
)

// Summary is what `drillsim check` tells about a town: what it holds, who lives there,
// how the roads hang together, where people can go, what threatens them, and the
// problems found. It marshals to JSON for scripts.
type Summary struct {
	Name         string        `json:"name"`
	Source       string        `json:"source"`
	Illustrative bool          `json:"illustrative"`
	Bounds       BoundsSummary `json:"bounds"`
	// Features counts the features of each kind by the kind's name.
	Features            map[string]int   `json:"features"`
	Residents           int              `json:"residents"`
	Vulnerable          int              `json:"vulnerable"`
	EstimatedBuildings  int              `json:"estimated_buildings"`
	Villages            []VillageSummary `json:"villages"`
	Roads               NetworkSummary   `json:"roads"`
	Shelters            int              `json:"shelters"`
	ShelterCapacity     int              `json:"shelter_capacity"`
	Depots              []Depot          `json:"-"`
	DepotNames          []string         `json:"depots"`
	Stations            []StationSummary `json:"stations"`
	HazardZones         []HazardSummary  `json:"hazard_zones"`
	ThreatenedPeople    int              `json:"threatened_people"`
	Loudspeakers        int              `json:"loudspeakers"`
	LoudspeakerCoverage float64          `json:"loudspeaker_coverage"` // share of residents within earshot
	DEM                 *DEMSummary      `json:"dem"`
	Errors              int              `json:"errors"`
	Warnings            int              `json:"warnings"`
	Problems            Problems         `json:"problems"`
}

// BoundsSummary is the town's extent in WGS84 degrees and its size in kilometres.
type BoundsSummary struct {
	West, South, East, North float64
	WidthKm, HeightKm        float64
}

// VillageSummary is one village's line in the summary.
type VillageSummary struct {
	Name       string `json:"name"`
	Population int    `json:"population"`
	Buildings  int    `json:"buildings"`
	Community  bool   `json:"community,omitempty"`
	// Origin says where the village's area came from (VillageOrigin).
	Origin string `json:"origin"`
}

// NetworkSummary describes the road network.
type NetworkSummary struct {
	Lines      int     `json:"lines"`
	Nodes      int     `json:"nodes"`
	Edges      int     `json:"edges"`
	LengthKm   float64 `json:"length_km"`
	Bridges    int     `json:"bridges"`
	Components int     `json:"components"`
	// MainShare is the share of edges in the largest connected component.
	MainShare float64 `json:"main_share"`
}

// StationSummary is one responder base.
type StationSummary struct {
	Name  string     `json:"name"`
	Type  string     `json:"type"`
	Units []Quantity `json:"units,omitempty"`
}

// HazardSummary is one hazard zone and who it threatens.
type HazardSummary struct {
	Name       string `json:"name"`
	Hazard     string `json:"hazard"`
	Households int    `json:"households"`
	People     int    `json:"people"`
}

// DEMSummary describes the terrain grid.
type DEMSummary struct {
	Source   string  `json:"source"`
	Cols     int     `json:"cols"`
	Rows     int     `json:"rows"`
	CRS      string  `json:"crs"`
	CellM    float64 `json:"cell_m"`
	MinM     float64 `json:"min_m"`
	MaxM     float64 `json:"max_m"`
	Coverage float64 `json:"coverage"`
	Voids    int     `json:"voids"`
}

// Summarize gathers the Summary of a loaded town.
func (t *Town) Summarize() Summary {
	s := Summary{Name: t.Name, Source: t.Source, Illustrative: t.Illustrative, Features: map[string]int{}, Problems: t.Problems}
	w, so := t.Projection.ToLonLat(t.Bounds.Min[0], t.Bounds.Min[1])
	e, n := t.Projection.ToLonLat(t.Bounds.Max[0], t.Bounds.Max[1])
	s.Bounds = BoundsSummary{West: w, South: so, East: e, North: n,
		WidthKm: (t.Bounds.Max[0] - t.Bounds.Min[0]) / 1000, HeightKm: (t.Bounds.Max[1] - t.Bounds.Min[1]) / 1000}
	count := func(k Kind, n int) {
		if n > 0 {
			s.Features[k.String()] += n
		}
	}
	count(KindRoad, len(t.Roads))
	for _, w := range t.Waterways {
		count(w.Kind, 1)
	}
	count(KindBuilding, len(t.Buildings))
	count(KindVillage, len(t.Villages))
	count(KindShelter, len(t.Shelters))
	count(KindDepot, len(t.Depots))
	count(KindStation, len(t.Stations))
	count(KindHazardZone, len(t.HazardZones))
	count(KindLandcover, len(t.Landcover))
	count(KindLoudspeaker, len(t.Loudspeakers))
	count(Background, len(t.Background))

	perVillage := make([]int, len(t.Villages))
	covered := 0
	var hits []Hit
	for _, b := range t.Buildings {
		s.Residents += b.Population
		s.Vulnerable += b.Vulnerable
		if b.Estimated {
			s.EstimatedBuildings++
		}
		if b.Village >= 0 {
			perVillage[b.Village]++
		}
		if b.Population > 0 && len(t.Loudspeakers) > 0 {
			hits = t.Index.Within(b.Centroid, t.maxLoudspeakerRadius(), hits[:0], KindLoudspeaker)
			for _, h := range hits {
				if h.DistM <= t.Loudspeakers[h.Index].RadiusM {
					covered += b.Population
					break
				}
			}
		}
	}
	if s.Residents > 0 {
		s.LoudspeakerCoverage = float64(covered) / float64(s.Residents)
	}
	for i, v := range t.Villages {
		name := v.Name
		if name == "" {
			name = v.Ref.ID // an unnamed boundary, named in orders by its id
		}
		s.Villages = append(s.Villages, VillageSummary{Name: name, Population: v.Population, Buildings: perVillage[i], Community: v.Community, Origin: v.Origin.String()})
	}
	s.Roads = t.networkSummary()
	for _, sh := range t.Shelters {
		s.Shelters++
		s.ShelterCapacity += sh.Capacity
	}
	for _, d := range t.Depots {
		s.DepotNames = append(s.DepotNames, d.Name)
	}
	s.Depots = t.Depots
	for _, st := range t.Stations {
		s.Stations = append(s.Stations, StationSummary{Name: st.Name, Type: st.Type, Units: st.Units})
	}
	for _, z := range t.HazardZones {
		s.HazardZones = append(s.HazardZones, HazardSummary{Name: z.Name, Hazard: z.Hazard, Households: z.Households, People: z.People})
		s.ThreatenedPeople += z.People
	}
	s.Loudspeakers = len(t.Loudspeakers)
	if t.DEM != nil {
		s.DEM = t.demSummary()
	}
	for _, p := range t.Problems {
		if p.Severity == Error {
			s.Errors++
		} else {
			s.Warnings++
		}
	}
	return s
}

func (t *Town) maxLoudspeakerRadius() float64 {
	r := 0.0
	for _, l := range t.Loudspeakers {
		r = math.Max(r, l.RadiusM)
	}
	return r
}

func (t *Town) demSummary() *DEMSummary {
	d := t.DEM
	lo, hi, _ := d.MinMax()
	cellM := d.Cell
	if d.CRS.Name() == WGS84.Name() {
		// Metres along a parallel at the grid's middle latitude.
		lat := (d.Y0 + float64(d.Rows-1)*d.Cell/2) * math.Pi / 180
		cellM = d.Cell * math.Pi / 180 * wgs84A * math.Cos(lat)
	}
	cover := t.demCoverage(d)
	return &DEMSummary{Source: d.Source, Cols: d.Cols, Rows: d.Rows, CRS: d.CRS.Name(), CellM: cellM, MinM: lo, MaxM: hi, Coverage: cover, Voids: d.Voids}
}

func (t *Town) networkSummary() NetworkSummary {
	ns := NetworkSummary{Lines: len(t.Roads)}
	for _, r := range t.Roads {
		ns.LengthKm += planar.Length(r.Line) / 1000
		if r.Bridge {
			ns.Bridges++
		}
	}
	t.Network.summarize(&ns)
	return ns
}
