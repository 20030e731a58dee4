package main

import (
	"bytes"
	"fmt"
	"html/template"
	"io"
	"slices"
	"strings"

	"github.com/caucasus-data/karabakh"
	"github.com/caucasus-data/karabakh/actors"
	"github.com/caucasus-data/karabakh/agreement"
	"github.com/caucasus-data/karabakh/annotate"
	"github.com/caucasus-data/karabakh/internal/safefile"
	"github.com/caucasus-data/karabakh/places"
)

const checkUsage = `usage: karabakh check [-date YYYY-MM-DD] [-json] [-html OUT] FILE|-

Reads a text against the record and prints what it finds: claims of the
corrections register that the text repeats, figures for what the statement's
points set, who signed, the statement's dates and the deadlines of points 2
and 6, and words quoted as the statement's. Each finding has a verdict
(consistent, wrong, imprecise or disputed), the records it was checked
against, the sourced value and its sources. With -, it reads standard input.

By default it prints the findings as text, each at its line and column; with
-json as a JSON array. With -html OUT it also writes OUT, a page that holds
everything: the text with every mention highlighted and linked to its record,
and each finding beside its claim with the sources.

Example:

  $ echo 'The trilateral statement was signed by Recep Tayyip Erdoğan.' | karabakh check -
  1:40-1:60 wrong (signatory) signed by Recep Tayyip Erdoğan
      record:  agreement statement-2020-11-10, actor recep-tayyip-erdogan
      sourced: Statement by ... was signed by Ilham Aliyev, Nikol Pashinyan, Vladimir Putin
      source:  https://...
`

func runCheck(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := newFlagSet("check", checkUsage, stderr)
	var date dateFlag
	fs.Var(&date, "date", "the `day` the text was published, YYYY-MM-DD")
	asJSON := fs.Bool("json", false, "print the findings as a JSON array")
	htmlOut := fs.String("html", "", "also write a self-contained HTML page to `file`")
	text, code, ok := textArg(fs, "karabakh check", args, stdin, stdout, stderr)
	if !ok {
		return code
	}
	opts := date.options()
	findings := slices.Collect(annotate.Check(text, opts...))
	var err error
	if *htmlOut != "" {
		var page []byte
		page, err = checkPage(fs.Arg(0), text, slices.Collect(annotate.Text(text, opts...)), findings)
		if err == nil {
			err = safefile.WriteFile(*htmlOut, page, 0o644)
		}
		if err != nil {
			fmt.Fprintf(stderr, "karabakh check: %v\n", err)
			return 1
		}
	}
	var out []byte
	if *asJSON {
		if findings == nil {
			findings = []annotate.Finding{}
		}
		if out, err = marshalLines(findings); err != nil {
			fmt.Fprintf(stderr, "karabakh check: %v\n", err)
			return 1
		}
	} else {
		out = findingsText(text, findings)
	}
	stdout.Write(out)
	return 0
}

// findingsText writes the findings for a reader, each at its line and
// column.
func findingsText(text string, fs []annotate.Finding) []byte {
	var b bytes.Buffer
	for _, f := range fs {
		sl, sc := lineCol(text, f.Start)
		el, ec := lineCol(text, f.End)
		fmt.Fprintf(&b, "%d:%d-%d:%d %s (%s) %s\n", sl, sc, el, ec, f.Verdict, f.Check, oneLine(f.Claim, 160))
		var refs []string
		for r := range f.Records.All() {
			refs = append(refs, r.String())
		}
		fmt.Fprintf(&b, "    record:  %s\n", strings.Join(refs, ", "))
		fmt.Fprintf(&b, "    sourced: %s\n", oneLine(f.Sourced, 300))
		for s := range f.Sources.All() {
			fmt.Fprintf(&b, "    source:  %s (%s)\n", s.URL, s.Publisher)
		}
	}
	if len(fs) == 0 {
		b.WriteString("no findings\n")
	}
	return b.Bytes()
}

// lineCol returns the line and column, from 1, of byte offset at; columns
// count characters.
func lineCol(text string, at int) (int, int) {
	at = min(at, len(text))
	line := strings.Count(text[:at], "\n") + 1
	start := strings.LastIndexByte(text[:at], '\n') + 1
	return line, len([]rune(text[start:at])) + 1
}

