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
