package register

import (
	"fmt"
	"time"

	"opendata/schedule"
)

// Register is a list of publication obligations approved by one act.
type Register struct {
	// File is where the register was read from, for messages.
	File string

	Act         Act
	Units       map[string]*Unit
	UnitKeys    []string // in the order the file lists them
	Obligations []*Obligation

	// Warnings are the oddities found while loading: things the register
	// says that can be followed to the letter but deserve a look.
	Warnings []*Problem

	items []schedule.Item
}

// Act is the legal act behind a register.
type Act struct {
	Title  schedule.Text
	Issuer schedule.Text
	Kind   schedule.Text // "бұйрық", "order"
	Number string
	Signed schedule.Date

	// Registration with the Ministry of Justice, if any.
	Registered *Reference
	// InForce is the first day the act applies, when the register knows
	// it; otherwise the act is taken to apply from Signed.
	InForce schedule.Date
	// Repealed is the act that repealed this one, if any.
	Repealed *Reference

	// TimeZone is the IANA name of the zone "today" is taken in.
	TimeZone string
	// Roll moves deadlines that fall on non-working days.
	Roll schedule.Roll
}

// Reference names another act, or a registration: a number and a date.
type Reference struct {
	Number string
	Date   schedule.Date
	Title  schedule.Text
}

// Unit is a responsible department.
type Unit struct {
	Key string
	// Name is the unit's full name; Short the name for tables.
	Name  schedule.Text
	Short schedule.Text
	// Written lists the spellings of the unit in the act's text.
	Written []string
	Note    schedule.Text
}

// Sources of an open data set on the portal.
const (
	// SourcePortal is the portal's automated workstation (АЖО).
	SourcePortal = "portal"
	// SourceAPI is the state body's own API.
	SourceAPI = "api"
)

// Obligation is one row of the register.
type Obligation struct {
	No     int
	Name   schedule.Text
	Period schedule.PeriodKind
	// Deadlines lists the stages in order, the final deadline last.
	Deadlines []Deadline
	Wording   Wording
	Source    string
	Units     []string
	Note      schedule.Text

	// Line is where the obligation starts in its file.
	Line int
}

// Deadline is one deadline of an obligation.
type Deadline struct {
	// Stage is the key of a stage before the final deadline ("" for the
	// final one), and StageName its description.
	Stage     string
	StageName schedule.Text
	Rule      schedule.Rule
}

// Wording keeps the act's own words for a row's period and deadline cells.
type Wording struct {
	Period   string
	Deadline string
}

// EventDriven reports whether the obligation's deadline counts from an
// event rather than from a reporting period.
func (o *Obligation) EventDriven() bool {
	return o.item().EventDriven()
}

func (o *Obligation) item() schedule.Item {
	it := schedule.Item{Period: o.Period}
	for _, d := range o.Deadlines {
		it.Deadlines = append(it.Deadlines, schedule.Deadline{Stage: d.Stage, Rule: d.Rule})
	}
	return it
}

// Obligation returns the obligation numbered no, or nil.
func (r *Register) Obligation(no int) *Obligation {
	for _, o := range r.Obligations {
		if o.No == no {
			return o
		}
	}
	return nil
}

// Items returns the obligations as resolution needs them, in the same
// order as Obligations.
func (r *Register) Items() []schedule.Item {
	if r.items == nil {
		r.items = make([]schedule.Item, len(r.Obligations))
		for i, o := range r.Obligations {
			r.items[i] = o.item()
			r.items[i].Roll = r.Act.Roll
		}
	}
	return r.items
}

// Location returns the register's time zone.
func (r *Register) Location() (*time.Location, error) {
	loc, err := time.LoadLocation(r.Act.TimeZone)
	if err != nil {
		return nil, fmt.Errorf("%s: time zone %q: %v", r.File, r.Act.TimeZone, err)
	}
	return loc, nil
}

// Today returns the date of now in the register's time zone.
func (r *Register) Today(now time.Time) (schedule.Date, error) {
	loc, err := r.Location()
	if err != nil {
		return 0, err
	}
	return schedule.DateOf(now.In(loc)), nil
}

