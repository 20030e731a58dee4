package export

import (
	"iter"

	"github.com/caucasus-data/karabakh/internal/safefile"
	"github.com/caucasus-data/karabakh/schema"
)

// Write writes files into the directory dir, creating it if needed: all of
// them or, if making or writing one fails, none. It leaves other files in
// dir alone, and replaces a symbolic link under one of the names rather
// than write through it. files is one of this package's formats, such as
// CSV(), or of its subpackages', or schema.Files():
//
//	err := export.Write("out/csv", export.CSV())
func Write(dir string, files iter.Seq2[schema.File, error]) error {
	var out []safefile.File
	for f, err := range files {
		if err != nil {
			return err
		}
		out = append(out, safefile.File{Name: f.Name, Data: f.Data})
	}
	return safefile.WriteDir(dir, out, 0o644)
}
