package main

import (
	"path/filepath"
	"time"
)

// defaultJournalPath is where a drill of scenario id started at now is journaled.
func defaultJournalPath(id string, now time.Time) string {
	return filepath.Join("drills", id+"-"+now.Format("20060102-150405")+".journal")
}
