package scenarios

import "testing"

func TestParseRole(t *testing.T) {
	tests := []struct {
		in      string
		want    Role
		village string
		chinese string
	}{
		{"指挥部", RoleCommand, "", "指挥部"},
		{"command", RoleCommand, "", "指挥部"},
		{"导调", RoleController, "", "导调"},
		{"评估", RoleEvaluator, "", "评估"},
		{"村:玉兰村", "village:玉兰村", "玉兰村", "村:玉兰村"},
		{"村：玉兰村", "village:玉兰村", "玉兰村", "村:玉兰村"},
		{"village:银杏村", "village:银杏村", "银杏村", "村:银杏村"},
	}
	for _, tt := range tests {
		got, err := ParseRole(tt.in)
		if err != nil || got != tt.want || got.Village() != tt.village || got.Chinese() != tt.chinese {
			t.Errorf("ParseRole(%q) = %q (village %q, %q), %v", tt.in, got, got.Village(), got.Chinese(), err)
		}
	}
	for _, in := range []string{"", "村:", "镇长", "Command", "village:"} {
		if r, err := ParseRole(in); err == nil {
			t.Errorf("ParseRole(%q) = %q, want an error", in, r)
		}
	}
	if VillageRole("白鹿村") != "village:白鹿村" {
		t.Error("VillageRole")
	}
}

func TestRolePolicy(t *testing.T) {
	village := VillageRole("玉兰村")
	for _, tc := range []struct {
		role Role
		kind OrderKind
		may  bool
	}{
		{RoleCommand, OrderCloseRoad, true}, {RoleCommand, OrderInjectNow, false}, {"", OrderWarn, true},
		{village, OrderWarn, true}, {village, OrderOpenShelter, true}, {village, OrderCloseRoad, false},
		{village, OrderReleaseInfo, false}, {village, OrderPause, false},
		{RoleController, OrderSetHazard, true}, {RoleController, OrderSpeed, true}, {RoleController, OrderWarn, false},
		{RoleEvaluator, OrderReport, false}, {RoleEvaluator, OrderPause, false},
	} {
		if got := tc.role.MayGive(tc.kind); got != tc.may {
			t.Errorf("%s may give %s: %v, want %v", tc.role.Chinese(), tc.kind, got, tc.may)
		}
	}
	if !village.MayCommand("玉兰村") || village.MayCommand("银杏村") || village.MayCommand("") {
		t.Error("a village's cadres command their own village's units, and only those")
	}
	if !RoleCommand.MayCommand("玉兰村") || RoleController.MayCommand("") || RoleEvaluator.MayCommand("") {
		t.Error("the command post commands every unit, the controller and evaluators none")
	}
	if !village.MayActIn("玉兰村") || village.MayActIn("银杏村") || !RoleCommand.MayActIn("银杏村") || RoleEvaluator.MayActIn("银杏村") {
		t.Error("the command post acts anywhere, a village in its own village, an evaluator nowhere")
	}
	if !village.SeesUnit("玉兰村") || village.SeesUnit("") || !RoleController.SeesUnit("玉兰村") {
		t.Error("a village sees its own units only, the controller every unit")
	}
	if !village.SeesArea("玉兰村") || village.SeesArea("银杏村") || village.SeesArea("") || !RoleCommand.SeesArea("银杏村") || !RoleEvaluator.SeesArea("") {
		t.Error("a village sees its own area only, the command post and evaluators the whole town")
	}
	if !RoleEvaluator.Sees(village) || village.Sees(RoleCommand) || !village.Sees(village) {
		t.Error("evaluators see everyone's injects, a village its own")
	}
	if !RoleEvaluator.Observes() || RoleCommand.Observes() || !village.CommandsUnits() || RoleController.CommandsUnits() {
		t.Error("only evaluators observe; the command post and villages command units")
	}
}

// TestVillageCadresSeeTheirOwnRequirements checks which plan requirements of the flood
// a village's countdowns follow: warning and evacuating the threatened community and
// reports are its cadres' business, the command post's response level and dispatches
// are not, and a village the flood does not threaten has no warning to time.
func TestVillageCadresSeeTheirOwnRequirements(t *testing.T) {
	scn, err := LoadBuiltin("flood")
	if err != nil {
		t.Fatal(err)
	}
	plan, err := scn.ResolvePlan()
	if err != nil {
		t.Fatal(err)
	}
	places := NewPlaces(loadDefaultTown(t))
	byID := map[string]Requirement{}
	for _, r := range plan.Requirements {
		byID[r.ID] = r
	}
	for _, tc := range []struct {
		village, req string
		want         bool
	}{
		{"福宝社区", "R01", true},  // warn the threatened villages
		{"福宝社区", "R06", true},  // evacuate the threatened zones, which lie in the community
		{"福宝社区", "R02", true},  // the initial report
		{"福宝社区", "R04", false}, // activating the response is the command post's
		{"福宝社区", "R05", false}, // so is dispatching
		{"石龙村", "R01", false},  // the flood threatens no one there
		{"石龙村", "R02", true},
	} {
		if got := VillageRole(tc.village).SeesRequirement(byID[tc.req], scn, places); got != tc.want {
			t.Errorf("%s: requirement %s (%s) shown = %v, want %v", tc.village, tc.req, byID[tc.req].Title, got, tc.want)
		}
	}
	for _, r := range []Role{RoleCommand, RoleController, RoleEvaluator} {
		if !r.SeesRequirement(byID["R04"], scn, places) {
			t.Errorf("%s does not see requirement R04", r.Chinese())
		}
	}
}
