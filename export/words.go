package export

import (
	"fmt"
	"strings"
	"time"

	"opendata/schedule"
)

// words holds what a person reads in one language, apart from the
// register's and the calendar's own names.
type words struct {
	weekdays      [7]string // Sunday first, as time.Weekday counts
	weekdaysShort [7]string
	months        [12]string // nominative: "март"
	monthsOf      [12]string // as in a date: "20 февраля"

	year, half, quarter, month func(p schedule.Period) string

	headers                      [6]string // due, no, data set, period, units, days left
	today, past                  string
	daysLeft, daysAgo            func(n int) string
	substitute, transferred      func(string) string
	waiting, eventLabel, docNo   string
	working, dayOff              string
	workingWeekend               func(weekday, to string) string
	nothingDue, nextDue, noneDue string
}

var roman = [...]string{"", "I", "II", "III", "IV"}

var lexicon = map[string]*words{
	schedule.Kazakh: {
		weekdays:      [7]string{"жексенбі", "дүйсенбі", "сейсенбі", "сәрсенбі", "бейсенбі", "жұма", "сенбі"},
		weekdaysShort: [7]string{"Жс", "Дс", "Сс", "Ср", "Бс", "Жм", "Сн"},
		months: [12]string{"қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз",
			"қыркүйек", "қазан", "қараша", "желтоқсан"},
		monthsOf: [12]string{"қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз",
			"қыркүйек", "қазан", "қараша", "желтоқсан"},
		year:     func(p schedule.Period) string { return fmt.Sprintf("%d жыл", p.Year) },
		half:     func(p schedule.Period) string { return fmt.Sprintf("%d-ші жартыжылдық %d", p.N, p.Year) },
		quarter:  func(p schedule.Period) string { return fmt.Sprintf("%d-ші тоқсан %d", p.N, p.Year) },
		headers:  [6]string{"Мерзімі", "№", "Деректер жиыны", "Кезең", "Жауапты", "Қалды"},
		today:    "бүгін",
		past:     "өтті",
		daysLeft: func(n int) string { return fmt.Sprintf("%d күн", n) },
		daysAgo:  func(n int) string { return fmt.Sprintf("%d күн бұрын", n) },
		substitute: func(h string) string {
			return fmt.Sprintf("«%s» орнына демалыс күні", h)
		},
		transferred: func(from string) string {
			return fmt.Sprintf("%s күнінен ауыстырылған демалыс күні", from)
		},
		waiting: "оқиғаны күтуде",
		working: "жұмыс күні",
		dayOff:  "демалыс",
		workingWeekend: func(wd, to string) string {
			return fmt.Sprintf("жұмыс күні (%s): демалыс %s күніне ауыстырылған", wd, to)
		},
		eventLabel: "оқиға",
		docNo:      "№",
		nothingDue: "%s аралығында мерзім жоқ",
		nextDue:    "келесі мерзім: %s, №%d %s",
		noneDue:    "бұл аралықтан кейін мерзім жоқ",
	},
	schedule.Russian: {
		weekdays:      [7]string{"воскресенье", "понедельник", "вторник", "среда", "четверг", "пятница", "суббота"},
		weekdaysShort: [7]string{"Вс", "Пн", "Вт", "Ср", "Чт", "Пт", "Сб"},
		months: [12]string{"январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август",
			"сентябрь", "октябрь", "ноябрь", "декабрь"},
		monthsOf: [12]string{"января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
			"сентября", "октября", "ноября", "декабря"},
		year:     func(p schedule.Period) string { return fmt.Sprintf("%d год", p.Year) },
		half:     func(p schedule.Period) string { return fmt.Sprintf("%s полугодие %d", roman[p.N], p.Year) },
		quarter:  func(p schedule.Period) string { return fmt.Sprintf("%s квартал %d", roman[p.N], p.Year) },
		headers:  [6]string{"Срок", "№", "Набор данных", "Период", "Ответственные", "Осталось"},
		today:    "сегодня",
		past:     "прошёл",
		daysLeft: func(n int) string { return fmt.Sprintf("%d дн.", n) },
		daysAgo:  func(n int) string { return fmt.Sprintf("%d дн. назад", n) },
		substitute: func(h string) string {
			return fmt.Sprintf("выходной вместо праздника «%s»", h)
		},
		transferred: func(from string) string {
			return fmt.Sprintf("выходной, перенесённый с %s", from)
		},
		waiting: "ожидает события",
		working: "рабочий",
		dayOff:  "выходной",
		workingWeekend: func(wd, to string) string {
			return fmt.Sprintf("рабочий день (%s): выходной перенесён на %s", wd, to)
		},
		eventLabel: "событие",
		docNo:      "№",
		nothingDue: "в период %s сроков нет",
		nextDue:    "следующий срок: %s, №%d %s",
		noneDue:    "после этого периода сроков нет",
	},
	schedule.English: {
		weekdays:      [7]string{"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"},
		weekdaysShort: [7]string{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"},
		months: [12]string{"January", "February", "March", "April", "May", "June", "July", "August",
			"September", "October", "November", "December"},
		monthsOf: [12]string{"January", "February", "March", "April", "May", "June", "July", "August",
			"September", "October", "November", "December"},
		year:    func(p schedule.Period) string { return fmt.Sprint(p.Year) },
		half:    func(p schedule.Period) string { return fmt.Sprintf("H%d %d", p.N, p.Year) },
		quarter: func(p schedule.Period) string { return fmt.Sprintf("Q%d %d", p.N, p.Year) },
		headers: [6]string{"Due", "No", "Data set", "Period", "Units", "Left"},
		today:   "today",
		past:    "past",
		daysLeft: func(n int) string {
			if n == 1 {
				return "1 day"
			}
			return fmt.Sprintf("%d days", n)
		},
		daysAgo: func(n int) string {
			if n == 1 {
				return "1 day ago"
			}
			return fmt.Sprintf("%d days ago", n)
		},
		substitute:  func(h string) string { return "substitute day off for " + h },
		transferred: func(from string) string { return "day off transferred from " + from },
		waiting:     "waiting for an event",
		working:     "working",
		dayOff:      "day off",
		workingWeekend: func(wd, to string) string {
			return fmt.Sprintf("working %s: its day off moved to %s", wd, to)
		},
		eventLabel: "event",
		docNo:      "No.",
		nothingDue: "nothing is due in %s",
		nextDue:    "the next deadline is %s, No. %d %s",
		noneDue:    "no deadline follows this window",
	},
}

func init() {
	for _, w := range lexicon {
		w.month = func(w *words) func(schedule.Period) string {
			return func(p schedule.Period) string { return fmt.Sprintf("%s %d", w.months[p.N-1], p.Year) }
		}(w)
	}
}

// wordsFor returns the lexicon of lang, or the Kazakh one.
func wordsFor(lang string) *words {
	if w, ok := lexicon[lang]; ok {
		return w
	}
	return lexicon[schedule.Kazakh]
}

// PeriodText returns a reporting period in words: "1-ші тоқсан 2017",
// "I квартал 2017", "Q1 2017".
func PeriodText(p schedule.Period, lang string) string {
	w := wordsFor(lang)
	switch p.Kind {
	case schedule.Semiannual:
		return w.half(p)
	case schedule.Quarterly:
		return w.quarter(p)
	case schedule.Monthly:
		return w.month(p)
	}
	return w.year(p)
}

// Weekday returns the name of a day of the week.
func Weekday(d time.Weekday, lang string) string { return wordsFor(lang).weekdays[d] }

// WeekdayShort returns the abbreviated name of a day of the week.
func WeekdayShort(d time.Weekday, lang string) string { return wordsFor(lang).weekdaysShort[d] }

// MonthName returns the name of a month, as it stands alone.
func MonthName(m time.Month, lang string) string { return wordsFor(lang).months[m-1] }

// LongDate writes a date in words: "20 ақпан 2017", "20 февраля 2017",
// "20 February 2017".
func LongDate(d schedule.Date, lang string) string {
	y, m, day := d.Date()
	return fmt.Sprintf("%d %s %d", day, wordsFor(lang).monthsOf[m-1], y)
}

// ShortDate writes a date as people in Kazakhstan write it: 20.02.2017.
func ShortDate(d schedule.Date) string {
	y, m, day := d.Date()
	return fmt.Sprintf("%02d.%02d.%d", day, int(m), y)
}

// Reason says why a day is not a working day, in lang: "сенбі",
// "жексенбі, Республика күні", "substitute day off for Independence Day".
// It returns "" for a working day.
func Reason(c *schedule.Calendar, d schedule.Date, lang string) string {
	day := c.Day(d)
	w := wordsFor(lang)
	name := c.HolidayName(day.Holiday).In(lang)
	switch day.Kind {
	case schedule.Weekend:
		return w.weekdays[d.Weekday()]
	case schedule.Holiday, schedule.Religious:
		return w.weekdays[d.Weekday()] + ", " + name
	case schedule.Substitute:
		return w.substitute(name)
	case schedule.Transferred:
		from := fmt.Sprintf("%s (%s)", ShortDate(day.Ref), w.weekdays[day.Ref.Weekday()])
		return w.transferred(from)
	}
	return ""
}

// DetectLanguage chooses the language for people: OPENDATA_LANG, then the
// locale (LC_ALL, LC_MESSAGES, LANG: ru_* is Russian, kk_* Kazakh, en_*
// English), then Kazakh. getenv is os.Getenv or a stand-in for tests.
func DetectLanguage(getenv func(string) string) string {
	if l := getenv("OPENDATA_LANG"); l != "" {
		return l
	}
	for _, v := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		loc := getenv(v)
		if loc == "" {
			continue
		}
		for _, l := range schedule.Languages {
			if strings.HasPrefix(loc, l+"_") || loc == l || strings.HasPrefix(loc, l+".") {
				return l
			}
		}
		// The first variable set decides, as in setlocale(3).
		break
	}
	return schedule.Kazakh
}