func oneLine(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if r := []rune(s); len(r) > n {
		return string(r[:n]) + "…"
	}
	return s
}

// The page: the text in segments, plain or marked as a mention; the
// findings; and the records the mentions and findings name.
type pageData struct {
	Title    string
	Segments []segment
	Findings []pageFinding
	Records  []pageRecord
}

type segment struct {
	Text    string
	Kind    string // "" for plain text
	Title   string
	Href    string // the record's anchor, if it has one
	Finding int    // > 0: a marker for finding n after this segment
	Verdict string
}

type pageFinding struct {
	N       int
	Verdict string
	Check   string
	Claim   string
	Sourced string
	Records []pageRef
	Sources []karabakh.Source
}

type pageRef struct{ Label, Href string }

type pageRecord struct {
	Anchor, Kind, ID, Label, Note string
	Sources                       []karabakh.Source
}

var pageTemplate = template.Must(template.New("page").Parse(`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{{.Title}}</title>
<style>
body { font: 16px/1.5 Georgia, serif; margin: 0; color: #222; }
main { display: grid; grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); gap: 2em; padding: 1em 2em; }
article { white-space: pre-wrap; }
a.m { text-decoration: none; border-bottom: 2px solid; color: inherit; }
.actor { background: #e8f0fe; border-color: #4a78d0; }
.place { background: #e6f4ea; border-color: #3a8a50; }
.agreement { background: #fef3e0; border-color: #c98a1a; }
.point { background: #fde8ef; border-color: #c0406a; }
.date { background: #f1e8fd; border-color: #7a4ac0; }
.quantity { background: #eaeaea; border-color: #666; }
sup a { text-decoration: none; font: bold 12px sans-serif; padding: 0 3px; border-radius: 3px; color: #fff; }
.wrong { background: #c62828; } .imprecise { background: #ef8f00; } .disputed { background: #6d4c9f; } .consistent { background: #2e7d32; }
aside ol { padding-left: 1.2em; } aside li { margin-bottom: 1em; }
.verdict { font: bold 12px sans-serif; text-transform: uppercase; color: #fff; padding: 1px 5px; border-radius: 3px; }
blockquote { margin: .3em 0; padding-left: .6em; border-left: 3px solid #ccc; }
.small { font-size: 13px; color: #555; }
section { padding: 1em 2em; border-top: 1px solid #ddd; }
</style>
</head>
<body>
<main>
<article>{{range .Segments}}{{if .Kind}}<a class="m {{.Kind}}" title="{{.Title}}"{{if .Href}} href="#{{.Href}}"{{end}}>{{.Text}}</a>{{else}}{{.Text}}{{end}}{{if .Finding}}<sup><a class="{{.Verdict}}" id="c{{.Finding}}" href="#f{{.Finding}}">{{.Finding}}</a></sup>{{end}}{{end}}</article>
<aside>
<h2>Findings</h2>
{{if not .Findings}}<p>No findings.</p>{{end}}
<ol>{{range .Findings}}
<li id="f{{.N}}"><a href="#c{{.N}}">{{.N}}</a> <span class="verdict {{.Verdict}}">{{.Verdict}}</span> <span class="small">{{.Check}}</span>
<blockquote>{{.Claim}}</blockquote>
<div>{{.Sourced}}</div>
<div class="small">Checked against: {{range $i, $r := .Records}}{{if $i}}, {{end}}{{if $r.Href}}<a href="#{{$r.Href}}">{{$r.Label}}</a>{{else}}{{$r.Label}}{{end}}{{end}}</div>
<ul class="small">{{range .Sources}}<li><a href="{{.URL}}">{{.Publisher}}</a>{{if .Quote}}: “{{.Quote}}”{{end}}{{if .Point}} (point {{.Point}}){{end}}</li>{{end}}</ul>
</li>{{end}}
</ol>
</aside>
</main>
<section>
<h2>Records</h2>
<dl>{{range .Records}}
<dt id="{{.Anchor}}"><b>{{.Label}}</b> <span class="small">{{.Kind}} {{.ID}}</span></dt>
<dd>{{.Note}}<ul class="small">{{range .Sources}}<li><a href="{{.URL}}">{{.Publisher}}</a>{{if .Quote}}: “{{.Quote}}”{{end}}</li>{{end}}</ul></dd>{{end}}
</dl>
</section>
</body>
</html>
`))

