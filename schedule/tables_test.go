package schedule

import (
	"sync"
	"testing"
)

// Goroutines that lay out the same years at once all count the same
// working days (run with -race to check the locking).
func TestTablesConcurrent(t *testing.T) {
	c, err := ParseCalendar("kzcalendar.yaml", EmbeddedCalendarSource())
	if err != nil {
		t.Fatal(err)
	}
	const workers = 8
	counts := make([][]int, workers)
	var wg sync.WaitGroup
	for g := range workers {
		wg.Go(func() {
			for y := 2010; y <= 2040; y++ {
				yy := 2010 + (y-2010+g*7)%31 // each worker starts elsewhere
				counts[g] = append(counts[g], yy*1000+c.WorkdaysBetween(D(yy, 1, 1)-1, D(yy, 12, 31)))
			}
		})
	}
	wg.Wait()
	want := map[int]bool{}
	for _, n := range counts[0] {
		want[n] = true
	}
	for g := 1; g < workers; g++ {
		for _, n := range counts[g] {
			if !want[n] {
				t.Errorf("worker %d counted %d working days in %d; worker 0 did not", g, n%1000, n/1000)
			}
		}
	}
}
