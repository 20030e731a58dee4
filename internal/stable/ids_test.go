package stable

import (
	"bufio"
	"flag"
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite testdata/published-ids.txt with the IDs the dataset now publishes")

const golden = "testdata/published-ids.txt"

// TestPublishedIDsStayPublished fails when an ID in the golden list is gone
// from the dataset, unless CHANGELOG.md records its removal or renaming in a
// line naming the ID. It also fails when the dataset publishes IDs the golden
// list lacks, so that every new ID is added to the list deliberately, with
// -update.
func TestPublishedIDsStayPublished(t *testing.T) {
	now := PublishedIDs()
	if *update {
		if err := os.WriteFile(golden, []byte(strings.Join(now, "\n")+"\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	published := readLines(t, golden)
	changelog, err := os.ReadFile("../../CHANGELOG.md")
	if err != nil {
		t.Fatal(err)
	}
	for _, id := range published {
		if slices.Contains(now, id) {
			continue
		}
		_, bare, _ := strings.Cut(id, " ")
		if !removalNoted(string(changelog), bare) {
			t.Errorf("published ID %q is gone from the dataset; published IDs never change meaning or disappear unless CHANGELOG.md notes the removal (a line with \"removed\" or \"renamed\" naming `%s`)", id, bare)
		}
	}
	var added []string
	for _, id := range now {
		if !slices.Contains(published, id) {
			added = append(added, id)
		}
	}
	if len(added) > 0 {
		t.Errorf("%d new ID(s) not yet in %s (run `go test ./internal/stable -update` and note them in CHANGELOG.md): %s",
			len(added), golden, strings.Join(added, ", "))
	}
}

func removalNoted(changelog, id string) bool {
	re := regexp.MustCompile(`(?im)^.*\b(removed|renamed)\b.*` + "`" + regexp.QuoteMeta(id) + "`.*$")
	return re.MatchString(changelog)
}

func TestRemovalNoted(t *testing.T) {
	log := "## 0.2.0\n- Renamed `old-id` to `new-id`: the first was misspelt.\n- Added `x`.\n"
	if !removalNoted(log, "old-id") {
		t.Error("a renaming line should count")
	}
	if removalNoted(log, "x") || removalNoted(log, "old") {
		t.Error("only a removal or renaming line naming the exact ID counts")
	}
}

func TestPublishedIDsUniqueAndWellFormed(t *testing.T) {
	ids := PublishedIDs()
	for i := 1; i < len(ids); i++ {
		if ids[i] == ids[i-1] {
			t.Errorf("ID published twice: %s", ids[i])
		}
	}
}

func readLines(t *testing.T, path string) []string {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatalf("%v (run `go test ./internal/stable -update` to create it)", err)
	}
	defer f.Close()
	var out []string
	s := bufio.NewScanner(f)
	for s.Scan() {
		if line := strings.TrimSpace(s.Text()); line != "" {
			out = append(out, line)
		}
	}
	if err := s.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}
