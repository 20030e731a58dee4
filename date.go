package karabakh

import (
	"errors"
	"fmt"
	"strconv"
	"time"
	"unicode/utf8"
)

// Precision says how much of a [Date] is known.
type Precision uint8

// The precisions of a [Date], from least to most precise.
const (
	PrecisionNone  Precision = iota // the zero Date: nothing known
	PrecisionYear                   // "2020"
	PrecisionMonth                  // "2020-11"
	PrecisionDay                    // "2020-11-10"
)

// String returns "none", "year", "month" or "day".
func (p Precision) String() string {
	switch p {
	case PrecisionNone:
		return "none"
	case PrecisionYear:
		return "year"
	case PrecisionMonth:
		return "month"
	case PrecisionDay:
		return "day"
	}
	return "Precision(" + strconv.Itoa(int(p)) + ")"
}

// A Date is a calendar date known to a year, a month or a day, as the sources
// give it: "2020", "2020-11" or "2020-11-10" (ISO 8601 / EDTF level 0). It is
// a small comparable value; the zero Date means "not known".
//
// A Date names calendar days in the local time of the place it happened; it is
// not an instant. Where the instant is known, records keep a [time.Time] too.
type Date struct {
	year  int16
	month uint8
	day   uint8
	prec  Precision
}

// Year returns the Date known to the year y. It panics if y is outside
// 1..9999, the years EDTF level 0 can write.
func Year(y int) Date {
	if y < 1 || y > 9999 {
		panic(fmt.Sprintf("karabakh.Year: year %d out of range 1..9999", y))
	}
	return Date{year: int16(y), prec: PrecisionYear}
}

// Month returns the Date known to the month m of year y. It panics on an
// impossible month.
func Month(y int, m time.Month) Date {
	d := Year(y)
	if m < time.January || m > time.December {
		panic(fmt.Sprintf("karabakh.Month: month %d out of range", m))
	}
	d.month, d.prec = uint8(m), PrecisionMonth
	return d
}

// Day returns the Date known to the day. It panics on an impossible day,
// such as 31 November: dates in the dataset are written in code, and a
// typo must fail loudly, not roll over into the next month.
func Day(y int, m time.Month, day int) Date {
	d := Month(y, m)
	if day < 1 || day > daysIn(y, m) {
		panic(fmt.Sprintf("karabakh.Day: %04d-%02d has no day %d", y, m, day))
	}
	d.day, d.prec = uint8(day), PrecisionDay
	return d
}

// DateOf returns the day of t in t's own location. It returns the zero
// Date if that day falls outside the years 1 to 9999, which a Date cannot
// hold.
func DateOf(t time.Time) Date {
	y, m, d := t.Date()
	if y < 1 || y > 9999 {
		return Date{}
	}
	return Day(y, m, d)
}