// CheckLanguage reports whether lang is one of the supported codes.
func CheckLanguage(lang string) error {
	for _, l := range schedule.Languages {
		if l == lang {
			return nil
		}
	}
	return fmt.Errorf("language %q: expected kk, ru or en", lang)
}

// Phrases are the sentences of one language that commands print about
// their results.
type Phrases struct{ w *words }

// Words returns the phrases of lang.
func Words(lang string) Phrases { return Phrases{wordsFor(lang)} }

// NothingDue says that nothing is due in a window.
func (p Phrases) NothingDue(window string) string { return fmt.Sprintf(p.w.nothingDue, window) }

// NextDue names the next deadline.
func (p Phrases) NextDue(date string, no int, name string) string {
	return fmt.Sprintf(p.w.nextDue, date, no, name)
}

// NoneDue says that no deadline follows.
func (p Phrases) NoneDue() string { return p.w.noneDue }

// Waiting says that a deadline waits for an event.
func (p Phrases) Waiting() string { return p.w.waiting }

// WorkingWeekend says why a Saturday or Sunday is a working day.
func WorkingWeekend(c *schedule.Calendar, d schedule.Date, lang string) string {
	w := wordsFor(lang)
	day := c.Day(d)
	return w.workingWeekend(w.weekdays[d.Weekday()], ShortDate(day.Ref))
}

// DayStatus says whether a day is a working day.
func DayStatus(working bool, lang string) string {
	if working {
		return wordsFor(lang).working
	}
	return wordsFor(lang).dayOff
}

// DueWord names the day a count ends on: "мерзімі", "срок", "due".
func DueWord(lang string) string {
	return map[string]string{schedule.Kazakh: "мерзімі", schedule.Russian: "срок", schedule.English: "due"}[wordsFor(lang).lang()]
}

func (w *words) lang() string {
	for l, x := range lexicon {
		if x == w {
			return l
		}
	}
	return schedule.Kazakh
}
