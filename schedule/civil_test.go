package schedule

import (
	"testing"
	"time"
)

// timeDate is D as the time package computes it.
func timeDate(y int, m time.Month, d int) Date {
	return Date(time.Date(y, m, d, 0, 0, 0, 0, time.UTC).Unix() / 86400)
}

// The integer date arithmetic agrees with the time package on every day of
// nine centuries, far from them, and when it normalizes months and days
// out of range.
func TestDatesAgreeWithTime(t *testing.T) {
	for d := timeDate(1600, 1, 1); d <= timeDate(2500, 12, 31); d++ {
		tt := d.Time()
		y, m, day := d.Date()
		if ty, tm, td := tt.Date(); y != ty || m != tm || day != td {
			t.Fatalf("Date(%d) = %d-%d-%d, time says %d-%d-%d", d, y, m, day, ty, tm, td)
		}
		if got := D(y, m, day); got != d {
			t.Fatalf("D(%d, %d, %d) = %d, want %d", y, m, day, got, d)
		}
		if got := DateOf(tt.In(time.FixedZone("", 5*3600))); got != d {
			t.Fatalf("DateOf(%s) = %s, want %s", tt, got, d)
		}
	}
	for _, y := range []int{-4000001, -1, 0, 1, 1900, 2000, 2016, 2100, 4000000} {
		for m := time.Month(-25); m <= 38; m++ {
			for _, day := range []int{-400, -60, -1, 0, 1, 28, 29, 30, 31, 32, 366} {
				if got, want := D(y, m, day), timeDate(y, m, day); got != want {
					t.Fatalf("D(%d, %d, %d) = %d, time says %d", y, m, day, got, want)
				}
			}
			if m >= time.January && m <= time.December {
				want := time.Date(y, m+1, 0, 0, 0, 0, 0, time.UTC).Day()
				if got := DaysIn(y, m); got != want {
					t.Fatalf("DaysIn(%d, %s) = %d, want %d", y, m, got, want)
				}
			}
		}
	}
}
