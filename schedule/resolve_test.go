package schedule

import (
	"fmt"
	"strings"
	"testing"
)

func TestResolveRuleForms(t *testing.T) {
	c := defaultCalendar(t)
	year := func(y int) Window { return Window{From: d(y, 1, 1), To: d(y, 12, 31)} }
	tests := []struct {
		name   string
		kind   PeriodKind
		rule   string
		roll   Roll
		window Window
		want   string // period nominal→due, one per line
	}{
		{"fixed day closes the previous year", Annual, "20 February", Following, year(2016),
			"2015 2016-02-20→2016-02-22"},
		{"fixed day on a working Saturday stays", Annual, "1 July", Following, year(2017),
			"2016 2017-07-01→2017-07-01"},
		{"fixed day of the reporting year", Annual, "1 July of the reporting year", Following, year(2018),
			"2018 2018-07-01→2018-07-02"},
		{"quarterly 15th rolls over weekends", Quarterly, "15th of the month after the reporting period", Following, year(2017),
			"2016-Q4 2017-01-15→2017-01-16\n2017-Q1 2017-04-15→2017-04-17\n2017-Q2 2017-07-15→2017-07-17\n2017-Q3 2017-10-15→2017-10-16"},
		{"semiannual 15th", Semiannual, "15th of the month after the reporting period", Following, year(2022),
			"2021-H2 2022-01-15→2022-01-17\n2022-H1 2022-07-15→2022-07-15"},
		{"annual 5th: 5 January 2025 is a working Sunday", Annual, "5th of the month after the reporting period", Following, year(2025),
			"2024 2025-01-05→2025-01-05"},
		{"annual 5th: 5 January 2020 is a working Sunday too", Annual, "5th of the month after the reporting period", Following, year(2020),
			"2019 2020-01-05→2020-01-05"},
		{"annual 5th over a weekend and Orthodox Christmas", Annual, "5th of the month after the reporting period", Following, year(2019),
			"2018 2019-01-05→2019-01-08"},
		{"monthly last day", Monthly, "last day of the month after the reporting period", Following,
			Window{From: d(2024, 3, 1), To: d(2024, 4, 30)},
			"2024-02 2024-03-31→2024-04-01\n2024-03 2024-04-30→2024-04-30"},
		{"monthly last day in a leap February", Monthly, "last day of the month after the reporting period", Following,
			Window{From: d(2024, 2, 1), To: d(2024, 2, 29)}, "2024-01 2024-02-29→2024-02-29"},
		{"days after the end of the period", Quarterly, "20 days after the end of the reporting period", Following,
			Window{From: d(2017, 4, 1), To: d(2017, 4, 30)},
			"2017-Q1 2017-04-20→2017-04-20"},
		{"working days after the end of the period", Quarterly, "10 working days after the end of the reporting period", Following,
			Window{From: d(2017, 4, 1), To: d(2017, 4, 30)},
			"2017-Q1 2017-04-14→2017-04-14"},
		{"Republic Day 2026 on a Sunday", Annual, "25 October", Following, year(2026),
			"2025 2026-10-25→2026-10-27"},
		{"preceding convention", Annual, "25 October", Preceding, year(2026),
			"2025 2026-10-25→2026-10-23"},
		{"no rolling", Annual, "25 October", NoRoll, year(2026),
			"2025 2026-10-25→2026-10-25"},
		{"outside the data: statutory holidays", Annual, "16 December", Following, year(2028),
			"2027 2028-12-16→2028-12-19"},
		{"a roll can carry a deadline into the window", Annual, "31 December", Following,
			Window{From: d(2017, 1, 1), To: d(2017, 1, 31)}, "2015 2016-12-31→2017-01-04"},
		{"rolled out of the window", Annual, "16 December", Following,
			Window{From: d(2018, 12, 16), To: d(2018, 12, 18)}, ""},
		{"rolled into the window", Annual, "16 December", Following,
			Window{From: d(2018, 12, 19), To: d(2018, 12, 19)}, "2017 2018-12-16→2018-12-19"},
		{"event rules need an event", OnEvent, "10 working days after approval", Following, year(2017), ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			it := Item{Period: tt.kind, Roll: tt.roll, Deadlines: []Deadline{{Rule: MustParseRule(tt.rule)}}}
			var lines []string
			for _, o := range Resolve(c, []Item{it}, tt.window, nil) {
				lines = append(lines, fmt.Sprintf("%s %s→%s", o.Period, o.Nominal, o.Due))
			}
			if got := strings.Join(lines, "\n"); got != tt.want {
				t.Errorf("got\n%s\nwant\n%s", got, tt.want)
			}
		})
	}
}

