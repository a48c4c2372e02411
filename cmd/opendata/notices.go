package main

import (
	"fmt"

	"opendata/export"
	"opendata/register"
	"opendata/schedule"
)

// messages are the notices people read, by language.
var messages = map[string]map[string]string{
	schedule.Kazakh: {
		"repealed":     "кезең %s күнінен асады: акт %s № %s бұйрықпен күшін жойған",
		"beforeForce":  "кезең акт қабылданғанға дейін (%s) басталады",
		"notCovered":   "күнтізбеде %s жылға деректер жоқ: күндер тек заңдағы мерекелер бойынша есептелді (ауыстырусыз, Құрбан айтсыз)",
		"provisional":  "%d жылдың күнтізбесі алдын ала жасалған: демалыс күндерін ауыстыру туралы актілер әлі белгісіз",
		"uncertain":    "%s (%s): күнтізбеде расталмаған",
		"waiting":      "№%d оқиғаны күтуде: %s",
		"strictRepeal": "кезең акт күшін жойғаннан кейін (--strict)",
		"fallback":     "%s: %d атауда %q тіліндегі мәтін жоқ, олар қазақша көрсетіледі",
	},
	schedule.Russian: {
		"repealed":     "период выходит за %s: акт отменён приказом от %s № %s",
		"beforeForce":  "период начинается до принятия акта (%s)",
		"notCovered":   "в календаре нет данных за %s г.: даты рассчитаны только по праздникам из закона (без переносов и Курбан айта)",
		"provisional":  "календарь на %d год предварительный: акты о переносе выходных ещё не известны",
		"uncertain":    "%s (%s): в календаре не подтверждено",
		"waiting":      "№%d ожидает события: %s",
		"strictRepeal": "период после отмены акта (--strict)",
		"fallback":     "%s: у %d названий нет текста на языке %q, они показаны по-казахски",
	},
	schedule.English: {
		"repealed":     "the window reaches past %s: the act was repealed by the order of %s No. %s",
		"beforeForce":  "the window starts before the act was adopted (%s)",
		"notCovered":   "the calendar has no data for %s: dates follow the statutory holidays only (no decree transfers, no Kurban Ait)",
		"provisional":  "the calendar for %d is provisional: no acts moving days off were known when it was compiled",
		"uncertain":    "%s (%s) is not confirmed in the calendar",
		"waiting":      "No. %d waits for an event: %s",
		"strictRepeal": "the window lies after the act's repeal (--strict)",
		"fallback":     "%s: %d names have no %q text and are shown in Kazakh",
	},
}

func (a *app) msg(key string, args ...any) string {
	return fmt.Sprintf(messages[a.lang][key], args...)
}

// windowNotices tells, on stderr, what the user should know about a window:
// the act's validity and the quality of the calendar data it touches. With
// --strict a window after the repeal is an error.
func (a *app) windowNotices(w schedule.Window) error {
	v := a.reg.Validity(w)
	if v.AfterRepeal {
		rep := v.Repealed
		if a.strict && w.From > rep.Date {
			return badf("%s", a.msg("strictRepeal"))
		}
		a.notice("%s", a.msg("repealed", export.ShortDate(rep.Date), export.ShortDate(rep.Date), rep.Number))
	}
	if v.BeforeForce {
		a.notice("%s", a.msg("beforeForce", export.ShortDate(a.reg.Act.Signed)))
	}
	a.calendarNotices(w)
	return nil
}

// calendarNotices tells, on stderr, about years of w whose calendar data is
// provisional or missing, and about unconfirmed days inside w.
func (a *app) calendarNotices(w schedule.Window) {
	years := a.cal.Years(w.From, w.To)
	for i := 0; i < len(years); i++ {
		y := years[i]
		switch y.Coverage {
		case schedule.NotCovered:
			// A run of years outside the data gets one notice.
			j := i
			for j+1 < len(years) && years[j+1].Coverage == schedule.NotCovered {
				j++
			}
			span := fmt.Sprint(y.Year)
			if j > i {
				span = fmt.Sprintf("%d-%d", y.Year, years[j].Year)
			}
			a.notice("%s", a.msg("notCovered", span))
			i = j
			continue
		case schedule.Provisional:
			a.notice("%s", a.msg("provisional", y.Year))
		}
		for _, d := range y.Uncertain {
			if w.Contains(d.Date) {
				what := export.Reason(a.cal, d.Date, a.lang)
				if what == "" {
					what = export.Weekday(d.Date.Weekday(), a.lang)
				}
				a.notice("%s", a.msg("uncertain", export.ShortDate(d.Date), what))
			}
		}
	}
}

// waitingNotices names the selected event-driven obligations that have no
// event, so that a filtered listing does not silently leave them out.
func (a *app) waitingNotices(keep func(*register.Obligation) bool, events []register.Event) {
	for _, o := range a.reg.Obligations {
		if !o.EventDriven() || !keep(o) || hasEvent(events, o.No) {
			continue
		}
		final := o.Deadlines[len(o.Deadlines)-1]
		a.notice("%s", a.msg("waiting", o.No, final.Rule.String()))
	}
}

func hasEvent(events []register.Event, no int) bool {
	for _, e := range events {
		if e.No == no {
			return true
		}
	}
	return false
}
