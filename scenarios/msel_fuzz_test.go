package scenarios

import (
	"strings"
	"testing"
)

// FuzzParseMSELCSV feeds arbitrary bytes to the CSV MSEL reader, which must not panic
// and must give every inject it accepts a time, a recipient and a text.
func FuzzParseMSELCSV(f *testing.F) {
	data, err := library.ReadFile("library/tabletop.msel.csv")
	if err != nil {
		f.Fatal(err)
	}
	f.Add(data)
	var b strings.Builder
	for _, r := range mselRows {
		b.WriteString(strings.Join(r, ",") + "\n")
	}
	f.Add([]byte(b.String()))
	f.Add([]byte(hseepCSV))
	f.Add([]byte(playerCSV))
	f.Fuzz(func(t *testing.T, data []byte) {
		sheet, err := parseMSEL(data, "fuzz.csv", mselStart, MSELOptions{Roles: map[string]Role{"SRE": RoleCommand}})
		if err != nil {
			return
		}
		if len(sheet.origins) != len(sheet.Injects) {
			t.Fatalf("%d origins for %d injects", len(sheet.origins), len(sheet.Injects))
		}
		for _, in := range sheet.Injects {
			if in.At == nil || in.To == "" || in.Text == "" || in.ID == "" {
				t.Errorf("accepted an incomplete inject %+v", in)
			}
		}
	})
}
