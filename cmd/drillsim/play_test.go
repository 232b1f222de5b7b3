package main

import (
	"strings"
	"testing"
)

// The window itself is tested in package ui; these are the command line's refusals,
// which come before any window opens.
func TestPlayRefusesABadCommandLine(t *testing.T) {
	for _, tc := range []struct {
		args []string
		code int
		want string
	}{
		{[]string{"play", "--role", "村长"}, 2, "unknown role \"村长\""},
		{[]string{"play", "--role", "村:不存在村"}, 2, "no village \"不存在村\": its villages are"},
		{[]string{"play", "--lang", "fr"}, 2, "write zh or en"},
		{[]string{"play", "flood", "fire"}, 2, "one scenario at a time"},
		{[]string{"play", "nosuch"}, 1, "no built-in scenario \"nosuch\""},
	} {
		code, _, errOut := drillsim(t, tc.args...)
		if code != tc.code || !strings.Contains(errOut, tc.want) {
			t.Errorf("drillsim %s: exit %d, stderr %q; want exit %d saying %q", strings.Join(tc.args, " "), code, errOut, tc.code, tc.want)
		}
	}
}