func daysIn(y int, m time.Month) int {
	return time.Date(y, m+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// IsZero reports whether d is the zero Date.
func (d Date) IsZero() bool { return d.prec == PrecisionNone }

// Precision reports how much of d is known.
func (d Date) Precision() Precision { return d.prec }

// Year returns the year, or 0 for the zero Date.
func (d Date) Year() int { return int(d.year) }

// Month returns the month, or 0 if it is not known.
func (d Date) Month() time.Month { return time.Month(d.month) }

// Day returns the day of the month, or 0 if it is not known.
func (d Date) Day() int { return int(d.day) }

// Lower returns the first day d covers, as midnight UTC: 1 January for a
// year, the first of the month for a month. It returns the zero time for the
// zero Date.
func (d Date) Lower() time.Time {
	switch d.prec {
	case PrecisionYear:
		return time.Date(int(d.year), time.January, 1, 0, 0, 0, 0, time.UTC)
	case PrecisionMonth:
		return time.Date(int(d.year), time.Month(d.month), 1, 0, 0, 0, 0, time.UTC)
	case PrecisionDay:
		return time.Date(int(d.year), time.Month(d.month), int(d.day), 0, 0, 0, 0, time.UTC)
	}
	return time.Time{}
}

// Upper returns the last day d covers, as midnight UTC: 31 December for a
// year, the last day of the month for a month. It returns the zero time for
// the zero Date.
func (d Date) Upper() time.Time {
	switch d.prec {
	case PrecisionYear:
		return time.Date(int(d.year), time.December, 31, 0, 0, 0, 0, time.UTC)
	case PrecisionMonth:
		return time.Date(int(d.year), time.Month(d.month), daysIn(int(d.year), time.Month(d.month)), 0, 0, 0, 0, time.UTC)
	case PrecisionDay:
		return d.Lower()
	}
	return time.Time{}
}

// First returns the first day d covers as a day-precision Date.
func (d Date) First() Date {
	if d.IsZero() {
		return d
	}
	return DateOf(d.Lower())
}

// Last returns the last day d covers as a day-precision Date.
func (d Date) Last() Date {
	if d.IsZero() {
		return d
	}
	return DateOf(d.Upper())
}

// Compare orders dates by their first day, then by precision, coarser
// first: 2020 < 2020-01 < 2020-01-01 < 2020-01-02 < 2020-02. The zero Date
// sorts before every other. It returns -1, 0 or +1.
func (d Date) Compare(e Date) int {
	if c := cmpInt(int(d.year), int(e.year)); c != 0 {
		return c
	}
	if c := cmpInt(int(d.month), int(e.month)); c != 0 {
		return c
	}
	if c := cmpInt(int(d.day), int(e.day)); c != 0 {
		return c
	}
	return cmpInt(int(d.prec), int(e.prec))
}

// Before reports whether every day of d falls before every day of e.
// Neither may be zero.
func (d Date) Before(e Date) bool {
	return !d.IsZero() && !e.IsZero() && d.Upper().Before(e.Lower())
}

// After reports whether every day of d falls after every day of e.
func (d Date) After(e Date) bool { return e.Before(d) }

// Contains reports whether every day of e falls within d: 2020-11 contains
// 2020-11-10, and 2020 contains 2020-11.
func (d Date) Contains(e Date) bool {
	if d.IsZero() || e.IsZero() {
		return false
	}
	return !e.Lower().Before(d.Lower()) && !e.Upper().After(d.Upper())
}

// AddDays returns the day n days after the first day of d (before it, for
// a negative n). Like every method that computes a Date, it returns the
// zero Date, "not known", when there is no answer: when d is the zero Date,
// or when the day would fall outside the years 1 to 9999.
func (d Date) AddDays(n int) Date {
	if d.IsZero() {
		return Date{}
	}
	// Bound n first: a count of days beyond the calendar's span is out of
	// range whatever d is, and AddDate must not be left to overflow.
	const span = 10000 * 366
	if n < -span || n > span {
		return Date{}
	}
	return DateOf(d.Lower().AddDate(0, 0, n))
}

// DaysUntil returns the number of days from the first day of d to the first
// day of e; negative if e is earlier. It returns 0 if either is the zero
// Date.
func (d Date) DaysUntil(e Date) int {
	if d.IsZero() || e.IsZero() {
		return 0
	}
	// Whole seconds, not a time.Duration, which cannot span more than 292
	// years. Both are midnights UTC, so the division is exact.
	return int((e.Lower().Unix() - d.Lower().Unix()) / 86400)
}

func cmpInt(a, b int) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// String returns the EDTF form: "2020", "2020-11", "2020-11-10", or "" for
// the zero Date. [ParseDate] reads it back to an equal Date.
func (d Date) String() string {
	var buf [10]byte
	return string(d.appendTo(buf[:0]))
}

func (d Date) appendTo(b []byte) []byte {
	if d.prec == PrecisionNone {
		return b
	}
	b = append4(b, int(d.year))
	if d.prec >= PrecisionMonth {
		b = append(b, '-')
		b = append2(b, int(d.month))
	}
	if d.prec >= PrecisionDay {
		b = append(b, '-')
		b = append2(b, int(d.day))
	}
	return b
}

func append4(b []byte, n int) []byte {
	return append(b, byte('0'+n/1000), byte('0'+n/100%10), byte('0'+n/10%10), byte('0'+n%10))
}

func append2(b []byte, n int) []byte { return append(b, byte('0'+n/10), byte('0'+n%10)) }

// MarshalText implements [encoding.TextMarshaler] with the EDTF form.
func (d Date) MarshalText() ([]byte, error) {
	if d.prec > PrecisionDay {
		return nil, errors.New("karabakh: invalid Date precision")
	}
	return d.appendTo(make([]byte, 0, 10)), nil
}

// UnmarshalText implements [encoding.TextUnmarshaler]. An empty text gives
// the zero Date.
func (d *Date) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*d = Date{}
		return nil
	}
	v, err := parseDate(b)
	if err != nil {
		return err
	}
	*d = v
	return nil
}

