package export

import (
	"fmt"

	"opendata/publog"
	"opendata/register"
	"opendata/schedule"
)

// track fills in the row's publication status from the context's log.
func (c Context) track(r *Row, o register.Occurrence) {
	st := c.Log.State(c.Calendar, o, c.Today)
	r.Tracked = true
	r.Status = st.Status.String()
	r.LateBy = st.LateBy
	if st.Published != 0 {
		r.Published = st.Published.String()
	}
}

// Overdue reports whether the row's deadline is past and not published,
// by the log the row was made with.
func (r Row) Overdue() bool { return r.Status == publog.Overdue.String() }

// StatusHeader is the table's heading of the status column.
func StatusHeader(lang string) string { return statusLexicon(lang).header }

// StatusText says where a row stands for people: "on time, 14.04.2017",
// "late by 2 working days, 19.04.2017", "overdue by 3 working days", or, for
// a deadline still to come, how far off it is (see DaysText). It returns
// DaysText for a row made without a log.
func StatusText(r Row, lang string) string {
	x := statusLexicon(lang)
	published := ""
	if d, err := schedule.ParseDate(r.Published); err == nil {
		published = ShortDate(d)
	}
	switch r.Status {
	case publog.OnTime.String():
		return x.onTime(published)
	case publog.Late.String():
		return x.late(r.LateBy, published)
	case publog.Overdue.String():
		return x.overdue(r.LateBy)
	}
	return DaysText(r.DaysLeft, lang)
}

// StatusWord names a status (as publog.Status.String spells it) in
// lang: "overdue", "просрочено", "мерзімі өтті". It returns "" for "".
func StatusWord(status, lang string) string {
	return statusLexicon(lang).words[status]
}

// StatusMark is what a calendar event's title starts with when the row is
// overdue: "[overdue] ". It is "" otherwise.
func StatusMark(r Row, lang string) string {
	if !r.Overdue() {
		return ""
	}
	return "[" + StatusWord(r.Status, lang) + "] "
}

type statusWords struct {
	header  string
	onTime  func(published string) string
	late    func(n int, published string) string
	overdue func(n int) string
	words   map[string]string
}

func statusLexicon(lang string) *statusWords {
	if x, ok := statusLexicons[lang]; ok {
		return x
	}
	return statusLexicons[schedule.Kazakh]
}

var statusLexicons = map[string]*statusWords{
	schedule.Kazakh: {
		header: "Күйі",
		onTime: func(p string) string { return "мерзімінде, " + p },
		late: func(n int, p string) string {
			return fmt.Sprintf("%d жұмыс күнге кешікті, %s", n, p)
		},
		overdue: func(n int) string { return fmt.Sprintf("мерзімі %d жұмыс күнге өтті", n) },
		words: map[string]string{"upcoming": "алда", "due-today": "бүгін", "overdue": "мерзімі өтті",
			"on-time": "мерзімінде", "late": "кешікті"},
	},
	schedule.Russian: {
		header: "Статус",
		onTime: func(p string) string { return "в срок, " + p },
		late: func(n int, p string) string {
			return fmt.Sprintf("с опозданием на %d раб. дн., %s", n, p)
		},
		overdue: func(n int) string { return fmt.Sprintf("просрочено на %d раб. дн.", n) },
		words: map[string]string{"upcoming": "предстоит", "due-today": "сегодня", "overdue": "просрочено",
			"on-time": "в срок", "late": "с опозданием"},
	},
	schedule.English: {
		header: "Status",
		onTime: func(p string) string { return "on time, " + p },
		late: func(n int, p string) string {
			return fmt.Sprintf("late by %d %s, %s", n, workingDays(n), p)
		},
		overdue: func(n int) string { return fmt.Sprintf("overdue by %d %s", n, workingDays(n)) },
		words: map[string]string{"upcoming": "upcoming", "due-today": "due today", "overdue": "overdue",
			"on-time": "on time", "late": "late"},
	},
}

func workingDays(n int) string {
	if n == 1 {
		return "working day"
	}
	return "working days"
}
