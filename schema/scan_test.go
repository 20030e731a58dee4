package schema

import (
	"bytes"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"testing"
)

// TestDecodeLocates checks that a syntax error and a byte that is not
// UTF-8 are reported at their offset, line and column, and the byte at
// the path of its string.
func TestDecodeLocates(t *testing.T) {
	good := committedDataset(t)
	lines := bytes.SplitAfter(good, []byte("\n"))
	const line = 100 // from 1
	offset := len(bytes.Join(lines[:line-1], nil))
	indent := len(lines[line-1]) - len(bytes.TrimLeft(lines[line-1], " "))
	at := offset + indent // the first character after the indentation

	broken := slices.Concat(good[:at], []byte("}"), good[at:])
	_, err := Decode(bytes.NewReader(broken))
	checkProblem(t, err, "(document)", fmt.Sprintf("invalid JSON at offset %d (line %d, column %d)", at, line, indent+1))

	// A name of two-byte letters, the bad byte after two of them: the
	// column counts characters, not bytes.
	name := bytes.Index(good, []byte(`"text": "`)) + len(`"text": "`)
	spoilt := slices.Concat(good[:name], []byte("əə\xffə"), good[name:])
	nl := bytes.LastIndexByte(good[:name], '\n')
	_, err = Decode(bytes.NewReader(spoilt))
	checkProblem(t, err, "/actors/0/names/0/text", fmt.Sprintf("is not valid UTF-8: byte 0xff at offset %d (line %d, column %d)",
		name+4, bytes.Count(good[:name], []byte("\n"))+1, name-nl+2))

	for _, tt := range []struct{ doc, msg string }{
		{"", "invalid JSON at offset 0 (line 1, column 1): want a value, found the end of the document"},
		{"{\n\"version\": tru}", "invalid JSON at offset 13 (line 2, column 12): want a value, found 't'"},
		{"{\"a\":\n  \"\x01\"}", "invalid JSON at offset 9 (line 2, column 4): control character U+0001 in a string"},
		{"[1,\n\n 2 3]", "invalid JSON at offset 8 (line 3, column 4): want ',' or ']' after an array's element, found '3'"},
		{`{"a" 1}`, "invalid JSON at offset 5 (line 1, column 6): want ':' after a member's key, found '1'"},
		{`"\x"`, `invalid JSON at offset 1 (line 1, column 2): invalid escape "\\x" in a string`},
		{`01`, "data after the end of the document at offset 1 (line 1, column 2)"},
	} {
		_, err := Decode(strings.NewReader(tt.doc))
		checkProblem(t, err, "(document)", tt.msg)
	}
}

// TestScanMatchesEncodingJSON checks the scanner against encoding/json on
// tricky JSON: what is valid, and the text of strings.
func TestScanMatchesEncodingJSON(t *testing.T) {
	for _, doc := range []string{
		`"\ud83d\ude00"`, `"\ud83d"`, `"\ude00\ud83d"`, `"\ud83d\u0041"`, `"\ud83dx"`, `"a\u0000b"`, "\"\xff\xfe\"", "\"\xed\xa0\x80\"",
		`"\/\b\f\n\r\t\"\\"`, `-0`, `-0.0e-0`, `1E+2`, `01`, `-`, `1.`, `.5`, `1e`, `[1,]`, `{"a":1,}`, `{,}`, `[`, `nul`, `truex`,
		" \t\r\n[ ] ", `{"a":{"b":[true,false,null]}}`, "\"\x7f\"", `"\u00e9"`, `"\uD83D\uDE00"`,
	} {
		s := scanner{src: []byte(doc), maxDepth: 100}
		s.skip()
		s.space()
		valid := s.fatal == nil && s.pos == len(doc)
		if valid != json.Valid([]byte(doc)) {
			t.Errorf("%+q: scanner says valid %v, encoding/json %v (%v)", doc, valid, !valid, s.fatal)
		}
		var want string
		if json.Unmarshal([]byte(doc), &want) != nil {
			continue
		}
		if got, _ := unquote([]byte(doc[1:len(doc)-1]), -1); got != want {
			t.Errorf("unquote(%+q) = %+q, encoding/json gives %+q", doc, got, want)
		}
	}
}

// FuzzScan checks the scanner against encoding/json: it finds the same
// documents valid, and reads the same text from strings.
func FuzzScan(f *testing.F) {
	for _, s := range []string{`{"a":[1,-0.5e+3,"x\u00e9\ud83d\ude00",true,false,null]}`, `"\ud83d"`, "\"\xff\"", `[1,]`, `{"a" 1}`, `01`, `"\x"`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, doc []byte) {
		s := scanner{src: doc, maxDepth: 10000}
		s.skip()
		s.space()
		valid := s.fatal == nil && s.pos == len(doc)
		if valid != json.Valid(doc) {
			t.Fatalf("%+q: scanner says valid %v (%v), encoding/json the opposite", doc, valid, s.fatal)
		}
		var want string
		if len(doc) < 2 || json.Unmarshal(doc, &want) != nil {
			return
		}
		start := bytes.IndexByte(doc, '"')
		end := bytes.LastIndexByte(doc, '"')
		if got, _ := unquote(doc[start+1:end], -1); got != want {
			t.Fatalf("unquote(%+q) = %+q, encoding/json gives %+q", doc, got, want)
		}
		if cut, ok := unquote(doc[start+1:end], 5); len(cut) > 5+3 || !strings.HasPrefix(want, cut) || ok != (len(cut) < len(want)) {
			t.Fatalf("unquote(%+q, 5) = %+q, %v; the whole is %+q", doc, cut, ok, want)
		}
	})
}
