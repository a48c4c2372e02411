package schedule

import (
	"fmt"
	"sort"
)

// Roll is the convention that moves a date falling on a non-working day.
type Roll uint8

const (
	// Following moves to the next working day: the Civil Code rule for a
	// term whose last day is a non-working day. It is the default.
	Following Roll = iota
	// Preceding moves to the previous working day.
	Preceding
	// NoRoll keeps the date as it is.
	NoRoll
)

// ParseRoll reads a roll convention: following, preceding or none.
func ParseRoll(s string) (Roll, error) {
	switch s {
	case "following", "":
		return Following, nil
	case "preceding":
		return Preceding, nil
	case "none":
		return NoRoll, nil
	}
	return 0, fmt.Errorf("roll %q: expected following, preceding or none", s)
}

// String returns the convention's name as ParseRoll reads it.
func (r Roll) String() string {
	switch r {
	case Preceding:
		return "preceding"
	case NoRoll:
		return "none"
	}
	return "following"
}

// Roll returns d when it is a working day, and otherwise the working day
// that the convention r moves it to. A holiday that falls on a weekend
// moves the date past both the weekend and the holiday's substitute day
// off: Sunday 25 October 2026 (Republic Day) rolls to Tuesday 27 October.
func (c *Calendar) Roll(d Date, r Roll) Date {
	step := Date(1)
	switch r {
	case NoRoll:
		return d
	case Preceding:
		step = -1
	}
	t := c.table(d.Year())
	for {
		if !t.contains(d) {
			t = c.table(d.Year())
		}
		if t.working(d) {
			return d
		}
		d += step
	}
}

// AddWorkdays returns the n-th working day after d, counting the first
// working day after d as day 1; d itself never counts, whatever its kind.
// Working Saturdays and Sundays count, and the answer is always a working
// day. A negative n counts back the same way: AddWorkdays(d, -1) is the last
// working day before d. AddWorkdays(d, 0) is d. The cost grows with the
// number of years crossed, not the number of days.
func (c *Calendar) AddWorkdays(d Date, n int) Date {
	switch {
	case n > 0:
		return c.forward(d, n)
	case n < 0:
		return c.backward(d, -n)
	}
	return d
}

func (c *Calendar) forward(d Date, n int) Date {
	t := c.table(d.Year())
	i := int(d-t.start) + 1 // first candidate index
	for {
		have := int(t.before[len(t.days)] - t.before[i])
		if n <= have {
			target := t.before[i] + int32(n)
			// The answer is the smallest j with before[j+1] == target.
			j := sort.Search(len(t.days), func(j int) bool { return t.before[j+1] >= target })
			return t.start + Date(j)
		}
		n -= have
		t = c.table(t.start.Year() + 1)
		i = 0
	}
}

func (c *Calendar) backward(d Date, n int) Date {
	t := c.table(d.Year())
	i := int(d - t.start) // candidates are days[:i]
	for {
		have := int(t.before[i])
		if n <= have {
			target := t.before[i] - int32(n) // working days before the answer
			j := sort.Search(i, func(j int) bool { return t.before[j+1] > target })
			return t.start + Date(j)
		}
		n -= have
		t = c.table(t.start.Year() - 1)
		i = len(t.days)
	}
}

// WorkdaysBetween returns the number of working days after from and up to
// and including to: how many working days are left until a deadline. It is
// negative when to is before from, and AddWorkdays(from, n) is the last
// working day not after to, for n = WorkdaysBetween(from, to) > 0. The
// cost grows with the number of years between the two, not the days.
func (c *Calendar) WorkdaysBetween(from, to Date) int {
	if to < from {
		return -c.WorkdaysBetween(to, from)
	}
	n := c.workdaysThrough(to) - c.workdaysThrough(from)
	for y := from.Year(); y < to.Year(); y++ {
		n += c.yearWorkdays(y)
	}
	return n
}

// workdaysThrough counts the working days from 1 January of d's year up
// to and including d.
func (c *Calendar) workdaysThrough(d Date) int {
	t := c.table(d.Year())
	return int(t.before[int(d-t.start)+1])
}

func (c *Calendar) yearWorkdays(y int) int {
	t := c.table(y)
	return int(t.before[len(t.days)])
}
