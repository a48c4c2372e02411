package orderimport

import (
	"errors"
	"fmt"
	"strings"

	"opendata/schedule"
)

// deadline is what a deadline cell says: the final rule, and the stages
// before it.
type deadline struct {
	rule   schedule.Rule
	stages []stage
}

// stage is a deadline before the final one, for some of those
// responsible: "бірге орындаушылар үшін: 5 ақпанға ..." (for the
// co-executors: by 5 February ...).
type stage struct {
	key  string // "co-executors"
	name string // what is due, in the act's words
	rule schedule.Rule
}

// ordinalEnding is the ending of an ordinal number after a hyphen, or right
// after the digits and before a space ("10-ші", "10ші", "15-го"), or
// nothing: the "ші" of "1 шілдеге" begins the month.
const ordinalEnding = `(?:\s*-\s*(?:ші|шы|інші|ыншы|го)\s*|(?:ші|шы|інші|ыншы|го)\s+|\s*)`

// Parts of the deadline phrases below.
const (
	// byRU is the preposition before a Russian deadline: "к", "до", "не
	// позднее".
	byRU = `(?:(?:к|до|не\s+позднее)\s+)?`
	// reportingKK is "есеп беру кезеңінен", "есепті кезең".
	reportingKK = `(?:есеп(?:ті|\s+беру)\s+)?кезең\S*`
	// nextMonthTailRU is ", следующего за отчетным периодом" after
	// "месяца".
	nextMonthTailRU = `\s+месяца,?\s+следующего\s+за\s+отч[её]тным\s+период\S*`
	// daysKK and daysRU are a number of days, working or calendar:
	// "10 жұмыс күні", "10 календарных дней"; the groups capture the
	// number and the kind.
	daysKK = `(\d{1,3})\s+(?:(жұмыс|күнтізбелік)\s+)?күн\S*`
	daysRU = `(\d{1,3})\s+(?:(рабоч|календарн)\S*\s+)?(?:дн\S*|день)`
)

// Deadline phrases, in Kazakh and Russian. Each is matched against a cell
// lowered with lower; the groups capture the numbers and words a rule is
// made of.
var (
	// "есеп беру кезеңінен кейінгі айдың 15 күніне", "... 10-ші күніне",
	// "... айдың соңғы күніне"
	nextMonthKK = phrase(reportingKK + `\s+кейінгі\s+айдың\s+(?:(\d{1,2})` + ordinalEnding + `|(соңғы)\s+)күн\S*`)
	// "до 15 числа месяца, следующего за отчетным периодом", "последний
	// день месяца, следующего за отчетным периодом"
	nextMonthRU = phrase(byRU + `(?:(\d{1,2})(?:-?го)?\s+числа|(последн\S*)\s+(?:день|дн\S*|числ\S*))` +
		nextMonthTailRU)
	// "есепті кезең аяқталғаннан кейін 10 жұмыс күні ішінде"
	periodEndKK = phrase(reportingKK + `\s+аяқталған\S*\s+(?:кейін\S*\s+|бастап\s+)?` + daysKK + `(?:\s+ішінде)?`)
	// "в течение 10 рабочих дней после окончания отчетного периода"
	periodEndRU = phrase(`(?:в\s+течение\s+)?` + daysRU +
		`\s+(?:после|со\s+дня|с\s+даты)\s+окончания\s+отч[её]тного\s+периода`)
	// "... күннен бастап 10 жұмыс күні ішінде", "... 10 күнтізбелік күн
	// ішінде"
	eventKK = phrase(daysKK + `\s+(?:ішінде|кешіктірмей)`)
	// "в течение 10 рабочих дней со дня подписания справки"
	eventRU = phrase(`(?:в\s+течение\s+|не\s+позднее\s+)?` + daysRU)
	// "20 ақпанға", "к 20 февраля", "до 1-го июля"; the word must name a
	// month
	fixedDay = phrase(byRU + `(\d{1,2})` + ordinalEnding + `(\pL+)`)
)

// errNoRule says that a text holds no deadline phrase known here.
var errNoRule = errors.New("no deadline known: expected one such as \"20 ақпанға\", " +
	"\"есеп беру кезеңінен кейінгі айдың 15 күніне\" or \"в течение 10 рабочих дней со дня ...\"")