// Validity says how a window of dates relates to the act's force.
type Validity struct {
	// BeforeForce is set when the window starts before the act applies.
	BeforeForce bool
	// AfterRepeal is set when the window ends after the act was repealed;
	// Repealed then names the repealing act.
	AfterRepeal bool
	Repealed    *Reference
}

// Validity reports whether w reaches outside the act's force.
func (r *Register) Validity(w schedule.Window) Validity {
	v := Validity{Repealed: r.Act.Repealed}
	start := r.Act.InForce
	if start == 0 {
		start = r.Act.Signed
	}
	v.BeforeForce = start != 0 && w.From < start
	v.AfterRepeal = r.Act.Repealed != nil && w.To > r.Act.Repealed.Date
	return v
}

// Occurrence is a dated deadline of one of the register's obligations.
type Occurrence struct {
	schedule.Occurrence
	Obligation *Obligation
}

// StageName returns the description of the occurrence's stage, or nil.
func (o Occurrence) StageName() schedule.Text {
	return o.Obligation.Deadlines[o.Deadline].StageName
}

// Resolve returns the register's occurrences due in w, in the order
// schedule.Resolve gives them; events date the event-driven obligations.
func (r *Register) Resolve(c *schedule.Calendar, w schedule.Window, events []Event) []Occurrence {
	occ := schedule.Resolve(c, r.Items(), w, r.happenings(events))
	out := make([]Occurrence, len(occ))
	for i, o := range occ {
		out[i] = Occurrence{Occurrence: o, Obligation: r.Obligations[o.Item]}
	}
	return out
}

// happenings returns the events as resolution takes them: one for each
// obligation numbered as the event says, in the order of events.
func (r *Register) happenings(events []Event) []schedule.Happening {
	if len(events) == 0 {
		return nil
	}
	// first maps a number to its first obligation, and next[i] is the
	// next obligation with the number of obligation i, or -1.
	first := make(map[int]int, len(r.Obligations))
	next := make([]int, len(r.Obligations))
	for i := len(r.Obligations) - 1; i >= 0; i-- {
		no := r.Obligations[i].No
		next[i] = -1
		if j, ok := first[no]; ok {
			next[i] = j
		}
		first[no] = i
	}
	hs := make([]schedule.Happening, 0, len(events))
	for _, e := range events {
		i, ok := first[e.No]
		for ; ok && i >= 0; i = next[i] {
			hs = append(hs, schedule.Happening{Item: i, Date: e.Date, Label: e.Label, Doc: e.Doc})
		}
	}
	return hs
}

// Event is something that happened that event-driven obligations count
// from: the obligation's number, the day, and a description.
type Event struct {
	No    int
	Date  schedule.Date
	Label string
	Doc   string
	// File and Line locate the event in an events file, if it came from one.
	File string
	Line int
}

// Upcoming returns the first n occurrences due on or after from, among the
// obligations keep accepts (all when keep is nil), looking up to five years
// ahead. Event-driven obligations appear only for the events given.
func (r *Register) Upcoming(c *schedule.Calendar, from schedule.Date, n int, events []Event, keep func(*Obligation) bool) []Occurrence {
	var out []Occurrence
	for i := 0; i < 5 && len(out) < n; i++ {
		w := schedule.Window{From: from, To: from.AddDays(365)}
		for _, o := range r.Resolve(c, w, events) {
			if len(out) < n && (keep == nil || keep(o.Obligation)) {
				out = append(out, o)
			}
		}
		from = w.To + 1
	}
	return out
}

// MissingText counts the names that people read (obligations, units,
// stages) that have no text in lang and fall back to Kazakh.
func (r *Register) MissingText(lang string) int {
	n := 0
	count := func(t schedule.Text) {
		if t != nil && !t.Has(lang) {
			n++
		}
	}
	for _, o := range r.Obligations {
		count(o.Name)
		for _, d := range o.Deadlines {
			count(d.StageName)
		}
	}
	for _, u := range r.Units {
		count(u.Short)
	}
	return n
}
