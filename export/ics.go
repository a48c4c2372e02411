package export

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"iter"
	"slices"
	"strings"
	"unicode/utf8"

	// golang-ical imports net/http, which costs every run about 0.5 ms of
	// start-up although nothing here uses the network (README,
	// "Performance").
	ics "github.com/arran4/golang-ical"

	"opendata/publog"
	"opendata/register"
	"opendata/schedule"
)

// ICSOptions is what writing a calendar file needs besides the rows.
type ICSOptions struct {
	// Register is the register the rows come from. Its act names the
	// calendar, identifies the events and dates them (see ICS).
	Register *register.Register
	// Calendar is the working-day calendar the rows were resolved on. It
	// sets SEQUENCE and dates reminders counted in working days.
	Calendar *schedule.Calendar
	// Lang is the language of everything people read: kk, ru or en;
	// anything else gives Kazakh.
	Lang string
	// Window is the span of dates the rows were chosen from; the
	// calendar's name says which.
	Window schedule.Window
	// Remind lists the reminders of every event, as spans before the due
	// date; each fires at 09:00 on its day. Outlook keeps one reminder
	// per event, so give one; give none for no reminder.
	Remind []schedule.Span
}

// ICS writes the rows as an iCalendar file (RFC 5545) for calendar
// clients: one all-day event per row on its due date, which does not mark
// the time as busy. Text is in o.Lang; lines end in CRLF and are folded at
// 75 octets, never inside a character or an escape and never right before
// a space.
//
// Writing the same rows twice gives the same bytes: nothing depends on the
// clock. UID (see UID) names the register, the obligation, the period and
// the stage, so a deadline keeps its UID from one export to the next.
// DTSTAMP and LAST-MODIFIED are midnight UTC of the day the register's act
// was signed, the one instant the data itself fixes. SEQUENCE (see
// Sequence) counts what the calendar data knows of the days around the
// nominal date, so a new decree that moves a due date raises it; a
// publication log raises it too as a deadline turns overdue and then
// published (see statusSequence).
//
// The title of a row that a publication log shows overdue starts with
// StatusMark. An empty list of rows gives a calendar with no events,
// which clients import as nothing although RFC 5545's grammar asks for at
// least one component.
func ICS(w io.Writer, rows []Row, o ICSOptions) error {
	return StreamICS(w, slices.Values(rows), o)
}

// StreamICS writes rows as ICS does, byte for byte, taking them one at a
// time: each event is made, written and dropped, so the memory it needs
// does not grow with the number of rows.
func StreamICS(w io.Writer, rows iter.Seq[Row], o ICSOptions) error {
	if o.Register == nil || o.Calendar == nil {
		return errors.New("writing a calendar needs a register and a working-day calendar")
	}
	if _, ok := icsLexicons[o.Lang]; !ok {
		o.Lang = schedule.Kazakh
	}
	// The library's folding breaks lines at words, leaving continuation
	// lines that start with two spaces; fold here instead (foldLines).
	config := &ics.SerializationConfiguration{MaxLength: 1 << 30, PropertyMaxLength: 1 << 30, NewLine: "\r\n"}
	var buf bytes.Buffer
	if err := o.header().SerializeTo(&buf, config); err != nil {
		return err
	}
	head, ok := bytes.CutSuffix(buf.Bytes(), []byte(calendarEnd))
	if !ok {
		return errors.New("calendar header does not end as expected")
	}
	if err := writeFolded(w, head); err != nil {
		return err
	}
	for r := range rows {
		buf.Reset()
		if err := o.event(&r).SerializeTo(&buf, config); err != nil {
			return err
		}
		if err := writeFolded(w, buf.Bytes()); err != nil {
			return err
		}
	}
	_, err := io.WriteString(w, calendarEnd)
	return err
}

const calendarEnd = "END:VCALENDAR\r\n"