// parseDeadline reads a deadline cell. A cell of the form "<rule> <party>
// үшін: <rule> <what>" ("<rule>, для <party>: <rule> <what>") gives a final
// rule and one stage for the party.
func parseDeadline(cell string) (deadline, error) {
	if before, after, ok := strings.Cut(cell, ":"); ok {
		final, _, fend, err1 := parseRule(before)
		st, _, send, err2 := parseRule(after)
		if err1 == nil && err2 == nil {
			party := partyOf(before[fend:])
			what := trimPunct(after[send:])
			if what == "" {
				what = party
			}
			return deadline{rule: final, stages: []stage{{key: stageKey(party), name: what, rule: st}}}, nil
		}
	}
	rule, _, end, err := parseRule(cell)
	if err != nil {
		return deadline{}, err
	}
	if _, _, _, err := parseRule(cell[end:]); err == nil {
		return deadline{}, fmt.Errorf("more than one deadline: a row has one, " +
			"and a stage is written \"<deadline> <who> үшін: <deadline>\"")
	}
	return deadline{rule: rule}, nil
}

// parseRule finds the first deadline phrase in s, trying the forms in a
// fixed order, and returns its rule and where the phrase lies in s.
func parseRule(s string) (r schedule.Rule, start, end int, err error) {
	ls := lower(s)
	for _, try := range []func(string) (string, int, int, bool){
		nextMonth, periodEnd, event, fixed,
	} {
		text, start, end, ok := try(ls)
		if !ok {
			continue
		}
		r, err := schedule.ParseRule(text)
		if err != nil {
			var re *schedule.RuleError
			if errors.As(err, &re) {
				err = errors.New(re.Msg)
			}
			return schedule.Rule{}, 0, 0, err
		}
		return r, start, end, nil
	}
	return schedule.Rule{}, 0, 0, errNoRule
}

// Each of the following reads one form of rule from a lowered text and
// returns it in the rule language.

func nextMonth(ls string) (string, int, int, bool) {
	for _, re := range []*lazyRegexp{nextMonthKK, nextMonthRU} {
		if start, end, g, ok := find(re, ls); ok {
			if g[1] != "" {
				return "last day of the month after the reporting period", start, end, true
			}
			return "day " + g[0] + " of the month after the reporting period", start, end, true
		}
	}
	return "", 0, 0, false
}

func periodEnd(ls string) (string, int, int, bool) {
	for _, re := range []*lazyRegexp{periodEndKK, periodEndRU} {
		if start, end, g, ok := find(re, ls); ok {
			return g[0] + dayUnit(g[1]) + " after the end of the reporting period", start, end, true
		}
	}
	return "", 0, 0, false
}

func event(ls string) (string, int, int, bool) {
	for _, re := range []*lazyRegexp{eventKK, eventRU} {
		if start, end, g, ok := find(re, ls); ok {
			return g[0] + dayUnit(g[1]) + " after " + eventName(ls), start, end, true
		}
	}
	return "", 0, 0, false
}

func fixed(ls string) (string, int, int, bool) {
	for _, m := range fixedDay.re().FindAllStringSubmatchIndex(ls, -1) {
		word := ls[m[6]:m[7]]
		if month, ok := monthNamed(word); ok {
			return ls[m[4]:m[5]] + " " + month.String(), m[2], m[3], true
		}
	}
	return "", 0, 0, false
}

// dayUnit returns the rule language's unit for the kind of days an act
// counts: working days, or calendar days when it says so or says nothing.
func dayUnit(kind string) string {
	if fold(kind) == fold("жұмыс") || strings.HasPrefix(kind, "рабоч") {
		return " working days"
	}
	return " calendar days"
}

// eventName names, in English, the event a rule counts from, judging by
// the words of the act: the signing of an analysis's certificate, the
// signing of a strategic plan, an approval; any other is "the event".
func eventName(ls string) string {
	f := fold(ls)
	has := func(words ...string) bool {
		for _, w := range words {
			if strings.Contains(f, fold(w)) {
				return true
			}
		}
		return false
	}
	signed := has("қол қой", "подпис")
	switch {
	case has("стратегиялық жоспар", "стратегическ") && signed:
		return "the strategic plan is signed"
	case has("анықтама", "справк"):
		return "the certificate of the analysis is signed"
	case has("бекіт", "утвержд"):
		return "the plan is approved"
	}
	return "the event"
}

// partyOf returns who a stage is for, from the words between the final
// rule and the colon: "бірге орындаушылар үшін" gives "бірге
// орындаушылар", ", для соисполнителей" gives "соисполнителей".
func partyOf(s string) string {
	s = trimPunct(s)
	words := strings.Fields(s)
	if n := len(words); n > 0 && fold(words[n-1]) == fold("үшін") {
		words = words[:n-1]
	}
	if len(words) > 0 && fold(words[0]) == "для" {
		words = words[1:]
	}
	return strings.Join(words, " ")
}

// stageKey returns the register's key for a stage's party.
func stageKey(party string) string {
	f := fold(party)
	if strings.Contains(f, fold("бірге орындаушы")) || strings.Contains(f, "соисполнител") {
		return "co-executors"
	}
	return "stage"
}
