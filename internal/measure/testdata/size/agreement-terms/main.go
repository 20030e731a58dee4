// Command agreement-terms prints the peacekeeping terms and deadlines.
package main

import (
	"fmt"
	"slices"

	"github.com/caucasus-data/karabakh/agreement"
)

func main() {
	for t := range agreement.PeacekeepingTerms() {
		fmt.Println(t)
		break
	}
	fmt.Println(len(slices.Collect(agreement.Deadlines())))
}
