package main

import (
	"flag"
	"io"
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
