// Command check reads the article the project started from,
// ../shared/sources/seed-article.txt, against the record and prints each
// finding beside the claim it concerns, with the correction of the
// register where there is one.
//
//	go run ./examples/check                # the seed article
//	go run ./examples/check article.txt    # any other text
//
// Where the seed article is not beside the repository (a fresh clone
// without shared/), it says so and exits 0.
package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/caucasus-data/karabakh/annotate"
)

func main() {
	name := filepath.Join("..", "shared", "sources", "seed-article.txt")
	if len(os.Args) > 1 {
		name = os.Args[1]
	}
	b, err := os.ReadFile(name)
	if errors.Is(err, fs.ErrNotExist) && len(os.Args) == 1 {
		fmt.Printf("check: %s is not here; nothing to check (run from the repository beside shared/)\n", name)
		return
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "check:", err)
		os.Exit(1)
	}
	text := string(b)
	counts := map[annotate.Verdict]int{}
	for f := range annotate.Check(text) {
		counts[f.Verdict]++
		claim := strings.Join(strings.Fields(f.Claim), " ")
		if r := []rune(claim); len(r) > 100 {
			claim = string(r[:100]) + "…"
		}
		fmt.Printf("%-10s %-9s %q\n", f.Verdict, f.Check, claim)
		if f.Correction != "" {
			fmt.Printf("%20s correction %s\n", "", f.Correction)
		}
		if f.Verdict != annotate.Consistent {
			sourced := []rune(f.Sourced)
			if len(sourced) > 160 {
				sourced = append(sourced[:160], '…')
			}
			fmt.Printf("%20s %s\n", "", string(sourced))
		}
	}
	fmt.Printf("\n%d wrong, %d imprecise, %d disputed, %d consistent\n",
		counts[annotate.Wrong], counts[annotate.Imprecise], counts[annotate.Disputed], counts[annotate.Consistent])
}
