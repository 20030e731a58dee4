package timeline

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/caucasus-data/karabakh"
	"github.com/caucasus-data/karabakh/agreement"
	"github.com/caucasus-data/karabakh/places"
)

// The source bundle lives outside the repository; tests that read it skip
// when it is absent (a user's clone), and run in CI, which has it. It is
// looked for in $KARABAKH_SOURCES, then beside the repository's parent
// directory (../../../shared/sources from this package) and beside the
// repository itself (../../shared/sources).
var bundleDir = func() string {
	cands := []string{
		os.Getenv("KARABAKH_SOURCES"),
		filepath.Join("..", "..", "..", "shared", "sources"),
		filepath.Join("..", "..", "shared", "sources"),
	}
	for _, d := range cands {
		if d == "" {
			continue
		}
		if _, err := os.Stat(filepath.Join(d, "facts.tsv")); err == nil {
			return d
		}
	}
	return cands[1]
}()

func TestEarlyValidate(t *testing.T) {
	if err := ValidateRecords(eventsEarly()); err != nil {
		var ve *karabakh.ValidationError
		if errors.As(err, &ve) {
			for _, p := range ve.Problems {
				t.Errorf("%s: %s: %s", p.Record, p.Field, p.Message)
			}
			return
		}
		t.Fatal(err)
	}
}

func TestEarlyOnlyUpTo2021(t *testing.T) {
	last := karabakh.Day(2021, time.December, 31)
	for _, e := range eventsEarly() {
		if e.When.Start.First().Compare(last) > 0 {
			t.Errorf("%s starts %s, after 2021: it belongs in data_late.go", e.ID, e.When.Start)
		}
		if !strings.HasPrefix(string(e.ID), e.When.Start.String()+"-") {
			t.Errorf("%s: ID does not start with its start date %s", e.ID, e.When.Start)
		}
	}
}

func TestEarlyChronological(t *testing.T) {
	ev := eventsEarly()
	for i := 1; i < len(ev); i++ {
		if compare(ev[i-1], ev[i]) > 0 {
			t.Errorf("%s (%s) listed after %s (%s)", ev[i].ID, ev[i].When, ev[i-1].ID, ev[i-1].When)
		}
	}
}

func TestEarlyQuotesShort(t *testing.T) {
	for _, e := range eventsEarly() {
		for s := range e.Sources.All() {
			if n := utf8.RuneCountInString(s.Quote); n >= 200 {
				t.Errorf("%s: quote from %s has %d characters; keep quotes under 200", e.ID, s.URL, n)
			}
		}
	}
}

func early(t *testing.T, id ID) Event {
	t.Helper()
	for _, e := range eventsEarly() {
		if e.ID == id {
			return e
		}
	}
	t.Fatalf("no event %s", id)
	return Event{}
}

func TestCeasefireMoment(t *testing.T) {
	e := early(t, CeasefireTakesEffect)
	if got, want := e.Moment.UTC(), time.Date(2020, time.November, 9, 21, 0, 0, 0, time.UTC); !got.Equal(want) {
		t.Errorf("ceasefire moment in UTC = %s, want %s", got, want)
	}
	if name, off := e.Moment.Zone(); name != "MSK" || off != 3*60*60 {
		t.Errorf("ceasefire moment zone = %s %+d, want Moscow time as the statement gives it", name, off)
	}
	if e.When != karabakh.Day(2020, time.November, 10).Interval() {
		t.Errorf("ceasefire When = %s, want 2020-11-10", e.When)
	}
	if !e.BearsOn(agreement.Point1) {
		t.Error("ceasefire does not bear on point 1")
	}
	s := early(t, StatementSigned)
	if s.When.String() != "2020-11-09/2020-11-10" {
		t.Errorf("signing When = %s, want the night of 9 to 10 November", s.When)
	}
	if !s.Moment.Equal(e.Moment) {
		t.Errorf("signing Moment = %s, want the moment the statement took effect, %s", s.Moment, e.Moment)
	}
}

func TestHandoverDates(t *testing.T) {
	for _, c := range []struct {
		id    ID
		kind  Kind
		date  string
		point agreement.PointID
		place places.ID
	}{
		{AghdamHandover, Handover, "2020-11-20", agreement.Point2, places.AghdamDistrict},
		{KalbajarDeadlineExtended, Deadline, "2020-11-15", agreement.Point6, places.KalbajarDistrict},
		{KalbajarHandover, Handover, "2020-11-25", agreement.Point6, places.KalbajarDistrict},
		{LachinHandover, Handover, "2020-12-01", agreement.Point6, places.LachinDistrict},
		{FirstPrisonerExchange, Exchange, "2020-12-14", agreement.Point8, ""},
		{MonitoringCentreMemorandum, Signing, "2020-11-11", agreement.Point5, ""},
		{MonitoringCentreOpens, Opening, "2021-01-30", agreement.Point5, places.Kiyamanddinli},
	} {
		e := early(t, c.id)
		if e.Kind != c.kind || e.When.String() != c.date || !e.BearsOn(c.point) || c.place != "" && !e.At(c.place) {
			t.Errorf("%s = %s %s points %v places %v; want %s %s %s at %q", c.id, e.Kind, e.When, e.Points.Slice(), e.Places.Slice(), c.kind, c.date, c.point, c.place)
		}
	}
	ext, hand := early(t, KalbajarDeadlineExtended), early(t, KalbajarHandover)
	if d := ext.When.Start.DaysUntil(hand.When.Start); d != 10 {
		t.Errorf("Kalbajar handed over %d days after the original 15 November deadline, want 10", d)
	}
}

