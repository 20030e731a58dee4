// Command agreement-get prints a point of the 2020 statement.
package main

import (
	"fmt"

	"github.com/caucasus-data/karabakh/agreement"
)

func main() {
	p, _ := agreement.GetPoint(agreement.Point4)
	fmt.Println(p.Summary)
}
