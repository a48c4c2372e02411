package schedule

import (
	"cmp"
	"fmt"
	"slices"
)

// Deadline is one rule of an obligation. Stage names a deadline that comes
// before the final one (the co-executors' input, say); it is empty for the
// final deadline.
type Deadline struct {
	Stage string
	Rule  Rule
}

// Item is what resolution needs to know of one obligation: how often it is
// updated, its deadlines, and the convention that moves a deadline off a
// non-working day.
type Item struct {
	Period    PeriodKind
	Deadlines []Deadline
	Roll      Roll
}

// EventDriven reports whether any of the item's deadlines counts from an
// event, and so has no date until the event is known.
func (it Item) EventDriven() bool {
	for _, d := range it.Deadlines {
		if d.Rule.Anchor == Event {
			return true
		}
	}
	return false
}

// Happening is an event that event-driven deadlines count from: a
// certificate signed, a plan approved.
type Happening struct {
	Item  int    // index of the item it belongs to
	Date  Date   // the day it happened
	Label string // what happened, in a person's words
	Doc   string // the document's number, if any
}

// Window is a span of days, both ends included.
type Window struct {
	From, To Date
}

// Contains reports whether d lies in the window.
func (w Window) Contains(d Date) bool { return w.From <= d && d <= w.To }

// Days returns the number of days in the window.
func (w Window) Days() int { return int(w.To-w.From) + 1 }

// String returns the window as FROM..TO.
func (w Window) String() string { return fmt.Sprintf("%s..%s", w.From, w.To) }

// Occurrence is one dated deadline: an item, the reporting period or event
// it closes, the date the rule gives and the date it is due after rolling.
type Occurrence struct {
	Item     int // index into the items given to Resolve
	Deadline int // index into the item's deadlines
	Stage    string

	// Period is the reporting period closed; the zero Period for
	// deadlines that count from an event.
	Period Period
	// Event is the happening an event-driven deadline counts from, or nil.
	Event *Happening

	Nominal Date
	Due     Date
}

// Moved reports whether rolling moved the deadline off its nominal date.
func (o Occurrence) Moved() bool { return o.Due != o.Nominal }

// Key returns a stable identity of the occurrence within its register: the
// period label (or the event date) and the stage, for callers that need to
// match occurrences across runs.
func (o Occurrence) Key() string {
	k := o.Period.Label()
	if o.Event != nil {
		k = "event-" + o.Event.Date.String()
	}
	if o.Stage != "" {
		k += "/" + o.Stage
	}
	return k
}

// Resolve returns every occurrence of the items whose due date falls in w,
// sorted by due date, then by item, then by deadline. Deadlines that count
// from an event are resolved only for the happenings given; without one
// they yield nothing (see Item.EventDriven).
//
// A fixed day of the year ("20 February") closes the calendar year before
// the one it falls in, unless the rule says "of the reporting year". A day
// of the month after the reporting period closes each period of the item's
// kind: Q1 gives April, H2 gives January of the next year, a year gives
// January of the next year. Every nominal date is then rolled by the
// item's convention, so a deadline can fall in w although its nominal date
// does not, and the other way round.
func Resolve(c *Calendar, items []Item, w Window, events []Happening) []Occurrence {
	order, start := byItem(events, len(items))
	out := make([]Occurrence, 0, capacity(items, w, start))
	for i, it := range items {
		for j, dl := range it.Deadlines {
			emit := func(p Period, ev *Happening, nominal Date) {
				due := c.Roll(nominal, it.Roll)
				if w.Contains(due) {
					out = append(out, Occurrence{Item: i, Deadline: j, Stage: dl.Stage,
						Period: p, Event: ev, Nominal: nominal, Due: due})
				}
			}
			resolveDeadline(c, it.Period, dl.Rule, w, emit)
			if dl.Rule.Anchor == Event {
				for _, k := range order[start[i]:start[i+1]] {
					ev := &events[k]
					emit(Period{}, ev, EventDue(c, dl.Rule, ev.Date))
				}
			}
		}
	}
	return sortByDue(out)
}

// sortByDue returns the occurrences sorted by due date, then by item, then
// by deadline, then by nominal date. They must come in order of item and
// deadline, as Resolve makes them: a stable counting sort by due date then
// leaves only runs of one item's deadline due on one day (events given out
// of order) to sort by nominal date. The cost grows with the number of
// occurrences and the days they span, not with n log n.
func sortByDue(occ []Occurrence) []Occurrence {
	if len(occ) < 2 {
		return occ
	}
	lo, hi := occ[0].Due, occ[0].Due
	for _, o := range occ {
		lo, hi = min(lo, o.Due), max(hi, o.Due)
	}
	if int(hi-lo) > 8*len(occ) {
		// Few deadlines over many days: a comparison sort costs less.
		slices.SortStableFunc(occ, func(x, y Occurrence) int { return cmp.Compare(x.Due, y.Due) })
	} else {
		occ = countingSort(occ, lo, hi)
	}
	for i := 0; i < len(occ); {
		j := i + 1
		for j < len(occ) && occ[j].Due == occ[i].Due && occ[j].Item == occ[i].Item && occ[j].Deadline == occ[i].Deadline {
			j++
		}
		if j-i > 1 {
			slices.SortStableFunc(occ[i:j], func(x, y Occurrence) int { return cmp.Compare(x.Nominal, y.Nominal) })
		}
		i = j
	}
	return occ
}

