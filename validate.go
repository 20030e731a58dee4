package karabakh

import (
	"fmt"
	"strings"
)

// A Problem is one thing wrong with one record.
type Problem struct {
	// Record names the record: its kind and ID, such as "actor ilham-aliyev".
	Record string
	// Field is the path to the field within the record, such as
	// "Offices[1].Term" or "Names[0].Text".
	Field string
	// Message says what is wrong.
	Message string
}

func (p Problem) String() string {
	if p.Field == "" {
		return p.Record + ": " + p.Message
	}
	return p.Record + ": " + p.Field + ": " + p.Message
}

// A ValidationError lists every problem a Validate function found, so that a
// broken dataset is mended in one pass rather than one error at a time.
type ValidationError struct {
	Problems []Problem
}

func (e *ValidationError) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, "karabakh: %d problem(s) in the dataset:", len(e.Problems))
	for _, p := range e.Problems {
		b.WriteString("\n\t")
		b.WriteString(p.String())
	}
	return b.String()
}

// An IDError says why a text given as an ID names no record.
type IDError struct {
	Kind   string // the record kind: "actor", "place", "point", ...
	Input  string // the text given, quoted, cut to its first 40 bytes
	Reason string
}

func (e *IDError) Error() string {
	return fmt.Sprintf("karabakh: %s ID %s: %s", e.Kind, e.Input, e.Reason)
}
