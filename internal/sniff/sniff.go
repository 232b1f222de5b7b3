// Package sniff tells a file of the kind a reader expects from binary or runaway
// input before the reader spends time and memory on it: a 200 MB file of zeros given
// as an order file is refused after reading its first bytes, not after decoding it
// all. It looks at what the file holds (text or binary, how long its lines run, how
// it begins and ends) and caps the size only of kinds whose real files are small, so
// that a large real map still loads. A refusal quotes at most QuoteBytes of the input.
package sniff

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strconv"
	"unicode/utf8"
)

// QuoteBytes is the most of a file's bytes a refusal quotes.
const QuoteBytes = 40

// sniffBytes is how much of the start and of the end of a large file is looked at.
const sniffBytes = 64 << 10

// Kind is what a reader expects of its files.
type Kind struct {
	// Name is what the file should be, for messages, with its article: "a scenario
	// file (YAML)".
	Name string
	// MaxBytes caps the size of a whole file; 0 leaves it uncapped (large real files
	// exist, such as a county's map).
	MaxBytes int64
	// MaxLine caps the length of a line in bytes; 0 leaves it uncapped (GeoJSON is
	// often written on one line).
	MaxLine int
	// Starts and Ends, when set, are the bytes the first and last character that is
	// not white space must be one of, such as "{" for a JSON object.
	Starts, Ends string
	// Next, when set, are the bytes the second character that is not white space must
	// be one of, such as `"}` for a JSON object, whose first key comes next.
	Next string
	// Magic, when set, makes the kind binary: its files must begin with these bytes
	// (such as a zip archive's "PK\x03\x04") and are not read as text.
	Magic string
}

// Refusal is why a file was refused: where (its line, 1-based, 0 when the problem is
// the whole file) and what is wrong, as a format and its arguments, so that a caller
// can say it in another language by its format (the formats are the Refusal*
// constants).
type Refusal struct {
	File   string
	Line   int
	Format string
	Args   []any
}

// The formats of refusals. The kind's name (Kind.Name) comes first in those that name it.
const (
	RefusalFolder     = "is a folder, not %s"
	RefusalTooBig     = "is %s, more than %s can be (at most %s): is it the right file?"
	RefusalBinary     = "not %s: byte %d is %#02x, binary data, not text (%s)"
	RefusalNotUTF8    = "not %s in UTF-8: byte %d is not (%s): save it as UTF-8 (it may be in GBK)"
	RefusalLongLine   = "not %s: the line runs on past %s without an end (it starts %s)"
	RefusalEmpty      = "not %s: the file is empty"
	RefusalBlank      = "not %s: nothing but white space in its first %s"
	RefusalBlankAfter = "not %s: nothing but white space after %s in its first %s"
	RefusalStarts     = "not %s: it starts %s"
	RefusalEnds       = "not %s, or cut short: it ends %s"
)

// Problem says what is wrong, in English.
func (r *Refusal) Problem() string { return fmt.Sprintf(r.Format, r.Args...) }

// Error reads "file:line: problem".
func (r *Refusal) Error() string {
	if r.Line > 0 {
		return fmt.Sprintf("%s:%d: %s", r.File, r.Line, r.Problem())
	}
	return fmt.Sprintf("%s: %s", r.File, r.Problem())
}

// refuse makes a refusal.
func refuse(file string, line int, format string, args ...any) *Refusal {
	return &Refusal{File: file, Line: line, Format: format, Args: args}
}

// Quote quotes the start of b for a message: at most QuoteBytes bytes, cut at a
// character, with an ellipsis when there is more.
func Quote(b []byte) string {
	if len(b) <= QuoteBytes {
		return strconv.Quote(string(b))
	}
	n := QuoteBytes
	for n > 0 && !utf8.RuneStart(b[n]) {
		n--
	}
	return strconv.Quote(string(b[:n])) + "…"
}

// ReadFile reads the whole file at path as a file of kind k (see Read). The error of
// a file that cannot be opened is the os error.
func ReadFile(path string, k Kind) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return Read(f, path, k)
}