// checkPage renders the page for text.
func checkPage(name, text string, ms []annotate.Mention, fs []annotate.Finding) ([]byte, error) {
	d := pageData{Title: "karabakh check: " + name}
	records := map[string]bool{}
	addRecord := func(kind, id string) string {
		anchor := "r-" + kind + "-" + id
		if records[anchor] {
			return anchor
		}
		r, ok := record(kind, id)
		if !ok {
			return ""
		}
		r.Anchor = anchor
		records[anchor] = true
		d.Records = append(d.Records, r)
		return anchor
	}
	// The mentions, outermost only; a nested one is named in the title.
	ends := map[int][]int{} // finding markers by end offset
	for i, f := range fs {
		ends[f.End] = append(ends[f.End], i)
	}
	pos := 0
	plain := func(to int) {
		for pos < to {
			next := to
			for e := range ends {
				if e > pos && e < next {
					next = e
				}
			}
			d.Segments = append(d.Segments, segment{Text: text[pos:next]})
			pos = next
			markers(&d, ends[pos], fs)
		}
	}
	for i := 0; i < len(ms); i++ {
		m := ms[i]
		if m.Start < pos {
			continue
		}
		plain(m.Start)
		title := m.Kind.String() + ": " + strings.Join(m.IDs.Slice(), ", ")
		for j := i + 1; j < len(ms) && ms[j].Start < m.End; j++ {
			title += "; " + ms[j].Kind.String() + ": " + strings.Join(ms[j].IDs.Slice(), ", ")
		}
		s := segment{Text: m.Text, Kind: m.Kind.String(), Title: title}
		if m.IDs.Len() > 0 {
			s.Href = addRecord(m.Kind.String(), m.IDs.At(0))
		}
		d.Segments = append(d.Segments, s)
		pos = m.End
		markers(&d, ends[pos], fs)
	}
	plain(len(text))
	for i, f := range fs {
		pf := pageFinding{N: i + 1, Verdict: f.Verdict.String(), Check: f.Check.String(), Claim: f.Claim, Sourced: f.Sourced, Sources: f.Sources.Slice()}
		for r := range f.Records.All() {
			pf.Records = append(pf.Records, pageRef{Label: r.String(), Href: addRecord(r.Kind, r.ID)})
		}
		d.Findings = append(d.Findings, pf)
	}
	var b bytes.Buffer
	if err := pageTemplate.Execute(&b, d); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// markers adds the markers of the findings ending here to the last
// segment.
func markers(d *pageData, idx []int, fs []annotate.Finding) {
	for _, i := range idx {
		if n := len(d.Segments); n > 0 && d.Segments[n-1].Finding == 0 {
			d.Segments[n-1].Finding, d.Segments[n-1].Verdict = i+1, fs[i].Verdict.String()
		} else {
			d.Segments = append(d.Segments, segment{Finding: i + 1, Verdict: fs[i].Verdict.String()})
		}
	}
}

// record returns what the page shows of the record kind id.
func record(kind, id string) (pageRecord, bool) {
	r := pageRecord{Kind: kind, ID: id}
	var srcs karabakh.Sources
	ok := false
	switch kind {
	case "actor":
		var a actors.Actor
		a, ok = actors.Get(actors.ID(id))
		r.Label, r.Note, srcs = a.Names.English(), a.Note, a.Sources
	case "place":
		var p places.Place
		p, ok = places.Get(places.ID(id))
		r.Label, r.Note, srcs = p.Names.English(), p.Note, p.Sources
	case "agreement":
		var a agreement.Agreement
		a, ok = agreement.Get(agreement.ID(id))
		r.Label, r.Note, srcs = a.Titles.English(), a.Note, a.Sources
	case "point":
		var p agreement.Point
		p, ok = agreement.GetPoint(agreement.PointID(id))
		r.Label, r.Note, srcs = fmt.Sprintf("Point %d", p.Number), p.Summary, p.Sources
	}
	if !ok {
		return r, false
	}
	r.Sources = srcs.Slice()
	if len(r.Sources) > 3 {
		r.Sources = r.Sources[:3]
	}
	return r, true
}
