package federation

import (
	"fmt"
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

// clockStream is the name of the stream that holds the county clock's last tick.
func (t Township) clockStream() string { return "CLOCK_" + t.Drill }

// readySubject is the subject of the township's reports that it has stepped.
func (t Township) readySubject() string { return "drill." + t.Drill + ".town." + t.Town + ".ready" }
