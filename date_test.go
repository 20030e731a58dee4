package karabakh_test

import (
	"encoding/json"
	"errors"
	"math"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/caucasus-data/karabakh"
)

func TestParseDateRoundTrip(t *testing.T) {
	for _, s := range []string{"2020", "2020-11", "2020-11-10", "0001", "9999-12-31", "2024-02-29", "2023-09"} {
		d, err := karabakh.ParseDate(s)
		if err != nil {
			t.Fatalf("ParseDate(%q): %v", s, err)
		}
		if got := d.String(); got != s {
			t.Errorf("ParseDate(%q).String() = %q", s, got)
		}
		b, err := json.Marshal(d)
		if err != nil {
			t.Fatal(err)
		}
		var back karabakh.Date
		if err := json.Unmarshal(b, &back); err != nil || back != d {
			t.Errorf("JSON round trip of %q: got %v, %v", s, back, err)
		}
	}
}

func TestParseDateRejects(t *testing.T) {
	for _, s := range []string{"", "20", "2020-1", "2020-13", "2020-00", "2020-11-31", "2021-02-29",
		"0000", "2020/11/10", "2020-11-10T00:00", "२०२०", "2020-11-1x", " 2020", "2020-11-10 ", "+2020", "-2020"} {
		d, err := karabakh.ParseDate(s)
		if err == nil {
			t.Errorf("ParseDate(%q) = %v, want error", s, d)
			continue
		}
		var de *karabakh.DateError
		if !errors.As(err, &de) || de.Reason == "" {
			t.Errorf("ParseDate(%q) error %v is not a *DateError with a reason", s, err)
		}
	}
}

func TestDatePrecisionAndBounds(t *testing.T) {
	tests := []struct {
		d            karabakh.Date
		prec         karabakh.Precision
		lower, upper string
	}{
		{karabakh.Year(2020), karabakh.PrecisionYear, "2020-01-01", "2020-12-31"},
		{karabakh.Month(2020, time.February), karabakh.PrecisionMonth, "2020-02-01", "2020-02-29"},
		{karabakh.Month(2021, time.February), karabakh.PrecisionMonth, "2021-02-01", "2021-02-28"},
		{karabakh.Day(2020, time.November, 10), karabakh.PrecisionDay, "2020-11-10", "2020-11-10"},
	}
	for _, tt := range tests {
		if tt.d.Precision() != tt.prec {
			t.Errorf("%v.Precision() = %v, want %v", tt.d, tt.d.Precision(), tt.prec)
		}
		if got := tt.d.Lower().Format(time.DateOnly); got != tt.lower {
			t.Errorf("%v.Lower() = %s, want %s", tt.d, got, tt.lower)
		}
		if got := tt.d.Upper().Format(time.DateOnly); got != tt.upper {
			t.Errorf("%v.Upper() = %s, want %s", tt.d, got, tt.upper)
		}
	}
	if !(karabakh.Date{}).Lower().IsZero() || !(karabakh.Date{}).IsZero() {
		t.Error("the zero Date should be zero and have zero bounds")
	}
}

func TestDateOrder(t *testing.T) {
	ordered := []string{"2020", "2020-01", "2020-01-01", "2020-01-02", "2020-02", "2020-11-10", "2021"}
	for i := range ordered {
		for j := range ordered {
			a, b := karabakh.MustParseDate(ordered[i]), karabakh.MustParseDate(ordered[j])
			want := 0
			if i < j {
				want = -1
			} else if i > j {
				want = 1
			}
			if got := a.Compare(b); got != want {
				t.Errorf("Compare(%s, %s) = %d, want %d", a, b, got, want)
			}
		}
	}
	if (karabakh.Date{}).Compare(karabakh.Year(1)) != -1 {
		t.Error("the zero Date should sort first")
	}
}

func TestDateBeforeContains(t *testing.T) {
	nov := karabakh.Month(2020, time.November)
	d10 := karabakh.Day(2020, time.November, 10)
	dec1 := karabakh.Day(2020, time.December, 1)
	if !nov.Contains(d10) || d10.Contains(nov) || !karabakh.Year(2020).Contains(nov) {
		t.Error("Contains is wrong")
	}
	if nov.Before(d10) || d10.Before(nov) {
		t.Error("a month and a day inside it are neither before nor after each other")
	}
	if !nov.Before(dec1) || !dec1.After(nov) {
		t.Error("November 2020 is before 1 December 2020")
	}
	if got := d10.DaysUntil(dec1); got != 21 {
		t.Errorf("DaysUntil = %d, want 21", got)
	}
	if got := d10.AddDays(-1); got != karabakh.Day(2020, time.November, 9) {
		t.Errorf("AddDays(-1) = %v", got)
	}
	if nov.First() != karabakh.Day(2020, time.November, 1) || nov.Last() != karabakh.Day(2020, time.November, 30) {
		t.Errorf("First/Last of %v = %v, %v", nov, nov.First(), nov.Last())
	}
}

