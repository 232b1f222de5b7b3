package main

import (
	"flag"
	"fmt"
	"io"

	"drillsim/i18n"
)

// parseFlags parses flags wherever they stand among the positional arguments
// (`check town.geojson --json` as well as `check --json town.geojson`), which the
// standard flag package alone does not, and returns the positional ones. The flags'
// defaults print to stderr wrapped at usageColumns.
func parseFlags(fs *flag.FlagSet, args []string, stderr io.Writer) ([]string, error) {
	fs.SetOutput(&wrapped{w: stderr})
	var positional []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		args = fs.Args()
		if len(args) == 0 {
			return positional, nil
		}
		positional = append(positional, args[0])
		args = args[1:]
	}
}

// addLangFlag defines --lang, the language problems are said in (Chinese first).
func addLangFlag(fs *flag.FlagSet) *string {
	return fs.String("lang", "zh", "the language of messages and output: zh (Chinese) or en")
}

// parseLang reads the language a --lang flag says for command cmd; an unknown one is
// said on stderr, in Chinese (the default), and ok is false.
func parseLang(stderr io.Writer, cmd, text string) (lang i18n.Language, ok bool) {
	lang, err := i18n.Parse(text)
	if err != nil {
		sayProblem(stderr, cmd, err, i18n.Chinese)
		return lang, false
	}
	return lang, true
}

// sayProblem prints err, the reason command cmd stops, on stderr in lang: problems of
// files keep their file:line:col.
func sayProblem(stderr io.Writer, cmd string, err error, lang i18n.Language) {
	fmt.Fprintln(stderr, "drillsim "+cmd+":", i18n.ProblemText(err, lang))
}
