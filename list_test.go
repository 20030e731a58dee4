package karabakh_test

import (
	"encoding/json"
	"slices"
	"testing"

	"github.com/caucasus-data/karabakh"
)

func TestListCopiesAndIsReadOnly(t *testing.T) {
	src := []int{1, 2, 3}
	l := karabakh.ListOf(src...)
	src[0] = 99
	if l.At(0) != 1 {
		t.Fatal("ListOf does not copy its input")
	}
	s := l.Slice()
	s[1] = 99
	if l.At(1) != 2 {
		t.Fatal("Slice shares the List's storage")
	}
	if got := slices.Collect(l.All()); !slices.Equal(got, []int{1, 2, 3}) {
		t.Errorf("Values = %v", got)
	}
	for i := range l.Len() {
		v := l.At(i)
		if v != i+1 {
			t.Errorf("All: %d, %d", i, v)
		}
	}
}

func TestListJSON(t *testing.T) {
	var empty karabakh.List[string]
	if b, _ := json.Marshal(empty); string(b) != "[]" {
		t.Errorf("empty List marshals to %s", b)
	}
	var l karabakh.List[string]
	if err := json.Unmarshal([]byte(`["a","b"]`), &l); err != nil || l.Len() != 2 || l.At(1) != "b" {
		t.Errorf("Unmarshal: %v %v", l, err)
	}
	if err := json.Unmarshal([]byte(`{"a":1}`), &l); err == nil {
		t.Error("a JSON object is not a List")
	}
}
