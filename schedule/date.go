package schedule

import (
	"fmt"
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
	return DateOf(time.Date(y, m, d, 0, 0, 0, 0, time.UTC))
}

// DateOf returns the calendar date of t in t's own location.
func DateOf(t time.Time) Date {
	y, m, d := t.Date()
	u := time.Date(y, m, d, 0, 0, 0, 0, time.UTC).Unix()
	return Date(u / 86400)
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
	return time.Date(y, m+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// ParseDate parses an ISO 8601 calendar date, YYYY-MM-DD, and rejects days
// that do not exist.
func ParseDate(s string) (Date, error) {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		return 0, fmt.Errorf("%q is not a date of the form YYYY-MM-DD", s)
	}
	return DateOf(t), nil
}

// Time returns midnight UTC at the start of d.
func (d Date) Time() time.Time {
	return time.Unix(int64(d)*86400, 0).UTC()
}

// Date returns the year, month and day of d.
func (d Date) Date() (year int, month time.Month, day int) {
	return d.Time().Date()
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
