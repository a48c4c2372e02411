package main

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/spf13/pflag"

	"opendata/register"
	"opendata/schedule"
)

// windowOptions are the flags that choose a span of dates.
type windowOptions struct {
	month, quarter, year string
	week                 bool
	within               string
	from, to             string
}

// thisOne is what an optional flag value holds when given without one.
const thisOne = "current"

func (o *windowOptions) addFlags(fs *pflag.FlagSet) {
	fs.StringVar(&o.month, "month", "", "the month `YYYY-MM` (this month when no value is given)")
	fs.StringVar(&o.quarter, "quarter", "", "the quarter `YYYY-QN` (this quarter when no value is given)")
	fs.StringVar(&o.year, "year", "", "the year `YYYY` (this year when no value is given)")
	fs.BoolVar(&o.week, "week", false, "this week, Monday to Sunday")
	fs.StringVar(&o.within, "within", "", "from today for a `span`: 30d, 2w, 3m, or 10wd (working days)")
	fs.StringVar(&o.from, "from", "", "from `DATE` (YYYY-MM-DD); with --to")
	fs.StringVar(&o.to, "to", "", "to `DATE` (YYYY-MM-DD), inclusive")
	for _, name := range []string{"month", "quarter", "year"} {
		fs.Lookup(name).NoOptDefVal = thisOne
	}
}

// window returns the chosen window, or def when no window flag is given.
func (o *windowOptions) window(fs *pflag.FlagSet, cal *schedule.Calendar, today schedule.Date, def schedule.Span) (schedule.Window, error) {
	var chosen []string
	for _, name := range []string{"month", "quarter", "year", "week", "within"} {
		if fs.Changed(name) {
			chosen = append(chosen, "--"+name)
		}
	}
	if fs.Changed("from") || fs.Changed("to") {
		chosen = append(chosen, "--from/--to")
	}
	if len(chosen) > 1 {
		return schedule.Window{}, usagef("%s and %s choose different windows: give one", chosen[0], chosen[1])
	}
	w, err := o.pick(fs, cal, today, def)
	if err != nil {
		return w, err
	}
	if w.From.Year() < register.MinYear || w.To.Year() > register.MaxYear {
		return w, badf("window %s: years must lie within %d..%d", w, register.MinYear, register.MaxYear)
	}
	if w.Days() > 36525 {
		return w, badf("window %s is longer than a century", w)
	}
	return w, nil
}

func (o *windowOptions) pick(fs *pflag.FlagSet, cal *schedule.Calendar, today schedule.Date, def schedule.Span) (schedule.Window, error) {
	switch {
	case fs.Changed("month"):
		if o.month == thisOne {
			return schedule.MonthWindow(today.Year(), today.Month()), nil
		}
		t, err := time.Parse("2006-01", o.month)
		if err != nil {
			return schedule.Window{}, badf("--month %q: expected YYYY-MM, e.g. 2017-03", o.month)
		}
		return schedule.MonthWindow(t.Year(), t.Month()), nil
	case fs.Changed("quarter"):
		p := schedule.PeriodOf(schedule.Quarterly, today)
		if o.quarter != thisOne {
			var err error
			p, err = schedule.ParsePeriod(o.quarter)
			if err != nil || p.Kind != schedule.Quarterly {
				return schedule.Window{}, badf("--quarter %q: expected YYYY-QN, e.g. 2017-Q2", o.quarter)
			}
		}
		return schedule.PeriodWindow(p), nil
	case fs.Changed("year"):
		y := today.Year()
		if o.year != thisOne {
			n, err := strconv.Atoi(o.year)
			if err != nil || len(o.year) != 4 {
				return schedule.Window{}, badf("--year %q: expected YYYY, e.g. 2017", o.year)
			}
			y = n
		}
		return schedule.YearWindow(y), nil
	case o.week:
		return schedule.WeekWindow(today), nil
	case fs.Changed("within"):
		s, err := schedule.ParseSpan(o.within)
		if err != nil {
			return schedule.Window{}, badf("--within: %v", err)
		}
		return schedule.Window{From: today, To: cal.After(today, s)}, nil
	case fs.Changed("from") || fs.Changed("to"):
		return o.fromTo(fs)
	}
	return schedule.Window{From: today, To: cal.After(today, def)}, nil
}

func (o *windowOptions) fromTo(fs *pflag.FlagSet) (schedule.Window, error) {
	if !fs.Changed("from") || !fs.Changed("to") {
		return schedule.Window{}, usagef("--from and --to go together")
	}
	from, err := schedule.ParseDate(o.from)
	if err != nil {
		return schedule.Window{}, badf("--from: %v", err)
	}
	to, err := schedule.ParseDate(o.to)
	if err != nil {
		return schedule.Window{}, badf("--to: %v", err)
	}
	if to < from {
		return schedule.Window{}, badf("--from %s is after --to %s", from, to)
	}
	return schedule.Window{From: from, To: to}, nil
}

// filterOptions select obligations.
type filterOptions struct {
	units      []string
	numbers    []int
	periodKind string
}

func (o *filterOptions) addFlags(fs *pflag.FlagSet) {
	fs.StringSliceVar(&o.units, "unit", nil, "only obligations of unit `KEY` (repeatable)")
	fs.IntSliceVar(&o.numbers, "no", nil, "only obligation number `N` (repeatable)")
	fs.StringVar(&o.periodKind, "period-kind", "", "only obligations updated `KIND`: annual, semiannual, quarterly, monthly, on-event")
}

// active reports whether any filter is set.
func (o *filterOptions) active() bool {
	return len(o.units) > 0 || len(o.numbers) > 0 || o.periodKind != ""
}

// matcher checks the filters against the register and returns a test for
// obligations.
func (o *filterOptions) matcher(reg *register.Register) (func(*register.Obligation) bool, error) {
	for _, u := range o.units {
		if reg.Units[u] == nil {
			return nil, badf("--unit %q: no such unit; the units are: %s", u, strings.Join(reg.UnitKeys, ", "))
		}
	}
	for _, n := range o.numbers {
		if reg.Obligation(n) == nil {
			return nil, badf("--no %d: no such obligation in %s", n, reg.File)
		}
	}
	var kind schedule.PeriodKind
	if o.periodKind != "" {
		k, err := schedule.ParsePeriodKind(o.periodKind)
		if err != nil {
			return nil, badf("--period-kind: %v", err)
		}
		kind = k
	}
	return func(ob *register.Obligation) bool {
		if len(o.numbers) > 0 && !containsInt(o.numbers, ob.No) {
			return false
		}
		if o.periodKind != "" && ob.Period != kind {
			return false
		}
		if len(o.units) > 0 && !anyOf(ob.Units, o.units) {
			return false
		}
		return true
	}, nil
}

func containsInt(list []int, n int) bool {
	for _, x := range list {
		if x == n {
			return true
		}
	}
	return false
}

func anyOf(have, want []string) bool {
	for _, h := range have {
		for _, w := range want {
			if h == w {
				return true
			}
		}
	}
	return false
}

func describeWindow(w schedule.Window) string {
	return fmt.Sprintf("%s..%s", w.From, w.To)
}
