package annotate

import (
	"fmt"
	"iter"

	"github.com/caucasus-data/karabakh"
	"github.com/caucasus-data/karabakh/factcheck"
)

// A Verdict says how a claim in a text stands against the record.
type Verdict uint8

// The verdicts of a finding.
const (
	// Consistent: the record says the same.
	Consistent Verdict = iota + 1
	// Wrong: the record says otherwise.
	Wrong
	// Imprecise: roughly right, but not as the sources put it: a rounded
	// figure, a garbled name, a date that is one usage of two.
	Imprecise
	// Disputed: the record holds a value some sources gave and others
	// contradict, or finds no stored source either way.
	Disputed
)

var verdictNames = [...]string{"", "consistent", "wrong", "imprecise", "disputed"}

// Verdicts lists every Verdict.
func Verdicts() iter.Seq[Verdict] { return enumValues(Consistent, Disputed) }

// String returns "consistent", "wrong", "imprecise" or "disputed".
func (v Verdict) String() string { return enumName(verdictNames[:], uint8(v), "Verdict") }

// Valid reports whether v is one of the verdicts.
func (v Verdict) Valid() bool { return v >= Consistent && v <= Disputed }

// MarshalText encodes the verdict as its name.
func (v Verdict) MarshalText() ([]byte, error) { return enumText(verdictNames[:], uint8(v), "Verdict") }

// UnmarshalText decodes a verdict from its name.
func (v *Verdict) UnmarshalText(b []byte) error {
	return enumParse(verdictNames[:], (*uint8)(v), b, "verdict")
}

// A CheckKind says which test of [Check] made a finding.
type CheckKind uint8

// The tests Check runs.
const (
	// CheckRegister: a claim of the corrections register (package
	// factcheck), repeated in the text.
	CheckRegister CheckKind = iota + 1
	// CheckQuantity: a figure for what a point of the statement sets.
	CheckQuantity
	// CheckSignatory: who signed an agreement.
	CheckSignatory
	// CheckDate: the date the statement was signed or took effect, or a
	// deadline or handover date of points 2 and 6.
	CheckDate
	// CheckQuotation: words quoted as the statement's.
	CheckQuotation
)

var checkNames = [...]string{"", "register", "quantity", "signatory", "date", "quotation"}

// String returns the check's name: "register", "quantity", "signatory",
// "date" or "quotation".
func (c CheckKind) String() string { return enumName(checkNames[:], uint8(c), "CheckKind") }

// MarshalText encodes the check as its name.
func (c CheckKind) MarshalText() ([]byte, error) {
	return enumText(checkNames[:], uint8(c), "CheckKind")
}

// A Ref names a record: its kind ("point", "agreement", "correction",
// "deadline", "actor", "event") and ID.
type Ref struct {
	Kind string `json:"kind"`
	ID   string `json:"id"`
}

// String returns "point statement-2020-11-10#3".
func (r Ref) String() string { return r.Kind + " " + r.ID }

// A Finding is a claim of a text checked against the record.
//
// Its JSON form is what the command karabakh check -json prints.
type Finding struct {
	// Start and End are the byte offsets of the claim in the text.
	Start int `json:"start"`
	End   int `json:"end"`
	// Claim is the claim as read: the text of the span, or what was read
	// from it ("signed by Recep Tayyip Erdoğan").
	Claim   string    `json:"claim"`
	Verdict Verdict   `json:"verdict"`
	Check   CheckKind `json:"check"`
	// Records are what the claim was checked against.
	Records karabakh.List[Ref] `json:"records"`
	// Correction is the register's correction, for CheckRegister.
	Correction factcheck.ID `json:"correction,omitempty"`
	// Sourced is the value the record holds, in words.
	Sourced string `json:"sourced"`
	// Sources show the sourced value.
	Sources karabakh.Sources `json:"sources"`
}

// String returns the finding as `120-160 wrong (signatory) "signed by …": …`.
func (f Finding) String() string {
	return fmt.Sprintf("%d-%d %s (%s) %q: %s", f.Start, f.End, f.Verdict, f.Check, f.Claim, f.Sourced)
}
