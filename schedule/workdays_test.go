package schedule

import (
	"testing"
	"time"
)

func d(y int, m time.Month, day int) Date { return D(y, m, day) }

func defaultCalendar(t testing.TB) *Calendar {
	t.Helper()
	c, err := DefaultCalendar()
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// The worked examples of the production calendar notes (kz-calendar.md
// §4 and the edge cases after it), recomputed here from the data.
func TestAddWorkdaysWorkedExamples(t *testing.T) {
	c := defaultCalendar(t)
	tests := []struct {
		name string
		from Date
		n    int
		want Date
	}{
		{"1: Nauryz and a working Saturday", d(2017, 3, 17), 10, d(2017, 4, 5)},
		{"3: May holidays, two working Saturdays", d(2018, 4, 27), 10, d(2018, 5, 16)},
		{"5: transfer to Friday 10 May", d(2019, 5, 3), 5, d(2019, 5, 14)},
		{"7: May 2024 order", d(2024, 4, 30), 10, d(2024, 5, 17)},
		{"8: New Year 2025 and a working Sunday", d(2024, 12, 27), 10, d(2025, 1, 15)},
		{"10: Nauryz 2026 on a weekend", d(2026, 3, 20), 10, d(2026, 4, 8)},
		{"Kurban Ait 2026, uncertain date", d(2026, 5, 22), 5, d(2026, 6, 1)},
		{"Nauryz 2019 with substitute", d(2019, 3, 15), 10, d(2019, 4, 3)},
		{"from a holiday", d(2017, 3, 22), 1, d(2017, 3, 24)},
		{"from a working Saturday", d(2017, 7, 1), 1, d(2017, 7, 3)},
		{"day 1 is the working Saturday", d(2017, 6, 30), 1, d(2017, 7, 1)},
		{"zero is the day itself", d(2017, 3, 18), 0, d(2017, 3, 18)},
		{"all of 2017: 260 weekdays - 17 off + 2 working Saturdays", d(2017, 1, 1), 245, d(2017, 12, 29)},
		{"one more is after New Year 2018", d(2017, 1, 1), 246, d(2018, 1, 3)},
		{"backwards over Nauryz", d(2017, 3, 24), -1, d(2017, 3, 18)},
		{"backwards over New Year 2025: working Sunday, then 31 Dec", d(2025, 1, 6), -2, d(2024, 12, 31)},
		{"backwards into the previous year", d(2017, 1, 4), -1, d(2016, 12, 30)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := c.AddWorkdays(tt.from, tt.n)
			if got != tt.want {
				t.Errorf("AddWorkdays(%s, %d) = %s %s, want %s %s",
					tt.from, tt.n, got, got.Weekday(), tt.want, tt.want.Weekday())
			}
		})
	}
}

func TestRollWorkedExamples(t *testing.T) {
	c := defaultCalendar(t)
	tests := []struct {
		name    string
		nominal Date
		want    Date
	}{
		{"2: Capital Day transfer", d(2017, 7, 7), d(2017, 7, 10)},
		{"6: Kurban Ait on a Sunday gives no substitute", d(2019, 8, 11), d(2019, 8, 12)},
		{"9: Nauryz on a weekend, two substitutes", d(2025, 3, 22), d(2025, 3, 26)},
		{"Independence Day 2018, second day and substitute", d(2018, 12, 16), d(2018, 12, 19)},
		{"Kurban Ait 2024 on a Sunday", d(2024, 6, 16), d(2024, 6, 17)},
		{"Constitution Day 2025 on a Saturday", d(2025, 8, 30), d(2025, 9, 2)},
		{"30 August 2026 is no longer a holiday", d(2026, 8, 30), d(2026, 8, 31)},
		{"Republic Day 2026 on a Sunday", d(2026, 10, 25), d(2026, 10, 27)},
		{"working Saturday stays", d(2017, 7, 1), d(2017, 7, 1)},
		{"working Sunday stays", d(2020, 1, 5), d(2020, 1, 5)},
		{"Monday 11 May 2020 is a working day", d(2020, 5, 9), d(2020, 5, 11)},
		{"working day stays", d(2017, 2, 20), d(2017, 2, 20)},
		{"quarterly 15th over a weekend", d(2017, 4, 15), d(2017, 4, 17)},
		{"New Year 2017 on a Sunday", d(2017, 1, 1), d(2017, 1, 4)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := c.Roll(tt.nominal, Following); got != tt.want {
				t.Errorf("Roll(%s) = %s %s, want %s %s", tt.nominal, got, got.Weekday(), tt.want, tt.want.Weekday())
			}
		})
	}
}

func TestRollConventions(t *testing.T) {
	c := defaultCalendar(t)
	sunday := d(2026, 10, 25)
	for _, tt := range []struct {
		r    Roll
		want Date
	}{
		{Following, d(2026, 10, 27)},
		{Preceding, d(2026, 10, 23)},
		{NoRoll, sunday},
	} {
		if got := c.Roll(sunday, tt.r); got != tt.want {
			t.Errorf("Roll(%s, %s) = %s, want %s", sunday, tt.r, got, tt.want)
		}
	}
}

