package golit

import (
	"math"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

type level uint8

func (l level) String() string { return [...]string{"low", "high"}[l] }

type inner struct {
	Name  string
	Level level
}

type outer struct {
	ID      int
	Ratio   float64
	On      bool
	Month   time.Month
	Months  []time.Month
	Tags    []string
	Empty   []string
	ByKey   map[string]*inner
	ByNum   map[int]inner
	Inner   *inner
	Nothing *inner
	Pair    [2]int8
}

func TestLiteral(t *testing.T) {
	v := &outer{
		ID:     -3,
		Ratio:  2,
		On:     true,
		Month:  time.March,
		Months: []time.Month{time.May},
		Tags:   []string{"a\"b", "Ақпан"},
		Empty:  []string{},
		ByKey:  map[string]*inner{"z": {Name: "last"}, "a": {Name: "first", Level: 1}},
		ByNum:  map[int]inner{10: {Name: "ten"}, 9: {Name: "nine"}},
		Inner:  &inner{Level: 1},
		Pair:   [2]int8{1, 0},
	}
	f := NewFile("opendata/internal/golit")
	got, err := f.Literal(v)
	if err != nil {
		t.Fatal(err)
	}
	want := `&outer{
ID: -3,
Ratio: 2.0,
On: true,
Month: 3 /* March */,
Months: []time.Month{5 /* May */},
Tags: []string{"a\"b", "Ақпан"},
Empty: []string{},
ByKey: map[string]*inner{
"a": {Name: "first", Level: 1 /* high */},
"z": {Name: "last"},
},
ByNum: map[int]inner{
9: {Name: "nine"},
10: {Name: "ten"},
},
Inner: &inner{Level: 1 /* high */},
Pair: [2]int8{1, 0},
}`
	if got != want {
		t.Errorf("Literal:\n%s\nwant:\n%s", got, want)
	}
	src, err := f.Source([]string{"Code generated; DO NOT EDIT."}, "var x = "+got+"\n")
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{"// Code generated; DO NOT EDIT.\n\npackage golit\n", "\t\"time\"\n", "var x = &outer{\n"} {
		if !strings.Contains(string(src), s) {
			t.Errorf("Source lacks %q:\n%s", s, src)
		}
	}
}

func TestLiteralRefuses(t *testing.T) {
	shared := &inner{Name: "shared"}
	for name, v := range map[string]any{
		"a pointer reached twice": map[string]*inner{"a": shared, "b": shared},
		"a function":              struct{ F func() }{F: func() {}},
		"a pointer to a number":   struct{ P *int }{P: new(int)},
		"an interface's value":    struct{ V any }{V: 1},
		"an unexported field":     time.Date(2017, 1, 1, 0, 0, 0, 0, time.UTC),
		"a channel":               make(chan int),
		"not a number":            struct{ F float64 }{F: math.NaN()},
	} {
		if got, err := NewFile("opendata/internal/golit").Literal(v); err == nil {
			t.Errorf("%s: wrote %s, want an error", name, got)
		}
	}
}

func TestUpdate(t *testing.T) {
	name := filepath.Join(t.TempDir(), "x.go")
	if err := Update(name, []byte("a"), false, "fix"); err == nil {
		t.Error("Update without the file and without update: no error")
	}
	if err := Update(name, []byte("a"), true, "fix"); err != nil {
		t.Fatal(err)
	}
	if err := Update(name, []byte("a"), false, "fix"); err != nil {
		t.Errorf("Update of an up-to-date file: %v", err)
	}
	err := Update(name, []byte("b"), false, "run the fix")
	if err == nil || !strings.Contains(err.Error(), "run the fix") {
		t.Errorf("Update of an out-of-date file: %v, want an error that says how to fix it", err)
	}
}
