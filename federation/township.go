package federation

import (
	"fmt"
	"strconv"
	"strings"
)

// Township names one township's server in a county drill: the county drill's id and
// the township's, each a name of ASCII letters, digits, '-' and '_' (they make NATS
// subjects and stream names, which '.', '*', '>' and spaces would break).
type Township struct {
	Drill, Town string
}

// check says what is wrong with t's names, or nil.
func (t Township) check() error {
	for _, name := range []struct{ what, v string }{{"drill", t.Drill}, {"township", t.Town}} {
		if name.v == "" {
			return fmt.Errorf("the %s id is empty: name it with ASCII letters, digits, '-' or '_'", name.what)
		}
		if i := strings.IndexFunc(name.v, func(r rune) bool {
			return !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '-' || r == '_')
		}); i >= 0 {
			return fmt.Errorf("the %s id %q has %q at byte %d: name it with ASCII letters, digits, '-' or '_' only (pinyin for a Chinese name)", name.what, name.v, name.v[i:i+1], i)
		}
	}
	return nil
}

// journalSubject is the subject of the township's journal lines.
func (t Township) journalSubject() string {
	return "drill." + t.Drill + ".town." + t.Town + ".journal"
}

// journalStream is the name of the stream that holds the township's journal.
func (t Township) journalStream() string {
	return "JOURNAL_" + t.Drill + "_" + t.Town
}

// ownersBucket is the name of the bucket that says which server serves each township
// of the drill.
func (t Township) ownersBucket() string {
	return "OWNERS_" + t.Drill
}

// clockSubject is the subject of the county clock.
func (t Township) clockSubject() string { return "drill." + t.Drill + ".clock" }

// countyStream is the name of the stream that holds what the county says to its
// townships, in the order it said it: the county clock's last tick and every county
// order (each order its own subject, so that the stream keeps them all while it keeps
// only the clock's last tick).
func (t Township) countyStream() string { return "COUNTY_" + t.Drill }

// orderSubject is the subject of the county's order number n to the township.
func (t Township) orderSubject(n uint64) string {
	return "drill." + t.Drill + ".town." + t.Town + ".order." + strconv.FormatUint(n, 10)
}

// ordersSubject matches every county order to the township.
func (t Township) ordersSubject() string { return "drill." + t.Drill + ".town." + t.Town + ".order.*" }

// statusSubject is the subject of the township's status for the county command post.
func (t Township) statusSubject() string { return "drill." + t.Drill + ".town." + t.Town + ".status" }

// statusStream is the name of the stream that keeps each township's last status.
func (t Township) statusStream() string { return "STATUS_" + t.Drill }

// readySubject is the subject of the township's reports that it has stepped.
func (t Township) readySubject() string { return "drill." + t.Drill + ".town." + t.Town + ".ready" }
