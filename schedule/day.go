package schedule

import "time"

// Kind classifies a day of the working-day calendar.
type Kind uint8

// The kinds of day. Only Workday and WorkingWeekend are working days.
const (
	// Workday is an ordinary Monday to Friday.
	Workday Kind = iota
	// Weekend is an ordinary Saturday or Sunday.
	Weekend
	// Holiday is a national or state holiday, on any day of the week.
	Holiday
	// Religious is Orthodox Christmas or the first day of Kurban Ait: a
	// day off that gives no substitute when it falls on a weekend.
	Religious
	// Substitute is a weekday off because a holiday fell on a weekend.
	Substitute
	// Transferred is a weekday made a day off by a decree or order, in
	// exchange for a working Saturday or Sunday.
	Transferred
	// WorkingWeekend is a Saturday or Sunday made a working day by a
	// decree or order.
	WorkingWeekend
)

var kindNames = [...]string{
	Workday:        "workday",
	Weekend:        "weekend",
	Holiday:        "holiday",
	Religious:      "religious",
	Substitute:     "substitute",
	Transferred:    "transfer",
	WorkingWeekend: "working",
}

// String returns the kind's name as the calendar data spells it.
func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "unknown"
}

// Day is what the calendar knows of one date.
type Day struct {
	Date Date
	Kind Kind

	// Holiday is the key of the holiday behind a Holiday, Religious or
	// Substitute day (see Calendar.HolidayName), and Part its day number
	// for holidays of several days (Nauryz day 2), or 0.
	Holiday string
	Part    int

	// Ref is the other date of a pair: the weekend holiday a Substitute
	// day stands for, the working weekend day a Transferred day off was
	// exchanged for, and the reverse for a WorkingWeekend day.
	Ref Date

	// Uncertain, when not empty, says why the calendar's data for this day
	// is not confirmed. Note is any other remark the data makes.
	Uncertain string
	Note      string
}

// Working reports whether the day is a working day.
func (d Day) Working() bool {
	return d.Kind == Workday || d.Kind == WorkingWeekend
}

// Weekday returns the day of the week of the day's date.
func (d Day) Weekday() time.Weekday { return d.Date.Weekday() }
