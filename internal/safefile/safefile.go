// Package safefile writes files so that a reader, or a program that fails
// half way, never leaves a file half written, and so that a symbolic link
// where a file is to go is replaced, not followed.
//
// A file is written to a temporary file beside its destination, flushed to
// disk, and renamed over the destination. Rename is atomic within a file
// system, and replaces a symbolic link rather than writing through it: an
// out/dataset.json that links to ../victim stays pointing there only until
// it is replaced by a regular file, and ../victim is never touched.
package safefile

import (
	"errors"
	"fmt"
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
)

// A File is one file of a directory [WriteDir] writes.
type File struct {
	Name string // a name within the directory, with no separator
	Data []byte
}

// WriteFile writes data to the file name with permissions perm: to a
// temporary file in the same directory first, then renamed over name, so
// that name holds either its old contents or data, never part of them.
// A symbolic link at name is replaced, not followed.
func WriteFile(name string, data []byte, perm fs.FileMode) error {
	dir, base := filepath.Split(name)
	if dir == "" {
		dir = "."
	}
	tmp, err := writeTemp(dir, base, data, perm)
	if err != nil {
		return err
	}
	if err := os.Rename(tmp, name); err != nil {
		os.Remove(tmp)
		return err
	}
	syncDir(dir)
	return nil
}

// writeTemp writes data to a new temporary file in dir, flushed to disk,
// and returns its name.
func writeTemp(dir, base string, data []byte, perm fs.FileMode) (string, error) {
	for range 100 {
		name := filepath.Join(dir, fmt.Sprintf(".%s.tmp-%d", base, rand.Uint32()))
		err := writeNew(name, data, perm)
		if errors.Is(err, fs.ErrExist) {
			continue
		}
		return name, err
	}
	return "", fmt.Errorf("safefile: no free temporary name for %s in %s", base, dir)
}

// writeNew writes data to a file that must not exist yet, with
// permissions perm less the umask, as os.WriteFile does, and flushes it to
// disk. It removes what it wrote if it fails.
func writeNew(name string, data []byte, perm fs.FileMode) error {
	f, err := os.OpenFile(name, os.O_WRONLY|os.O_CREATE|os.O_EXCL, perm)
	if err != nil {
		return err
	}
	_, err = f.Write(data)
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		os.Remove(name)
	}
	return err
}

// WriteDir writes files into the directory dir, all of them or none: if
// it fails, dir is as it was. It creates dir (and its parents) if needed,
// leaves other files in dir alone, and writes files with permissions perm
// less the umask. A program killed half way may leave a hidden temporary
// directory (".NAME.tmp-*" beside dir, ".safefile-*" inside it), never a
// half-written file under one of the names.
//
// If dir does not exist, the files are written into a new temporary
// directory beside it, which is then renamed to dir. If it does, they are
// written into a temporary directory inside it, then each is renamed into
// place, the file it replaces kept aside until all are in place and put
// back if one rename fails. Either way no file is written through a
// symbolic link: a link inside dir under one of the names is replaced by
// the file. dir itself may be a link to a directory.
//
// Names must be plain file names: no separators, not "." or "..", and no
// name twice.
func WriteDir(dir string, files []File, perm fs.FileMode) error {
	seen := make(map[string]bool, len(files))
	for _, f := range files {
		if f.Name == "" || f.Name == "." || f.Name == ".." || strings.ContainsAny(f.Name, `/\`) || filepath.Base(f.Name) != f.Name {
			return fmt.Errorf("safefile: %q is not a plain file name", f.Name)
		}
		if seen[f.Name] {
			return fmt.Errorf("safefile: %q is given twice", f.Name)
		}
		seen[f.Name] = true
	}
	switch info, err := os.Stat(dir); {
	case errors.Is(err, fs.ErrNotExist):
		return createDir(dir, files, perm)
	case err != nil:
		return err
	case !info.IsDir():
		return fmt.Errorf("safefile: %s is not a directory", dir)
	}
	return replaceIn(dir, files, perm)
}

// createDir writes files into a new directory, which it renames to dir.
func createDir(dir string, files []File, perm fs.FileMode) (err error) {
	parent := filepath.Dir(filepath.Clean(dir))
	if err := os.MkdirAll(parent, 0o755); err != nil {
		return err
	}
	tmp, err := os.MkdirTemp(parent, "."+filepath.Base(dir)+".tmp-*")
	if err != nil {
		return err
	}
	defer func() {
		if err != nil {
			os.RemoveAll(tmp)
		}
	}()
	// MkdirTemp made it 0700; a directory of files to publish is
	// readable by all.
	if err = os.Chmod(tmp, 0o755); err == nil {
		err = writeAll(tmp, files, perm)
	}
	if err == nil {
		err = os.Rename(tmp, dir)
	}
	if err == nil {
		syncDir(parent)
	}
	return err
}

func writeAll(dir string, files []File, perm fs.FileMode) error {
	for _, f := range files {
		if err := writeNew(filepath.Join(dir, f.Name), f.Data, perm); err != nil {
			return err
		}
	}
	syncDir(dir)
	return nil
}

// replaceIn writes files into the existing directory dir, all or none.
func replaceIn(dir string, files []File, perm fs.FileMode) (err error) {
	// A directory in the way would be moved aside and then removed with
	// the staging directory: refuse it before anything is written.
	for _, f := range files {
		if info, err := os.Lstat(filepath.Join(dir, f.Name)); err == nil && info.IsDir() {
			return fmt.Errorf("safefile: %s is a directory", filepath.Join(dir, f.Name))
		}
	}
	stage, err := os.MkdirTemp(dir, ".safefile-*")
	if err != nil {
		return err
	}
	defer func() {
		if rerr := os.RemoveAll(stage); err == nil {
			err = rerr
		}
	}()
	newDir := filepath.Join(stage, "new")
	oldDir := filepath.Join(stage, "old")
	for _, d := range []string{newDir, oldDir} {
		if err := os.Mkdir(d, 0o700); err != nil {
			return err
		}
	}
	if err := writeAll(newDir, files, perm); err != nil {
		return err
	}
	// Move each file into place, keeping what it replaces (a file, or a
	// link, never followed) in oldDir until every one is in place.
	var done []string
	var kept []bool
	undo := func() {
		for i := len(done) - 1; i >= 0; i-- {
			name := done[i]
			os.Rename(filepath.Join(dir, name), filepath.Join(newDir, name))
			if kept[i] {
				os.Rename(filepath.Join(oldDir, name), filepath.Join(dir, name))
			}
		}
	}
	for _, f := range files {
		dst := filepath.Join(dir, f.Name)
		had := false
		if _, err := os.Lstat(dst); err == nil {
			if err := os.Rename(dst, filepath.Join(oldDir, f.Name)); err != nil {
				undo()
				return err
			}
			had = true
		} else if !errors.Is(err, fs.ErrNotExist) {
			undo()
			return err
		}
		done, kept = append(done, f.Name), append(kept, had)
		if err := os.Rename(filepath.Join(newDir, f.Name), dst); err != nil {
			undo()
			return err
		}
	}
	syncDir(dir)
	return nil
}

// syncDir flushes a directory's entries to disk, so that renames survive a
// crash. Not every system can; failing to is not an error.
func syncDir(dir string) {
	if d, err := os.Open(dir); err == nil {
		d.Sync()
		d.Close()
	}
}
