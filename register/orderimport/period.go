package orderimport

import (
	"errors"
	"fmt"
	"strings"

	"opendata/schedule"
)

// periodPhrases are the ways acts say how often a data set is updated, in
// Kazakh and Russian. They are tried in this order, and each match is
// taken out of the cell before the next is tried, so that "жарты жыл
// сайын" (every half year) is not also read as "жыл сайын" (every year).
var periodPhrases = []struct {
	kind schedule.PeriodKind
	re   *lazyRegexp
}{
	{schedule.Semiannual, anyOf(`жарты\s+жыл\S*\s+(?:бір\s+рет|сайын)`,
		`(?:1\s+|один\s+)?раз\s+в\s+(?:полугодие|пол\s*года)`, `ежеполугодно`)},
	{schedule.Quarterly, anyOf(`тоқсан\s+сайын`, `тоқсанына\s+бір\s+рет`,
		`ежеквартально`, `(?:1\s+|один\s+)?раз\s+в\s+квартал`)},
	{schedule.Monthly, anyOf(`ай\s+сайын`, `айына\s+бір\s+рет`,
		`ежемесячно`, `(?:1\s+|один\s+)?раз\s+в\s+месяц`)},
	{schedule.Annual, anyOf(`жыл\s+сайын`, `жылына\s+бір\s+рет`,
		`ежегодно`, `(?:1\s+|один\s+)?раз\s+в\s+год`)},
	{schedule.OnEvent, anyOf(`қорытындысы\s+бойынша`, `по\s+итогам`, `по\s+мере`)},
}

// anyOf is a phrase that any of the patterns matches.
func anyOf(patterns ...string) *lazyRegexp {
	return phrase(strings.Join(patterns, "|"))
}

// parsePeriod reads the kind of period from a period cell: "жыл сайын",
// "ежеквартально", "талдау жүргізу қорытындысы бойынша" (after each
// analysis). A cell that names no period, or more than one kind of it, is
// an error.
func parsePeriod(cell string) (schedule.PeriodKind, error) {
	s := lower(cell)
	var kinds []schedule.PeriodKind
	for _, p := range periodPhrases {
		for {
			start, end, _, ok := find(p.re, s)
			if !ok {
				break
			}
			if !containsKind(kinds, p.kind) {
				kinds = append(kinds, p.kind)
			}
			s = s[:start] + strings.Repeat(" ", end-start) + s[end:]
		}
	}
	switch len(kinds) {
	case 0:
		return 0, errors.New("no period known: expected one such as \"жыл сайын\" or \"ежеквартально\"")
	case 1:
		return kinds[0], nil
	}
	names := make([]string, len(kinds))
	for i, k := range kinds {
		names[i] = k.String()
	}
	return 0, fmt.Errorf("more than one period (%s): a register has one period a row",
		strings.Join(names, ", "))
}

func containsKind(kinds []schedule.PeriodKind, k schedule.PeriodKind) bool {
	for _, x := range kinds {
		if x == k {
			return true
		}
	}
	return false
}