// writeFolded folds CRLF-ended content lines (foldLines) and writes them.
func writeFolded(w io.Writer, b []byte) error {
	folded, err := foldLines(b)
	if err != nil {
		return err
	}
	_, err = w.Write(folded)
	return err
}

// refresh is how often a subscribed client should fetch the file again.
const refresh = "P1D"

func (o ICSOptions) header() *ics.Calendar {
	x := icsLexicon(o.Lang)
	cal := ics.NewCalendarFor("opendata")
	cal.SetProductId("-//opendata//Open data deadlines//" + strings.ToUpper(o.Lang))
	cal.SetCalscale("GREGORIAN")
	cal.SetMethod(ics.MethodPublish)
	cal.SetName(oneLine(x.calendar(actShort(o.Register.Act, o.Lang), windowText(o.Window, o.Lang))))
	cal.SetRefreshInterval(refresh)
	cal.SetXPublishedTTL(refresh)
	return cal
}

func (o ICSOptions) event(r *Row) *ics.VEvent {
	x := icsLexicon(o.Lang)
	oc := r.Occurrence
	stamp := o.Register.Act.Signed.Time()

	ev := ics.NewEvent(UID(o.Register, oc))
	ev.SetDtStampTime(stamp)
	ev.SetModifiedAt(stamp)
	ev.SetSequence(Sequence(o.Calendar, o.Register.Act.Roll, oc.Nominal) + statusSequence(r.Status))
	// Date.Time is midnight UTC: the library writes a DATE in the time's
	// own zone, so a zone east of UTC would give the day before.
	ev.SetAllDayStartAt(oc.Due.Time())
	ev.SetAllDayEndAt(oc.Due.AddDays(1).Time())
	summary := oneLine(StatusMark(*r, o.Lang) + x.summary(r))
	ev.SetSummary(summary)
	ev.SetDescription(clean(o.description(r)))
	for _, u := range r.UnitNames {
		if u = oneLine(u); u != "" {
			ev.AddCategory(u)
		}
	}
	ev.SetTimeTransparency(ics.TransparencyTransparent)
	ev.SetProperty(ics.ComponentProperty("X-MICROSOFT-CDO-BUSYSTATUS"), "FREE")
	ev.SetProperty(ics.ComponentProperty("X-MICROSOFT-CDO-ALLDAYEVENT"), "TRUE")

	for _, s := range o.Remind {
		days := int(oc.Due - o.Calendar.Before(oc.Due, s))
		al := ev.AddAlarm()
		al.SetAction(ics.ActionDisplay)
		al.SetTrigger(trigger(days), &ics.KeyValues{Key: "RELATED", Value: []string{"START"}})
		al.SetProperty(ics.ComponentPropertyDescription, x.reminder(ShortDate(oc.Due), summary))
	}
	return ev
}

// description lists, one per line, who is responsible, the act's words,
// the due date and why it moved, the source and the act.
func (o ICSOptions) description(r *Row) string {
	x := icsLexicon(o.Lang)
	oc := r.Occurrence
	var lines []string
	add := func(label, value string) {
		if strings.TrimSpace(value) != "" {
			lines = append(lines, label+": "+value)
		}
	}
	add(x.units, strings.Join(r.UnitNames, "; "))
	add(x.wording, r.Wording)
	add(x.due, ShortDate(oc.Due)+", "+o.dayText(oc.Due))
	if oc.Moved() {
		lines = append(lines, x.moved(ShortDate(oc.Nominal), r.MovedBy, ShortDate(oc.Due)))
	}
	add(x.source, x.sourceName(r.Source))
	add(x.act, actFull(o.Register.Act, o.Lang))
	add(x.note, oc.Obligation.Note.In(o.Lang))
	return strings.Join(lines, "\n")
}

// dayText names the day of the week of d, and says why it is a working
// day when it is a Saturday or Sunday.
func (o ICSOptions) dayText(d schedule.Date) string {
	if o.Calendar.Day(d).Kind == schedule.WorkingWeekend {
		return WorkingWeekend(o.Calendar, d, o.Lang)
	}
	return Weekday(d.Weekday(), o.Lang)
}

