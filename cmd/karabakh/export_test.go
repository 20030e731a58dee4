package main

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/caucasus-data/karabakh/export"
)

// TestExportMisuse checks each misuse of export: exit 2, one line saying
// what was wrong and what would be right, the pointer to -h, and nothing
// written.
func TestExportMisuse(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "out")
	long := strings.Repeat("x", 100)
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"-out", out}, "-format is missing; want one of json, csv, sqlite, parquet, ndjson, timelinejs"},
		{[]string{"-format", "xls", "-out", out}, `unknown format "xls"; want one of json, csv, sqlite, parquet, ndjson, timelinejs`},
		{[]string{"-format", long, "-out", out}, `unknown format "` + long[:40] + `…"`},
		{[]string{"-format", "csv"}, "-out is missing: give the directory to write into, as in -out DIR, or - for standard output"},
		{[]string{"-format", "sqlite", "-out", "-"}, "-format sqlite writes several files and cannot go to standard output"},
		{[]string{"-format", "csv", "-out", "-"}, "-format csv writes several files"},
		{[]string{"-format", "csv", "-format", "json", "-out", out}, `-format is given twice ("csv", then "json")`},
		{[]string{"-format", "csv", "-out", out, "extra"}, `unexpected argument "extra"`},
	} {
		code, stdout, stderr := exec("", append([]string{"export"}, c.args...)...)
		lines := strings.Split(strings.TrimSuffix(stderr, "\n"), "\n")
		if code != 2 || stdout != "" || len(lines) != 2 || !strings.Contains(lines[0], "karabakh export: "+c.want) || lines[1] != "Run 'karabakh export -h' for usage." {
			t.Errorf("export %q = %d, stdout %q, stderr %q; want 2 and %q", c.args, code, stdout, stderr, c.want)
		}
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 0 {
		t.Errorf("a misuse wrote %v", entries)
	}
}

// TestExportWrites writes each format into a directory and checks the
// files it names.
func TestExportWrites(t *testing.T) {
	if testing.Short() {
		t.Skip("builds every format")
	}
	root := t.TempDir()
	for _, f := range formats() {
		dir := filepath.Join(root, f.name)
		if code, _, stderr := exec("", "export", "-format", f.name, "-out", dir); code != 0 {
			t.Fatalf("export -format %s = %d: %s", f.name, code, stderr)
		}
		var want []string
		for file, err := range f.files() {
			if err != nil {
				t.Fatal(err)
			}
			want = append(want, file.Name)
		}
		entries, _ := os.ReadDir(dir)
		var got []string
		for _, e := range entries {
			got = append(got, e.Name())
		}
		slices.Sort(want)
		if !slices.Equal(got, want) || len(got) == 0 {
			t.Errorf("-format %s wrote %v, want %v", f.name, got, want)
		}
	}
}

// TestExportStdout checks -out - for the formats that stream: json writes
// dataset.json as committed, timelinejs timeline.json as committed, and
// ndjson every table.
func TestExportStdout(t *testing.T) {
	for format, file := range map[string]string{"json": "../../schema/json/dataset.json", "timelinejs": "../../export/timelinejs/timeline.json"} {
		code, stdout, stderr := exec("", "export", "-format", format, "-out", "-")
		want, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		if code != 0 || stdout != string(want) || stderr != "" {
			t.Errorf("export -format %s -out - = %d, %d bytes, stderr %q; want %s", format, code, len(stdout), stderr, file)
		}
	}
	code, stdout, _ := exec("", "export", "-format", "ndjson", "-out", "-")
	n := 0
	for t := range export.Tables() {
		n += t.Len()
	}
	if lines := strings.Count(stdout, "\n"); code != 0 || lines != n || !strings.HasPrefix(stdout, `{"table":"actors",`) {
		t.Errorf("export -format ndjson -out - = %d, %d lines; want %d, the first of actors", code, lines, n)
	}
}

// TestExportFailsWhole checks that a failure after the start exits 1 and
// writes nothing: here the directory to write into is a file.
func TestExportFailsWhole(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "taken")
	if err := os.WriteFile(file, []byte("keep"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, stderr := exec("", "export", "-format", "csv", "-out", file)
	if code != 1 || !strings.HasPrefix(stderr, "karabakh export: ") || strings.Count(stderr, "\n") != 1 {
		t.Errorf("export into a file = %d, %q; want 1 and one line", code, stderr)
	}
	entries, _ := os.ReadDir(dir)
	if b, _ := os.ReadFile(file); len(entries) != 1 || !bytes.Equal(b, []byte("keep")) {
		t.Errorf("a failed export left %v", entries)
	}
}

// FuzzLookupFormat checks what export says of any -format: a known name
// gives its format, anything else one short line naming every format.
func FuzzLookupFormat(f *testing.F) {
	for _, s := range []string{"", "csv", "CSV", "xls", "json ", "sqlite\x00", strings.Repeat("é", 30)} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, name string) {
		fm, err := lookupFormat(name)
		if err == nil {
			if fm.name != name {
				t.Errorf("%q gives format %q", name, fm.name)
			}
			return
		}
		msg := err.Error()
		if strings.Contains(msg, "\n") || len(msg) > 300 || !strings.Contains(msg, "json, csv, sqlite, parquet, ndjson, timelinejs") {
			t.Errorf("%q: %q", name, msg)
		}
	})
}
