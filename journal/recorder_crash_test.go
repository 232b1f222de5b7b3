package journal

import (
	"bufio"
	"errors"
	"fmt"
	"io/fs"
	"math/rand/v2"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

// buildCrashtest builds the crash test's program and returns its path.
func buildCrashtest(t *testing.T) string {
	t.Helper()
	goTool, err := exec.LookPath("go")
	if err != nil {
		t.Skip("the crash test builds a program and needs the go command, which is not on PATH")
	}
	bin := filepath.Join(t.TempDir(), "crashtest")
	if out, err := exec.Command(goTool, "build", "-o", bin, "drillsim/journal/internal/crashtest").CombinedOutput(); err != nil {
		t.Fatalf("go build of the crash test program: %v\n%s", err, out)
	}
	return bin
}

// crashRun is what one run of the crash test program said before it ended or was
// killed.
type crashRun struct {
	acked  []uint64
	state  string // "" when killed before the end
	stderr string
}

// runCrashtest runs the program on the journal, killing it with SIGKILL after killAfter
// when that is not zero.
func runCrashtest(t *testing.T, bin, path string, resume bool, killAfter time.Duration) crashRun {
	t.Helper()
	args := []string{"-journal", path, "-tick-delay", "1ms"}
	if resume {
		args = append(args, "-resume")
	}
	cmd := exec.Command(bin, args...)
	var stderr strings.Builder
	cmd.Stderr = &stderr
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	if killAfter > 0 {
		timer := time.AfterFunc(killAfter, func() { cmd.Process.Signal(syscall.SIGKILL) })
		defer timer.Stop()
	}
	var run crashRun
	sc := bufio.NewScanner(stdout)
	for sc.Scan() {
		word, arg, _ := strings.Cut(sc.Text(), " ")
		switch word {
		case "ack":
			seq, err := strconv.ParseUint(arg, 10, 64)
			if err != nil {
				t.Fatalf("crash test program said %q", sc.Text())
			}
			run.acked = append(run.acked, seq)
		case "state":
			run.state = arg
		}
	}
	err = cmd.Wait()
	run.stderr = stderr.String()
	var exit *exec.ExitError
	killed := errors.As(err, &exit) && exit.Sys().(syscall.WaitStatus).Signal() == syscall.SIGKILL
	if err != nil && !killed {
		t.Fatalf("crash test program failed: %v\n%s", err, run.stderr)
	}
	if killed {
		run.state = ""
	}
	return run
}

// checkAcked fails the test unless every acknowledged command is in the journal at
// path, and returns the journal.
func checkAcked(t *testing.T, path string, acked map[uint64]bool) *Journal {
	t.Helper()
	j, err := Open(path)
	if errors.Is(err, fs.ErrNotExist) && len(acked) == 0 {
		return nil // killed before the journal was created
	}
	if err != nil {
		t.Fatalf("journal after a kill: %v", err)
	}
	journaled := map[uint64]bool{}
	for _, c := range j.Commands() {
		journaled[c.Seq] = true
	}
	for seq := range acked {
		if !journaled[seq] {
			t.Errorf("%s: command %d was acknowledged but is not in the journal", path, seq)
		}
	}
	return j
}

// TestKilledDrillsResumeToTheSameWorld kills the crash test program at random points of
// the flood drill, at least 50 times over several drills, resumes each drill until it
// ends and checks that no acknowledged command was lost and that every drill ends in
// the state of the drill that was never interrupted.
func TestKilledDrillsResumeToTheSameWorld(t *testing.T) {
	if testing.Short() {
		t.Skip("the crash test kills and resumes a program some 50 times; skipped with -short")
	}
	bin := buildCrashtest(t)
	wantHash, _ := uninterrupted(t, loadFlood(t))
	want := fmt.Sprintf("%016x", wantHash)
	rng := rand.New(rand.NewPCG(20260715, 1))
	dir := t.TempDir()
	const minKills = 50
	kills, torn := 0, 0
	for drill := 1; kills < minKills; drill++ {
		path := filepath.Join(dir, fmt.Sprintf("drill%d.journal", drill))
		acked := map[uint64]bool{}
		for run := 1; ; run++ {
			// Kill runs somewhere in their first 0.8 s (loading, replaying or playing);
			// let a drill run to its end once it has been killed 17 times, so that three
			// drills make the 50 kills.
			var killAfter time.Duration
			if kills < minKills && run <= 17 {
				killAfter = time.Duration(20+rng.IntN(800)) * time.Millisecond
			}
			got := runCrashtest(t, bin, path, run > 1, killAfter)
			for _, seq := range got.acked {
				acked[seq] = true
			}
			if strings.Contains(got.stderr, "torn last line") {
				torn++
			}
			j := checkAcked(t, path, acked)
			if got.state == "" {
				kills++
				continue
			}
			if got.state != want {
				t.Errorf("drill %d ends in state %s after %d runs, the uninterrupted drill in %s", drill, got.state, run, want)
			}
			if !j.Finished() || j.Torn != nil {
				t.Errorf("drill %d: the journal of the finished drill is finished %v, torn %v", drill, j.Finished(), j.Torn)
			}
			t.Logf("drill %d: ended after %d runs, %d commands acknowledged", drill, run, len(acked))
			break
		}
	}
	t.Logf("%d kills, %d torn tails dropped on resume", kills, torn)
}