// UID returns the identity of an occurrence in a calendar file: the
// register's act (number and date signed), the obligation's number, the
// period or event it closes, and its stage, as in
// "act113-20161231-no23-2016-co-executors@opendata". It depends on nothing
// else, so the same deadline has the same UID on every run and machine,
// whatever its due date.
func UID(reg *register.Register, o register.Occurrence) string {
	y, m, d := reg.Act.Signed.Date()
	id := fmt.Sprintf("act%s-%04d%02d%02d-no%d-%s", reg.Act.Number, y, int(m), d, o.Obligation.No, o.Key())
	return safeID(id) + "@opendata"
}

// safeID keeps ASCII letters, digits and hyphens, and writes a hyphen for
// anything else.
func safeID(s string) string {
	b := []byte(s)
	for i, c := range b {
		if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '-') {
			b[i] = '-'
		}
	}
	return string(b)
}

// rollHorizon is the number of days after (or, for the preceding roll,
// before) a nominal date that Sequence looks at. No roll in the calendar
// data crosses that many days off in a row.
const rollHorizon = 14

// Sequence returns the SEQUENCE of an occurrence with the nominal date
// nominal: the number of days within rollHorizon days of it, in the
// direction deadlines roll, that the calendar data lists as other than an
// ordinary working day or weekend: holidays, substitute days off,
// religious days off, transferred days off and working weekends.
//
// A due date depends only on those days, so when new calendar data (a
// decree that moves a day off, a provisional year confirmed) moves a due
// date, it does so by adding such a day, and Sequence rises, although no
// state is kept between exports. Data that adds a day without moving the
// date raises it too, which clients take as a harmless update. Data that
// removes a listed day (a correction) can lower it; clients that compare
// SEQUENCE may then keep the old copy until it is deleted.
func Sequence(c *schedule.Calendar, roll schedule.Roll, nominal schedule.Date) int {
	from, to := nominal, nominal.AddDays(rollHorizon)
	switch roll {
	case schedule.Preceding:
		from, to = nominal.AddDays(-rollHorizon), nominal
	case schedule.NoRoll:
		to = nominal
	}
	n := 0
	for d := from; d <= to; d++ {
		if k := c.Day(d).Kind; k != schedule.Workday && k != schedule.Weekend {
			n++
		}
	}
	return n
}

// statusSequence is what a publication log adds to SEQUENCE, so that a
// client takes the new title of an event as newer: nothing while a
// deadline is open, 1 once it is overdue (its title is marked) and 2 once
// it is published (the mark goes). A deadline's status only moves that
// way while its log grows, so the sum never falls.
func statusSequence(status string) int {
	switch status {
	case publog.Overdue.String():
		return 1
	case publog.OnTime.String(), publog.Late.String():
		return 2
	}
	return 0
}

// remindHour is the time of day, in the user's zone, reminders fire.
const remindHour = 9

// trigger returns the TRIGGER of a reminder days before an all-day event,
// at remindHour: 7 days gives -P6DT15H, 1 day -PT15H, 0 days PT9H.
func trigger(days int) string {
	const day = 24 * 60
	m := remindHour*60 - days*day // minutes from the start of the due day
	sign := ""
	if m < 0 {
		sign, m = "-", -m
	}
	s := sign + "P"
	if m >= day {
		s += fmt.Sprintf("%dD", m/day)
	}
	if m%day != 0 {
		s += fmt.Sprintf("T%dH", m%day/60)
	}
	return s
}

// clean makes text safe for a TEXT value: CRLF and CR become line feeds,
// tabs spaces, and other control characters and invalid UTF-8 go. The
// library escapes line feeds but passes control characters through raw.
func clean(s string) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	s = strings.ReplaceAll(s, "\r\n", "\n")
	return strings.Map(func(r rune) rune {
		switch {
		case r == '\n':
			return r
		case r == '\r':
			return '\n'
		case r == '\t':
			return ' '
		case r < 0x20 || r == 0x7f:
			return -1
		}
		return r
	}, s)
}