func TestBorderCeasefire2021(t *testing.T) {
	e := early(t, BorderCeasefire2021)
	if got, want := e.Moment.UTC(), time.Date(2021, time.November, 16, 14, 30, 0, 0, time.UTC); !got.Equal(want) {
		t.Errorf("border ceasefire in UTC = %s, want %s (18:30 Yerevan time)", got, want)
	}
	if e.Agreements.Len() != 0 || e.Points.Len() != 0 {
		t.Error("the 2021 border ceasefire is not part of any trilateral statement")
	}
}

func TestClaims(t *testing.T) {
	e := early(t, AliyevPOWClaim)
	if e.ClaimedBy == "" || !e.Involves(e.ClaimedBy) {
		t.Errorf("%s must be recorded as the speaker's claim", e.ID)
	}
}

// readTSV returns the rows of a bundle file with the header dropped, or
// skips the test if the bundle is absent.
func readTSV(t *testing.T, name string) [][]string {
	t.Helper()
	f, err := os.Open(filepath.Join(bundleDir, name))
	if errors.Is(err, os.ErrNotExist) {
		t.Skipf("source bundle not present (%v)", err)
	}
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	r := csv.NewReader(f)
	r.Comma, r.LazyQuotes, r.FieldsPerRecord = '\t', true, -1
	var rows [][]string
	for {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		rows = append(rows, rec)
	}
	return rows[1:]
}

// TestEveryEarlyFactCited checks that every dated fact up to the end of
// 2021 is cited by some event, by its URL.
func TestEveryEarlyFactCited(t *testing.T) {
	cited := map[string]bool{}
	for _, e := range eventsEarly() {
		for s := range e.Sources.All() {
			cited[s.URL] = true
		}
	}
	for _, name := range []string{"facts.tsv", "facts-more.tsv"} {
		for i, row := range readTSV(t, name) {
			if len(row) < 7 || row[0] == "" {
				continue
			}
			if row[0][:4] > "2021" {
				continue
			}
			if !cited[row[5]] {
				t.Errorf("%s line %d (%s, %s) is cited by no event: %s", name, i+2, row[0], row[3], row[5])
			}
		}
	}
}

// TestEarlyQuotesInBundle checks that a quote from a page the bundle cites
// is copied from the bundle, so that a typo cannot slip into a quotation.
// Pages the bundle does not cite were read in the stored web.
func TestEarlyQuotesInBundle(t *testing.T) {
	var text strings.Builder
	entries, err := os.ReadDir(bundleDir)
	if errors.Is(err, os.ErrNotExist) {
		t.Skipf("source bundle not present (%v)", err)
	}
	if err != nil {
		t.Fatal(err)
	}
	for _, de := range entries {
		b, err := os.ReadFile(filepath.Join(bundleDir, de.Name()))
		if err != nil {
			t.Fatal(err)
		}
		text.Write(b)
	}
	bundle := strings.Join(strings.Fields(text.String()), " ")
	// Quotes read in the stored copy of a page the bundle cites, where the
	// bundle quotes another passage.
	readInStore := map[string]bool{
		"ethnic Armenian officials in the disputed region confirmed that the key city of Shusha (known as Shushi in Armenia), the second-biggest city in the enclave, had been taken by Azeri forces": true,
		"Intense fighting between Armenian and Azerbaijani armed forces broke out in the border areas of Armenia's Syunik region earlier on Tuesday.":                                                 true,
		"The deal was later confirmed by Azerbaijan and the Kremlin.":                                                                                true,
		"This is not a victory but there is not defeat until you consider yourself defeated":                                                         true,
		"The joint Turkish-Russian monitoring center in Azerbaijan’s Aghdam district will stop operating":                                            true,
		"held the first meeting of the trilateral working group in Moscow on January 30, 2021":                                                       true,
		"that Armenia guarantees the safety of transport communication between the western regions of Azerbaijan and Nakhichevan—in both directions": true,
	}
	for _, e := range eventsEarly() {
		for s := range e.Sources.All() {
			if s.Quote == "" || !strings.Contains(bundle, hostPath(s.URL)) || readInStore[s.Quote] {
				continue
			}
			if !strings.Contains(bundle, s.Quote) {
				t.Errorf("%s: quote from %s is not in the bundle: %q", e.ID, s.URL, s.Quote)
			}
		}
	}
}

// hostPath drops the scheme, so that a URL matches however the bundle wrote it.
func hostPath(u string) string {
	_, rest, _ := strings.Cut(u, "://")
	return strings.TrimPrefix(rest, "www.")
}

func ExampleGet_ceasefire() {
	e, _ := Get(CeasefireTakesEffect)
	fmt.Println(e.When)
	fmt.Println(e.Moment.Format("2006-01-02 15:04 MST"))
	fmt.Println(e.Moment.UTC().Format(time.RFC3339))
	// Output:
	// 2020-11-10
	// 2020-11-10 00:00 MSK
	// 2020-11-09T21:00:00Z
}

func ExampleGet_kalbajar() {
	ext, _ := Get(KalbajarDeadlineExtended)
	hand, _ := Get(KalbajarHandover)
	fmt.Println(ext.Kind, ext.When, ext.Points.Slice())
	fmt.Println(hand.Kind, hand.When)
	// Output:
	// deadline 2020-11-15 [statement-2020-11-10#6]
	// handover 2020-11-25
}

func ExampleEvent_BearsOn() {
	n := 0
	for e := range All() {
		if e.Kind == Handover && e.BearsOn(agreement.Point6) && e.When.Start.Year() == 2020 {
			fmt.Println(e.When, e.Title)
			n++
		}
	}
	// Output:
	// 2020-11-25 Azerbaijani army units enter the Kalbajar district
	// 2020-12-01 Azerbaijani army units enter the Lachin district, the last of the three
}
