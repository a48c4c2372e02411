package publog

import (
	"opendata/register"
	"opendata/schedule"
)

// Status is where a deadline stands against the log on a given day.
type Status uint8

const (
	// Untracked is the status of a stage deadline: the log records
	// publications, not the hand-ins before them.
	Untracked Status = iota
	// Upcoming deadlines are due after today and not yet published.
	Upcoming
	// DueToday deadlines are due today and not yet published.
	DueToday
	// Overdue deadlines were due before today and are not published.
	Overdue
	// OnTime deadlines were published on or before their due date.
	OnTime
	// Late deadlines were published after their due date.
	Late
)

var statusNames = [...]string{
	Untracked: "",
	Upcoming:  "upcoming",
	DueToday:  "due-today",
	Overdue:   "overdue",
	OnTime:    "on-time",
	Late:      "late",
}

// String returns the status's stable name: upcoming, due-today, overdue,
// on-time or late, and "" for Untracked.
func (s Status) String() string {
	if int(s) < len(statusNames) {
		return statusNames[s]
	}
	return "unknown"
}

// Published reports whether the status is one of a published deadline.
func (s Status) Published() bool { return s == OnTime || s == Late }

// Open reports whether the status is one of a deadline that still waits
// for its publication.
func (s Status) Open() bool { return s == Upcoming || s == DueToday || s == Overdue }

// State is a deadline's status with what it rests on.
type State struct {
	Status Status
	// Published is the day the deadline was published, or 0.
	Published schedule.Date
	// LateBy counts working days: how late a Late publication was, or how
	// late an Overdue one is so far; 0 otherwise.
	LateBy int
	// Record is the log's record of the deadline, or nil.
	Record *Record
}

// Classify returns the state of a deadline due on due and published on
// published (0 for not published) as it stands on today. A publication
// dated after today is not yet made: the state on a past day is the state
// the log gave on that day.
//
// A publication on or before the due date is on time. One after it is late
// by the working days after the due date up to the publication, the day of
// the publication included when it is a working day, and at least 1: a
// publication on the Saturday after a Friday deadline is late by 1, as is
// one on a holiday just after it, and one on a working Saturday counts
// that Saturday. The same count, up to today, says how late an overdue
// deadline is.
func Classify(c *schedule.Calendar, due, published, today schedule.Date) State {
	if published != 0 && published <= today {
		if published <= due {
			return State{Status: OnTime, Published: published}
		}
		return State{Status: Late, Published: published, LateBy: lateBy(c, due, published)}
	}
	switch {
	case today < due:
		return State{Status: Upcoming}
	case today == due:
		return State{Status: DueToday}
	}
	return State{Status: Overdue, LateBy: lateBy(c, due, today)}
}

func lateBy(c *schedule.Calendar, due, day schedule.Date) int {
	return max(1, c.WorkdaysBetween(due, day))
}

// State returns the state of occurrence o on today against the log. Stage
// deadlines are Untracked.
func (l *Log) State(c *schedule.Calendar, o register.Occurrence, today schedule.Date) State {
	if o.Stage != "" {
		return State{}
	}
	var published schedule.Date
	var rec *Record
	if i, ok := l.search(o.Obligation.No, o.Key()); ok {
		rec = &l.records[i]
		published = rec.Published
	}
	st := Classify(c, o.Due, published, today)
	if st.Status.Published() {
		st.Record = rec
	}
	return st
}

// Entry is an occurrence with its state.
type Entry struct {
	register.Occurrence
	State
}

// Entries returns the state of each occurrence on today, in the order
// given.
func (l *Log) Entries(c *schedule.Calendar, occ []register.Occurrence, today schedule.Date) []Entry {
	out := make([]Entry, len(occ))
	for i, o := range occ {
		out[i] = Entry{Occurrence: o, State: l.State(c, o, today)}
	}
	return out
}

// Next returns the deadline a publication made on day most likely settles:
// the earliest of occ (in due order) that is a final deadline, is not
// recorded in the log, and is either due by day or closes a period that
// ended before day (an event that happened by day). It reports false when
// there is none.
func (l *Log) Next(occ []register.Occurrence, day schedule.Date) (register.Occurrence, bool) {
	for _, o := range occ {
		if o.Stage != "" {
			continue
		}
		if _, done := l.search(o.Obligation.No, o.Key()); done {
			continue
		}
		if o.Due <= day || closed(o.Occurrence, day) {
			return o, true
		}
	}
	return register.Occurrence{}, false
}

// closed reports whether the period or event behind o is over by day.
func closed(o schedule.Occurrence, day schedule.Date) bool {
	if o.Event != nil {
		return o.Event.Date <= day
	}
	return o.Period.End() < day
}
