package main

import (
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"time"

	"github.com/caucasus-data/karabakh/internal/safefile"
	"github.com/caucasus-data/karabakh/site"
)

const siteUsage = `usage: karabakh site -out DIR

Writes the record as a static web site into DIR: HTML and CSS, with no
server and no script needed to read it, so that it opens from disk or can
be hosted anywhere. index.html is the statement (its points, texts,
obligations, deadlines with their status, and the charts); point-1.html
to point-9.html each point's history and evidence; timeline.html the
events, narrowed by year and kind through plain links; actors.html,
places.html, corrections.html and agreements.html the rest of the record.
Every record has an anchor named after its ID.

It creates DIR if needed and writes all the files or, if it fails, none;
it leaves other files in DIR alone, and replaces a symbolic link under one
of the names rather than write through it.

Example:

  $ karabakh site -out public
  wrote 113 files (2.3 MB) to public in 0.5s; open public/index.html
`

func runSite(args []string, _ io.Reader, stdout, stderr io.Writer) int {
	fs := newFlagSet("site", siteUsage, stderr)
	out := fs.String("out", "", "the `directory` to write the site into (required)")
	code, ok := parse(fs, "karabakh site", args, stdout, stderr, 0)
	if !ok {
		return code
	}
	if *out == "" {
		misuse(stderr, "karabakh site", errors.New("-out is missing: give the directory to write into, as in -out public"))
		return 2
	}
	start := time.Now()
	// The files are made once, counted, then written as site.Write
	// writes them: all or none.
	var files []safefile.File
	size := 0
	for f, err := range site.Files() {
		if err != nil {
			fmt.Fprintf(stderr, "karabakh site: %v\n", err)
			return 1
		}
		files = append(files, safefile.File{Name: f.Name, Data: f.Data})
		size += len(f.Data)
	}
	if err := safefile.WriteDir(*out, files, 0o644); err != nil {
		fmt.Fprintf(stderr, "karabakh site: %v\n", err)
		return 1
	}
	fmt.Fprintf(stdout, "wrote %d files (%.1f MB) to %s in %s; open %s\n", len(files), float64(size)/1e6, *out, time.Since(start).Round(time.Millisecond), filepath.Join(*out, "index.html"))
	return 0
}
