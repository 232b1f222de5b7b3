package scenarios

import (
	"os"
	"path/filepath"
)

// FindFiles lists the scenario files in dirs, each dir's in name order: the *.yaml
// and *.yml files whose content parses as a scenario with an id. Order files, plans
// and anything else that does not parse are left out, and so is a dir that cannot be
// read. Each entry's Path is the dir joined with the file's name ("scenarios/x.yaml",
// and "x.yaml" in "."), as ReadScenario takes it.
func FindFiles(dirs ...string) []Entry {
	var entries []Entry
	for _, dir := range dirs {
		files, err := os.ReadDir(dir)
		if err != nil {
			continue
		}
		for _, f := range files {
			if f.IsDir() || !isYAMLName(f.Name()) {
				continue
			}
			p := filepath.Join(dir, f.Name())
			s, err := ReadScenario(p)
			if err != nil || s.ID == "" {
				continue
			}
			e := s.entry()
			e.Path = p
			entries = append(entries, e)
		}
	}
	return entries
}
