package schedule

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"
	"unicode"
)

// Anchor is what a deadline rule counts from.
type Anchor uint8

const (
	// FixedDay is a day of the calendar year: "20 February".
	FixedDay Anchor = iota
	// NextMonth is a day of the month after the reporting period: "15th
	// of the month after the reporting period".
	NextMonth
	// PeriodEnd counts days from the last day of the reporting period:
	// "10 days after the end of the reporting period".
	PeriodEnd
	// Event counts days from an event that has no date of its own until
	// someone records it: "10 working days after the certificate is
	// signed".
	Event
)

// Rule is a parsed deadline rule. See the package documentation for the
// language it is written in.
type Rule struct {
	Anchor Anchor

	// Month and Day name the day of a FixedDay rule. Day is also the day
	// of the month of a NextMonth rule, unless Last is set.
	Month time.Month
	Day   int
	Last  bool

	// SameYear makes a FixedDay rule close the calendar year it falls in
	// instead of the year before.
	SameYear bool

	// Days counts the days of a PeriodEnd or Event rule; Working says
	// they are working days rather than calendar days.
	Days    int
	Working bool

	// EventName is the event of an Event rule, in the rule's words: "the
	// certificate is signed".
	EventName string
}

// RuleError is a rule that does not parse, with the column (counted in
// characters from 1) where the parser gave up.
type RuleError struct {
	Rule   string
	Column int
	Msg    string
}

func (e *RuleError) Error() string {
	return fmt.Sprintf("rule %q, column %d: %s", e.Rule, e.Column, e.Msg)
}

// ParseRule parses a deadline rule. Words are matched without regard to
// case, and a leading "by" is allowed.
func ParseRule(s string) (Rule, error) {
	p := ruleParser{src: s, toks: tokenize(s)}
	p.accept("by")
	r, err := p.rule()
	if err != nil {
		return Rule{}, err
	}
	if !p.done() {
		return Rule{}, p.fail("unexpected %q after the rule", p.peek().text)
	}
	return r, nil
}

// MustParseRule is like ParseRule but panics on error. It is meant for
// rules written in code, as in tests and examples.
func MustParseRule(s string) Rule {
	r, err := ParseRule(s)
	if err != nil {
		panic(err)
	}
	return r
}

// String returns the rule in its canonical spelling, which ParseRule reads
// back to the same Rule.
func (r Rule) String() string {
	switch r.Anchor {
	case FixedDay:
		s := fmt.Sprintf("%d %s", r.Day, r.Month)
		if r.SameYear {
			s += " of the reporting year"
		}
		return s
	case NextMonth:
		if r.Last {
			return "last day of the month after the reporting period"
		}
		return ordinal(r.Day) + " of the month after the reporting period"
	case PeriodEnd:
		return r.count() + " after the end of the reporting period"
	}
	return r.count() + " after " + r.EventName
}

func (r Rule) count() string {
	unit := "calendar day"
	if r.Working {
		unit = "working day"
	}
	if r.Days != 1 {
		unit += "s"
	}
	return fmt.Sprintf("%d %s", r.Days, unit)
}

func ordinal(n int) string {
	suffix := "th"
	if n%100 < 11 || n%100 > 13 {
		switch n % 10 {
		case 1:
			suffix = "st"
		case 2:
			suffix = "nd"
		case 3:
			suffix = "rd"
		}
	}
	return strconv.Itoa(n) + suffix
}

// Check reports what is wrong with using the rule for periods of kind k.
// Errors make the rule unusable; warnings point at a register that says
// something odd but can still be followed to the letter.
func (r Rule) Check(k PeriodKind) (errs, warnings []string) {
	switch r.Anchor {
	case FixedDay:
		if r.Month == time.February && r.Day == 29 {
			errs = append(errs, "29 February does not exist in common years")
		}
		if k != Annual && k != OnEvent {
			warnings = append(warnings, fmt.Sprintf(
				"a day of the year gives one deadline a year, but the period is %s", k))
		}
		if k == OnEvent {
			errs = append(errs, "a day of the year needs a reporting period, not on-event")
		}
	case NextMonth, PeriodEnd:
		if k == OnEvent {
			errs = append(errs, "an on-event obligation has no reporting period to count from")
		}
		if r.Anchor == NextMonth && !r.Last {
			if m, days := shortestNextMonth(k); r.Day > days {
				errs = append(errs, fmt.Sprintf("day %d does not exist in %s, a month after a %s period",
					r.Day, m, k))
			}
		}
	}
	return errs, warnings
}

// shortestNextMonth returns the shortest month that can follow a period of
// kind k, and its length in a common year.
func shortestNextMonth(k PeriodKind) (time.Month, int) {
	switch k {
	case Annual, Semiannual:
		return time.January, 31
	case Quarterly:
		return time.April, 30
	}
	return time.February, 28
}

type token struct {
	text string
	col  int
}

func tokenize(s string) []token {
	var toks []token
	start := -1
	flush := func(end int) {
		if start >= 0 {
			toks = append(toks, token{text: s[start:end], col: start})
			start = -1
		}
	}
	for i, r := range s {
		// Any space separates words: rules copied from a document often
		// carry no-break spaces.
		if unicode.IsSpace(r) || r == ',' {
			flush(i)
		} else if start < 0 {
			start = i
		}
	}
	flush(len(s))
	// Columns are counted in characters, not bytes.
	for i := range toks {
		toks[i].col = len([]rune(s[:toks[i].col])) + 1
	}
	return toks
}

