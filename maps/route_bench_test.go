package maps_test

import (
	"bytes"
	"encoding/json"
	"sync"
	"testing"
	"time"

	"drillsim/internal/realdata"
	"drillsim/maps"
	"drillsim/maps/mapgen"

	"gonum.org/v1/gonum/graph/path"
	"gonum.org/v1/gonum/graph/simple"
)

// routeNetwork is a road network the routing benchmarks run on.
type routeNetwork struct {
	name string
	load func(tb testing.TB) *maps.Network
}

// routeNetworks are the networks of the figures: the default town, the synthetic county
// (map generator scale 6) and the real OSM exports.
func routeNetworks() []routeNetwork {
	return []routeNetwork{
		{"fubao", func(tb testing.TB) *maps.Network { return mustTown(tb, maps.Default).Network }},
		{"county6", func(tb testing.TB) *maps.Network { return mustTown(tb, county).Network }},
		{"vienna", func(tb testing.TB) *maps.Network { return realTown(tb, "vienna-streets.geojson").Network }},
		{"andorra", func(tb testing.TB) *maps.Network { return realTown(tb, "andorra/andorra.geojson").Network }},
	}
}

func mustTown(tb testing.TB, load func() (*maps.Town, error)) *maps.Town {
	tb.Helper()
	t, err := load()
	if err != nil {
		tb.Fatal(err)
	}
	return t
}

// county generates and loads the synthetic county once per test binary.
var county = sync.OnceValues(func() (*maps.Town, error) {
	fc, dem, err := mapgen.Generate(mapgen.Options{Seed: 1, Scale: 6})
	if err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	if err := json.NewEncoder(&buf).Encode(fc); err != nil {
		return nil, err
	}
	return maps.Load(buf.Bytes(), maps.LoadOptions{Source: "county6", DEM: dem})
})

func realTown(tb testing.TB, name string) *maps.Town {
	tb.Helper()
	t, err := maps.LoadFile(realdata.Path(tb, name), maps.LoadOptions{})
	if err != nil {
		tb.Fatal(err)
	}
	return t
}

// BenchmarkRoute times point-to-point queries of Router.RouteInto against gonum's
// DijkstraFrom + To on the same graph, per network.
func BenchmarkRoute(b *testing.B) {
	for _, set := range routeNetworks() {
		b.Run(set.name, func(b *testing.B) {
			net := set.load(b)
			pairs := maps.RandomPairs(net, 1000, 42)
			g := net.Gonum(maps.Driver)
			r := maps.NewRouter(net)
			var p maps.Path
			for _, q := range pairs { // warm up: landmarks, heap and path storage
				r.RouteInto(&p, q[0], q[1], maps.Driver, nil)
			}
			b.ReportAllocs()
			b.ResetTimer()
			for range b.N {
				for _, q := range pairs {
					r.RouteInto(&p, q[0], q[1], maps.Driver, nil)
				}
			}
			b.StopTimer()
			ours := float64(b.Elapsed().Nanoseconds()) / float64(b.N*len(pairs))

			// The baseline, same run, on the first pairs (it is too slow for all 1000).
			const baselinePairs = 20
			start := time.Now()
			for _, q := range pairs[:baselinePairs] {
				path.DijkstraFrom(simple.Node(q[0]), g).To(int64(q[1]))
			}
			theirs := float64(time.Since(start).Nanoseconds()) / baselinePairs
			b.ReportMetric(ours, "ns/query")
			b.ReportMetric(1e9/ours, "queries/s")
			b.ReportMetric(theirs, "gonum_ns/query")
			b.ReportMetric(theirs/ours, "x_vs_gonum")
			b.ReportMetric(0, "ns/op")
		})
	}
}

// BenchmarkTree times a one-to-all tree from one source against gonum's DijkstraFrom.
func BenchmarkTree(b *testing.B) {
	for _, set := range routeNetworks() {
		b.Run(set.name, func(b *testing.B) {
			net := set.load(b)
			sources := maps.RandomPairs(net, 16, 9)
			g := net.Gonum(maps.Walker)
			r := maps.NewRouter(net)
			var tree maps.Tree
			r.TreeInto(&tree, sources[0][:1], maps.Walker, nil, false) // warm up the storage
			b.ReportAllocs()
			b.ResetTimer()
			for i := range b.N {
				if err := r.TreeInto(&tree, sources[i%len(sources)][:1], maps.Walker, nil, false); err != nil {
					b.Fatal(err)
				}
			}
			b.StopTimer()
			ours := float64(b.Elapsed().Nanoseconds()) / float64(b.N)
			start := time.Now()
			for _, s := range sources[:4] {
				path.DijkstraFrom(simple.Node(s[0]), g)
			}
			theirs := float64(time.Since(start).Nanoseconds()) / 4
			b.ReportMetric(theirs, "gonum_ns/tree")
			b.ReportMetric(theirs/ours, "x_vs_gonum")
		})
	}
}
