package register_test

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"opendata/register"
	"opendata/schedule"
)

// update is -update, defined in the package's own tests.
var update = register.Update

// goldenFile compares got with the named file under the repository's
// testdata/golden, or rewrites the file when -update is given.
func goldenFile(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("..", "testdata", "golden", name)
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the golden file; got:\n%s", path, got)
	}
}

// describeDay says in English why a date is not a working day, for the
// golden files.
func describeDay(c *schedule.Calendar, d schedule.Date) string {
	day := c.Day(d)
	name := c.HolidayName(day.Holiday).In(schedule.English)
	switch day.Kind {
	case schedule.Holiday, schedule.Religious:
		if day.Part > 0 {
			name = fmt.Sprintf("%s (day %d)", name, day.Part)
		}
		return fmt.Sprintf("%s, %s", d.Weekday(), name)
	case schedule.Substitute:
		return "substitute day off for " + name
	case schedule.Transferred:
		return "day off transferred from " + day.Ref.String()
	}
	return d.Weekday().String()
}

// The dated deadlines of the embedded register for whole years, each line
// checked by hand against the calendar before it was committed.
func TestGoldenYears(t *testing.T) {
	reg := embedded(t)
	cal, err := schedule.DefaultCalendar()
	if err != nil {
		t.Fatal(err)
	}
	for _, year := range []int{2017, 2018, 2024, 2026} {
		w := schedule.Window{From: schedule.D(year, 1, 1), To: schedule.D(year, 12, 31)}
		var b bytes.Buffer
		fmt.Fprintf(&b, "# Deadlines of %s due in %d\n", register.EmbeddedName, year)
		fmt.Fprintf(&b, "# due        day  no  period   stage         nominal     moved because\n")
		occ := reg.Resolve(cal, w, nil)
		for _, o := range occ {
			moved := ""
			if o.Moved() {
				moved = describeDay(cal, o.Nominal)
			}
			line := fmt.Sprintf("%s  %.3s  %2d  %-7s  %-12s  %s  %s", o.Due, o.Due.Weekday(), o.Obligation.No,
				o.Period, o.Stage, o.Nominal, moved)
			b.WriteString(strings.TrimRight(line, " ") + "\n")
		}
		fmt.Fprintf(&b, "# %d deadlines; waiting for an event:", len(occ))
		for _, o := range reg.Obligations {
			if o.EventDriven() {
				fmt.Fprintf(&b, " %d", o.No)
			}
		}
		b.WriteString("\n")
		t.Run(fmt.Sprint(year), func(t *testing.T) {
			goldenFile(t, fmt.Sprintf("occurrences-%d.txt", year), b.Bytes())
		})
	}
}
