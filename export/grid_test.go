package export

import (
	"bytes"
	"strings"
	"testing"

	"opendata/register"
	"opendata/schedule"
)

// gridFixture returns a context on the embedded register and calendar,
// with today at 10 March 2017, and the register's deadlines of 2017.
func gridFixture(t *testing.T, lang string) (Context, []register.Occurrence) {
	t.Helper()
	reg, err := register.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	cal, err := schedule.DefaultCalendar()
	if err != nil {
		t.Fatal(err)
	}
	c := Context{Register: reg, Calendar: cal, Today: schedule.D(2017, 3, 10), Lang: lang}
	return c, reg.Resolve(cal, schedule.YearWindow(2017), nil)
}

// Each kind of day gets its mark, and each day its deadlines, in the
// five columns of its cell.
func TestCells(t *testing.T) {
	c, occ := gridFixture(t, schedule.English)
	counts := dueCounts(occ)
	tests := []struct {
		day  schedule.Date
		want string
	}{
		{schedule.D(2017, 3, 1), "  1  "},  // an ordinary Wednesday
		{schedule.D(2017, 3, 4), "  4  "},  // an ordinary Saturday: told by its column
		{schedule.D(2017, 3, 8), "* 8  "},  // International Women's Day
		{schedule.D(2017, 3, 10), ">10  "}, // today
		{schedule.D(2017, 3, 18), "+18  "}, // a working Saturday
		{schedule.D(2017, 3, 20), "~20  "}, // its day off, transferred
		{schedule.D(2017, 1, 1), "* 1  "},  // New Year on a Sunday
		{schedule.D(2017, 1, 3), "~ 3  "},  // its substitute day off
		{schedule.D(2017, 1, 7), "* 7  "},  // Orthodox Christmas on a Saturday
		{schedule.D(2017, 1, 10), " 10• "}, // one deadline
		{schedule.D(2017, 1, 16), " 16⁷ "}, // seven
		{schedule.D(2017, 2, 20), " 20¹⁵"}, // fifteen
		{schedule.D(2017, 7, 1), "+ 1• "},  // a deadline on a working Saturday
	}
	for _, tt := range tests {
		if got := c.cell(tt.day, counts[tt.day], GridStyle{}); got != tt.want {
			t.Errorf("cell(%s) = %q, want %q", tt.day, got, tt.want)
		}
	}
}

func TestCountMark(t *testing.T) {
	for n, want := range map[int]string{0: "", 1: "•", 2: "²", 9: "⁹", 10: "¹⁰", 99: "⁹⁹", 100: "⁺⁺"} {
		if got := countMark(n); got != want {
			t.Errorf("countMark(%d) = %q, want %q", n, got, want)
		}
	}
}

// Colour only adds: with the ANSI codes taken out, the coloured grids,
// legend and load line are the plain ones.
func TestColorOnlyAdds(t *testing.T) {
	c, occ := gridFixture(t, schedule.Kazakh)
	draw := func(color bool) string {
		var b bytes.Buffer
		s := GridStyle{Color: color, Width: 80}
		if err := c.Months(&b, schedule.MonthsAround(c.Today, 1), occ, s); err != nil {
			t.Fatal(err)
		}
		if err := c.Legend(&b, s); err != nil {
			t.Fatal(err)
		}
		if err := c.LoadLine(&b, 2017, occ, s); err != nil {
			t.Fatal(err)
		}
		return b.String()
	}
	plain, colored := draw(false), draw(true)
	if strings.Contains(plain, "\x1b") {
		t.Error("plain output has ANSI codes")
	}
	if !strings.Contains(colored, "\x1b[7m>10\x1b[0m") {
		t.Error("coloured output does not show today in reverse video")
	}
	if got := stripANSI(colored); got != plain {
		t.Errorf("coloured output without its codes differs from the plain output:\n%s\nplain:\n%s", got, plain)
	}
}

// As many months go side by side as the width allows, three at most.
func TestMonthsAcross(t *testing.T) {
	c, occ := gridFixture(t, schedule.English)
	for _, tt := range []struct{ width, across int }{{20, 1}, {71, 1}, {72, 2}, {80, 2}, {109, 3}, {200, 3}} {
		var b bytes.Buffer
		if err := c.Months(&b, schedule.YearWindow(2017), occ, GridStyle{Width: tt.width}); err != nil {
			t.Fatal(err)
		}
		title := strings.SplitN(b.String(), "\n", 2)[0]
		if n := strings.Count(title, "2017"); n != tt.across {
			t.Errorf("width %d: %d months across, want %d: %q", tt.width, n, tt.across, title)
		}
	}
}

// The weeks of 2017 run from Monday 26 December 2016 to Sunday
// 31 December 2017; the week of 20 February is the busiest.
func TestLoad(t *testing.T) {
	_, occ := gridFixture(t, schedule.English)
	weeks := Load(2017, occ)
	if len(weeks) != 53 {
		t.Fatalf("%d weeks, want 53", len(weeks))
	}
	if first, last := weeks[0].Week, weeks[52].Week; first.From != schedule.D(2016, 12, 26) || last.To != schedule.D(2017, 12, 31) {
		t.Errorf("weeks run %s to %s", first, last)
	}
	total := 0
	for _, wk := range weeks {
		total += wk.Due
	}
	want := map[int]int{1: 3, 2: 1, 3: 9, 4: 2, 5: 0, 6: 1, 8: 15, 14: 2, 15: 1, 16: 4, 17: 2, 26: 1, 27: 2, 28: 1, 29: 5, 30: 2}
	for i, n := range want {
		if weeks[i].Due != n {
			t.Errorf("week of %s: %d deadlines, want %d", weeks[i].Week.From, weeks[i].Due, n)
		}
	}
	if total != len(occ) || busiest(weeks) != 8 {
		t.Errorf("%d deadlines in all, busiest week %d; want %d and 8", total, busiest(weeks), len(occ))
	}
}

func TestLoadLine(t *testing.T) {
	c, occ := gridFixture(t, schedule.English)
	var b bytes.Buffer
	if err := c.LoadLine(&b, 2017, occ, GridStyle{Width: 80}); err != nil {
		t.Fatal(err)
	}
	want := `Deadlines by week of 2017: █ = 15 (20.02–26.02)
Jan  Feb Mar Apr  May Jun Jul  Aug Sep Oct  Nov Dec
·▂▁▅▂·▁·█·····▂▁▃▂········▁▂▁▃▂·········▂▁▃▂·········
`
	if b.String() != want {
		t.Errorf("load line:\n%s\nwant:\n%s", b.String(), want)
	}
}
