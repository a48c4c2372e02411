package export_test

import (
	"fmt"
	"io"
	"runtime"
	"testing"

	"opendata/export"
	"opendata/register"
	"opendata/schedule"
)

// decade is the window the benchmarks' deadlines come from.
var decade = schedule.Window{From: schedule.D(2017, 1, 1), To: schedule.D(2026, 12, 31)}

// occurrences returns n deadlines of the embedded register: those due in
// 2017-2026, events included, repeated until there are n.
func occurrences(tb testing.TB, n int) (export.Context, []register.Occurrence) {
	tb.Helper()
	reg, err := register.Embedded()
	if err != nil {
		tb.Fatal(err)
	}
	cal, err := schedule.DefaultCalendar()
	if err != nil {
		tb.Fatal(err)
	}
	var events []register.Event
	for _, o := range reg.Obligations {
		if !o.EventDriven() {
			continue
		}
		for y := 2017; y <= 2026; y++ {
			events = append(events, register.Event{No: o.No, Date: schedule.D(y, 3, 17), Label: "analysis", Doc: "12"})
		}
	}
	base := reg.Resolve(cal, decade, events)
	occ := make([]register.Occurrence, n)
	for i := range occ {
		occ[i] = base[i%len(base)]
	}
	ctx := export.Context{Register: reg, Calendar: cal, Today: schedule.D(2017, 1, 1), Lang: schedule.Kazakh}
	return ctx, occ
}

// exportSizes are the numbers of occurrences the export benchmarks write.
var exportSizes = []int{10_000, 100_000}

// heldWriter discards what is written to it and, after every so many
// bytes, collects garbage and notes the live heap: the most it notes, less
// the live heap before writing began, is what the writer's caller held on
// to while writing.
type heldWriter struct {
	every, n   int
	base, peak uint64
}

func newHeldWriter(every int) *heldWriter {
	h := &heldWriter{every: every}
	h.base = liveHeap()
	return h
}

func (h *heldWriter) Write(p []byte) (int, error) {
	if h.n += len(p); h.n >= h.every {
		h.n = 0
		h.peak = max(h.peak, liveHeap())
	}
	return len(p), nil
}

// held returns the most the live heap grew while writing.
func (h *heldWriter) held() uint64 {
	h.peak = max(h.peak, liveHeap())
	return max(h.peak, h.base) - h.base
}

func liveHeap() uint64 {
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	return ms.HeapAlloc
}

// benchWrite times write over n occurrences and reports the bytes it
// allocated per occurrence; then it writes once more to a heldWriter and
// reports the memory held while writing, which a streaming writer keeps
// independent of n.
func benchWrite(b *testing.B, n int, write func(io.Writer, export.Context, []register.Occurrence) error) {
	ctx, occ := occurrences(b, n)
	b.ReportAllocs()
	for b.Loop() {
		if err := write(io.Discard, ctx, occ); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*n), "ns/occurrence")
	b.StopTimer()
	h := newHeldWriter(1 << 20)
	if err := write(h, ctx, occ); err != nil {
		b.Fatal(err)
	}
	b.ReportMetric(float64(h.held()), "held-B")
}

// BenchmarkRows turns occurrences into rows, all at once.
func BenchmarkRows(b *testing.B) {
	for _, n := range exportSizes {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			ctx, occ := occurrences(b, n)
			b.ReportAllocs()
			for b.Loop() {
				ctx.Rows(occ)
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*n), "ns/occurrence")
		})
	}
}

// BenchmarkWrite writes occurrences in every format: the slice writers
// after Rows, as the program did, and the streaming writers after Each.
func BenchmarkWrite(b *testing.B) {
	writers := []struct {
		name  string
		write func(io.Writer, export.Context, []register.Occurrence) error
	}{
		{"json", func(w io.Writer, c export.Context, occ []register.Occurrence) error {
			return export.JSON(w, c.Rows(occ))
		}},
		{"json-stream", func(w io.Writer, c export.Context, occ []register.Occurrence) error {
			return export.StreamJSON(w, c.Each(occ))
		}},
		{"csv", func(w io.Writer, c export.Context, occ []register.Occurrence) error {
			return export.CSV(w, c.Rows(occ), true)
		}},
		{"csv-stream", func(w io.Writer, c export.Context, occ []register.Occurrence) error {
			return export.StreamCSV(w, c.Each(occ), true, false)
		}},
		{"table", func(w io.Writer, c export.Context, occ []register.Occurrence) error {
			return export.Table(w, c.Rows(occ), c.Lang, 100)
		}},
		{"ics", func(w io.Writer, c export.Context, occ []register.Occurrence) error {
			return export.ICS(w, c.Rows(occ), export.ICSOptions{Register: c.Register, Calendar: c.Calendar,
				Lang: c.Lang, Window: decade, Remind: []schedule.Span{{N: 7, Unit: 'd'}}})
		}},
	}
	for _, wr := range writers {
		for _, n := range exportSizes {
			b.Run(fmt.Sprintf("%s/%d", wr.name, n), func(b *testing.B) {
				benchWrite(b, n, wr.write)
			})
		}
	}
}

// The benchmarks' occurrences include events, moved deadlines and stages,
// so that every field of a row is written.
func TestOccurrencesMixKinds(t *testing.T) {
	_, occ := occurrences(t, 1000)
	var events, moved, stages int
	for _, o := range occ {
		if o.Event != nil {
			events++
		}
		if o.Moved() {
			moved++
		}
		if o.Stage != "" {
			stages++
		}
	}
	if events == 0 || moved == 0 || stages == 0 {
		t.Errorf("%d events, %d moved, %d stages among %d occurrences; want some of each", events, moved, stages, len(occ))
	}
}
