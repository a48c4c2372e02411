package schedule

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// YearWindow returns the whole of year y.
func YearWindow(y int) Window {
	return Window{From: D(y, time.January, 1), To: D(y, time.December, 31)}
}

// MonthWindow returns the whole of month m of year y.
func MonthWindow(y int, m time.Month) Window {
	return Window{From: D(y, m, 1), To: D(y, m, DaysIn(y, m))}
}

// MonthsAround returns the month of d with n whole months on either side:
// MonthsAround(d, 1) is the three months a wall calendar shows around a
// day. Months cross year ends as dates do (December 2016 to February 2017
// around a day of January). A negative n counts as 0.
func MonthsAround(d Date, n int) Window {
	n = max(n, 0)
	y, m, _ := d.Date()
	first := D(y, m-time.Month(n), 1)
	last := D(y, m+time.Month(n)+1, 0)
	return Window{From: first, To: last}
}

// PeriodWindow returns the days of a reporting period.
func PeriodWindow(p Period) Window { return Window{From: p.Start(), To: p.End()} }

// WeekWindow returns the week, Monday to Sunday, that contains d.
func WeekWindow(d Date) Window {
	back := (int(d.Weekday()) + 6) % 7 // days since Monday
	return Window{From: d.AddDays(-back), To: d.AddDays(6 - back)}
}

// Span is a length of time: a number of calendar days, weeks, months or
// working days.
type Span struct {
	N    int
	Unit byte // 'd' days, 'w' weeks, 'm' months, 'W' working days
}

// ParseSpan reads a span: 30d, 2w, 3m, or 5wd for working days.
func ParseSpan(s string) (Span, error) {
	units := []struct {
		suffix string
		unit   byte
	}{{"wd", 'W'}, {"d", 'd'}, {"w", 'w'}, {"m", 'm'}}
	for _, u := range units {
		digits, ok := strings.CutSuffix(s, u.suffix)
		if !ok {
			continue
		}
		n, err := strconv.Atoi(digits)
		if err != nil || n < 0 || n > 36600 || digits == "" || digits[0] == '+' {
			break
		}
		return Span{N: n, Unit: u.unit}, nil
	}
	return Span{}, fmt.Errorf("%q is not a span: write a number and a unit, as in 30d, 2w, 3m or 5wd (working days)", s)
}

// String returns the span as ParseSpan reads it.
func (s Span) String() string {
	if s.Unit == 'W' {
		return fmt.Sprintf("%dwd", s.N)
	}
	return fmt.Sprintf("%d%c", s.N, s.Unit)
}

// After returns the date span s after d: working days count as
// AddWorkdays counts them.
func (c *Calendar) After(d Date, s Span) Date {
	switch s.Unit {
	case 'W':
		return c.AddWorkdays(d, s.N)
	case 'w':
		return d.AddDays(7 * s.N)
	case 'm':
		return d.AddMonths(s.N)
	}
	return d.AddDays(s.N)
}

// Before returns the date span s before d.
func (c *Calendar) Before(d Date, s Span) Date {
	switch s.Unit {
	case 'W':
		return c.AddWorkdays(d, -s.N)
	case 'w':
		return d.AddDays(-7 * s.N)
	case 'm':
		return d.AddMonths(-s.N)
	}
	return d.AddDays(-s.N)
}