// countingSort returns occ in order of due date, keeping the order of
// occurrences due on the same day. Every due date lies in lo..hi.
func countingSort(occ []Occurrence, lo, hi Date) []Occurrence {
	at := make([]int, int(hi-lo)+2)
	for _, o := range occ {
		at[o.Due-lo+1]++
	}
	for i := 1; i < len(at); i++ {
		at[i] += at[i-1]
	}
	sorted := make([]Occurrence, len(occ))
	for _, o := range occ {
		sorted[at[o.Due-lo]] = o
		at[o.Due-lo]++
	}
	return sorted
}

// capacity guesses how many occurrences of items fall due in w, from the
// length of their periods and the number of their happenings (start, as
// byItem gives it), so that Resolve allocates its result about once.
func capacity(items []Item, w Window, start []int) int {
	n := 0
	for i, it := range items {
		for _, dl := range it.Deadlines {
			switch {
			case dl.Rule.Anchor == Event:
				n += start[i+1] - start[i]
			case dl.Rule.Anchor == FixedDay || it.Period == Annual:
				n += w.Days()/365 + 1
			case it.Period != OnEvent:
				n += w.Days()*(12/it.Period.months())/365 + 1
			}
		}
	}
	return n
}

// byItem orders the indices of events by item, keeping their order within
// an item: the happenings of item i are at order[start[i]:start[i+1]].
// Happenings of no item in 0..n-1 are left out.
func byItem(events []Happening, n int) (order, start []int) {
	start = make([]int, n+2)
	for _, e := range events {
		if 0 <= e.Item && e.Item < n {
			start[e.Item+2]++
		}
	}
	for i := 2; i < len(start); i++ {
		start[i] += start[i-1]
	}
	// start[i+1] is now where the happenings of item i begin; filling
	// moves it to where they end, which is where those of i+1 begin.
	order = make([]int, start[n+1])
	for k, e := range events {
		if 0 <= e.Item && e.Item < n {
			order[start[e.Item+1]] = k
			start[e.Item+1]++
		}
	}
	return order, start[:n+1]
}

// rollSlack bounds how far rolling can move a date: the longest run of
// non-working days in the calendar is well under it.
const rollSlack = 20

// resolveDeadline calls emit with the nominal date of every period whose
// deadline could be due inside w.
func resolveDeadline(c *Calendar, k PeriodKind, r Rule, w Window, emit func(Period, *Happening, Date)) {
	switch r.Anchor {
	case FixedDay:
		for y := w.From.Year() - 1; y <= w.To.Year()+1; y++ {
			if !Valid(y, r.Month, r.Day) {
				continue
			}
			p := Period{Kind: Annual, Year: y - 1}
			if r.SameYear {
				p.Year = y
			}
			emit(p, nil, D(y, r.Month, r.Day))
		}
	case NextMonth, PeriodEnd:
		if k == OnEvent {
			return
		}
		lead := 2*31 + 3*r.Days + rollSlack
		for p := PeriodOf(k, w.From.AddDays(-lead)); p.Start() <= w.To.AddDays(rollSlack); p = p.Next() {
			if d, ok := periodDue(c, r, p); ok {
				emit(p, nil, d)
			}
		}
	}
}

// periodDue returns the nominal date of a NextMonth or PeriodEnd rule for
// period p. It reports false for a day that does not exist in the month;
// Rule.Check refuses such rules before they get here.
func periodDue(c *Calendar, r Rule, p Period) (Date, bool) {
	end := p.End()
	if r.Anchor == PeriodEnd {
		if r.Working {
			return c.AddWorkdays(end, r.Days), true
		}
		return end.AddDays(r.Days), true
	}
	next := end + 1
	y, m, _ := next.Date()
	if r.Last {
		return D(y, m, DaysIn(y, m)), true
	}
	if !Valid(y, m, r.Day) {
		return 0, false
	}
	return D(y, m, r.Day), true
}

// EventDue returns the nominal date of an event-driven rule for an event
// on day d: the n-th working day after d, or d plus n calendar days. The
// caller rolls it.
func EventDue(c *Calendar, r Rule, d Date) Date {
	if r.Working {
		return c.AddWorkdays(d, r.Days)
	}
	return d.AddDays(r.Days)
}