// oneLine cleans text for a value of one line: names and summaries.
func oneLine(s string) string {
	return strings.TrimSpace(strings.ReplaceAll(clean(s), "\n", " "))
}

// maxOctets is the longest a line may be, CRLF not counted (RFC 5545 3.1).
const maxOctets = 75

// foldLines folds every CRLF-ended content line of b so that no line is
// longer than maxOctets.
func foldLines(b []byte) ([]byte, error) {
	var out bytes.Buffer
	for _, line := range strings.SplitAfter(string(b), "\r\n") {
		if line == "" {
			continue
		}
		line, ok := strings.CutSuffix(line, "\r\n")
		if !ok || strings.ContainsAny(line, "\r\n") {
			return nil, fmt.Errorf("calendar line %q has a stray line break", line)
		}
		fold(&out, line)
	}
	return out.Bytes(), nil
}

// fold writes one content line, folded: the first part at most maxOctets
// long, each following part a space and at most maxOctets-1 octets.
func fold(out *bytes.Buffer, line string) {
	limit := maxOctets
	for len(line) > limit {
		cut := foldPoint(line, limit)
		out.WriteString(line[:cut])
		out.WriteString("\r\n ")
		line = line[cut:]
		limit = maxOctets - 1
	}
	out.WriteString(line)
	out.WriteString("\r\n")
}

// foldPoint returns the octet offset, at most limit, where s is best
// folded: the last one that falls between two characters, outside a
// backslash escape, and not right before a space (a parser that strips
// all leading white space from continuation lines would lose it). Where
// no such place exists, the space rule is dropped.
func foldPoint(s string, limit int) int {
	best, fallback := 0, 0
	for i := 0; i < len(s); {
		_, n := utf8.DecodeRuneInString(s[i:])
		if s[i] == '\\' && i+1 < len(s) {
			_, m := utf8.DecodeRuneInString(s[i+1:])
			n += m
		}
		if i+n > limit {
			break
		}
		i += n
		fallback = i
		if i < len(s) && s[i] != ' ' {
			best = i
		}
	}
	if best > 0 {
		return best
	}
	return fallback
}

// windowText names a window of dates for people: "2017", "2-ші тоқсан
// 2017", "сәуір 2017", or "01.04.2017–15.04.2017".
func windowText(w schedule.Window, lang string) string {
	y, m := w.From.Year(), w.From.Month()
	switch {
	case w == schedule.YearWindow(y):
		return fmt.Sprint(y)
	case w == schedule.MonthWindow(y, m):
		return MonthName(m, lang) + " " + fmt.Sprint(y)
	}
	if q := schedule.PeriodOf(schedule.Quarterly, w.From); w == schedule.PeriodWindow(q) {
		return PeriodText(q, lang)
	}
	return ShortDate(w.From) + "–" + ShortDate(w.To)
}

// actShort names an act by its kind and number: "№ 113 бұйрық",
// "приказ № 113", "Order No. 113".
func actShort(a register.Act, lang string) string {
	kind := a.Kind.In(lang)
	switch lang {
	case schedule.Russian:
		return strings.TrimSpace(kind + " № " + a.Number)
	case schedule.English:
		return strings.TrimSpace(capitalize(kind) + " No. " + a.Number)
	}
	return strings.TrimSpace("№ " + a.Number + " " + kind)
}

// actFull adds the date the act was signed: "31.12.2016 № 113 бұйрық",
// "приказ № 113 от 31.12.2016", "Order No. 113 of 31.12.2016".
func actFull(a register.Act, lang string) string {
	signed := ShortDate(a.Signed)
	switch lang {
	case schedule.Russian:
		return actShort(a, lang) + " от " + signed
	case schedule.English:
		return actShort(a, lang) + " of " + signed
	}
	return signed + " " + actShort(a, lang)
}

