package journal

import (
	"runtime/debug"
	"testing"
)

func TestVersionOf(t *testing.T) {
	for _, tc := range []struct {
		info debug.BuildInfo
		want string
	}{
		{debug.BuildInfo{Main: debug.Module{Path: "drillsim", Version: "(devel)"}}, "drillsim (devel)"},
		{debug.BuildInfo{Main: debug.Module{Path: "drillsim", Version: "v1.2.0"}, Settings: []debug.BuildSetting{
			{Key: "vcs.revision", Value: "7f70fcc1234567890abcdef"}, {Key: "vcs.modified", Value: "true"}}}, "drillsim v1.2.0 7f70fcc12345+dirty"},
		{debug.BuildInfo{Settings: []debug.BuildSetting{{Key: "vcs.revision", Value: "abc"}, {Key: "vcs.modified", Value: "false"}}}, "drillsim abc"},
	} {
		if got := versionOf(&tc.info); got != tc.want {
			t.Errorf("versionOf(%+v) = %q, want %q", tc.info, got, tc.want)
		}
	}
	if ProgramVersion() == "" {
		t.Error("ProgramVersion is empty")
	}
}
