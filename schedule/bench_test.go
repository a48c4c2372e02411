package schedule

import (
	"fmt"
	"testing"
)

// Run the benchmarks of every package with
//
//	go test -run '^$' -bench . -benchmem ./schedule ./register ./export
//
// The README's Performance section lists the figures of one machine.

// benchCalendar returns a calendar of its own, so that what one benchmark
// lays out does not speed up the next.
func benchCalendar(b *testing.B) *Calendar {
	b.Helper()
	c, err := ParseCalendar("kzcalendar.yaml", EmbeddedCalendarSource())
	if err != nil {
		b.Fatal(err)
	}
	return c
}

// BenchmarkParseCalendar measures reading the embedded calendar's YAML,
// which a run pays only when the snapshot is stale.
func BenchmarkParseCalendar(b *testing.B) {
	src := EmbeddedCalendarSource()
	b.SetBytes(int64(len(src)))
	for b.Loop() {
		if _, err := ParseCalendar("kzcalendar.yaml", src); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkLoadEmbeddedCalendar measures making the embedded calendar the
// way a run does: checking the YAML's checksum and building the snapshot.
func BenchmarkLoadEmbeddedCalendar(b *testing.B) {
	for b.Loop() {
		if _, err := loadEmbeddedCalendar(embeddedCalendar); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkFirstYear measures laying out the working days of a year the
// first time a calendar is asked about it: one year held in the data, one
// computed from the statutory holidays.
func BenchmarkFirstYear(b *testing.B) {
	c := benchCalendar(b)
	for _, y := range []int{2017, 2150} {
		b.Run(fmt.Sprint(y), func(b *testing.B) {
			for b.Loop() {
				c.build(y)
			}
		})
	}
}

// BenchmarkParseRule measures parsing each form of the rule language.
func BenchmarkParseRule(b *testing.B) {
	rules := []struct{ name, rule string }{
		{"fixed", "20 February"},
		{"fixed-same-year", "1 July of the reporting year"},
		{"next-month", "15th of the month after the reporting period"},
		{"last-day", "last day of the month after the reporting period"},
		{"period-end", "30 days after the end of the reporting period"},
		{"period-end-working", "10 working days after the end of the reporting period"},
		{"event", "10 working days after the certificate of the analysis is signed"},
	}
	for _, r := range rules {
		b.Run(r.name, func(b *testing.B) {
			for b.Loop() {
				if _, err := ParseRule(r.rule); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// workSpans are working-day counts from a few days to a century.
var workSpans = []struct {
	name string
	n    int
}{{"10", 10}, {"1y", 250}, {"10y", 2_500}, {"100y", 25_000}}

// BenchmarkAddWorkdays counts working days forward and back over spans
// from a fortnight to a century, on a calendar whose years are laid out.
func BenchmarkAddWorkdays(b *testing.B) {
	c := benchCalendar(b)
	from := D(2017, 3, 17)
	c.AddWorkdays(from, 25_000) // lay the years out before timing
	c.AddWorkdays(from, -25_000)
	for _, s := range workSpans {
		b.Run("forward-"+s.name, func(b *testing.B) {
			for b.Loop() {
				c.AddWorkdays(from, s.n)
			}
		})
		b.Run("back-"+s.name, func(b *testing.B) {
			for b.Loop() {
				c.AddWorkdays(from, -s.n)
			}
		})
	}
}

// BenchmarkWorkdaysBetween counts the working days between two dates a
// fortnight to a century apart, near the calendar's data and far from it.
func BenchmarkWorkdaysBetween(b *testing.B) {
	c := benchCalendar(b)
	for _, from := range []Date{D(2017, 3, 17), D(2150, 3, 17)} {
		for _, s := range workSpans {
			to := c.AddWorkdays(from, s.n)
			b.Run(fmt.Sprintf("%d-%s", from.Year(), s.name), func(b *testing.B) {
				for b.Loop() {
					if got := c.WorkdaysBetween(from, to); got != s.n {
						b.Fatalf("WorkdaysBetween(%s, %s) = %d, want %d", from, to, got, s.n)
					}
				}
			})
		}
	}
}

// BenchmarkRoll moves every day of a year to a working day.
func BenchmarkRoll(b *testing.B) {
	c := benchCalendar(b)
	year := YearWindow(2017)
	b.ReportAllocs()
	for b.Loop() {
		for d := year.From; d <= year.To; d++ {
			c.Roll(d, Following)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*year.Days()), "ns/day")
}
