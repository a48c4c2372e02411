package schedule

import (
	_ "embed"
	"fmt"
	"sort"
	"sync"
	"sync/atomic"
	"time"
)

//go:embed kzcalendar.yaml
var embeddedCalendar []byte

// Coverage says how much the calendar data knows of a year.
type Coverage uint8

const (
	// Covered years have their decrees, orders and religious days off in
	// the data.
	Covered Coverage = iota
	// Provisional years are in the data but were compiled from the rules
	// before their acts were known.
	Provisional
	// NotCovered years are outside the data and computed from the
	// statutory holidays and the substitute rule alone: their transfers
	// and the date of Kurban Ait are unknown.
	NotCovered
)

// YearInfo is what the calendar says about the quality of its data for one
// year.
type YearInfo struct {
	Year     int
	Coverage Coverage
	// Act names the decree or order that moved the year's days off, as
	// the data words it.
	Act string
	// Uncertain lists the days whose entries are not confirmed.
	Uncertain []Day
	// Unresolved lists open questions about the year, in the data's words.
	Unresolved []string
}

// Calendar is the Kazakh working-day calendar for a five-day week: weekends,
// holidays and their substitute days off, religious days off, and the days
// that decrees and orders moved. Years outside its data are computed from
// the statutory holidays (see Coverage). A Calendar is safe for concurrent
// use.
type Calendar struct {
	names     map[string]Text
	statutory []statutoryRule
	data      map[int]*yearData
	first     int // first and last years held in data
	last      int

	// tables holds the years laid out so far. Readers load it without a
	// lock; a new year is added to a copy under mu.
	mu     sync.Mutex
	tables atomic.Pointer[map[int]*yearTable]
}

type yearData struct {
	act         string
	provisional bool
	unresolved  []string
	days        []Day
}

type statutoryRule struct {
	holiday   string
	month     time.Month
	day       int
	part      int
	religious bool
	from, to  int // years, inclusive; 0 means open
}

func (r statutoryRule) appliesTo(year int) bool {
	return (r.from == 0 || year >= r.from) && (r.to == 0 || year <= r.to)
}

// yearTable holds every day of one year and a running count of working
// days, so that working-day arithmetic never walks day by day.
type yearTable struct {
	start Date
	days  []Day
	// before[i] is the number of working days among days[:i].
	before []int32
}

var (
	defaultOnce sync.Once
	defaultCal  *Calendar
	defaultErr  error
)

// DefaultCalendar returns the embedded Kazakh calendar for 2016-2027. It is
// made on first use and shared afterwards.
func DefaultCalendar() (*Calendar, error) {
	defaultOnce.Do(func() {
		defaultCal, defaultErr = loadEmbeddedCalendar(embeddedCalendar)
	})
	return defaultCal, defaultErr
}

// EmbeddedCalendarSource returns the YAML text of the embedded calendar.
func EmbeddedCalendarSource() []byte { return embeddedCalendar }

// FirstYear and LastYear return the range of years the calendar's data
// holds.
func (c *Calendar) FirstYear() int { return c.first }

// LastYear returns the last year the calendar's data holds.
func (c *Calendar) LastYear() int { return c.last }

// HolidayName returns the name of the holiday with the given key.
func (c *Calendar) HolidayName(key string) Text { return c.names[key] }

// Year returns what the calendar knows of the quality of year y.
func (c *Calendar) Year(y int) YearInfo {
	yd, ok := c.data[y]
	if !ok {
		return YearInfo{Year: y, Coverage: NotCovered}
	}
	info := YearInfo{Year: y, Coverage: Covered, Act: yd.act, Unresolved: yd.unresolved}
	if yd.provisional {
		info.Coverage = Provisional
	}
	for _, d := range yd.days {
		if d.Uncertain != "" {
			info.Uncertain = append(info.Uncertain, d)
		}
	}
	return info
}

// Years returns the YearInfo of every year from the year of from to the year
// of to.
func (c *Calendar) Years(from, to Date) []YearInfo {
	var out []YearInfo
	for y := from.Year(); y <= to.Year(); y++ {
		out = append(out, c.Year(y))
	}
	return out
}

