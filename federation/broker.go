package federation

import (
	"fmt"
	"net/url"
	"time"

	natsserver "github.com/nats-io/nats-server/v2/server"
)

// BrokerConfig says how to run an embedded NATS server with JetStream.
type BrokerConfig struct {
	// Name is the server's name, unique in its cluster.
	Name string
	// Dir is where JetStream keeps its streams on disk.
	Dir string
	// Host and Port are where clients connect (Port -1: any free port).
	Host string
	Port int
	// Cluster, when not empty, is the name of the cluster the server forms with the
	// servers at Routes (nats-route://host:port), listening for them on ClusterPort.
	Cluster     string
	ClusterPort int
	Routes      []string
}

// Broker is a NATS server with JetStream running in this process.
type Broker struct {
	srv *natsserver.Server
}

// StartBroker starts an embedded NATS server and waits until it takes connections.
func StartBroker(cfg BrokerConfig) (*Broker, error) {
	opts := &natsserver.Options{
		ServerName: cfg.Name,
		Host:       cfg.Host,
		Port:       cfg.Port,
		JetStream:  true,
		StoreDir:   cfg.Dir,
		NoLog:      true,
		NoSigs:     true,
	}
	if cfg.Cluster != "" {
		opts.Cluster = natsserver.ClusterOpts{Name: cfg.Cluster, Host: cfg.Host, Port: cfg.ClusterPort}
		for _, r := range cfg.Routes {
			u, err := url.Parse(r)
			if err != nil {
				return nil, fmt.Errorf("broker %s: route %q: %w", cfg.Name, r, err)
			}
			opts.Routes = append(opts.Routes, u)
		}
	}
	srv, err := natsserver.NewServer(opts)
	if err != nil {
		return nil, fmt.Errorf("broker %s: %w", cfg.Name, err)
	}
	go srv.Start()
	if !srv.ReadyForConnections(10 * time.Second) {
		srv.Shutdown()
		return nil, fmt.Errorf("broker %s did not take connections within 10 s (is %s:%d free?)", cfg.Name, cfg.Host, cfg.Port)
	}
	return &Broker{srv: srv}, nil
}

// URL is where clients connect.
func (b *Broker) URL() string { return b.srv.ClientURL() }

// Close stops the server and waits until it has.
func (b *Broker) Close() {
	b.srv.Shutdown()
	b.srv.WaitForShutdown()
}
