package schedule

import (
	"fmt"
	"regexp"
	"strconv"
	"time"
)

// Date is a day of the proleptic Gregorian calendar with no time of day and
// no time zone: the day a deadline falls on. Its value counts days from
// 1970-01-01, so dates compare with < and ==, and subtract to a number of
// days. The zero value is 1970-01-01.
type Date int32

// D returns the date y-m-d. Out-of-range months and days are normalized the
// way time.Date normalizes them: D(2017, 2, 29) is 1 March 2017. Callers that
// must reject such dates use ParseDate or check Valid.
func D(y int, m time.Month, d int) Date {
	// Normalize the month as time.Date does; days then add on.
	months := int(m) - 1
	y += floorDiv(months, 12)
	months -= floorDiv(months, 12) * 12
	return Date(daysFromCivil(y, months+1, 1) + d - 1)
}

// DateOf returns the calendar date of t in t's own location.
func DateOf(t time.Time) Date {
	y, m, d := t.Date()
	return Date(daysFromCivil(y, int(m), d))
}

// daysFromCivil returns the number of days from 1970-01-01 to y-m-d, for m
// in 1..12 and d in 1..31, in the proleptic Gregorian calendar. It counts
// in eras of 400 years (146,097 days) whose years start on 1 March, so that
// the leap day ends a year; the method is Howard Hinnant's
// days_from_civil.
func daysFromCivil(y, m, d int) int {
	if m <= 2 {
		y--
	}
	era := floorDiv(y, 400)
	yoe := y - era*400                     // year of era, 0..399
	doy := (153*((m+9)%12)+2)/5 + d - 1    // day of the year from 1 March, 0..365
	doe := yoe*365 + yoe/4 - yoe/100 + doy // day of era, 0..146096
	return era*146097 + doe - 719468       // 719468 days from 0000-03-01 to 1970-01-01
}

// civilFromDays is the inverse of daysFromCivil.
func civilFromDays(z int) (y, m, d int) {
	z += 719468
	era := floorDiv(z, 146097)
	doe := z - era*146097
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365
	doy := doe - (365*yoe + yoe/4 - yoe/100)
	mp := (5*doy + 2) / 153 // month from March, 0..11
	d = doy - (153*mp+2)/5 + 1
	m = mp + 3
	if m > 12 {
		m -= 12
	}
	y = yoe + era*400
	if m <= 2 {
		y++
	}
	return y, m, d
}

func floorDiv(a, b int) int {
	q := a / b
	if a%b != 0 && (a < 0) != (b < 0) {
		q--
	}
	return q
}

// Valid reports whether y-m-d names a real day (no 31 April, no 29 February
// in a common year).
func Valid(y int, m time.Month, d int) bool {
	if m < time.January || m > time.December || d < 1 {
		return false
	}
	return d <= DaysIn(y, m)
}

// DaysIn returns the number of days in month m of year y.
func DaysIn(y int, m time.Month) int {
	return int(D(y, m+1, 1) - D(y, m, 1))
}

// ParseDate parses an ISO 8601 calendar date, YYYY-MM-DD, and rejects days
// that do not exist.
//
// Its errors say what is wrong: "2019-02-29: February 2019 has 28 days",
// "2017-13-01: there is no month 13", or that s is not of the form at all.
func ParseDate(s string) (Date, error) {
	t, err := time.Parse(time.DateOnly, s)
	if err == nil {
		return DateOf(t), nil
	}
	m := isoDate.FindStringSubmatch(s)
	if m == nil {
		return 0, fmt.Errorf("%q is not a date of the form YYYY-MM-DD", s)
	}
	y, _ := strconv.Atoi(m[1])
	mon, _ := strconv.Atoi(m[2])
	day, _ := strconv.Atoi(m[3])
	switch {
	case mon < 1 || mon > 12:
		return 0, fmt.Errorf("%s: there is no month %d", s, mon)
	case day < 1:
		return 0, fmt.Errorf("%s: there is no day %d", s, day)
	}
	month := time.Month(mon)
	return 0, fmt.Errorf("%s: %s %d has %d days", s, month, y, DaysIn(y, month))
}

var isoDate = regexp.MustCompile(`^(\d{4})-(\d\d)-(\d\d)$`)

// Time returns midnight UTC at the start of d.
func (d Date) Time() time.Time {
	return time.Unix(int64(d)*86400, 0).UTC()
}

// Date returns the year, month and day of d.
func (d Date) Date() (year int, month time.Month, day int) {
	y, m, day := civilFromDays(int(d))
	return y, time.Month(m), day
}

// Year returns the year of d.
func (d Date) Year() int {
	y, _, _ := d.Date()
	return y
}

// Month returns the month of d.
func (d Date) Month() time.Month {
	_, m, _ := d.Date()
	return m
}

// Day returns the day of the month of d.
func (d Date) Day() int {
	_, _, day := d.Date()
	return day
}

// Weekday returns the day of the week of d.
func (d Date) Weekday() time.Weekday {
	// 1970-01-01 was a Thursday.
	return time.Weekday((int(d)%7 + 7 + 4) % 7)
}

// YearDay returns the day of the year of d, from 1 to 366.
func (d Date) YearDay() int {
	return int(d-D(d.Year(), time.January, 1)) + 1
}

// AddDays returns the date n days after d (before it when n is negative).
func (d Date) AddDays(n int) Date { return d + Date(n) }

// AddMonths returns the date n months after d, normalized as D normalizes.
func (d Date) AddMonths(n int) Date {
	y, m, day := d.Date()
	return D(y, m+time.Month(n), day)
}

// String returns d as YYYY-MM-DD.
func (d Date) String() string {
	y, m, day := d.Date()
	return fmt.Sprintf("%04d-%02d-%02d", y, int(m), day)
}

// MarshalText implements encoding.TextMarshaler with the ISO form.
func (d Date) MarshalText() ([]byte, error) { return []byte(d.String()), nil }

// UnmarshalText implements encoding.TextUnmarshaler with the ISO form.
func (d *Date) UnmarshalText(b []byte) error {
	v, err := ParseDate(string(b))
	if err != nil {
		return err
	}
	*d = v
	return nil
}

// weekend reports whether d is a Saturday or a Sunday.
func (d Date) weekend() bool {
	wd := d.Weekday()
	return wd == time.Saturday || wd == time.Sunday
}
