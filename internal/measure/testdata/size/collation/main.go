// Command collation sorts names in Azerbaijani order.
package main

import (
	"fmt"

	"github.com/caucasus-data/karabakh/collation"
	"golang.org/x/text/language"
)

func main() {
	s := []string{"Şuşa", "Xankəndi", "Ağdam"}
	collation.Strings(s, language.Azerbaijani)
	fmt.Println(s)
}