// Day returns what the calendar knows of date d.
func (c *Calendar) Day(d Date) Day {
	t := c.table(d.Year())
	return t.days[d-t.start]
}

// Working reports whether d is a working day.
func (c *Calendar) Working(d Date) bool {
	return c.table(d.Year()).working(d)
}

// Special returns the days of year y that are not ordinary: holidays on
// any day of the week, substitute and transferred days off, working
// weekend days, and days the data remarks on; in date order.
func (c *Calendar) Special(y int) []Day {
	var out []Day
	for _, d := range c.table(y).days {
		ordinary := d.Kind == Workday || d.Kind == Weekend
		if !ordinary || d.Note != "" || d.Uncertain != "" {
			out = append(out, d)
		}
	}
	return out
}

func (c *Calendar) table(y int) *yearTable {
	if m := c.tables.Load(); m != nil {
		if t, ok := (*m)[y]; ok {
			return t
		}
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	old := c.tables.Load()
	if old != nil {
		if t, ok := (*old)[y]; ok {
			return t
		}
	}
	m := make(map[int]*yearTable, 1)
	if old != nil {
		m = make(map[int]*yearTable, len(*old)+1)
		for k, t := range *old {
			m[k] = t
		}
	}
	t := c.build(y)
	m[y] = t
	c.tables.Store(&m)
	return t
}

// working reports whether d, a day of the table's year, is a working day.
func (t *yearTable) working(d Date) bool {
	k := t.days[d-t.start].Kind
	return k == Workday || k == WorkingWeekend
}

// contains reports whether d is a day of the table's year.
func (t *yearTable) contains(d Date) bool {
	return d >= t.start && int(d-t.start) < len(t.days)
}

// build lays out year y from the data, or from the statutory rules when
// the data does not hold it.
func (c *Calendar) build(y int) *yearTable {
	start := D(y, time.January, 1)
	n := int(D(y+1, time.January, 1) - start)
	t := &yearTable{start: start, days: make([]Day, n), before: make([]int32, n+1)}
	for i := range t.days {
		d := start + Date(i)
		t.days[i] = Day{Date: d, Kind: Workday}
		if d.weekend() {
			t.days[i].Kind = Weekend
		}
	}
	if yd, ok := c.data[y]; ok {
		for _, d := range yd.days {
			t.days[d.Date-start] = d
		}
	} else {
		c.applyStatutory(t, y)
	}
	for i, d := range t.days {
		t.before[i+1] = t.before[i]
		if d.Working() {
			t.before[i+1]++
		}
	}
	return t
}

// applyStatutory marks the holidays of year y that the statutory rules
// give, then a substitute day off for each non-religious holiday on a
// weekend: the first following day that is neither a weekend, a holiday nor
// another substitute.
func (c *Calendar) applyStatutory(t *yearTable, y int) {
	var onWeekend []Day
	for _, r := range c.statutory {
		if !r.appliesTo(y) {
			continue
		}
		d := D(y, r.month, r.day)
		day := Day{Date: d, Kind: Holiday, Holiday: r.holiday, Part: r.part}
		if r.religious {
			day.Kind = Religious
		}
		t.days[d-t.start] = day
		if !r.religious && d.weekend() {
			onWeekend = append(onWeekend, day)
		}
	}
	sort.Slice(onWeekend, func(i, j int) bool { return onWeekend[i].Date < onWeekend[j].Date })
	for _, h := range onWeekend {
		for d := h.Date + 1; int(d-t.start) < len(t.days); d++ {
			if t.days[d-t.start].Kind == Workday {
				t.days[d-t.start] = Day{Date: d, Kind: Substitute, Holiday: h.Holiday, Ref: h.Date}
				break
			}
		}
	}
}

// String describes the calendar's range, for debugging.
func (c *Calendar) String() string {
	return fmt.Sprintf("Kazakh working-day calendar, data for %d-%d", c.first, c.last)
}
