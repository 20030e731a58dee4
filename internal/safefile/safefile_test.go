package safefile

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// files returns n files named f0.json ... with contents naming the round.
func files(n int, round string) []File {
	var fs []File
	for i := range n {
		name := "f" + string(rune('0'+i)) + ".json"
		fs = append(fs, File{name, []byte(round + " " + name)})
	}
	return fs
}

// entries lists dir, hidden entries included.
func entries(t *testing.T, dir string) []string {
	t.Helper()
	des, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, d := range des {
		names = append(names, d.Name())
	}
	return names
}

func read(t *testing.T, name string) string {
	t.Helper()
	b, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestWriteDirCreates(t *testing.T) {
	parent := t.TempDir()
	dir := filepath.Join(parent, "a", "out")
	if err := WriteDir(dir, files(3, "one"), 0o644); err != nil {
		t.Fatal(err)
	}
	if got := entries(t, dir); !slices.Equal(got, []string{"f0.json", "f1.json", "f2.json"}) {
		t.Errorf("dir holds %v", got)
	}
	if got := read(t, filepath.Join(dir, "f1.json")); got != "one f1.json" {
		t.Errorf("f1.json holds %q", got)
	}
	if got := entries(t, filepath.Join(parent, "a")); !slices.Equal(got, []string{"out"}) {
		t.Errorf("temporary files left beside dir: %v", got)
	}
	if info, err := os.Stat(dir); err != nil || info.Mode().Perm() != 0o755 {
		t.Errorf("dir: %v, %v; want mode 0755", info.Mode(), err)
	}
}

// TestWriteDirReplaces writes over an earlier round: the named files
// change, other files stay, and nothing temporary is left.
func TestWriteDirReplaces(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "keep.txt"), []byte("mine"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, round := range []string{"one", "two"} {
		if err := WriteDir(dir, files(3, round), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if got := entries(t, dir); !slices.Equal(got, []string{"f0.json", "f1.json", "f2.json", "keep.txt"}) {
		t.Errorf("dir holds %v", got)
	}
	if got := read(t, filepath.Join(dir, "f2.json")); got != "two f2.json" {
		t.Errorf("f2.json holds %q", got)
	}
	if got := read(t, filepath.Join(dir, "keep.txt")); got != "mine" {
		t.Errorf("keep.txt holds %q", got)
	}
}

// TestWriteDirLinks checks that links inside dir are replaced, never
// followed: one to a file outside, and one to nowhere.
func TestWriteDirLinks(t *testing.T) {
	root := t.TempDir()
	dir := filepath.Join(root, "out")
	if err := os.Mkdir(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	victim := filepath.Join(root, "victim")
	if err := os.WriteFile(victim, []byte("precious"), 0o644); err != nil {
		t.Fatal(err)
	}
	nowhere := filepath.Join(root, "created-outside")
	if err := os.Symlink("../victim", filepath.Join(dir, "f0.json")); err != nil {
		t.Skip("no symbolic links here:", err)
	}
	if err := os.Symlink(nowhere, filepath.Join(dir, "f1.json")); err != nil {
		t.Fatal(err)
	}
	if err := WriteDir(dir, files(2, "one"), 0o644); err != nil {
		t.Fatal(err)
	}
	if got := read(t, victim); got != "precious" {
		t.Errorf("the file a link pointed to now holds %q", got)
	}
	if _, err := os.Lstat(nowhere); !os.IsNotExist(err) {
		t.Errorf("a dangling link created %s: %v", nowhere, err)
	}
	for _, name := range []string{"f0.json", "f1.json"} {
		info, err := os.Lstat(filepath.Join(dir, name))
		if err != nil || !info.Mode().IsRegular() {
			t.Errorf("%s: %v, %v; want a regular file", name, info.Mode(), err)
		}
	}
	// One file, the same way.
	if err := os.Symlink("../victim", filepath.Join(dir, "single")); err != nil {
		t.Fatal(err)
	}
	if err := WriteFile(filepath.Join(dir, "single"), []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	if got := read(t, victim); got != "precious" {
		t.Errorf("WriteFile wrote through a link: the victim holds %q", got)
	}
}

// TestWriteDirAllOrNothing makes the fourth of five files fail to be
// written: the directory must be as it was, new or not.
func TestWriteDirAllOrNothing(t *testing.T) {
	fs := files(5, "two")
	fs[3].Name = strings.Repeat("n", 300) // longer than any file system allows
	root := t.TempDir()

	dir := filepath.Join(root, "new")
	if err := WriteDir(dir, fs, 0o644); err == nil {
		t.Fatal("WriteDir of a 300-byte name succeeded")
	}
	if got := entries(t, root); len(got) != 0 {
		t.Errorf("a failed write into a new directory left %v", got)
	}

	dir = filepath.Join(root, "old")
	if err := WriteDir(dir, files(3, "one"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := WriteDir(dir, fs, 0o644); err == nil {
		t.Fatal("WriteDir of a 300-byte name succeeded")
	}
	if got := entries(t, dir); !slices.Equal(got, []string{"f0.json", "f1.json", "f2.json"}) {
		t.Errorf("a failed write left %v", got)
	}
	for _, f := range files(3, "one") {
		if got := read(t, filepath.Join(dir, f.Name)); got != string(f.Data) {
			t.Errorf("a failed write changed %s to %q", f.Name, got)
		}
	}

	// A directory in the way is refused before anything is written.
	if err := os.Mkdir(filepath.Join(dir, "f4.json"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := WriteDir(dir, files(5, "three"), 0o644); err == nil || !strings.Contains(err.Error(), "is a directory") {
		t.Errorf("WriteDir over a directory: %v", err)
	}
	if got := read(t, filepath.Join(dir, "f0.json")); got != "one f0.json" {
		t.Errorf("a refused write changed f0.json to %q", got)
	}
}

func TestWriteDirRefusesNames(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"", ".", "..", "../x", "a/b", `a\b`, "/abs"} {
		if err := WriteDir(dir, []File{{name, nil}}, 0o644); err == nil {
			t.Errorf("WriteDir accepted the name %q", name)
		}
	}
	if err := WriteDir(dir, []File{{"a", nil}, {"a", nil}}, 0o644); err == nil {
		t.Error("WriteDir accepted a name twice")
	}
	if got := entries(t, dir); len(got) != 0 {
		t.Errorf("refused names left %v", got)
	}
	file := filepath.Join(dir, "file")
	if err := os.WriteFile(file, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := WriteDir(file, files(1, "x"), 0o644); err == nil {
		t.Error("WriteDir into a regular file succeeded")
	}
}
