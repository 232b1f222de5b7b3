package scenarios

import (
	"encoding/json"
	"testing"
)

// TestMSELSourceGoesThroughJSON checks a scenario's injects_from comes back from the JSON
// it is sent to a seat in (and kept in a journal as), with and without a roles file.
func TestMSELSourceGoesThroughJSON(t *testing.T) {
	for _, want := range []MSELSource{{}, {Sheet: "msel.csv"}, {Sheet: "msel.xlsx", Roles: "roles.yaml"}} {
		data, err := json.Marshal(Scenario{InjectsFrom: want})
		if err != nil {
			t.Fatal(err)
		}
		var got Scenario
		if err := json.Unmarshal(data, &got); err != nil {
			t.Fatalf("%+v: %v (from %s)", want, err, data)
		}
		if got.InjectsFrom != want {
			t.Errorf("injects_from %+v came back as %+v", want, got.InjectsFrom)
		}
	}
}
