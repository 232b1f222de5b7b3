package scenarios

import "testing"

func TestOrderKindsAndTasks(t *testing.T) {
	controller := 0
	for _, k := range OrderKinds() {
		if !k.Valid() {
			t.Errorf("%q is listed but not Valid", k)
		}
		if k.ControllerOnly() {
			controller++
		}
		if s, _ := k.Spec(); s.Chinese == "" || s.English == "" {
			t.Errorf("order %q is not named in both languages", k)
		}
	}
	if controller != 4 {
		t.Errorf("%d controller orders, want pause, speed, inject_now, set_hazard", controller)
	}
	for _, task := range Tasks() {
		if !task.Valid() {
			t.Errorf("task %q not Valid", task)
		}
	}
	if OrderKind("evacuate_all").Valid() || Task("fly").Valid() {
		t.Error("unknown names must not be Valid")
	}
}