// A DateError says why a text is not a valid date or interval.
type DateError struct {
	Input  string // the text given, cut to at most 64 bytes at a character boundary
	Reason string
}

func (e *DateError) Error() string {
	return fmt.Sprintf("karabakh: invalid date %q: %s", e.Input, e.Reason)
}

func dateErr(in []byte, reason string) error {
	if len(in) > 64 {
		// Cut at the start of a character, never inside one.
		n := 64
		for n > 0 && !utf8.RuneStart(in[n]) {
			n--
		}
		return &DateError{Input: string(in[:n]) + "…", Reason: reason}
	}
	return &DateError{Input: string(in), Reason: reason}
}

// ParseDate parses a date in one of the forms "YYYY", "YYYY-MM" or
// "YYYY-MM-DD" (ISO 8601 / EDTF level 0), with a four-digit year from 0001.
// It rejects anything else, including impossible days such as 2021-02-29.
func ParseDate(s string) (Date, error) {
	if s == "" {
		return Date{}, &DateError{Input: s, Reason: "empty"}
	}
	return parseDate([]byte(s))
}

// MustParseDate is like [ParseDate] but panics on an invalid date. It is for
// constants in code and tests.
func MustParseDate(s string) Date {
	d, err := ParseDate(s)
	if err != nil {
		panic(err)
	}
	return d
}

func parseDate(b []byte) (Date, error) {
	switch len(b) {
	case 4, 7, 10:
	default:
		return Date{}, dateErr(b, "want YYYY, YYYY-MM or YYYY-MM-DD")
	}
	y, ok := digits(b[0:4])
	if !ok {
		return Date{}, dateErr(b, "year is not four digits")
	}
	if y == 0 {
		return Date{}, dateErr(b, "year 0000 is not supported")
	}
	d := Date{year: int16(y), prec: PrecisionYear}
	if len(b) == 4 {
		return d, nil
	}
	if b[4] != '-' {
		return Date{}, dateErr(b, "want '-' after the year")
	}
	m, ok := digits(b[5:7])
	if !ok || m < 1 || m > 12 {
		return Date{}, dateErr(b, "month is not 01..12")
	}
	d.month, d.prec = uint8(m), PrecisionMonth
	if len(b) == 7 {
		return d, nil
	}
	if b[7] != '-' {
		return Date{}, dateErr(b, "want '-' after the month")
	}
	day, ok := digits(b[8:10])
	if !ok || day < 1 || day > daysIn(y, time.Month(m)) {
		return Date{}, dateErr(b, "no such day in that month")
	}
	d.day, d.prec = uint8(day), PrecisionDay
	return d, nil
}

func digits(b []byte) (int, bool) {
	n := 0
	for _, c := range b {
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	return n, true
}
