package federation

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"

	"github.com/nats-io/nats.go/jetstream"
)

// Restore writes the journal of t, as its stream holds it, to a new file at path and
// syncs it: what a standby resumes the township's drill from (journal.Resume checks
// every line's hash chain and state). It refuses to replace an existing file and
// returns how many lines it wrote.
func Restore(ctx context.Context, js jetstream.JetStream, t Township, path string) (int, error) {
	if err := t.check(); err != nil {
		return 0, err
	}
	if _, err := os.Lstat(path); err == nil {
		return 0, fmt.Errorf("cannot restore township %s's journal to %s: the file exists; name a new file", t.Town, path)
	} else if !errors.Is(err, fs.ErrNotExist) {
		return 0, fmt.Errorf("cannot restore township %s's journal: %w", t.Town, err)
	}
	s, err := js.Stream(ctx, t.journalStream())
	if err != nil {
		return 0, fmt.Errorf("township %s has no journal stream to restore from: %w", t.Town, err)
	}
	info, err := s.Info(ctx)
	if err != nil {
		return 0, fmt.Errorf("township %s: %w", t.Town, err)
	}
	last := info.State.LastSeq
	if info.State.FirstSeq != 1 || info.State.Msgs != last {
		return 0, fmt.Errorf("township %s: the stream of its journal holds lines %d to %d, %d of them: it lost lines and cannot be restored", t.Town, info.State.FirstSeq, last, info.State.Msgs)
	}
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		return 0, fmt.Errorf("cannot restore township %s's journal: %w", t.Town, err)
	}
	werr := func() error {
		for seq := uint64(1); seq <= last; seq++ {
			m, err := s.GetMsg(ctx, seq)
			if err != nil {
				return fmt.Errorf("line %d: %w", seq, err)
			}
			if _, err := f.Write(m.Data); err != nil {
				return err
			}
		}
		return f.Sync()
	}()
	if cerr := f.Close(); werr == nil {
		werr = cerr
	}
	if werr != nil {
		os.Remove(path)
		return 0, fmt.Errorf("cannot restore township %s's journal to %s: %w", t.Town, path, werr)
	}
	return int(last), nil
}
