package scenarios

import (
	"os"
	"path/filepath"
	"slices"
	"testing"
)

func TestFindFilesListsOnlyScenarios(t *testing.T) {
	dir := t.TempDir()
	sub := filepath.Join(dir, "scenarios")
	if err := os.Mkdir(sub, 0o755); err != nil {
		t.Fatal(err)
	}
	flood, err := library.ReadFile("library/flood.yaml")
	if err != nil {
		t.Fatal(err)
	}
	orders, _ := library.ReadFile("library/flood.orders.yaml")
	plan, _ := library.ReadFile("library/plans/fubao.yaml")
	for name, content := range map[string][]byte{
		"b-flood.yaml":                       flood,
		"a-flood.yml":                        flood,
		"flood.orders.yaml":                  orders,
		"fubao.yaml":                         plan,
		"broken.yaml":                        []byte("id: broken\nduration: [\n"),
		"no-id.yaml":                         []byte("title: 无编号\n"),
		"notes.txt":                          flood,
		filepath.Join("scenarios", "c.yaml"): flood,
	} {
		if err := os.WriteFile(filepath.Join(dir, name), content, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	t.Chdir(dir)
	var paths []string
	for _, e := range FindFiles(".", "scenarios", "nosuch") {
		paths = append(paths, e.Path)
		if e.ID != "flood" || e.Title == "" || e.Duration <= 0 || e.Name() != e.Path {
			t.Errorf("entry %+v: want the flood's id, title and duration, named by its path", e)
		}
	}
	if want := []string{"a-flood.yml", "b-flood.yaml", filepath.Join("scenarios", "c.yaml")}; !slices.Equal(paths, want) {
		t.Errorf("FindFiles found %v, want %v: the scenarios only, in name order, dir by dir", paths, want)
	}
}

func TestEntryNameLoadsIt(t *testing.T) {
	for _, e := range Library() {
		if e.Path != "" || e.Name() != e.ID {
			t.Errorf("built-in entry %+v: Name %q, want its id and no path", e, e.Name())
		}
	}
}