func TestResolveEvents(t *testing.T) {
	c := defaultCalendar(t)
	items := []Item{
		{Period: OnEvent, Deadlines: []Deadline{{Rule: MustParseRule("10 working days after the certificate is signed")}}},
		{Period: OnEvent, Deadlines: []Deadline{{Rule: MustParseRule("10 calendar days after the plan is approved")}}},
		{Period: Annual, Deadlines: []Deadline{{Rule: MustParseRule("10 calendar days after the strategic plan is signed")}}},
	}
	events := []Happening{
		{Item: 0, Date: d(2017, 3, 17), Label: "analysis"},
		{Item: 1, Date: d(2018, 4, 20)},
		{Item: 2, Date: d(2024, 12, 27)},
		{Item: 0, Date: d(2024, 12, 27)},
	}
	got := Resolve(c, items, Window{From: d(2017, 1, 1), To: d(2025, 12, 31)}, events)
	want := []struct {
		item         int
		nominal, due Date
	}{
		{0, d(2017, 4, 5), d(2017, 4, 5)},  // Nauryz, a transferred day off, a working Saturday
		{1, d(2018, 4, 30), d(2018, 5, 2)}, // 30 April transferred, 1 May Unity Day
		{2, d(2025, 1, 6), d(2025, 1, 6)},  // 27 Dec + 10 = Monday 6 January
		{0, d(2025, 1, 15), d(2025, 1, 15)},
	}
	if len(got) != len(want) {
		t.Fatalf("got %d occurrences, want %d: %+v", len(got), len(want), got)
	}
	for i, w := range want {
		o := got[i]
		if o.Item != w.item || o.Nominal != w.nominal || o.Due != w.due || o.Event == nil {
			t.Errorf("occurrence %d = item %d %s→%s, want item %d %s→%s", i, o.Item, o.Nominal, o.Due, w.item, w.nominal, w.due)
		}
	}
}

func TestResolveStagesAndOrder(t *testing.T) {
	c := defaultCalendar(t)
	it := Item{Period: Annual, Deadlines: []Deadline{
		{Stage: "co-executors", Rule: MustParseRule("5 February")},
		{Rule: MustParseRule("20 February")},
	}}
	got := Resolve(c, []Item{it}, Window{From: d(2017, 1, 1), To: d(2017, 12, 31)}, nil)
	if len(got) != 2 {
		t.Fatalf("got %d occurrences, want 2", len(got))
	}
	if got[0].Stage != "co-executors" || got[0].Due != d(2017, 2, 6) || got[0].Key() != "2016/co-executors" {
		t.Errorf("stage: %+v key %s", got[0], got[0].Key())
	}
	if got[1].Stage != "" || got[1].Due != d(2017, 2, 20) || got[1].Key() != "2016" {
		t.Errorf("final: %+v key %s", got[1], got[1].Key())
	}
}

func TestExplain(t *testing.T) {
	c := defaultCalendar(t)
	steps := c.Explain(MustParseRule("10 working days after the certificate is signed"), d(2017, 3, 17), Following)
	var got []string
	for _, s := range steps {
		got = append(got, fmt.Sprintf("%s:%d", s.Day.Date.String()[5:], s.Count))
	}
	want := "03-18:1 03-19:0 03-20:0 03-21:0 03-22:0 03-23:0 03-24:2 03-25:0 03-26:0 03-27:3 03-28:4 " +
		"03-29:5 03-30:6 03-31:7 04-01:0 04-02:0 04-03:8 04-04:9 04-05:10"
	if strings.Join(got, " ") != want {
		t.Errorf("Explain =\n%s\nwant\n%s", strings.Join(got, " "), want)
	}

	steps = c.Explain(MustParseRule("10 calendar days after the plan is approved"), d(2018, 4, 20), Following)
	last := steps[len(steps)-1]
	if len(steps) != 12 || last.Day.Date != d(2018, 5, 2) || !last.Rolled || steps[9].Count != 10 {
		t.Errorf("calendar-day count ends %+v after %d steps", last, len(steps))
	}
}