type ruleParser struct {
	src  string
	toks []token
	pos  int
}

func (p *ruleParser) done() bool { return p.pos >= len(p.toks) }

func (p *ruleParser) peek() token {
	if p.done() {
		return token{col: len([]rune(p.src)) + 1}
	}
	return p.toks[p.pos]
}

func (p *ruleParser) accept(words ...string) bool {
	for i, w := range words {
		if p.pos+i >= len(p.toks) || !strings.EqualFold(p.toks[p.pos+i].text, w) {
			return false
		}
	}
	p.pos += len(words)
	return true
}

// expect accepts words or reports the first one missing, with the rest of
// the phrase it starts.
func (p *ruleParser) expect(words ...string) error {
	for i, w := range words {
		if !p.accept(w) {
			return p.fail("expected %q", strings.Join(words[i:], " "))
		}
	}
	return nil
}

func (p *ruleParser) fail(format string, args ...any) error {
	msg := fmt.Sprintf(format, args...)
	if p.done() {
		msg += " at the end of the rule"
	}
	return &RuleError{Rule: p.src, Column: p.peek().col, Msg: msg}
}

func (p *ruleParser) rule() (Rule, error) {
	if p.done() {
		return Rule{}, p.fail("empty rule: expected a date such as \"20 February\", " +
			"\"15th of the month after the reporting period\" or \"10 working days after <event>\"")
	}
	if p.accept("last", "day") {
		return p.nextMonth(Rule{Anchor: NextMonth, Last: true})
	}
	if p.accept("day") {
		n, err := p.number(1, 31)
		if err != nil {
			return Rule{}, err
		}
		return p.nextMonth(Rule{Anchor: NextMonth, Day: n})
	}
	if n, ok := p.ordinal(); ok {
		if n < 1 || n > 31 {
			return Rule{}, p.failAt(p.pos-1, "day %d: a month has days 1 to 31", n)
		}
		return p.nextMonth(Rule{Anchor: NextMonth, Day: n})
	}
	n, err := p.number(1, 10000)
	if err != nil {
		return Rule{}, err
	}
	if m, ok := monthNamed(p.peek().text); ok {
		p.pos++
		return p.fixed(n, m)
	}
	return p.offset(n)
}

func (p *ruleParser) failAt(pos int, format string, args ...any) error {
	return &RuleError{Rule: p.src, Column: p.toks[pos].col, Msg: fmt.Sprintf(format, args...)}
}

func (p *ruleParser) number(lo, hi int) (int, error) {
	t := p.peek()
	n, err := strconv.Atoi(t.text)
	if p.done() || err != nil && !errors.Is(err, strconv.ErrRange) {
		return 0, p.fail("expected a number, \"day N\", \"Nth\" or \"last day\", found %q", t.text)
	}
	if err != nil || n < lo || n > hi {
		return 0, p.fail("number %s is out of range %d..%d", t.text, lo, hi)
	}
	p.pos++
	return n, nil
}

// ordinal accepts "15th", "1st", "2nd", "3rd".
func (p *ruleParser) ordinal() (int, bool) {
	t := strings.ToLower(p.peek().text)
	for _, suf := range []string{"st", "nd", "rd", "th"} {
		if digits, ok := strings.CutSuffix(t, suf); ok && digits != "" {
			n, err := strconv.Atoi(digits)
			if err == nil && len(digits) <= 2 {
				p.pos++
				return n, true
			}
		}
	}
	return 0, false
}

func (p *ruleParser) nextMonth(r Rule) (Rule, error) {
	if err := p.expect("of", "the", "month", "after", "the", "reporting", "period"); err != nil {
		return Rule{}, err
	}
	return r, nil
}

func (p *ruleParser) fixed(day int, m time.Month) (Rule, error) {
	if day > DaysIn(2000, m) { // 2000 is a leap year: 29 February parses
		return Rule{}, p.failAt(p.pos-2, "%d %s does not exist", day, m)
	}
	r := Rule{Anchor: FixedDay, Month: m, Day: day}
	if p.accept("of", "the", "reporting", "year") {
		r.SameYear = true
	}
	return r, nil
}

func (p *ruleParser) offset(n int) (Rule, error) {
	r := Rule{Days: n}
	switch {
	case p.accept("working"):
		r.Working = true
	case p.accept("calendar"):
	}
	if !p.accept("days") && !p.accept("day") {
		return Rule{}, p.fail("expected \"days\", \"working days\", \"calendar days\" or a month name")
	}
	if err := p.expect("after"); err != nil {
		return Rule{}, err
	}
	if p.accept("the", "end", "of", "the", "reporting", "period") {
		r.Anchor = PeriodEnd
		return r, nil
	}
	if p.done() {
		return Rule{}, p.fail("expected an event or \"the end of the reporting period\"")
	}
	r.Anchor = Event
	var words []string
	for ; !p.done(); p.pos++ {
		words = append(words, p.toks[p.pos].text)
	}
	r.EventName = strings.Join(words, " ")
	return r, nil
}

func monthNamed(s string) (time.Month, bool) {
	for m := time.January; m <= time.December; m++ {
		name := m.String()
		if strings.EqualFold(s, name) || (len(s) == 3 && strings.EqualFold(s, name[:3])) {
			return m, true
		}
	}
	return 0, false
}
