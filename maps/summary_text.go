package maps

import (
	"fmt"
	"io"
	"strings"
)

// WriteText prints the summary for people: Chinese labels first, English after, then
// every problem on its own line (errors first), as say says it.
func (s Summary) WriteText(w io.Writer, say func(Problem) string) error {
	var b strings.Builder
	title := s.Name
	if s.Illustrative {
		title += "  【示意 illustrative: generated, not a survey】"
	}
	fmt.Fprintf(&b, "地图 map: %s\n来源 source: %s\n", title, s.Source)
	fmt.Fprintf(&b, "范围 extent: %.5f,%.5f – %.5f,%.5f (%.1f × %.1f km)\n", s.Bounds.West, s.Bounds.South, s.Bounds.East, s.Bounds.North, s.Bounds.WidthKm, s.Bounds.HeightKm)
	b.WriteString("要素 features:")
	for _, k := range Kinds() {
		if n := s.Features[k.String()]; n > 0 {
			fmt.Fprintf(&b, " %s %d,", k, n)
		}
	}
	b.WriteString("\n")
	fmt.Fprintf(&b, "居民 residents: %d (脆弱人群 vulnerable %d, %.0f%%); %d buildings estimated from footprint\n",
		s.Residents, s.Vulnerable, percent(s.Vulnerable, s.Residents), s.EstimatedBuildings)
	fmt.Fprintf(&b, "村/社区 villages: %d\n", len(s.Villages))
	for _, v := range s.Villages {
		fmt.Fprintf(&b, "  %s 人口 %6d  建筑 %5d", padWidth(v.Name, 14), v.Population, v.Buildings)
		if v.Origin != VillageMapped.String() {
			b.WriteString("  (" + v.Origin + ")")
		}
		b.WriteString("\n")
	}
	r := s.Roads
	fmt.Fprintf(&b, "道路 roads: %d lines, %.1f km, %d bridges; network %d nodes, %d edges, %d component(s), main %.1f%% of edges\n",
		r.Lines, r.LengthKm, r.Bridges, r.Nodes, r.Edges, r.Components, r.MainShare*100)
	fmt.Fprintf(&b, "避难场所 shelters: %d, capacity %d\n", s.Shelters, s.ShelterCapacity)
	for _, d := range s.Depots {
		fmt.Fprintf(&b, "物资库 depot: %s:", d.Name)
		for _, q := range d.Stock {
			fmt.Fprintf(&b, " %s %d", q.Item, q.Count)
		}
		b.WriteString("\n")
	}
	for _, st := range s.Stations {
		fmt.Fprintf(&b, "站点 station: %s (%s)", st.Name, st.Type)
		for _, q := range st.Units {
			fmt.Fprintf(&b, " %s×%d", q.Item, q.Count)
		}
		b.WriteString("\n")
	}
	fmt.Fprintf(&b, "隐患点 hazard zones: %d, threatening %d people\n", len(s.HazardZones), s.ThreatenedPeople)
	for _, z := range s.HazardZones {
		fmt.Fprintf(&b, "  %s [%s] %d households, %d people\n", z.Name, z.Hazard, z.Households, z.People)
	}
	fmt.Fprintf(&b, "大喇叭 loudspeakers: %d, covering %.0f%% of residents\n", s.Loudspeakers, s.LoudspeakerCoverage*100)
	if d := s.DEM; d != nil {
		fmt.Fprintf(&b, "地形 DEM: %s, %d × %d cells of %.1f m (%s), %.0f–%.0f m, covers %.1f%% of the roads and buildings, %d voids\n",
			d.Source, d.Cols, d.Rows, d.CellM, d.CRS, d.MinM, d.MaxM, d.Coverage*100, d.Voids)
	} else {
		b.WriteString("地形 DEM: none — terrain missing\n")
	}
	fmt.Fprintf(&b, "问题 problems: %d error(s), %d warning(s)\n", s.Errors, s.Warnings)
	for _, sev := range []Severity{Error, Warning} {
		for _, p := range s.Problems {
			if p.Severity == sev {
				b.WriteString("  " + say(p) + "\n")
			}
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func percent(part, whole int) float64 {
	if whole == 0 {
		return 0
	}
	return 100 * float64(part) / float64(whole)
}

// padWidth pads s with spaces to w terminal columns, counting East Asian wide
// characters (Chinese) as two columns.
func padWidth(s string, w int) string {
	n := 0
	for _, r := range s {
		n++
		if r >= 0x1100 && (r <= 0x115f || r >= 0x2e80 && r <= 0xa4cf || r >= 0xac00 && r <= 0xd7a3 || r >= 0xf900 && r <= 0xfaff || r >= 0xfe30 && r <= 0xfe4f || r >= 0xff00 && r <= 0xff60 || r >= 0xffe0 && r <= 0xffe6) {
			n++
		}
	}
	if n >= w {
		return s
	}
	return s + strings.Repeat(" ", w-n)
}
