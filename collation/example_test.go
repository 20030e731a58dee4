package collation_test

import (
	"fmt"

	"github.com/caucasus-data/karabakh/collation"
	"golang.org/x/text/language"
)

func ExampleStrings() {
	names := []string{"Şuşa", "Qazax", "Kəlbəcər", "Xankəndi", "Ağdam", "Laçın"}
	collation.Strings(names, language.Azerbaijani)
	fmt.Println(names)
	collation.Strings(names, language.English)
	fmt.Println(names)
	// Output:
	// [Ağdam Xankəndi Kəlbəcər Qazax Laçın Şuşa]
	// [Ağdam Kəlbəcər Laçın Qazax Şuşa Xankəndi]
}
