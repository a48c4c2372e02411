package schedule

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// PeriodKind is how often an obligation is updated, and so the length of
// its reporting periods.
type PeriodKind uint8

const (
	// Annual periods are calendar years.
	Annual PeriodKind = iota
	// Semiannual periods are the halves H1 (January-June) and H2.
	Semiannual
	// Quarterly periods are the quarters Q1..Q4 of the calendar year.
	Quarterly
	// Monthly periods are calendar months.
	Monthly
	// OnEvent obligations are due after each event (an analysis, an
	// approval) and have no reporting period of their own.
	OnEvent
)

var periodKindNames = [...]string{
	Annual:     "annual",
	Semiannual: "semiannual",
	Quarterly:  "quarterly",
	Monthly:    "monthly",
	OnEvent:    "on-event",
}

// ParsePeriodKind reads a period kind by the name String gives it.
func ParsePeriodKind(s string) (PeriodKind, error) {
	for k, name := range periodKindNames {
		if s == name {
			return PeriodKind(k), nil
		}
	}
	return 0, fmt.Errorf("period %q: expected annual, semiannual, quarterly, monthly or on-event", s)
}

// String returns the kind's name: annual, semiannual, quarterly, monthly
// or on-event.
func (k PeriodKind) String() string {
	if int(k) < len(periodKindNames) {
		return periodKindNames[k]
	}
	return "unknown"
}

// months returns the length of the kind's periods in months, or 0 for
// OnEvent.
func (k PeriodKind) months() int {
	switch k {
	case Annual:
		return 12
	case Semiannual:
		return 6
	case Quarterly:
		return 3
	case Monthly:
		return 1
	}
	return 0
}

// Period is one reporting period: a year, a half, a quarter or a month.
type Period struct {
	Kind PeriodKind
	Year int
	// N is the half (1-2), quarter (1-4) or month (1-12) within Year, and
	// 0 for a year.
	N int
}

// PeriodOf returns the period of kind k that contains d. OnEvent has no
// periods; it yields the zero Period.
func PeriodOf(k PeriodKind, d Date) Period {
	m := k.months()
	if m == 0 {
		return Period{}
	}
	p := Period{Kind: k, Year: d.Year()}
	if k != Annual {
		p.N = (int(d.Month())-1)/m + 1
	}
	return p
}

// Start returns the first day of the period.
func (p Period) Start() Date {
	m := p.Kind.months()
	if p.Kind == Annual {
		return D(p.Year, time.January, 1)
	}
	return D(p.Year, time.Month((p.N-1)*m+1), 1)
}

// End returns the last day of the period.
func (p Period) End() Date {
	return p.Next().Start() - 1
}

// Next returns the period that follows p.
func (p Period) Next() Period {
	if p.Kind == Annual {
		return Period{Kind: Annual, Year: p.Year + 1}
	}
	per := 12 / p.Kind.months()
	if p.N == per {
		return Period{Kind: p.Kind, Year: p.Year + 1, N: 1}
	}
	return Period{Kind: p.Kind, Year: p.Year, N: p.N + 1}
}

// Label returns the period's stable label: 2016, 2017-H2, 2017-Q1 or
// 2017-03.
func (p Period) Label() string {
	switch p.Kind {
	case Semiannual:
		return fmt.Sprintf("%d-H%d", p.Year, p.N)
	case Quarterly:
		return fmt.Sprintf("%d-Q%d", p.Year, p.N)
	case Monthly:
		return fmt.Sprintf("%d-%02d", p.Year, p.N)
	}
	return strconv.Itoa(p.Year)
}

// String returns the label.
func (p Period) String() string { return p.Label() }

// ParsePeriod reads a label as Label writes it.
func ParsePeriod(s string) (Period, error) {
	bad := fmt.Errorf("period %q: expected YYYY, YYYY-H1, YYYY-Q1 or YYYY-MM", s)
	year, rest, _ := strings.Cut(s, "-")
	y, err := strconv.Atoi(year)
	if err != nil || len(year) != 4 {
		return Period{}, bad
	}
	p := Period{Kind: Annual, Year: y}
	switch {
	case rest == "":
		return p, nil
	case len(rest) == 2 && rest[0] == 'H':
		p.Kind, p.N = Semiannual, int(rest[1]-'0')
		if p.N < 1 || p.N > 2 {
			return Period{}, bad
		}
	case len(rest) == 2 && rest[0] == 'Q':
		p.Kind, p.N = Quarterly, int(rest[1]-'0')
		if p.N < 1 || p.N > 4 {
			return Period{}, bad
		}
	default:
		n, err := strconv.Atoi(rest)
		if err != nil || len(rest) != 2 || n < 1 || n > 12 {
			return Period{}, bad
		}
		p.Kind, p.N = Monthly, n
	}
	return p, nil
}
