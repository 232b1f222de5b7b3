package main

import (
	"fmt"

	"drillsim/journal"
	"drillsim/scenarios"
	"drillsim/sim"
)

// scenarioDirs are where `drillsim play` lists scenario files on its start screen,
// and where the scenario file of a journal is looked for.
var scenarioDirs = []string{".", "scenarios"}

// scenarioOfJournal names the scenario the drill journaled in j was started with, as
// loadDrill takes it: the built-in scenario of the header's id, or else the scenario
// file of the header's id and version (its hash) in scenarioDirs. The header records
// the scenario's id and hash but not its file, so a journal of a file kept elsewhere
// is refused, saying to name the file as namingIt shows.
func scenarioOfJournal(j *journal.Journal, namingIt string) (string, error) {
	id, hash := j.Header.Drill.Scenario, j.Header.Drill.ScenarioHash
	builtin, err := scenarios.LoadBuiltin(id)
	if err == nil && sim.ScenarioHash(builtin) == hash {
		return id, nil
	}
	var sameID []string
	for _, e := range scenarios.FindFiles(scenarioDirs...) {
		if e.ID != id {
			continue
		}
		if scn, err := scenarios.ReadScenario(e.Path); err == nil && sim.ScenarioHash(scn) == hash {
			return e.Path, nil
		}
		sameID = append(sameID, e.Path)
	}
	switch {
	case len(sameID) > 0:
		return "", fmt.Errorf("%w: %s", otherVersion(j, sameID[0]), namingIt)
	case builtin != nil:
		return id, nil // another version of the built-in: resuming it says so
	}
	return "", fmt.Errorf("%s journals scenario %s, which is not built in and is in no scenario file in this folder or scenarios/: name the file the drill was started with: %s",
		j.Name, id, namingIt)
}

// journaledDrill loads the drill journaled in j as loadDrill does (demPath is the
// terrain of a scenario's own map): the scenario named, when one is (a built-in id or
// a file), which must be the journal's, else the one scenarioOfJournal finds.
func journaledDrill(j *journal.Journal, named, demPath, namingIt string) (*drill, error) {
	name := named
	if name == "" {
		var err error
		if name, err = scenarioOfJournal(j, namingIt); err != nil {
			return nil, err
		}
	}
	d, err := loadDrill(name, "", demPath)
	if err != nil {
		return nil, err
	}
	id := j.Header.Drill.Scenario
	switch {
	case d.scn.ID != id && d.builtin:
		return nil, fmt.Errorf("%s journals scenario %s, not %s: name no scenario, or the one the drill was started with", j.Name, id, name)
	case d.scn.ID != id:
		return nil, fmt.Errorf("%s journals scenario %s, but %s is scenario %s: name the file the drill was started with", j.Name, id, name, d.scn.ID)
	case sim.ScenarioHash(d.scn) == j.Header.Drill.ScenarioHash:
		return d, nil
	case d.builtin:
		return nil, fmt.Errorf("%s journals another version of scenario %s than this drillsim has built in: open it with the drillsim that wrote it (%s)", j.Name, id, j.Header.Program)
	}
	return nil, otherVersion(j, name)
}

// otherVersion says that journal j is of another version of its scenario than the
// scenario file at path, and what to do.
func otherVersion(j *journal.Journal, path string) error {
	return fmt.Errorf("%s journals another version of scenario %s than the file %s: the file changed since the drill started, or the drill was started with it named another way (./, a full path: a scenario's version includes its file's name as given); name the file as the drill was started with it",
		j.Name, j.Header.Drill.Scenario, path)
}
