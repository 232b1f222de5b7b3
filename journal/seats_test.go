package journal

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"drillsim/observation"
	"drillsim/scenarios"
)

// TestServedDrillJournalsWhoSentWhat journals a served drill's start (how its unjoined
// seats play), a seat's command and an evaluator's observation with their origins,
// and reads them back; a seats entry that names an unknown way of playing is damage.
func TestServedDrillJournalsWhoSentWhat(t *testing.T) {
	d := loadFlood(t)
	path := filepath.Join(t.TempDir(), "served.journal")
	rec, err := Start(path, newWorld(t, d))
	if err != nil {
		t.Fatal(err)
	}
	village := scenarios.VillageRole(d.Town.Villages[0].Name)
	if err := rec.Seats(Seats{Play: PlayReference, Roles: []scenarios.Role{village}}); err != nil {
		t.Fatal(err)
	}
	c := d.Commands[0]
	got, err := rec.ApplyFrom(c, &Origin{Seat: 3, ClientID: 7})
	if err != nil {
		t.Fatal(err)
	}
	obs := observation.Observation{Item: "E01", Rating: observation.RatingP, Evaluator: "甲"}
	if err := rec.ObserveFrom(obs, &Origin{Seat: 5, ClientID: 2}); err != nil {
		t.Fatal(err)
	}
	rec.Close()
	j, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	if s := j.Seats(); s == nil || s.Play != PlayReference || !slices.Equal(s.Roles, []scenarios.Role{village}) {
		t.Errorf("the journal says the unjoined seats play %+v", s)
	}
	want := []OriginOf{{Origin{Seat: 3, ClientID: 7}, got.Seq}, {Origin{Seat: 5, ClientID: 2}, 0}}
	if o := j.Origins(); !slices.Equal(o, want) {
		t.Errorf("origins %+v, want %+v", o, want)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	bad := filepath.Join(t.TempDir(), "bad.journal")
	lines := strings.SplitAfter(string(data), "\n")
	// An entry rewritten by hand breaks the chain; a well-chained one of an unknown
	// way of playing must be refused by its content: write it with the appender.
	rec2, err := Start(bad, newWorld(t, d))
	if err != nil {
		t.Fatal(err)
	}
	if err := rec2.out.append(&Entry{Kind: KindSeats, Seats: &Seats{Play: "robots"}, State: "0"}); err != nil {
		t.Fatal(err)
	}
	rec2.Close()
	if _, err := Open(bad); err == nil || !strings.Contains(err.Error(), "robots") {
		t.Errorf("a seats entry playing %q opened with %v", "robots", err)
	}
	if len(lines) != 5 {
		t.Errorf("the journal has %d lines, want header, seats, command, observation", len(lines)-1)
	}
}
