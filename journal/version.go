package journal

import (
	"runtime/debug"
	"strings"
)

// ProgramVersion names the program writing a journal: its module version and, when the
// binary was built from a version-controlled tree, the commit (with "+dirty" when the
// tree had changes). A replay that diverges names the versions involved.
func ProgramVersion() string {
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return "drillsim (unknown build)"
	}
	return versionOf(info)
}

// versionOf formats a build's version.
func versionOf(info *debug.BuildInfo) string {
	var b strings.Builder
	b.WriteString(info.Main.Path)
	if info.Main.Path == "" {
		b.WriteString("drillsim")
	}
	if info.Main.Version != "" {
		b.WriteString(" " + info.Main.Version)
	}
	var rev, modified string
	for _, s := range info.Settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value
		case "vcs.modified":
			modified = s.Value
		}
	}
	if rev != "" {
		b.WriteString(" " + rev[:min(len(rev), 12)])
		if modified == "true" {
			b.WriteString("+dirty")
		}
	}
	return b.String()
}