// Read reads the whole of an open file named name as a file of kind k: it refuses a
// folder, and a file larger than k.MaxBytes before reading it, and one that is not of
// the kind (Check) after reading at most k.MaxBytes+1 bytes.
func Read(f fs.File, name string, k Kind) ([]byte, error) {
	if st, err := f.Stat(); err == nil && st.IsDir() {
		return nil, refuse(name, 0, RefusalFolder, k.Name)
	} else if err == nil && st.Mode().IsRegular() && k.MaxBytes > 0 && st.Size() > k.MaxBytes {
		return nil, tooBig(name, st.Size(), k)
	}
	r := io.Reader(f)
	if k.MaxBytes > 0 {
		r = io.LimitReader(f, k.MaxBytes+1)
	}
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, err
	}
	if k.MaxBytes > 0 && int64(len(data)) > k.MaxBytes {
		return nil, tooBig(name, int64(len(data)), k)
	}
	return data, Check(data, name, k)
}

// tooBig refuses a file of size bytes over the cap of its kind.
func tooBig(name string, size int64, k Kind) error {
	return refuse(name, 0, RefusalTooBig, humanBytes(size), k.Name, humanBytes(k.MaxBytes))
}

// humanBytes writes a size: 200 MB, 64 KB, 12 bytes.
func humanBytes(n int64) string {
	switch {
	case n >= 1<<20:
		return fmt.Sprintf("%d MB", n>>20)
	case n >= 1<<10:
		return fmt.Sprintf("%d KB", n>>10)
	}
	return fmt.Sprintf("%d bytes", n)
}

// Check checks data, the whole of a file named name, as a file of kind k.
func Check(data []byte, name string, k Kind) error {
	if k.Magic != "" {
		if !bytes.HasPrefix(data, []byte(k.Magic)) {
			return refuse(name, 0, RefusalStarts, k.Name, Quote(data[:min(len(data), 16)]))
		}
		return nil
	}
	if err := checkText(data, 0, 1, name, k, true); err != nil {
		return err
	}
	return checkEnds(data, data, name, k)
}

// CheckFile sniffs an open file of kind k that its reader streams (see CheckAt). A
// file that is not a regular file (a pipe, a device) is left unread and unchecked.
func CheckFile(f *os.File, name string, k Kind) error {
	st, err := f.Stat()
	switch {
	case err != nil:
		return err
	case st.IsDir():
		return refuse(name, 0, RefusalFolder, k.Name)
	case !st.Mode().IsRegular():
		return nil
	}
	return CheckAt(f, st.Size(), name, k)
}

// CheckAt sniffs the size bytes of r, a file named name of kind k: the first and the
// last 64 KB must be text with lines no longer than k.MaxLine, beginning and ending as
// k says; the size must be within k.MaxBytes. It reads nothing else.
func CheckAt(r io.ReaderAt, size int64, name string, k Kind) error {
	if k.MaxBytes > 0 && size > k.MaxBytes {
		return tooBig(name, size, k)
	}
	head := make([]byte, min(size, sniffBytes))
	if _, err := r.ReadAt(head, 0); err != nil && !errors.Is(err, io.EOF) {
		return err
	}
	whole := size <= sniffBytes
	if err := checkText(head, 0, 1, name, k, whole); err != nil {
		return err
	}
	tail := head
	if !whole {
		tail = make([]byte, sniffBytes)
		off := size - sniffBytes
		if _, err := r.ReadAt(tail, off); err != nil && !errors.Is(err, io.EOF) {
			return err
		}
		// Start at a character, so that it reads whole.
		for len(tail) > 0 && !utf8.RuneStart(tail[0]) {
			off, tail = off+1, tail[1:]
		}
		if err := checkText(tail, off, 0, name, k, true); err != nil {
			return err
		}
	}
	return checkEnds(head, tail, name, k)
}

