package race

import (
	"fmt"
	"reflect"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/caucasus-data/karabakh"
	"github.com/caucasus-data/karabakh/actors"
	"github.com/caucasus-data/karabakh/agreement"
	"github.com/caucasus-data/karabakh/annotate"
	"github.com/caucasus-data/karabakh/collation"
	"github.com/caucasus-data/karabakh/export"
	"github.com/caucasus-data/karabakh/factcheck"
	"github.com/caucasus-data/karabakh/implementation"
	"github.com/caucasus-data/karabakh/places"
	"github.com/caucasus-data/karabakh/schema"
	"github.com/caucasus-data/karabakh/timeline"
	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/language"
)

// queries runs one of every kind of query and returns what each answered,
// keyed by a description of the query.
func queries() map[string]any {
	out := map[string]any{}
	put := func(k string, v any) { out[k] = v }
	day := karabakh.Day

	// actors
	put("actors.Get", first(actors.Get(actors.Pashinyan)))
	put("actors.All", slices.Collect(actors.All()))
	for _, n := range []string{"Erdogan", "ERDOĞAN", "Эрдоган", "ErdoAan", "ErdoÄan", "Пашинян"} {
		id, ok := actors.Lookup(n)
		put("actors.Lookup "+n, fmt.Sprint(id, ok))
		put("actors.LookupAll "+n, slices.Collect(actors.LookupAll(n)))
		put("actors.Search "+n, slices.Collect(actors.Search(n)))
	}
	put("actors.Search Pashinian", slices.Collect(actors.Search("Pashinian", karabakh.SearchLimit(3))))
	put("actors.OfficesOn", slices.Collect(actors.OfficesOn(actors.Mirzoyan, day(2021, time.September, 1))))
	put("actors.ParseID", fmt.Sprint(actors.ParseID("no-such-actor")))

	// agreement
	put("agreement.All", slices.Collect(agreement.All()))
	put("agreement.Places", slices.Collect(places.All()))
	put("agreement.GetPoint", first(agreement.GetPoint(agreement.Point4)))
	put("agreement.StatementPoint", first(agreement.StatementPoint(6)))
	for _, n := range []string{"Kelbajar", "Kəlbəcər", "Karvachar", "Khankendi", "Ստեփանակերտ", "Xankəndi", "Stepanakert"} {
		id, ok := places.Lookup(n)
		put("places.Lookup "+n, fmt.Sprint(id, ok))
		put("places.Search "+n, slices.Collect(places.Search(n)))
	}
	put("places.Search Kelbajr", slices.Collect(places.Search("Kelbajr")))
	put("agreement.Deadlines", slices.Collect(agreement.Deadlines()))
	put("agreement.ObligationsOf", slices.Collect(agreement.ObligationsOf(actors.Armenia)))
	put("agreement.ObligationsTo", slices.Collect(agreement.ObligationsTo(actors.Azerbaijan)))
	var terms []agreement.Term
	for t := range agreement.PeacekeepingTerms() {
		if terms = append(terms, t); len(terms) == 3 {
			break
		}
	}
	put("agreement.PeacekeepingTerms", terms)

	// timeline
	put("timeline.Query between", slices.Collect(timeline.Query(
		timeline.Between(day(2020, time.November, 15), day(2020, time.November, 30)), timeline.Place(places.AghdamDistrict))))
	put("timeline.Query within", slices.Collect(timeline.Query(timeline.Within(day(2020, time.November, 1), day(2020, time.November, 30)))))
	put("timeline.Query point", slices.Collect(timeline.Query(timeline.Point(agreement.Point8))))
	put("timeline.Query actor kind", slices.Collect(timeline.Query(timeline.Actor(actors.Putin), timeline.AnyOf(timeline.OfKind(timeline.Signing), timeline.OfKind(timeline.Meeting)))))
	put("timeline.Get", first(timeline.Get(timeline.AghdamHandover)))

	// annotate: the pooled analysers and the lexicon built on first use
	for i, text := range []string{
		"The trilateral statement was signed by Recep Tayyip Erdoğan on 12 November 2020; 2,000 Russian peacekeepers arrived.",
		"Пашиняна критикуют в Ереване; пункт 9 заявления от 10 ноября.",
		"Laçın rayonu dekabrın 1-də Azərbaycana qaytarılıb.",
		"Լաչինի միջանցքը (5 կմ լայնությամբ)",
	} {
		put(fmt.Sprint("annotate.Text ", i), slices.Collect(annotate.Text(text, annotate.Published(day(2020, time.November, 20)))))
		put(fmt.Sprint("annotate.Check ", i), slices.Collect(annotate.Check(text)))
	}

	// factcheck and implementation
	put("factcheck.All", slices.Collect(factcheck.All()))
	put("implementation.StatesOn", slices.Collect(implementation.StatesOn(day(2021, time.February, 1))))
	put("implementation.StateOn", first(implementation.StateOn(agreement.Point8, day(2021, time.February, 1))))
	put("implementation.OutcomeOf", first(implementation.OutcomeOf(agreement.DeadlineID(agreement.ObligationReturnKalbajar), karabakh.Day(2021, 1, 1))))

	// names in the reader's language, and sorting
	var labels []string
	for p := range places.All() {
		labels = append(labels, p.Names.Label(language.Azerbaijani))
	}
	collation.Strings(labels, language.Azerbaijani)
	put("collation.Strings az", labels)

	// the JSON face, and the tables built once on first use
	b, err := schema.Marshal(schema.Export())
	put("schema.Marshal", fmt.Sprint(len(b), err))
	for f, err := range export.CSV() {
		if f.Name == "deadlines.csv" || f.Name == "places.csv" {
			put("export.CSV "+f.Name, fmt.Sprint(string(f.Data), err))
		}
	}
	return out
}

func first[T any](v T, _ bool) T { return v }

var everything = cmp.Exporter(func(reflect.Type) bool { return true })

// TestQueriesConcurrently runs every kind of query from 8 goroutines at once,
// starting before any table has been built, and checks each goroutine's
// answers against a single-threaded run afterwards. Run it with -race.
func TestQueriesConcurrently(t *testing.T) {
	const workers = 8
	results := make([]map[string]any, workers)
	var start, done sync.WaitGroup
	start.Add(1)
	for i := range workers {
		done.Add(1)
		go func() {
			defer done.Done()
			start.Wait()
			results[i] = queries()
		}()
	}
	start.Done()
	done.Wait()

	want := queries()
	if len(want) < 40 {
		t.Fatalf("only %d queries ran", len(want))
	}
	for i, got := range results {
		if diff := cmp.Diff(want, got, everything); diff != "" {
			t.Errorf("goroutine %d answered differently from a single-threaded run (-want +got):\n%s", i, diff)
		}
	}
}
