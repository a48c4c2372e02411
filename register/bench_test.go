package register_test

import (
	"fmt"
	"testing"

	"opendata/register"
	"opendata/schedule"
)

// BenchmarkParseEmbedded measures reading the embedded register's YAML,
// which a run pays only when the snapshot is stale.
func BenchmarkParseEmbedded(b *testing.B) {
	src := register.EmbeddedSource()
	b.SetBytes(int64(len(src)))
	for b.Loop() {
		if _, err := register.Parse(register.EmbeddedName, src); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkParseSynthetic measures reading large registers written in the
// register file format.
func BenchmarkParseSynthetic(b *testing.B) {
	for _, n := range []int{1_000, 10_000} {
		reg, _ := synthetic(b, n, schedule.Following, schedule.YearWindow(2017))
		src := syntheticYAML(reg)
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			b.SetBytes(int64(len(src)))
			for b.Loop() {
				if _, err := register.Parse("synthetic.yaml", src); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*n), "ns/obligation")
		})
	}
}

// BenchmarkResolveEmbeddedYear dates a year of the embedded register, on a
// calendar whose years are laid out.
func BenchmarkResolveEmbeddedYear(b *testing.B) {
	reg, err := register.Embedded()
	if err != nil {
		b.Fatal(err)
	}
	cal, err := schedule.DefaultCalendar()
	if err != nil {
		b.Fatal(err)
	}
	w := schedule.YearWindow(2017)
	var occ []register.Occurrence
	for b.Loop() {
		occ = reg.Resolve(cal, w, nil)
	}
	b.ReportMetric(float64(len(occ)), "occurrences")
}

// BenchmarkResolveSynthetic dates ten years of synthetic registers of
// 1,000 to 100,000 obligations, events included: the cost per occurrence
// should not grow with the register.
func BenchmarkResolveSynthetic(b *testing.B) {
	cal, err := schedule.DefaultCalendar()
	if err != nil {
		b.Fatal(err)
	}
	w := schedule.Window{From: schedule.D(2017, 1, 1), To: schedule.D(2026, 12, 31)}
	for _, n := range []int{1_000, 10_000, 100_000} {
		reg, events := synthetic(b, n, schedule.Following, w)
		reg.Resolve(cal, w, events) // lay out the calendar's years
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			var occ []register.Occurrence
			for b.Loop() {
				occ = reg.Resolve(cal, w, events)
			}
			b.ReportMetric(float64(len(occ)), "occurrences")
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(occ)), "ns/occurrence")
		})
	}
}
