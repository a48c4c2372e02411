package publog

import (
	"fmt"
	"sort"

	"opendata/schedule"
)

// Record is one publication: which deadline it settles and when the data
// set went out.
type Record struct {
	No int // the obligation's number
	// Period is the reporting period published; it is the zero Period when
	// Event is set.
	Period schedule.Period
	// Event is the day of the event an event-driven obligation counts from,
	// or 0.
	Event     schedule.Date
	Published schedule.Date

	URL  string // where the data set is on the portal, if given
	By   string // who recorded the publication, if given
	Note string

	// Line is where the record stands in the file it was read from; 0 for
	// a record not read from a file.
	Line int
}

// OnEvent reports whether the record is for an event rather than a
// reporting period.
func (r Record) OnEvent() bool { return r.Event != 0 }

// Key returns what the record settles, in the form of the Key of the
// occurrence it matches: the period label, or "event-" and the event's
// date.
func (r Record) Key() string {
	if r.OnEvent() {
		return "event-" + r.Event.String()
	}
	return r.Period.Label()
}

// What names the record's deadline for messages: "obligation 4, 2017-Q1".
func (r Record) What() string {
	if r.OnEvent() {
		return fmt.Sprintf("obligation %d, event of %s", r.No, r.Event)
	}
	return fmt.Sprintf("obligation %d, %s", r.No, r.Period.Label())
}

// start is the day the record's deadline counts from, for sorting.
func (r Record) start() schedule.Date {
	if r.OnEvent() {
		return r.Event
	}
	return r.Period.Start()
}

// Log is a publication log: at most one record per deadline, kept sorted
// by obligation, then by period or event.
type Log struct {
	// File is where the log was read from, for messages.
	File string

	header  []string // the comment lines that open the file
	records []Record
}

// New returns an empty log for the named file.
func New(file string) *Log { return &Log{File: file} }

// Records returns the records in the order Write writes them. The slice
// belongs to the log.
func (l *Log) Records() []Record { return l.records }

// Len returns the number of records.
func (l *Log) Len() int { return len(l.records) }

// Find returns the record of obligation no whose Key is key.
func (l *Log) Find(no int, key string) (Record, bool) {
	i, ok := l.search(no, key)
	if !ok {
		return Record{}, false
	}
	return l.records[i], true
}

// search returns the index of the record of no and key, by a linear scan:
// logs hold a few hundred records a year.
func (l *Log) search(no int, key string) (int, bool) {
	for i, r := range l.records {
		if r.No == no && r.Key() == key {
			return i, true
		}
	}
	return 0, false
}

// ExistsError is returned by Add for a deadline the log already records.
type ExistsError struct {
	File     string
	Existing Record
}

func (e *ExistsError) Error() string {
	r := e.Existing
	where := e.File
	if r.Line > 0 {
		where = fmt.Sprintf("%s:%d", e.File, r.Line)
	}
	return fmt.Sprintf("%s is already recorded as published on %s (%s)", r.What(), r.Published, where)
}

// Add records r. A record for the same deadline is replaced when replace
// is set, and otherwise makes Add fail with an *ExistsError.
func (l *Log) Add(r Record, replace bool) error {
	if i, ok := l.search(r.No, r.Key()); ok {
		if !replace {
			return &ExistsError{File: l.File, Existing: l.records[i]}
		}
		l.records[i] = r
		return nil
	}
	l.records = append(l.records, r)
	l.sort()
	return nil
}

func (l *Log) sort() {
	sort.SliceStable(l.records, func(i, j int) bool {
		a, b := l.records[i], l.records[j]
		if a.No != b.No {
			return a.No < b.No
		}
		if a.start() != b.start() {
			return a.start() < b.start()
		}
		return a.Key() < b.Key()
	})
}
