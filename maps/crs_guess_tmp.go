package maps

import (
	"encoding/json"

	"github.com/paulmach/orb"
)

// TEMPORARY until the CRS work merges.
func GuessProjected(b orb.Bound) string { return "" }

// TEMPORARY until the CRS work merges.
func ParseCRSMember(raw json.RawMessage) string { return "" }

// TEMPORARY
func (d *DEM) Covers(b orb.Bound) float64 { return 1 }

// TEMPORARY
func (d *DEM) FillVoids() int { return 0 }

// TEMPORARY
func (d *DEM) MinMax() (float64, float64) { return 0, 0 }

// TEMPORARY
func (n *Network) summarize(ns *NetworkSummary) {}
