package journal

import (
	"bytes"
	"testing"
)

// FuzzOpen feeds arbitrary bytes to the journal reader behind Open. Whatever the
// bytes, it must not panic; what it accepts as whole must read again, alone, as the
// same whole journal; and a torn tail must be exactly the bytes after it.
func FuzzOpen(f *testing.F) {
	f.Add([]byte(""))
	f.Add([]byte("{}\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		j, err := Read(bytes.NewReader(data), "fuzz.journal")
		if j == nil {
			t.Fatalf("Read returned no journal (error %v)", err)
		}
		if err != nil {
			return
		}
		if j.whole > int64(len(data)) || j.whole+int64(tornBytes(j)) != int64(len(data)) {
			t.Fatalf("whole part %d bytes and torn tail %d bytes, of %d", j.whole, tornBytes(j), len(data))
		}
		for i, e := range j.Entries {
			if e.N != i+1 {
				t.Fatalf("entry %d is numbered %d", i+1, e.N)
			}
		}
		again, err := Read(bytes.NewReader(data[:j.whole]), "fuzz.journal")
		if err != nil || again.Torn != nil || len(again.Entries) != len(j.Entries) || again.Head() != j.Head() {
			t.Fatalf("the whole part read alone: %v, torn %v, %d entries (want %d), head %s (want %s)", err, again.Torn, len(again.Entries), len(j.Entries), again.Head(), j.Head())
		}
	})
}
