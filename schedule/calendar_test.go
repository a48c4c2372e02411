package schedule

import (
	"strings"
	"testing"
	"time"
)

// The statutory rules, with the substitute rule, must give every covered
// year exactly as the data has it, apart from what only an act or an
// announcement decides: transfers, Kurban Ait, and the days the data
// remarks on.
func TestStatutoryRulesReproduceData(t *testing.T) {
	c := defaultCalendar(t)
	for y := c.FirstYear(); y <= c.LastYear(); y++ {
		ruled := &yearTable{start: D(y, 1, 1)}
		ruled.days = make([]Day, len(c.table(y).days))
		for i := range ruled.days {
			dd := ruled.start + Date(i)
			ruled.days[i] = Day{Date: dd, Kind: Workday}
			if dd.weekend() {
				ruled.days[i].Kind = Weekend
			}
		}
		c.applyStatutory(ruled, y)
		exempt := map[Date]bool{}
		for _, day := range c.data[y].days {
			if day.Kind == Transferred || day.Kind == WorkingWeekend || day.Holiday == "kurban-ait" {
				exempt[day.Date], exempt[day.Ref] = true, true
			}
		}
		for i, got := range c.table(y).days {
			want := ruled.days[i]
			if exempt[got.Date] {
				continue
			}
			if got.Working() != want.Working() || got.Holiday != want.Holiday {
				t.Errorf("%s: data says %s %q, statutory rules say %s %q",
					got.Date, got.Kind, got.Holiday, want.Kind, want.Holiday)
			}
		}
	}
}

func TestDayKinds(t *testing.T) {
	c := defaultCalendar(t)
	tests := []struct {
		date    Date
		kind    Kind
		holiday string
		ref     Date
	}{
		{d(2017, 3, 18), WorkingWeekend, "", d(2017, 3, 20)},
		{d(2017, 3, 20), Transferred, "", d(2017, 3, 18)},
		{d(2017, 3, 21), Holiday, "nauryz", 0},
		{d(2017, 1, 3), Substitute, "new-year", d(2017, 1, 1)},
		{d(2017, 1, 7), Religious, "christmas", 0},
		{d(2017, 2, 20), Workday, "", 0},
		{d(2017, 2, 19), Weekend, "", 0},
		{d(2026, 10, 25), Holiday, "republic-day", 0},
		{d(2026, 10, 26), Substitute, "republic-day", d(2026, 10, 25)},
		{d(2020, 5, 11), Workday, "", 0},
		// Outside the data: the statutory rules alone.
		{d(2028, 3, 21), Holiday, "nauryz", 0},
		{d(2028, 1, 3), Substitute, "new-year", d(2028, 1, 1)},
		{d(2015, 12, 17), Holiday, "independence-day", 0},
	}
	for _, tt := range tests {
		got := c.Day(tt.date)
		if got.Kind != tt.kind || got.Holiday != tt.holiday || got.Ref != tt.ref {
			t.Errorf("Day(%s) = %s %q ref %s, want %s %q ref %s",
				tt.date, got.Kind, got.Holiday, got.Ref, tt.kind, tt.holiday, tt.ref)
		}
	}
}

func TestYearCoverage(t *testing.T) {
	c := defaultCalendar(t)
	tests := []struct {
		year      int
		coverage  Coverage
		uncertain []Date
	}{
		{2015, NotCovered, nil},
		{2016, Covered, nil},
		{2017, Covered, nil},
		{2026, Covered, []Date{d(2026, 5, 27), d(2026, 8, 31)}},
		{2027, Provisional, []Date{d(2027, 3, 15)}},
		{2028, NotCovered, nil},
	}
	for _, tt := range tests {
		info := c.Year(tt.year)
		if info.Coverage != tt.coverage {
			t.Errorf("Year(%d).Coverage = %d, want %d", tt.year, info.Coverage, tt.coverage)
		}
		var got []Date
		for _, u := range info.Uncertain {
			got = append(got, u.Date)
		}
		if len(got) != len(tt.uncertain) {
			t.Errorf("Year(%d).Uncertain = %v, want %v", tt.year, got, tt.uncertain)
			continue
		}
		for i := range got {
			if got[i] != tt.uncertain[i] {
				t.Errorf("Year(%d).Uncertain = %v, want %v", tt.year, got, tt.uncertain)
			}
		}
	}
	if c.FirstYear() != 2016 || c.LastYear() != 2027 {
		t.Errorf("data covers %d-%d, want 2016-2027", c.FirstYear(), c.LastYear())
	}
}

// Every year's count of non-working weekdays and working weekend days must
// match the summary table of the calendar notes (kz-calendar.md §3).
func TestYearSummaries(t *testing.T) {
	c := defaultCalendar(t)
	want := map[int]struct{ off, working int }{
		2016: {17, 1}, 2017: {17, 2}, 2018: {20, 5}, 2019: {16, 1}, 2020: {18, 2},
		2021: {17, 1}, 2022: {17, 3}, 2023: {15, 1}, 2024: {14, 1}, 2025: {16, 1},
		2026: {14, 0}, 2027: {14, 0},
	}
	for y, w := range want {
		off, working := 0, 0
		for _, day := range c.table(y).days {
			wd := day.Date.Weekday()
			weekend := wd == time.Saturday || wd == time.Sunday
			if !weekend && !day.Working() {
				off++
			}
			if weekend && day.Working() {
				working++
			}
		}
		if off != w.off || working != w.working {
			t.Errorf("%d: %d weekdays off, %d working weekend days; want %d and %d", y, off, working, w.off, w.working)
		}
	}
}

func TestHolidayNames(t *testing.T) {
	c := defaultCalendar(t)
	if got := c.HolidayName("nauryz").In(Kazakh); got != "Наурыз мейрамы" {
		t.Errorf("nauryz in Kazakh = %q", got)
	}
	if got := c.HolidayName("republic-day").In(English); got != "Republic Day" {
		t.Errorf("republic-day in English = %q", got)
	}
}

func TestParseCalendarErrors(t *testing.T) {
	tests := []struct {
		name, data, want string
	}{
		{"not yaml", "a: [", "x.yaml:1: invalid YAML: did not find expected node content"},
		{"unknown section", "holidays: {}\nstatutory: []\nyears: {}\nextra: 1\n", `x.yaml:4: unknown field "extra"`},
		{"substitute without for", `holidays: {a: {kk: A}}
statutory: []
years:
  2017:
    act: x
    status: confirmed
    days:
      - {date: 2017-01-03, kind: substitute, holiday: a}
`, `x.yaml:8: 2017-01-03: substitute needs "for": an earlier weekend day`},
	}
	for _, tt := range tests {
		_, err := ParseCalendar("x.yaml", []byte(tt.data))
		if err == nil || !strings.HasPrefix(err.Error(), tt.want) {
			t.Errorf("%s: error %v, want prefix %q", tt.name, err, tt.want)
		}
	}
}
