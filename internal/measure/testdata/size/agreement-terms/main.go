// Command agreement-terms prints the peacekeeping terms and deadlines.
package main

import (
	"fmt"
	"slices"

	"github.com/caucasus-data/karabakh/agreement"
)

func main() {
	fmt.Println(agreement.PeacekeepingTerms(3))
	fmt.Println(len(slices.Collect(agreement.Deadlines())))
}
