package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"drillsim/drill/drilltest"
	"drillsim/i18n/i18ntest"
	"drillsim/journal"
)

// floodJournal journals the flood drill's first three reference commands, each applied
// as its tick comes, and returns the journal's lines.
func floodJournal(t *testing.T) [][]byte {
	t.Helper()
	d := drilltest.Builtin(t, "flood", true)
	w := drilltest.World(t, d)
	path := filepath.Join(t.TempDir(), "flood.journal")
	rec, err := journal.Start(path, w)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range d.Commands[:3] {
		for w.Tick()+1 < c.Tick {
			rec.Step()
		}
		if _, err := rec.Apply(c); err != nil {
			t.Fatal(err)
		}
	}
	rec.Close()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	lines := bytes.SplitAfter(data, []byte("\n"))
	return lines[:len(lines)-1]
}

func TestVerify(t *testing.T) {
	lines := floodJournal(t)
	dir := t.TempDir()
	write := func(name string, parts ...[]byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, bytes.Join(parts, nil), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	intact := write("intact.journal", lines...)
	edited := write("edited.journal", lines[0], lines[1], bytes.Replace(lines[2], []byte(`"seq":2`), []byte(`"seq":7`), 1), lines[3])
	removed := write("removed.journal", lines[0], lines[1], lines[3])
	torn := write("torn.journal", append(append([][]byte{}, lines...), []byte(`{"n":4,"tick":80,"ki`))...)
	for _, tc := range []struct {
		name string
		args []string
		code int
		want []string
	}{
		{"intact", []string{intact}, 0, []string{"完好 intact: " + intact, "演练：想定 flood（哈希 ", "3 条记录：3 条命令，0 条观察记录；没有结束记录：演练在第 83 步（2026-07-15 22:13，+13m50s）后停止，或仍在进行", "头哈希 "}},
		{"intact in English", []string{intact, "--lang", "en"}, 0, []string{"intact: " + intact, "drill: scenario flood", "3 entries: 3 commands, 0 observations; no end: the drill stopped, or is still running, after tick 83 (2026-07-15 22:13, +13m50s)", "head hash "}},
		{"intact and replayed", []string{intact, "--scenario", "flood"}, 0, []string{"已按想定 flood 回放：每条记录处的世界都与日志相符"}},
		{"intact and replayed in English", []string{intact, "--scenario", "flood", "--lang", "en"}, 0, []string{"replayed as scenario flood: the world matches the journal at every entry"}},
		{"another scenario", []string{intact, "--scenario", "landslide"}, 1, []string{`不完好 NOT INTACT: ` + intact + `: 演练日志属于想定 "flood"，不是 "landslide"：请用开始演练时的想定续演或核验`}},
		{"another scenario in English", []string{intact, "--scenario", "landslide", "--lang", "en"}, 1, []string{`NOT INTACT: ` + intact + `: the journal is of scenario "flood", not "landslide"`}},
		{"edited entry", []string{edited}, 1, []string{"不完好 NOT INTACT: " + edited + ":3: 第 2 条记录：哈希不符：这条记录被改动过", "此前的文件头和 1 条记录完好"}},
		{"edited entry in English", []string{edited, "--lang", "en"}, 1, []string{"NOT INTACT: " + edited + ":3: entry 2: hash mismatch: this entry was edited", "the header and the 1 entries before it are intact"}},
		{"removed entry", []string{removed}, 1, []string{"不完好 NOT INTACT: " + removed + ":3: 第 2 条记录：缺失：这一行是第 3 条记录，第 2 条已被删除或移动"}},
		{"removed entry in English", []string{removed, "--lang", "en"}, 1, []string{"NOT INTACT: " + removed + ":3: entry 2: missing: this line holds entry 3, so entry 2 was removed or moved"}},
		{"torn tail", []string{torn}, 1, []string{"不完好 NOT INTACT: " + torn + ":5: 最后一行不完整（20 字节，没有换行）", "3 条记录：3 条命令"}},
		{"torn tail in English", []string{torn, "--lang", "en"}, 1, []string{"NOT INTACT: " + torn + ":5: torn last line (20 bytes and no end of line)"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, out, errOut := drillsim(t, append([]string{"verify"}, tc.args...)...)
			if code != tc.code {
				t.Errorf("exit %d, want %d\n%s%s", code, tc.code, out, errOut)
			}
			for _, want := range tc.want {
				if !strings.Contains(out, want) {
					t.Errorf("output lacks %q:\n%s", want, out)
				}
			}
		})
	}
	// In Chinese what an intact journal holds is said without English.
	_, out, _ := drillsim(t, "verify", intact)
	for _, line := range strings.Split(out, "\n") {
		if strings.Contains(line, "条记录") {
			if w := i18ntest.EnglishWord(line); w != "" {
				t.Errorf("verify says %q in Chinese: %s", w, line)
			}
		}
	}
	if code, _, errOut := drillsim(t, "verify", filepath.Join(dir, "absent.journal")); code != 1 || !strings.Contains(errOut, "cannot read the journal") {
		t.Errorf("verify of a missing file: exit %d, %q", code, errOut)
	}
	if code, _, errOut := drillsim(t, "verify"); code != 2 || !strings.Contains(errOut, "name one journal, got 0") {
		t.Errorf("verify without a journal: exit %d, %q", code, errOut)
	}
}
