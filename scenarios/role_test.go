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