func TestDayPanicsOnImpossibleDate(t *testing.T) {
	for name, f := range map[string]func(){
		"31 November": func() { karabakh.Day(2020, time.November, 31) },
		"month 13":    func() { karabakh.Month(2020, 13) },
		"year 0":      func() { karabakh.Year(0) },
		"year 10000":  func() { karabakh.Year(10000) },
	} {
		func() {
			defer func() {
				if recover() == nil {
					t.Errorf("%s: no panic", name)
				}
			}()
			f()
		}()
	}
}

func TestDateUnmarshalRejects(t *testing.T) {
	var d karabakh.Date
	for _, in := range []string{`"2020-13"`, `"x"`, `2020`, `null`} {
		err := json.Unmarshal([]byte(in), &d)
		if in == "null" {
			if err != nil || !d.IsZero() {
				// encoding/json leaves the value unchanged on null.
				t.Errorf("Unmarshal(null) = %v, %v", d, err)
			}
			continue
		}
		if err == nil {
			t.Errorf("Unmarshal(%s) succeeded with %v", in, d)
		}
	}
}

func TestDateAllocs(t *testing.T) {
	d := karabakh.Day(2020, time.November, 10)
	e := karabakh.Month(2020, time.November)
	if n := testing.AllocsPerRun(100, func() { _ = d.Compare(e); _ = e.Contains(d) }); n != 0 {
		t.Errorf("Compare/Contains allocate %v times", n)
	}
}

// TestDateArithmeticAtTheEdges checks the rule that methods computing a
// Date return the zero Date when there is no answer, rather than panic or
// invent one.
func TestDateArithmeticAtTheEdges(t *testing.T) {
	first := karabakh.Day(1, time.January, 1)
	last := karabakh.Day(9999, time.December, 31)
	tests := []struct {
		name string
		got  karabakh.Date
		want karabakh.Date
	}{
		{"Year(1).AddDays(-1)", karabakh.Year(1).AddDays(-1), karabakh.Date{}},
		{"Date{}.AddDays(-1)", karabakh.Date{}.AddDays(-1), karabakh.Date{}},
		{"Date{}.AddDays(0)", karabakh.Date{}.AddDays(0), karabakh.Date{}},
		{"Date{}.AddDays(1)", karabakh.Date{}.AddDays(1), karabakh.Date{}},
		{"last day + 1", last.AddDays(1), karabakh.Date{}},
		{"first day + 0", first.AddDays(0), first},
		{"last day - 0", last.AddDays(0), last},
		{"first day + whole span", first.AddDays(first.DaysUntil(last)), last},
		{"AddDays(MaxInt)", first.AddDays(math.MaxInt), karabakh.Date{}},
		{"AddDays(MinInt)", last.AddDays(math.MinInt), karabakh.Date{}},
		{"DateOf(time.Time{}.Add(-1))", karabakh.DateOf(time.Time{}.Add(-1)), karabakh.Date{}},
		{"DateOf(time.Time{})", karabakh.DateOf(time.Time{}), first},
		{"DateOf(year 10000)", karabakh.DateOf(time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC)), karabakh.Date{}},
		{"DateOf(9999-12-31)", karabakh.DateOf(time.Date(9999, 12, 31, 23, 59, 59, 0, time.UTC)), last},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("%s = %v, want %v", tt.name, tt.got, tt.want)
		}
	}
	// 3,652,058 days from 0001-01-01 to 9999-12-31: a time.Duration, which
	// saturates at 292 years, would get this wrong.
	if got := first.DaysUntil(last); got != 3652058 {
		t.Errorf("DaysUntil over the whole calendar = %d, want 3652058", got)
	}
	if got := last.DaysUntil(first); got != -3652058 {
		t.Errorf("DaysUntil backwards over the whole calendar = %d, want -3652058", got)
	}
	if got := (karabakh.Date{}).DaysUntil(last); got != 0 {
		t.Errorf("DaysUntil from the zero Date = %d, want 0", got)
	}
}

// TestDateErrorInputIsValidUTF8 checks that a long input is cut at a
// character boundary.
func TestDateErrorInputIsValidUTF8(t *testing.T) {
	for pad := range 4 {
		in := strings.Repeat("x", pad) + strings.Repeat("ə", 40) // 2 bytes each
		_, err := karabakh.ParseDate(in)
		var de *karabakh.DateError
		if !errors.As(err, &de) {
			t.Fatalf("ParseDate(%q) = %v, want a *DateError", in, err)
		}
		if !utf8.ValidString(de.Input) || len(de.Input) > 64+len("…") || !strings.HasSuffix(de.Input, "…") {
			t.Errorf("Input of a %d-byte text = %q: want at most 64 valid bytes and an ellipsis", len(in), de.Input)
		}
		if _, err := karabakh.ParseInterval(in + "/2020"); !errors.As(err, &de) || !utf8.ValidString(de.Input) {
			t.Errorf("ParseInterval: Input %q is not valid UTF-8", de.Input)
		}
	}
}
