package publog

import (
	"fmt"
	"sort"

	"opendata/register"
)

// Tally counts deadlines by how they stand.
type Tally struct {
	Deadlines int // every deadline counted
	OnTime    int
	Late      int
	Missing   int // overdue: due before today and not published
	Pending   int // due today or later and not published yet
}

func (t *Tally) add(s Status) {
	t.Deadlines++
	switch s {
	case OnTime:
		t.OnTime++
	case Late:
		t.Late++
	case Overdue:
		t.Missing++
	default:
		t.Pending++
	}
}

// Rate returns the share of deadlines published on time among those that
// are settled: published, or missing. It reports false when none is.
func (t Tally) Rate() (float64, bool) {
	settled := t.OnTime + t.Late + t.Missing
	if settled == 0 {
		return 0, false
	}
	return float64(t.OnTime) / float64(settled), true
}

// Grouping chooses how a report groups deadlines.
type Grouping uint8

const (
	// ByUnit gives a line per responsible unit. A deadline of an
	// obligation with several units counts once for each of them.
	ByUnit Grouping = iota
	// ByObligation gives a line per obligation.
	ByObligation
)

// ParseGrouping reads a grouping: unit or obligation.
func ParseGrouping(s string) (Grouping, error) {
	switch s {
	case "unit":
		return ByUnit, nil
	case "obligation":
		return ByObligation, nil
	}
	return 0, fmt.Errorf("%q: expected unit or obligation", s)
}

// String returns the grouping's name as ParseGrouping reads it.
func (g Grouping) String() string {
	if g == ByObligation {
		return "obligation"
	}
	return "unit"
}

// Line is one group of a report: a unit's key, or an obligation's number.
type Line struct {
	Unit string
	No   int
	Tally
}

// Summarize tallies the tracked entries (stage deadlines are left out) by
// unit, in the register's order of units, or by obligation, in order of
// number. Groups without deadlines are left out. The total counts every
// deadline once, so with ByUnit it can be less than the sum of the lines.
func Summarize(reg *register.Register, entries []Entry, by Grouping) (lines []Line, total Tally) {
	byUnit := map[string]*Tally{}
	byNo := map[int]*Tally{}
	for _, e := range entries {
		if e.Status == Untracked {
			continue
		}
		total.add(e.Status)
		if by == ByObligation {
			no := e.Obligation.No
			if byNo[no] == nil {
				byNo[no] = &Tally{}
			}
			byNo[no].add(e.Status)
			continue
		}
		for _, u := range e.Obligation.Units {
			if byUnit[u] == nil {
				byUnit[u] = &Tally{}
			}
			byUnit[u].add(e.Status)
		}
	}
	if by == ByObligation {
		for no, t := range byNo {
			lines = append(lines, Line{No: no, Tally: *t})
		}
		sort.Slice(lines, func(i, j int) bool { return lines[i].No < lines[j].No })
		return lines, total
	}
	for _, u := range reg.UnitKeys {
		if t := byUnit[u]; t != nil {
			lines = append(lines, Line{Unit: u, Tally: *t})
		}
	}
	return lines, total
}
