// Package api holds tests of the module's exported API as a whole, read
// from the source: rules no single package's tests can see.
package api

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// publicPackages returns the directories of the module's importable,
// non-internal, non-main packages, each with its parsed non-test files.
func publicPackages(t *testing.T) map[string][]*ast.File {
	t.Helper()
	root := filepath.Join("..", "..")
	fset := token.NewFileSet()
	pkgs := map[string][]*ast.File{}
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			name := d.Name()
			if path != root && (name == "internal" || name == "testdata" || name == "node_modules" || strings.HasPrefix(name, ".")) {
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		f, err := parser.ParseFile(fset, path, nil, parser.SkipObjectResolution)
		if err != nil {
			return err
		}
		if f.Name.Name == "main" {
			return nil
		}
		dir := filepath.Dir(path)
		pkgs[dir] = append(pkgs[dir], f)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(pkgs) < 5 {
		t.Fatalf("found only %d packages under %s", len(pkgs), root)
	}
	return pkgs
}

// internalNames returns the names by which f imports internal packages.
func internalNames(f *ast.File) map[string]string {
	m := map[string]string{}
	for _, imp := range f.Imports {
		p, _ := strconv.Unquote(imp.Path.Value)
		if !strings.Contains(p+"/", "/internal/") {
			continue
		}
		name := p[strings.LastIndex(p, "/")+1:]
		if imp.Name != nil {
			name = imp.Name.Name
		}
		m[name] = p
	}
	return m
}

// mentions returns the internal import paths that expression e names.
func mentions(e ast.Node, internal map[string]string) []string {
	var out []string
	ast.Inspect(e, func(n ast.Node) bool {
		if sel, ok := n.(*ast.SelectorExpr); ok {
			if id, ok := sel.X.(*ast.Ident); ok {
				if p, ok := internal[id.Name]; ok {
					out = append(out, p+"."+sel.Sel.Name)
				}
			}
		}
		return true
	})
	return out
}

// exportedFields returns the types of a struct's exported fields, and of
// its embedded ones; other type expressions are returned whole.
func exportedParts(e ast.Expr) []ast.Node {
	st, ok := e.(*ast.StructType)
	if !ok {
		return []ast.Node{e}
	}
	var out []ast.Node
	for _, f := range st.Fields.List {
		if len(f.Names) == 0 {
			out = append(out, f.Type)
			continue
		}
		for _, n := range f.Names {
			if n.IsExported() {
				out = append(out, f.Type)
				break
			}
		}
	}
	return out
}

func receiverExported(fn *ast.FuncDecl) bool {
	if fn.Recv == nil {
		return true
	}
	t := fn.Recv.List[0].Type
	if s, ok := t.(*ast.StarExpr); ok {
		t = s.X
	}
	switch x := t.(type) {
	case *ast.IndexExpr:
		t = x.X
	case *ast.IndexListExpr:
		t = x.X
	}
	id, ok := t.(*ast.Ident)
	return ok && id.IsExported()
}

// TestNoInternalTypesInAPI fails if an exported function, method, type,
// field, constant or variable of a public package names a type from an
// internal package: callers could not name it, and it would tie them to
// what is free to change.
func TestNoInternalTypesInAPI(t *testing.T) { run(t, internalTypes) }

func internalTypes(dir string, files []*ast.File) (probs []string) {
	{
		for _, f := range files {
			internal := internalNames(f)
			if len(internal) == 0 {
				continue
			}
			report := func(what string, n ast.Node) {
				for _, m := range mentions(n, internal) {
					probs = append(probs, fmt.Sprintf("%s: %s mentions %s", dir, what, m))
				}
			}
			for _, d := range f.Decls {
				switch d := d.(type) {
				case *ast.FuncDecl:
					if d.Name.IsExported() && receiverExported(d) {
						report(d.Name.Name, d.Type)
					}
				case *ast.GenDecl:
					for _, s := range d.Specs {
						switch s := s.(type) {
						case *ast.TypeSpec:
							if s.Name.IsExported() {
								for _, part := range exportedParts(s.Type) {
									report("type "+s.Name.Name, part)
								}
							}
						case *ast.ValueSpec:
							for _, n := range s.Names {
								if n.IsExported() && s.Type != nil {
									report(n.Name, s.Type)
								}
							}
						}
					}
				}
			}
		}
	}
	return probs
}

// TestNoExportedVariables fails on any exported package-level variable
// other than an error: a variable any importer can reassign changes every
// other importer's results.
func TestNoExportedVariables(t *testing.T) { run(t, exportedVariables) }

func exportedVariables(dir string, files []*ast.File) (probs []string) {
	{
		for _, f := range files {
			for _, d := range f.Decls {
				g, ok := d.(*ast.GenDecl)
				if !ok || g.Tok != token.VAR {
					continue
				}
				for _, s := range g.Specs {
					v := s.(*ast.ValueSpec)
					for i, n := range v.Names {
						if n.IsExported() && !isError(v, i) {
							probs = append(probs, fmt.Sprintf("%s: exported variable %s; make it a constant, a function or unexported", dir, n.Name))
						}
					}
				}
			}
		}
	}
	return probs
}

// isError reports whether the i-th name of v is declared as an error or
// initialised by errors.New.
func isError(v *ast.ValueSpec, i int) bool {
	if id, ok := v.Type.(*ast.Ident); ok && id.Name == "error" {
		return true
	}
	if i < len(v.Values) {
		if c, ok := v.Values[i].(*ast.CallExpr); ok {
			if sel, ok := c.Fun.(*ast.SelectorExpr); ok {
				if x, ok := sel.X.(*ast.Ident); ok && x.Name == "errors" && sel.Sel.Name == "New" {
					return true
				}
			}
		}
	}
	return false
}

// TestNoSliceResults checks the rule of the root doc.go: a function that
// returns several values returns an iterator. Methods that other libraries
// call by name (marshalling, the JSON Schema generator) and List.Slice,
// which exists to make a copy, are exempt, as is a byte slice.
func TestNoSliceResults(t *testing.T) { run(t, sliceResults) }

var exempt = map[string]bool{"Slice": true, "JSONSchemaEnum": true, "JSONSchemaIntEnum": true, "MarshalJSON": true, "MarshalText": true}

func sliceResults(dir string, files []*ast.File) (probs []string) {
	{
		for _, f := range files {
			for _, d := range f.Decls {
				fn, ok := d.(*ast.FuncDecl)
				if !ok || !fn.Name.IsExported() || !receiverExported(fn) || exempt[fn.Name.Name] || fn.Type.Results == nil {
					continue
				}
				for _, r := range fn.Type.Results.List {
					a, ok := r.Type.(*ast.ArrayType)
					if !ok || a.Len != nil {
						continue
					}
					if id, ok := a.Elt.(*ast.Ident); ok && id.Name == "byte" {
						continue
					}
					probs = append(probs, fmt.Sprintf("%s: %s returns a slice; return an iter.Seq (see the root doc.go)", dir, fn.Name.Name))
				}
			}
		}
	}
	return probs
}

// run applies a check to every public package and reports its problems.
func run(t *testing.T, check func(dir string, files []*ast.File) []string) {
	t.Helper()
	for dir, files := range publicPackages(t) {
		for _, p := range check(dir, files) {
			t.Error(p)
		}
	}
}

// TestChecksFindProblems shows that each check reports what it is for, on
// a package that breaks every rule once, and nothing on one that keeps them.
func TestChecksFindProblems(t *testing.T) {
	parse := func(src string) []*ast.File {
		f, err := parser.ParseFile(token.NewFileSet(), "x.go", src, parser.SkipObjectResolution)
		if err != nil {
			t.Fatal(err)
		}
		return []*ast.File{f}
	}
	bad := parse(`package x
import ("errors"; "github.com/caucasus-data/karabakh/internal/fold")
var Within = 1
var ErrX = errors.New("x")
type Option func(*fold.Options)
type T struct{ F fold.Options; g fold.Options }
func Search() []string { return nil }
func (T) Slice() []int { return nil }
func (T) Bytes() []byte { return nil }
`)
	good := parse(`package x
import ("iter"; "errors"; "github.com/caucasus-data/karabakh/internal/fold")
var ErrX = errors.New("x")
var within = 1
type Option struct{ o fold.Options }
func Search() iter.Seq[string] { return nil }
`)
	for _, c := range []struct {
		name  string
		check func(string, []*ast.File) []string
		want  []string
	}{
		{"internal types", internalTypes, []string{"type Option mentions", "type T mentions"}},
		{"exported variables", exportedVariables, []string{"exported variable Within"}},
		{"slice results", sliceResults, []string{"Search returns a slice"}},
	} {
		got := c.check("x", bad)
		if len(got) != len(c.want) {
			t.Errorf("%s: got %q, want %d problems", c.name, got, len(c.want))
		}
		for i := range min(len(got), len(c.want)) {
			if !strings.Contains(got[i], c.want[i]) {
				t.Errorf("%s: problem %d is %q, want it to mention %q", c.name, i, got[i], c.want[i])
			}
		}
		if p := c.check("x", good); len(p) != 0 {
			t.Errorf("%s: false alarm %q", c.name, p)
		}
	}
}