func capitalize(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 {
		return s
	}
	return strings.ToUpper(string(r)) + s[n:]
}

// icsWords are the words of a calendar file in one language.
type icsWords struct {
	calendar  func(act, window string) string
	no        func(n int) string
	units     string
	wording   string
	due       string
	moved     func(nominal, why, due string) string
	source    string
	sources   map[string]string
	act, note string
	reminder  func(due, summary string) string
}

func icsLexicon(lang string) *icsWords {
	if x, ok := icsLexicons[lang]; ok {
		return x
	}
	return icsLexicons[schedule.Kazakh]
}

// summary is the event's title: the number, the data set, the period (or
// event) and the stage.
func (x *icsWords) summary(r *Row) string {
	s := x.no(r.No) + " " + r.Name
	period := r.PeriodText
	if r.Event != "" {
		period = r.Event
	}
	for _, part := range []string{period, r.StageName} {
		if part != "" {
			s += " — " + part
		}
	}
	return s
}

// sourceName describes a source key; unknown keys stay as they are.
func (x *icsWords) sourceName(key string) string {
	if s, ok := x.sources[key]; ok {
		return s
	}
	return key
}

var icsLexicons = map[string]*icsWords{
	schedule.Kazakh: {
		calendar: func(act, window string) string {
			return fmt.Sprintf("Ашық деректер мерзімдері: %s (%s)", act, window)
		},
		no:      func(n int) string { return fmt.Sprintf("№%d", n) },
		units:   "Жауапты",
		wording: "Актідегі мерзімі",
		due:     "Мерзімі",
		moved: func(nominal, why, due string) string {
			return fmt.Sprintf("Ереже бойынша күні: %s (%s) — жұмыс күні емес, мерзім %s күніне ауыстырылды", nominal, why, due)
		},
		source: "Көзі",
		sources: map[string]string{
			register.SourcePortal: "порталдың автоматтандырылған жұмыс орны (АЖО)",
			register.SourceAPI:    "мемлекеттік органның API",
		},
		act:      "Акт",
		note:     "Ескерту",
		reminder: func(due, summary string) string { return fmt.Sprintf("Мерзімі %s: %s", due, summary) },
	},
	schedule.Russian: {
		calendar: func(act, window string) string {
			return fmt.Sprintf("Сроки открытых данных: %s (%s)", act, window)
		},
		no:      func(n int) string { return fmt.Sprintf("№%d", n) },
		units:   "Ответственные",
		wording: "Срок в тексте акта (на казахском языке)",
		due:     "Срок",
		moved: func(nominal, why, due string) string {
			return fmt.Sprintf("Дата по правилу: %s (%s) — нерабочий день, срок перенесён на %s", nominal, why, due)
		},
		source: "Источник",
		sources: map[string]string{
			register.SourcePortal: "автоматизированное рабочее место портала (АРМ)",
			register.SourceAPI:    "API государственного органа",
		},
		act:      "Акт",
		note:     "Примечание",
		reminder: func(due, summary string) string { return fmt.Sprintf("Срок %s: %s", due, summary) },
	},
	schedule.English: {
		calendar: func(act, window string) string {
			return fmt.Sprintf("Open data deadlines: %s (%s)", act, window)
		},
		no:      func(n int) string { return fmt.Sprintf("No. %d", n) },
		units:   "Units",
		wording: "Deadline in the act (in Kazakh)",
		due:     "Due",
		moved: func(nominal, why, due string) string {
			return fmt.Sprintf("Date by the rule: %s (%s), not a working day; the deadline moves to %s", nominal, why, due)
		},
		source: "Source",
		sources: map[string]string{
			register.SourcePortal: "the portal's automated workstation",
			register.SourceAPI:    "the state body's API",
		},
		act:      "Act",
		note:     "Note",
		reminder: func(due, summary string) string { return fmt.Sprintf("Due %s: %s", due, summary) },
	},
}