// The fixed dates of the register, rolled, as kz-calendar.md §5 lists them
// for every covered year.
func TestRollFixedDatesTable(t *testing.T) {
	c := defaultCalendar(t)
	// For each year: the due days of 20 Feb, 15 Jan, 15 Apr, 15 Jul, 15 Oct.
	want := map[int][5]Date{
		2016: {d(2016, 2, 22), d(2016, 1, 15), d(2016, 4, 15), d(2016, 7, 15), d(2016, 10, 17)},
		2017: {d(2017, 2, 20), d(2017, 1, 16), d(2017, 4, 17), d(2017, 7, 17), d(2017, 10, 16)},
		2018: {d(2018, 2, 20), d(2018, 1, 15), d(2018, 4, 16), d(2018, 7, 16), d(2018, 10, 15)},
		2019: {d(2019, 2, 20), d(2019, 1, 15), d(2019, 4, 15), d(2019, 7, 15), d(2019, 10, 15)},
		2020: {d(2020, 2, 20), d(2020, 1, 15), d(2020, 4, 15), d(2020, 7, 15), d(2020, 10, 15)},
		2021: {d(2021, 2, 22), d(2021, 1, 15), d(2021, 4, 15), d(2021, 7, 15), d(2021, 10, 15)},
		2022: {d(2022, 2, 21), d(2022, 1, 17), d(2022, 4, 15), d(2022, 7, 15), d(2022, 10, 17)},
		2023: {d(2023, 2, 20), d(2023, 1, 16), d(2023, 4, 17), d(2023, 7, 17), d(2023, 10, 16)},
		2024: {d(2024, 2, 20), d(2024, 1, 15), d(2024, 4, 15), d(2024, 7, 15), d(2024, 10, 15)},
		2025: {d(2025, 2, 20), d(2025, 1, 15), d(2025, 4, 15), d(2025, 7, 15), d(2025, 10, 15)},
		2026: {d(2026, 2, 20), d(2026, 1, 15), d(2026, 4, 15), d(2026, 7, 15), d(2026, 10, 15)},
		2027: {d(2027, 2, 22), d(2027, 1, 15), d(2027, 4, 15), d(2027, 7, 15), d(2027, 10, 15)},
	}
	for y, w := range want {
		nominal := [5]Date{d(y, 2, 20), d(y, 1, 15), d(y, 4, 15), d(y, 7, 15), d(y, 10, 15)}
		for i, n := range nominal {
			if got := c.Roll(n, Following); got != w[i] {
				t.Errorf("Roll(%s) = %s, want %s", n, got, w[i])
			}
		}
	}
}

func TestWorkdaysBetween(t *testing.T) {
	c := defaultCalendar(t)
	tests := []struct {
		from, to Date
		want     int
	}{
		{d(2017, 3, 17), d(2017, 4, 5), 10},
		{d(2017, 4, 5), d(2017, 3, 17), -10},
		{d(2017, 3, 17), d(2017, 3, 17), 0},
		{d(2017, 3, 19), d(2017, 3, 23), 0}, // transferred day off and Nauryz
		{d(2024, 12, 27), d(2025, 1, 15), 10},
		{d(2016, 12, 31), d(2017, 12, 31), 245},
	}
	for _, tt := range tests {
		if got := c.WorkdaysBetween(tt.from, tt.to); got != tt.want {
			t.Errorf("WorkdaysBetween(%s, %s) = %d, want %d", tt.from, tt.to, got, tt.want)
		}
	}
}

// AddWorkdays and WorkdaysBetween must agree with a plain day-by-day walk,
// over the data and far outside it.
func TestWorkdayArithmeticAgainstWalk(t *testing.T) {
	c := defaultCalendar(t)
	walk := func(from Date, n int) Date {
		for d := from; ; {
			d++
			if c.Working(d) {
				n--
				if n == 0 {
					return d
				}
			}
		}
	}
	for _, from := range []Date{d(1999, 12, 30), d(2015, 12, 25), d(2017, 3, 17), d(2026, 12, 20), d(2027, 12, 31), d(2150, 6, 1)} {
		for _, n := range []int{1, 2, 5, 10, 22, 250, 800} {
			want := walk(from, n)
			if got := c.AddWorkdays(from, n); got != want {
				t.Errorf("AddWorkdays(%s, %d) = %s, walk gives %s", from, n, got, want)
			}
			if got := c.WorkdaysBetween(from, want); got != n {
				t.Errorf("WorkdaysBetween(%s, %s) = %d, want %d", from, want, got, n)
			}
			if back := c.AddWorkdays(want, -n); back > from || !c.Working(back) && back != from {
				t.Errorf("AddWorkdays(%s, -%d) = %s, not at or before %s", want, n, back, from)
			}
		}
	}
}
