// Package export writes dated deadlines for people and for programs: tables
// for terminals, JSON and CSV for scripts, and iCalendar files for calendar
// clients. It turns the domain's values into text in the reader's language;
// it computes no dates of its own beyond counting the days left.
package export

import (
	"strings"

	"opendata/publog"
	"opendata/register"
	"opendata/schedule"
)

// Row is one occurrence as every output format shows it. Fields that
// people read are in the chosen language; the rest are stable.
type Row struct {
	No         int      `json:"no"`
	Name       string   `json:"name"`
	Period     string   `json:"period"`
	PeriodText string   `json:"period_text"`
	Stage      string   `json:"stage,omitempty"`
	StageName  string   `json:"stage_name,omitempty"`
	Nominal    string   `json:"nominal"`
	Due        string   `json:"due"`
	Weekday    string   `json:"weekday"`
	Moved      bool     `json:"moved"`
	MovedKind  string   `json:"moved_kind,omitempty"`
	MovedBy    string   `json:"moved_because,omitempty"`
	DaysLeft   int      `json:"days_left"`
	Past       bool     `json:"past"`
	Units      []string `json:"units"`
	UnitNames  []string `json:"unit_names"`
	Source     string   `json:"source"`
	Event      string   `json:"event,omitempty"`
	EventDate  string   `json:"event_date,omitempty"`
	Wording    string   `json:"wording"`

	// Status, Published and LateBy say where the deadline stands against
	// the context's publication log, as publog.State says it; they are
	// empty, and left out of JSON, without a log. Tracked is set on every
	// row made with a log.
	Status    string `json:"status,omitempty"`
	Published string `json:"published,omitempty"`
	LateBy    int    `json:"late_by_working_days,omitempty"`
	Tracked   bool   `json:"-"`

	// Occurrence is the value the row was made from.
	Occurrence register.Occurrence `json:"-"`
}

// Context is what turning occurrences into rows needs besides them.
type Context struct {
	Register *register.Register
	Calendar *schedule.Calendar
	Today    schedule.Date
	Lang     string
	// Log, if not nil, gives every row its publication status.
	Log *publog.Log
}

// Rows turns occurrences into rows.
func (c Context) Rows(occ []register.Occurrence) []Row {
	rows := make([]Row, len(occ))
	for i, o := range occ {
		rows[i] = c.row(o)
	}
	return rows
}

func (c Context) row(o register.Occurrence) Row {
	ob := o.Obligation
	r := Row{
		No:         ob.No,
		Name:       ob.Name.In(c.Lang),
		Period:     o.Period.Label(),
		PeriodText: PeriodText(o.Period, c.Lang),
		Stage:      o.Stage,
		StageName:  o.StageName().In(c.Lang),
		Nominal:    o.Nominal.String(),
		Due:        o.Due.String(),
		Weekday:    o.Due.Weekday().String(),
		Moved:      o.Moved(),
		DaysLeft:   int(o.Due - c.Today),
		Past:       o.Due < c.Today,
		Units:      ob.Units,
		Source:     ob.Source,
		Wording:    ob.Wording.Deadline,
		Occurrence: o,
	}
	if r.Units == nil {
		r.Units = []string{}
	}
	r.UnitNames = make([]string, len(ob.Units))
	for i, k := range ob.Units {
		r.UnitNames[i] = c.Register.Units[k].Short.In(c.Lang)
	}
	if o.Moved() {
		r.MovedKind = c.Calendar.Day(o.Nominal).Kind.String()
		r.MovedBy = Reason(c.Calendar, o.Nominal, c.Lang)
	}
	if c.Log != nil {
		c.track(&r, o)
	}
	if e := o.Event; e != nil {
		r.Period, r.PeriodText = "", ""
		r.EventDate = e.Date.String()
		r.Event = EventText(e, c.Lang)
	}
	return r
}

// EventText labels an event for people: "analysis, 17.03.2017, No. 12".
func EventText(e *schedule.Happening, lang string) string {
	w := wordsFor(lang)
	parts := []string{}
	if e.Label != "" {
		parts = append(parts, e.Label)
	} else {
		parts = append(parts, w.eventLabel)
	}
	parts = append(parts, ShortDate(e.Date))
	if e.Doc != "" {
		parts = append(parts, w.docNo+" "+e.Doc)
	}
	return strings.Join(parts, ", ")
}

// DaysText says how far a due date is from today: "3 days", "today",
// "2 days ago".
func DaysText(daysLeft int, lang string) string {
	w := wordsFor(lang)
	switch {
	case daysLeft == 0:
		return w.today
	case daysLeft < 0:
		return w.daysAgo(-daysLeft)
	}
	return w.daysLeft(daysLeft)
}
