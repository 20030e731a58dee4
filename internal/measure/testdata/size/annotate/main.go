// Command annotate reads a text against the record with package annotate.
package main

import (
	"fmt"

	"github.com/caucasus-data/karabakh/annotate"
)

func main() {
	for m := range annotate.Text("Nikol Pashinyan signed the trilateral statement.") {
		fmt.Println(m)
	}
	for f := range annotate.Check("The trilateral statement was signed by Recep Tayyip Erdoğan.") {
		fmt.Println(f)
	}
}
