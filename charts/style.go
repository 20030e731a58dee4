package charts

import (
	"github.com/caucasus-data/karabakh/implementation"
)

// style is every chart's stylesheet. An SVG set inside an HTML page shares
// the page's styles, so every rule is scoped by the kc class of the chart's
// root and every class and custom property starts with kc-.
//
// The levels are a single-hue blue ramp (ColorBrewer Blues, and its mirror
// for the dark theme), told apart by lightness: each step is further from
// the background than the last, so "more done" is "more ink" in either
// theme. Events are orange (Okabe and Ito's vermillion, lighter in the
// dark), which readers with any common colour-vision deficiency tell from
// blue. Nothing rests on colour alone: the level is also the band's height,
// the states beyond the scale are hatchings, and the marks differ in shape.
const style = `
.kc{--kc-fg:#1f2328;--kc-muted:#59636e;--kc-grid:#d1d9e0;--kc-bg:#ffffff;--kc-l1:#c6dbef;--kc-l2:#6baed6;--kc-l3:#2171b5;--kc-ev:#d55e00;font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","DejaVu Sans",sans-serif;font-size:12px}
@media (prefers-color-scheme:dark){.kc{--kc-fg:#e6edf3;--kc-muted:#9198a1;--kc-grid:#3d444d;--kc-bg:#0d1117;--kc-l1:#1c3d63;--kc-l2:#3a78c2;--kc-l3:#9ecae1;--kc-ev:#f0a030}}
.kc .kc-bg{fill:var(--kc-bg)}
.kc text{fill:var(--kc-fg);paint-order:stroke;stroke:var(--kc-bg);stroke-width:3px;stroke-linejoin:round}
.kc .kc-muted{fill:var(--kc-muted)}
.kc .kc-title{font-size:16px;font-weight:600}
.kc .kc-strong{font-weight:600}
.kc .kc-small{font-size:11px}
.kc .kc-grid{stroke:var(--kc-grid);stroke-width:1}
.kc .kc-axis{stroke:var(--kc-muted);stroke-width:1}
.kc .kc-l0{fill:var(--kc-muted)}
.kc .kc-l1{fill:var(--kc-l1)}
.kc .kc-l2{fill:var(--kc-l2)}
.kc .kc-l3{fill:var(--kc-l3)}
.kc .kc-implied{stroke:var(--kc-fg);stroke-width:1;stroke-dasharray:4 2}
.kc .kc-hit{fill:var(--kc-bg);fill-opacity:0}
.kc .kc-swatch{stroke:var(--kc-muted);stroke-width:.5}
.kc .kc-hatch{stroke:var(--kc-fg);stroke-width:1.2;fill:var(--kc-fg)}
.kc .kc-halo{stroke:var(--kc-bg);stroke-width:3;fill:var(--kc-bg)}
.kc .kc-allowed{stroke:var(--kc-muted);stroke-width:2}
.kc .kc-due{fill:var(--kc-bg);stroke:var(--kc-fg);stroke-width:1.5}
.kc .kc-moved{stroke:var(--kc-fg);stroke-width:1.5;stroke-dasharray:4 2;fill:none}
.kc .kc-done{fill:var(--kc-ev);stroke:var(--kc-bg);stroke-width:1}
.kc .kc-change{fill:var(--kc-ev);stroke:var(--kc-bg);stroke-width:1}
.kc .kc-miss{stroke:var(--kc-ev);stroke-width:2.5;fill:none}
.kc .kc-span{fill:var(--kc-ev);opacity:.85}
.kc .kc-now{stroke:var(--kc-fg);stroke-width:1;stroke-dasharray:2 3}
.kc a:focus{outline:2px solid var(--kc-ev)}
.kc a:hover .kc-band,.kc a:focus .kc-band{stroke:var(--kc-fg);stroke-width:1}
`

// begin writes the root element, the title, the description, the style,
// the hatchings and the background of a chart w by h.
func (d *drawing) begin(w, h float64, desc string) {
	d.buf.WriteString(`<svg xmlns="http://www.w3.org/2000/svg"`)
	d.attrs([]string{
		"class", "kc kc-" + string(d.chart),
		"width", num(w), "height", num(h), "viewBox", "0 0 " + num(w) + " " + num(h),
		"aria-labelledby", d.id("title"), "aria-describedby", d.id("desc"),
	})
	d.buf.WriteString(">\n")
	d.depth++
	d.text("title", d.chart.Title(), "id", d.id("title"))
	d.text("desc", desc, "id", d.id("desc"))
	// The style is our own text, free of < and & (a test checks), and is
	// written as it is so that its quotes stay quotes.
	d.indent()
	d.buf.WriteString("<style>" + style + "</style>\n")
	d.open("defs")
	for st := range implementation.States() {
		d.hatching(st)
	}
	d.close("defs")
	d.leaf("rect", "class", "kc-bg", "width", num(w), "height", num(h), "rx", "6")
}

// end closes the root element.
func (d *drawing) end() { d.close("svg") }

// hatching writes the pattern that marks state st: stripes one way for
// overtaken, the other for lapsed, both for disputed, upright bars for
// suspended and dots for an extended deadline, so that the states differ
// in shape, not in colour.
func (d *drawing) hatching(st implementation.State) {
	rotate := ""
	switch st {
	case implementation.Overtaken, implementation.Disputed:
		rotate = "rotate(45)"
	case implementation.Lapsed:
		rotate = "rotate(-45)"
	}
	d.open("pattern", "id", d.hatchID(st), "width", "6", "height", "6", "patternUnits", "userSpaceOnUse", "patternTransform", rotate)
	// Each stroke is drawn twice, wide in the background colour and thin
	// in the foreground, so that it shows on a pale band and a dark one.
	for _, class := range []string{"kc-halo", "kc-hatch"} {
		switch st {
		case implementation.DeadlineExtended:
			d.dot(3, 3, 1.1, class)
		case implementation.Disputed:
			d.line(1.5, 0, 1.5, 6, class)
			d.line(0, 1.5, 6, 1.5, class)
		default:
			d.line(1.5, 0, 1.5, 6, class)
		}
	}
	d.close("pattern")
}

func (d *drawing) hatchID(st implementation.State) string { return d.id("hatch-" + string(st)) }

func (d *drawing) hatchFill(st implementation.State) string { return "url(#" + d.hatchID(st) + ")" }

// levelClass returns the class of a band at level l.
func levelClass(l implementation.Level) string {
	switch l {
	case implementation.Minimal:
		return "kc-band kc-l1"
	case implementation.Intermediate:
		return "kc-band kc-l2"
	case implementation.Full:
		return "kc-band kc-l3"
	}
	return "kc-band kc-l0"
}

// bandHeight returns the height of a band at level l in a lane of height
// h: a hairline for "not initiated", the whole lane for "full".
func bandHeight(l implementation.Level, h float64) float64 {
	if l <= implementation.NotInitiated {
		return 2
	}
	return h * float64(min(l, implementation.Full)) / float64(implementation.Full)
}
