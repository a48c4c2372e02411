package export

import (
	"strings"
	"testing"
)

func TestTextWidth(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want int
	}{
		{"", 0},
		{"Ақпан", 5},
		{"Февраль", 7},
		{"e\u0301te", 3},      // e and a combining acute accent
		{"a\u200bb", 2},       // a zero-width space between
		{"日本", 4},             // wide characters
		{"ｆｕｌｌ", 8},           // fullwidth forms
		{"05.04.2017 Ср", 13}, // as a table's date cell reads
	} {
		if got := textWidth(tc.s); got != tc.want {
			t.Errorf("textWidth(%q) = %d, want %d", tc.s, got, tc.want)
		}
	}
}

func TestGrid(t *testing.T) {
	var b strings.Builder
	err := Grid(&b, []string{"Name", "No", "Note"}, [][]string{
		{"日本", "7", "one two three four"},
		{"Ақпан", "12", ""},
	}, 30, 2)
	if err != nil {
		t.Fatal(err)
	}
	// Numbers align right, wide characters take two columns, the last
	// column wraps to what the others leave, and no line ends in blanks.
	want := ` Name   No  Note
───────────────────────────────
 日本    7  one two three four
 Ақпан  12
`
	if got := b.String(); got != want {
		t.Errorf("Grid wrote\n%s\nwant\n%s", got, want)
	}
}