// Head returns the first n bytes of r (fewer when it is shorter), for a reader that
// tells a file's format by them before sniffing it as that format.
func Head(r io.ReaderAt, size int64, n int) ([]byte, error) {
	head := make([]byte, min(size, int64(n)))
	if _, err := r.ReadAt(head, 0); err != nil && !errors.Is(err, io.EOF) {
		return nil, err
	}
	return head, nil
}

// checkText refuses data (read from offset off of the file; line is the line it
// starts on, 0 when unknown) that holds a NUL or other control byte, is not UTF-8, or
// has a line longer than k.MaxLine. When complete is false, data is the head of a
// longer file and its last line and character may be cut short.
func checkText(data []byte, off int64, line int, name string, k Kind, complete bool) error {
	for i, c := range data {
		if c < 0x20 && c != '\t' && c != '\r' && c != '\n' && c != '\f' || c == 0x7f {
			return refuse(name, lineAt(data, i, line), RefusalBinary, k.Name, off+int64(i), c, Quote(data[i:min(len(data), i+16)]))
		}
	}
	lineStart := 0
	for i := 0; i < len(data); {
		c := data[i]
		switch {
		case c == '\n':
			line = next(line)
			lineStart = i + 1
			i++
			continue
		case c >= 0x80:
			r, size := utf8.DecodeRune(data[i:])
			if r == utf8.RuneError && size <= 1 {
				if !complete && len(data)-i < utf8.UTFMax {
					return nil // a character cut by the end of what was read
				}
				return refuse(name, line, RefusalNotUTF8, k.Name, off+int64(i), Quote(data[i:min(len(data), i+6)]))
			}
			i += size
		default:
			i++
		}
		if k.MaxLine > 0 && i-lineStart > k.MaxLine {
			return refuse(name, line, RefusalLongLine, k.Name, humanBytes(int64(k.MaxLine)), Quote(data[lineStart:]))
		}
	}
	return nil
}

// lineAt is the line of byte i of data, which starts on line (0 when unknown).
func lineAt(data []byte, i, line int) int {
	if line == 0 {
		return 0
	}
	return line + bytes.Count(data[:i], []byte{'\n'})
}

// next counts a line, leaving 0 (unknown) as it is.
func next(line int) int {
	if line == 0 {
		return 0
	}
	return line + 1
}

// checkEnds refuses a file whose first or last character (white space and a byte
// order mark aside) is not one k allows: head is the start of the file, tail its end.
func checkEnds(head, tail []byte, name string, k Kind) error {
	trimmed := bytes.TrimLeft(bytes.TrimPrefix(head, []byte("\ufeff")), " \t\r\n\f")
	if k.Starts != "" && (len(trimmed) == 0 || bytes.IndexByte([]byte(k.Starts), trimmed[0]) < 0) {
		switch {
		case len(head) == 0:
			return refuse(name, 0, RefusalEmpty, k.Name)
		case len(trimmed) == 0:
			return refuse(name, 0, RefusalBlank, k.Name, humanBytes(int64(len(head))))
		}
		return refuse(name, 1, RefusalStarts, k.Name, Quote(trimmed))
	}
	if rest := bytes.TrimLeft(trimmed[min(1, len(trimmed)):], " \t\r\n\f"); k.Next != "" && len(trimmed) > 0 && (len(rest) == 0 || bytes.IndexByte([]byte(k.Next), rest[0]) < 0) {
		if len(rest) == 0 {
			return refuse(name, 0, RefusalBlankAfter, k.Name, Quote(trimmed[:1]), humanBytes(int64(len(head))))
		}
		return refuse(name, 1, RefusalStarts, k.Name, Quote(trimmed))
	}
	end := bytes.TrimRight(tail, " \t\r\n\f")
	if k.Ends != "" && (len(end) == 0 || bytes.IndexByte([]byte(k.Ends), end[len(end)-1]) < 0) {
		return refuse(name, 0, RefusalEnds, k.Name, Quote(end[max(0, len(end)-QuoteBytes):]))
	}
	return nil
}
