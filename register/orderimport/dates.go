package orderimport

import (
	"strconv"
	"strings"
	"time"

	"opendata/register"
	"opendata/schedule"
)

// monthStems are the beginnings of the months' names, folded, in Kazakh
// and then in Russian. A word names a month when it starts with a stem, in
// whatever case or with whatever typo it ends: "ақпанға", "ақпаныға",
// "февраля".
var monthStems = []struct {
	stem  string
	month time.Month
}{
	{"кантар", time.January}, {"акпан", time.February}, {"наурыз", time.March},
	{"сауир", time.April}, {"мамыр", time.May}, {"маусым", time.June},
	{"шилде", time.July}, {"тамыз", time.August}, {"кыркуйек", time.September},
	{"казан", time.October}, {"караша", time.November}, {"желтоксан", time.December},

	{"январ", time.January}, {"феврал", time.February}, {"март", time.March},
	{"апрел", time.April}, {"июн", time.June}, {"июл", time.July},
	{"август", time.August}, {"сентябр", time.September}, {"октябр", time.October},
	{"ноябр", time.November}, {"декабр", time.December},
}

// monthNamed returns the month a word names.
func monthNamed(word string) (time.Month, bool) {
	w := fold(word)
	switch w {
	case "май", "мая", "мае":
		return time.May, true
	}
	for _, m := range monthStems {
		if strings.HasPrefix(w, m.stem) {
			return m.month, true
		}
	}
	return 0, false
}

// A dated number is how acts cite one another: a date and a number, as in
// "2016 жылғы 31 желтоқсандағы № 113", "от 31 декабря 2016 года № 113" or
// "27.12.2019 № 226".
var (
	datedNumberKK = phrase(`(\d{4})\s+жылғы\s+(\d{1,2})\s+(\pL+)\s+(?:№|n)\s*(\d+)`)
	datedNumberRU = phrase(`(?:от\s+)?(\d{1,2})\s+(\pL+)\s+(\d{4})\s*(?:года|г\.)?\s+(?:за\s+)?(?:№|n)\s*(\d+)`)
	datedNumberNo = phrase(`(?:от\s+)?(\d{2})\.(\d{2})\.(\d{4})(?:\s*(?:жылғы|года|г\.))?\s+(?:за\s+)?(?:№|n)\s*(\d+)`)
)

// datedNumber finds the first date and number in s and returns them with
// where the phrase starts and ends.
func datedNumber(s string) (d schedule.Date, number string, start, end int, ok bool) {
	ls := lower(s)
	best := -1
	try := func(re *lazyRegexp, y, m, day int, named bool) {
		b, e, g, found := find(re, ls)
		if !found || best >= 0 && b >= best {
			return
		}
		date, valid := makeDate(g[y], g[m], g[day], named)
		if !valid {
			return
		}
		best, d, number, start, end, ok = b, date, g[3], b, e, true
	}
	try(datedNumberKK, 0, 2, 1, true)
	try(datedNumberRU, 2, 1, 0, true)
	try(datedNumberNo, 2, 1, 0, false)
	return d, number, start, end, ok
}

// makeDate reads a date from its year, month and day; the month is a
// name when named is set, a number otherwise.
func makeDate(year, month, day string, named bool) (schedule.Date, bool) {
	y, err1 := strconv.Atoi(year)
	dd, err2 := strconv.Atoi(day)
	if err1 != nil || err2 != nil {
		return 0, false
	}
	var m time.Month
	if named {
		var ok bool
		if m, ok = monthNamed(month); !ok {
			return 0, false
		}
	} else {
		n, err := strconv.Atoi(month)
		if err != nil || n < 1 || n > 12 {
			return 0, false
		}
		m = time.Month(n)
	}
	if !schedule.Valid(y, m, dd) || y < register.MinYear || y > register.MaxYear {
		return 0, false
	}
	return schedule.D(y, m, dd), true
}
