package karabakh

import (
	"bytes"
	"time"
)

// An Interval is a span of calendar dates, written in EDTF as "start/end".
// A zero Start or End is an open end, written "..": "2020-11-10/.." is
// ongoing and "../2023" began at an unknown time. An Interval whose Start
// and End are equal is a single date and is written as that date alone.
//
// Start and End may have different precisions: "2020-11-10/2021" runs from
// 10 November 2020 to some day in 2021.
type Interval struct {
	Start Date
	End   Date
}

// Interval returns the Interval holding just d.
func (d Date) Interval() Interval { return Interval{Start: d, End: d} }

// Span returns the Interval from start to end, either of which may be the
// zero Date for an open end.
func Span(start, end Date) Interval { return Interval{Start: start, End: end} }

// IsZero reports whether both ends are open and so nothing is known.
func (iv Interval) IsZero() bool { return iv.Start.IsZero() && iv.End.IsZero() }

// IsDate reports whether iv is a single date.
func (iv Interval) IsDate() bool { return !iv.Start.IsZero() && iv.Start == iv.End }

// Lower returns the first day iv may cover, or the zero time if its start
// is open.
func (iv Interval) Lower() time.Time { return iv.Start.Lower() }

// Upper returns the last day iv may cover, or the zero time if its end is
// open.
func (iv Interval) Upper() time.Time { return iv.End.Upper() }

// Contains reports whether every day of d lies within iv. Open ends are
// unbounded.
func (iv Interval) Contains(d Date) bool {
	if d.IsZero() {
		return false
	}
	if !iv.Start.IsZero() && d.Lower().Before(iv.Start.Lower()) {
		return false
	}
	if !iv.End.IsZero() && d.Upper().After(iv.End.Upper()) {
		return false
	}
	return true
}

// Overlaps reports whether iv and jv share at least one day, counting
// every day of a year or month and treating open ends as unbounded.
func (iv Interval) Overlaps(jv Interval) bool {
	if !iv.End.IsZero() && !jv.Start.IsZero() && iv.End.Upper().Before(jv.Start.Lower()) {
		return false
	}
	if !jv.End.IsZero() && !iv.Start.IsZero() && jv.End.Upper().Before(iv.Start.Lower()) {
		return false
	}
	return true
}

// Valid reports whether iv's ends are in order: the start's first day is no
// later than the end's last day.
func (iv Interval) Valid() bool {
	if iv.Start.IsZero() || iv.End.IsZero() {
		return true
	}
	return !iv.Start.Lower().After(iv.End.Upper())
}

// String returns the EDTF form: "2020-11-10", "2020-11-10/2020-11-12",
// "2020-11-10/..", "../2023" or "../.." for the zero Interval.
func (iv Interval) String() string {
	var buf [21]byte
	return string(iv.appendTo(buf[:0]))
}

func (iv Interval) appendTo(b []byte) []byte {
	if iv.IsDate() {
		return iv.Start.appendTo(b)
	}
	if iv.Start.IsZero() {
		b = append(b, ".."...)
	} else {
		b = iv.Start.appendTo(b)
	}
	b = append(b, '/')
	if iv.End.IsZero() {
		return append(b, ".."...)
	}
	return iv.End.appendTo(b)
}

// MarshalText implements [encoding.TextMarshaler] with the EDTF form.
func (iv Interval) MarshalText() ([]byte, error) {
	return iv.appendTo(make([]byte, 0, 21)), nil
}

// UnmarshalText implements [encoding.TextUnmarshaler] with [ParseInterval].
func (iv *Interval) UnmarshalText(b []byte) error {
	v, err := parseInterval(b)
	if err != nil {
		return err
	}
	*iv = v
	return nil
}

// ParseInterval parses an interval in EDTF form: a single date ("2020-11"),
// "start/end", or either end written ".." for open. Both ends open, "../..",
// is the zero Interval. The start must not come after the end, and must
// differ from it: a single date is written alone ("2020", not
// "2020/2020"). ParseInterval accepts only the form String writes, so an
// accepted text prints back to exactly itself.
func ParseInterval(s string) (Interval, error) { return parseInterval([]byte(s)) }

// MustParseInterval is like [ParseInterval] but panics on invalid input.
func MustParseInterval(s string) Interval {
	iv, err := ParseInterval(s)
	if err != nil {
		panic(err)
	}
	return iv
}

func parseInterval(b []byte) (Interval, error) {
	i := bytes.IndexByte(b, '/')
	if i < 0 {
		if len(b) == 0 {
			return Interval{}, dateErr(b, "empty")
		}
		d, err := parseDate(b)
		if err != nil {
			return Interval{}, err
		}
		return d.Interval(), nil
	}
	var iv Interval
	for k, part := range [2][]byte{b[:i], b[i+1:]} {
		var d Date
		switch {
		case string(part) == "..":
		case len(part) == 0:
			return Interval{}, dateErr(b, "empty end; write \"..\" for an open end")
		default:
			var err error
			if d, err = parseDate(part); err != nil {
				return Interval{}, dateErr(b, err.(*DateError).Reason)
			}
		}
		if k == 0 {
			iv.Start = d
		} else {
			iv.End = d
		}
	}
	if !iv.Valid() {
		return Interval{}, dateErr(b, "start is after end")
	}
	if iv.IsDate() {
		// String writes a single date alone; accepting "2020/2020" too
		// would give one Interval two spellings.
		return Interval{}, dateErr(b, "start and end are the same date; write it alone")
	}
	return iv, nil
}
