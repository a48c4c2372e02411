package publog

import (
	"testing"

	"opendata/register"
	"opendata/schedule"
)

const year2017 = `publications:
  - {no: 23, period: 2016, published: 2017-02-20}
  - {no: 4, period: 2016-Q4, published: 2017-01-13}
  - {no: 4, period: 2017-Q1, published: 2017-04-19}
  - {no: 14, period: 2016-Q4, published: 2017-01-16}
`

func resolve(t *testing.T, reg *register.Register, w schedule.Window, nos ...int) []register.Occurrence {
	t.Helper()
	var out []register.Occurrence
	for _, o := range reg.Resolve(calendar(t), w, nil) {
		for _, no := range nos {
			if o.Obligation.No == no {
				out = append(out, o)
			}
		}
	}
	return out
}

// Stage deadlines have no status; final ones take theirs from the log.
func TestState(t *testing.T) {
	reg := embedded(t)
	l, err := Parse("log.yaml", []byte(year2017), reg)
	if err != nil {
		t.Fatal(err)
	}
	c := calendar(t)
	today := schedule.D(2017, 5, 2)
	got := map[string]State{}
	for _, o := range resolve(t, reg, schedule.YearWindow(2017), 4, 23) {
		got[o.Due.String()+" "+o.Key()] = l.State(c, o, today)
	}
	want := map[string]struct {
		status Status
		lateBy int
	}{
		"2017-01-16 2016-Q4":           {OnTime, 0},
		"2017-04-17 2017-Q1":           {Late, 2},
		"2017-07-17 2017-Q2":           {Upcoming, 0},
		"2017-10-16 2017-Q3":           {Upcoming, 0},
		"2017-02-06 2016/co-executors": {Untracked, 0},
		"2017-02-20 2016":              {OnTime, 0},
	}
	if len(got) != len(want) {
		t.Errorf("%d occurrences, want %d: %v", len(got), len(want), got)
	}
	for k, w := range want {
		if s := got[k]; s.Status != w.status || s.LateBy != w.lateBy {
			t.Errorf("%s: %s late by %d, want %s late by %d", k, s.Status, s.LateBy, w.status, w.lateBy)
		}
	}
	if s := got["2017-04-17 2017-Q1"]; s.Record == nil || s.Record.Line != 4 {
		t.Errorf("the record of a published deadline: %+v", s.Record)
	}
}

// Next takes the earliest deadline not recorded whose period is over: an
// overdue one first, then one published before its due date.
func TestNext(t *testing.T) {
	reg := embedded(t)
	l, _ := Parse("log.yaml", []byte(year2017), reg)
	occ := resolve(t, reg, schedule.Window{From: schedule.D(2017, 1, 1), To: schedule.D(2018, 6, 1)}, 4, 14, 23)
	tests := []struct {
		no   int
		day  schedule.Date
		want string // the Key taken, or "" for none
	}{
		{4, schedule.D(2017, 7, 10), "2017-Q2"},  // Q2 is over; due 17 July
		{4, schedule.D(2017, 6, 30), ""},         // Q2 is not over
		{14, schedule.D(2017, 7, 10), "2017-Q1"}, // Q1 is overdue: it comes first
		{23, schedule.D(2017, 3, 1), ""},         // the stage is not a publication
		{23, schedule.D(2018, 1, 5), "2017"},
	}
	for _, tt := range tests {
		var mine []register.Occurrence
		for _, o := range occ {
			if o.Obligation.No == tt.no {
				mine = append(mine, o)
			}
		}
		o, ok := l.Next(mine, tt.day)
		got := ""
		if ok {
			got = o.Key()
		}
		if got != tt.want {
			t.Errorf("Next(%d, %s) = %q, want %q", tt.no, tt.day, got, tt.want)
		}
	}
}

func TestSummarize(t *testing.T) {
	reg := embedded(t)
	l, _ := Parse("log.yaml", []byte(year2017), reg)
	c := calendar(t)
	entries := l.Entries(c, resolve(t, reg, schedule.YearWindow(2017), 4, 14, 23), schedule.D(2017, 7, 17))
	lines, total := Summarize(reg, entries, ByObligation)
	want := []Line{
		{No: 4, Tally: Tally{Deadlines: 4, OnTime: 1, Late: 1, Pending: 2}},
		{No: 14, Tally: Tally{Deadlines: 4, OnTime: 1, Missing: 1, Pending: 2}},
		{No: 23, Tally: Tally{Deadlines: 1, OnTime: 1}},
	}
	if len(lines) != len(want) {
		t.Fatalf("lines %+v", lines)
	}
	for i := range want {
		if lines[i] != want[i] {
			t.Errorf("line %d: %+v, want %+v", i, lines[i], want[i])
		}
	}
	if total != (Tally{Deadlines: 9, OnTime: 3, Late: 1, Missing: 1, Pending: 4}) {
		t.Errorf("total %+v", total)
	}
	if r, ok := total.Rate(); !ok || r != 0.6 {
		t.Errorf("rate %v %v", r, ok)
	}
	if _, ok := (Tally{Deadlines: 2, Pending: 2}).Rate(); ok {
		t.Error("a rate with nothing settled")
	}

	// By unit, an obligation of two units counts for both.
	lines, total = Summarize(reg, entries, ByUnit)
	sum := 0
	for _, ln := range lines {
		sum += ln.Deadlines
	}
	if total.Deadlines != 9 || sum < 9 {
		t.Errorf("by unit: %+v, total %+v", lines, total)
	}
}
