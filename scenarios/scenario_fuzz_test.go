package scenarios

import (
	"testing"
	"testing/fstest"
)

// FuzzParseScenario feeds arbitrary YAML to the scenario reader and, when it reads,
// to Validate: neither may panic, and a read scenario must validate or say why.
func FuzzParseScenario(f *testing.F) {
	for _, id := range builtinIDs() {
		data, err := library.ReadFile("library/" + id + ".yaml")
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Add([]byte(minimalScenario))
	town, err := defaultTown()
	if err != nil {
		f.Fatal(err)
	}
	plan, err := LoadPlan("fubao")
	if err != nil {
		f.Fatal(err)
	}
	files := fstest.MapFS{"msel.csv": {Data: []byte("时间,接收方,内容\n+1m,指挥部,测试\n")}}
	f.Fuzz(func(t *testing.T, data []byte) {
		s, err := parseScenario(data, "fuzz.yaml", files, ".")
		if err != nil {
			if err.Error() == "" {
				t.Error("an error with no message")
			}
			return
		}
		_ = s.Validate(town, plan)
	})
}
