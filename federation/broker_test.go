package federation

import (
	"context"
	"fmt"
	"net"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
)

// startBroker starts a broker of one server for a test and returns a JetStream client
// of it; the test's end stops both.
func startBroker(tb testing.TB) (*Broker, jetstream.JetStream) {
	tb.Helper()
	b, err := StartBroker(BrokerConfig{Name: "county", Dir: tb.TempDir(), Host: "127.0.0.1", Port: -1})
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(b.Close)
	return b, connect(tb, b.URL())
}

// startCluster starts a cluster of n brokers on loopback for a test and returns a
// JetStream client of its first server.
func startCluster(tb testing.TB, n int) jetstream.JetStream {
	tb.Helper()
	dir := tb.TempDir()
	ports := freePorts(tb, n)
	var routes []string
	for _, p := range ports {
		routes = append(routes, fmt.Sprintf("nats-route://127.0.0.1:%d", p))
	}
	var first *Broker
	for i := range n {
		b, err := StartBroker(BrokerConfig{Name: fmt.Sprintf("county-%d", i+1), Dir: filepath.Join(dir, fmt.Sprint(i+1)),
			Host: "127.0.0.1", Port: -1, Cluster: "county", ClusterPort: ports[i], Routes: routes})
		if err != nil {
			tb.Fatal(err)
		}
		tb.Cleanup(b.Close)
		if first == nil {
			first = b
		}
	}
	return connect(tb, first.URL())
}

// freePorts returns n loopback ports free a moment ago.
func freePorts(tb testing.TB, n int) []int {
	var ports []int
	for range n {
		ln, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			tb.Fatal(err)
		}
		defer ln.Close()
		ports = append(ports, ln.Addr().(*net.TCPAddr).Port)
	}
	return ports
}

// connect connects to the broker at url for a test.
func connect(tb testing.TB, url string) jetstream.JetStream {
	tb.Helper()
	nc, err := nats.Connect(url, nats.Timeout(5*time.Second))
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(nc.Close)
	js, err := jetstream.New(nc)
	if err != nil {
		tb.Fatal(err)
	}
	return js
}

// waitReplica makes the journal stream of t with the given replicas, waiting until the
// cluster has elected its leaders: a cluster that just formed takes a few seconds, and
// on a busy machine far longer.
func waitReplica(tb testing.TB, js jetstream.JetStream, t Township, replicas int) *Replica {
	tb.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	for {
		try, cancelTry := context.WithTimeout(ctx, 10*time.Second)
		r, err := NewReplica(try, js, t, ReplicaConfig{Replicas: replicas})
		cancelTry()
		if err == nil {
			return r
		}
		if ctx.Err() != nil {
			tb.Fatal(err)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// quantileMs is the p-quantile of ts (sorted in place), in milliseconds.
func quantileMs(ts []time.Duration, p float64) float64 {
	slices.Sort(ts)
	return float64(ts[int(p*float64(len(ts)-1))].Microseconds()) / 1000
}
