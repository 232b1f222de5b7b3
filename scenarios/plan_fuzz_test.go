package scenarios

import "testing"

// FuzzParsePlan feeds arbitrary YAML to the plan reader, which must not panic and
// must return either a plan with an id or an error with a message.
func FuzzParsePlan(f *testing.F) {
	data, err := library.ReadFile("library/plans/fubao.yaml")
	if err != nil {
		f.Fatal(err)
	}
	f.Add(data)
	f.Add([]byte(planWith(goodRequirement, "")))
	f.Fuzz(func(t *testing.T, data []byte) {
		p, err := ParsePlan(data, "fuzz.yaml")
		switch {
		case err != nil && err.Error() == "":
			t.Error("an error with no message")
		case err == nil && p.ID == "":
			t.Error("a plan without an id was accepted")
		case err == nil:
			_ = p.RequirementsAt(LevelI)
		}
	})
}
