package export

import (
	"fmt"
	"io"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"opendata/register"
	"opendata/schedule"
)

// GridStyle says how month grids and load lines are drawn for a terminal.
type GridStyle struct {
	// Color adds ANSI colours. The marks do not depend on it: with the
	// colour codes taken out, coloured output is the plain output.
	Color bool
	// Width is the terminal's width in columns. As many months go side
	// by side as fit, three at most, and at least one.
	Width int
}

// The marks of a grid cell. A cell is five columns: a mark for the kind of
// day (or today), the day's number, and its deadlines.
const (
	markHoliday  = "*" // a holiday or religious day off, on any day of the week
	markDayOff   = "~" // a substitute or transferred day off
	markWorking  = "+" // a Saturday or Sunday made a working day
	markToday    = ">"
	markDeadline = "•" // one deadline; several show their count
	cellWidth    = 5
	monthWidth   = 7 * cellWidth
	monthGap     = "  "
)

// ANSI colours (SGR parameters).
const (
	sgrBold     = "1"
	sgrDayOff   = "31"
	sgrHoliday  = "1;31"
	sgrWorking  = "32"
	sgrDeadline = "1;33"
	sgrToday    = "7"
)

// gridWords is what the grids and the planner say in one language.
type gridWords struct {
	deadline, several, holiday, dayOff, working, today string
	// load heads a load line: the year, the busiest week's count and
	// its dates.
	load string
}

var gridLexicon = map[string]gridWords{
	schedule.Kazakh: {
		deadline: "мерзім",
		several:  "бір күндегі мерзімдер саны",
		holiday:  "мереке",
		dayOff:   "ауыстырылған демалыс күні",
		working:  "жұмыс күні болған сенбі не жексенбі",
		today:    "бүгін",
		load:     "%d жылдың апталары бойынша мерзімдер: █ = %d (%s)",
	},
	schedule.Russian: {
		deadline: "срок",
		several:  "число сроков в этот день",
		holiday:  "праздник",
		dayOff:   "перенесённый выходной",
		working:  "рабочая суббота или воскресенье",
		today:    "сегодня",
		load:     "Сроки по неделям %d года: █ = %d (%s)",
	},
	schedule.English: {
		deadline: "deadline",
		several:  "deadlines on one day",
		holiday:  "holiday",
		dayOff:   "day off moved or in lieu",
		working:  "working Saturday or Sunday",
		today:    "today",
		load:     "Deadlines by week of %d: █ = %d (%s)",
	},
}

func gridWordsFor(lang string) gridWords {
	if w, ok := gridLexicon[lang]; ok {
		return w
	}
	return gridLexicon[schedule.Kazakh]
}

// Months writes the months that win touches as month grids, weeks from
// Monday to Sunday, side by side as the width allows. Days with deadlines
// among occ show a dot, or their count when several fall due that day;
// holidays, other days off and working weekend days carry a mark, and
// c.Today is marked too (see Legend). Saturdays and Sundays are told by
// their column.
func (c Context) Months(w io.Writer, win schedule.Window, occ []register.Occurrence, s GridStyle) error {
	counts := dueCounts(occ)
	var months [][]string
	for m := schedule.MonthWindow(win.From.Year(), win.From.Month()); m.From <= win.To; m = nextMonth(m) {
		months = append(months, c.month(m, counts, s))
	}
	across := max(1, min(3, (s.Width+len(monthGap))/(monthWidth+len(monthGap))))
	for i := 0; i < len(months); i += across {
		if i > 0 {
			if _, err := io.WriteString(w, "\n"); err != nil {
				return err
			}
		}
		if err := writeBand(w, months[i:min(i+across, len(months))]); err != nil {
			return err
		}
	}
	return nil
}

func nextMonth(m schedule.Window) schedule.Window {
	next := m.To + 1
	return schedule.MonthWindow(next.Year(), next.Month())
}

// writeBand writes months side by side, padding the shorter ones with
// empty weeks.
func writeBand(w io.Writer, months [][]string) error {
	rows := 0
	for _, m := range months {
		rows = max(rows, len(m))
	}
	blank := strings.Repeat(" ", monthWidth)
	for r := 0; r < rows; r++ {
		parts := make([]string, len(months))
		for i, m := range months {
			parts[i] = blank
			if r < len(m) {
				parts[i] = m[r]
			}
		}
		line := strings.TrimRight(strings.Join(parts, monthGap), " ")
		if _, err := io.WriteString(w, line+"\n"); err != nil {
			return err
		}
	}
	return nil
}

// month returns the lines of one month's grid, each monthWidth columns
// wide: the title, the weekdays, and the weeks.
func (c Context) month(m schedule.Window, counts map[schedule.Date]int, s GridStyle) []string {
	title := capital(MonthName(m.From.Month(), c.Lang)) + " " + fmt.Sprint(m.From.Year())
	pad := max(0, monthWidth-utf8.RuneCountInString(title))
	title = strings.Repeat(" ", pad/2) + paint(title, sgrBold, s.Color) + strings.Repeat(" ", pad-pad/2)
	lines := []string{title}

	var head strings.Builder
	for _, wd := range mondayFirst {
		name := fmt.Sprintf("%3s", WeekdayShort(wd, c.Lang))
		if wd == time.Saturday || wd == time.Sunday {
			name = paint(name, sgrDayOff, s.Color)
		}
		head.WriteString(name + "  ")
	}
	lines = append(lines, head.String())

	lead := int(m.From.Weekday()+6) % 7 // days before the 1st in its week
	week := strings.Repeat(" ", lead*cellWidth)
	for d := m.From; d <= m.To; d++ {
		week += c.cell(d, counts[d], s)
		if d.Weekday() == time.Sunday || d == m.To {
			lines = append(lines, week+strings.Repeat(" ", int(7-(d.Weekday()+6)%7-1)*cellWidth))
			week = ""
		}
	}
	return lines
}

var mondayFirst = [7]time.Weekday{time.Monday, time.Tuesday, time.Wednesday, time.Thursday,
	time.Friday, time.Saturday, time.Sunday}

// cell draws day d with n deadlines: its mark, its number and its count.
func (c Context) cell(d schedule.Date, n int, s GridStyle) string {
	mark, sgr := dayMark(c.Calendar.Day(d))
	if d == c.Today {
		mark = markToday
		sgr = strings.TrimPrefix(sgr+";"+sgrToday, ";")
	}
	day := paint(fmt.Sprintf("%s%2d", mark, d.Day()), sgr, s.Color)
	count := countMark(n)
	gap := strings.Repeat(" ", 2-utf8.RuneCountInString(count))
	return day + paint(count, sgrDeadline, s.Color && n > 0) + gap
}

// dayMark returns the mark and the colour of a kind of day.
func dayMark(day schedule.Day) (mark, sgr string) {
	switch day.Kind {
	case schedule.Weekend:
		return " ", sgrDayOff
	case schedule.Holiday, schedule.Religious:
		return markHoliday, sgrHoliday
	case schedule.Substitute, schedule.Transferred:
		return markDayOff, sgrDayOff
	case schedule.WorkingWeekend:
		return markWorking, sgrWorking
	}
	return " ", ""
}

// countMark returns the deadline mark of a day with n deadlines: nothing,
// a dot, or the count in superscript digits. Counts above 99 show as ⁺⁺.
func countMark(n int) string {
	switch {
	case n <= 0:
		return ""
	case n == 1:
		return markDeadline
	case n > 99:
		return "⁺⁺"
	}
	const digits = "⁰¹²³⁴⁵⁶⁷⁸⁹"
	sup := []rune(digits)
	var b strings.Builder
	for _, r := range fmt.Sprint(n) {
		b.WriteRune(sup[r-'0'])
	}
	return b.String()
}

func dueCounts(occ []register.Occurrence) map[schedule.Date]int {
	counts := make(map[schedule.Date]int)
	for _, o := range occ {
		counts[o.Due]++
	}
	return counts
}

// Legend writes what the marks of the grids mean, wrapped to the width;
// with colour, each mark is in its colour.
func (c Context) Legend(w io.Writer, s GridStyle) error {
	gw := gridWordsFor(c.Lang)
	items := []string{
		paint(markDeadline, sgrDeadline, s.Color) + " " + gw.deadline,
		paint("²³", sgrDeadline, s.Color) + " " + gw.several,
		paint(markHoliday, sgrHoliday, s.Color) + " " + gw.holiday,
		paint(markDayOff, sgrDayOff, s.Color) + " " + gw.dayOff,
		paint(markWorking, sgrWorking, s.Color) + " " + gw.working,
		paint(markToday, sgrToday, s.Color) + " " + gw.today,
	}
	line, n := "", 0
	for _, it := range items {
		wn := utf8.RuneCountInString(stripANSI(it))
		if n > 0 && n+3+wn > s.Width {
			if _, err := io.WriteString(w, line+"\n"); err != nil {
				return err
			}
			line, n = "", 0
		}
		if n > 0 {
			line += "   "
			n += 3
		}
		line += it
		n += wn
	}
	_, err := io.WriteString(w, line+"\n")
	return err
}

// WeekLoad is the number of deadlines due in one week.
type WeekLoad struct {
	// Week runs from Monday to Sunday.
	Week schedule.Window
	Due  int
}

// Load counts the occurrences of occ due in each week, Monday to Sunday,
// of year y. The first and last weeks may begin or end in the years
// around it; only days of y are counted, so the week that holds 1 January
// counts no deadline of December before it.
func Load(y int, occ []register.Occurrence) []WeekLoad {
	year := schedule.YearWindow(y)
	var weeks []WeekLoad
	for wk := schedule.WeekWindow(year.From); wk.From <= year.To; wk = schedule.WeekWindow(wk.To + 1) {
		weeks = append(weeks, WeekLoad{Week: wk})
	}
	for _, o := range occ {
		if year.Contains(o.Due) {
			weeks[int(o.Due-weeks[0].Week.From)/7].Due++
		}
	}
	return weeks
}

// busiest returns the index of the first week with the most deadlines.
func busiest(weeks []WeekLoad) int {
	top := 0
	for i, wk := range weeks {
		if wk.Due > weeks[top].Due {
			top = i
		}
	}
	return top
}

// loadBars are the heights of a load line, from one deadline up to the
// busiest week. A week without deadlines is a dot.
var loadBars = []rune("▁▂▃▄▅▆▇█")

// LoadLine writes the load of year y as three lines: a heading that names
// the busiest week, the months, and one bar per week, Monday to Sunday,
// as high as the week's deadlines among occ are many next to the busiest
// week's.
func (c Context) LoadLine(w io.Writer, y int, occ []register.Occurrence, s GridStyle) error {
	weeks := Load(y, occ)
	top := weeks[busiest(weeks)]
	span := ShortDate(max(top.Week.From, schedule.D(y, 1, 1)))[:5] + "–" +
		ShortDate(min(top.Week.To, schedule.D(y, 12, 31)))[:5]
	head := fmt.Sprintf(gridWordsFor(c.Lang).load, y, top.Due, span)

	ruler := []rune(strings.Repeat(" ", len(weeks)+2))
	for m := time.January; m <= time.December; m++ {
		i := int(schedule.D(y, m, 1)-weeks[0].Week.From) / 7
		copy(ruler[i:], []rune(monthAbbr(m, c.Lang)))
	}

	var bars strings.Builder
	for _, wk := range weeks {
		bars.WriteString(loadBar(wk.Due, top.Due, s.Color))
	}
	_, err := fmt.Fprintf(w, "%s\n%s\n%s\n", head, strings.TrimRight(string(ruler), " "), bars.String())
	return err
}

// loadBar draws a week with n deadlines when the busiest has most.
func loadBar(n, most int, color bool) string {
	if n == 0 {
		return "·"
	}
	level := (n*len(loadBars) + most - 1) / most // 1..8, rounded up
	sgr := "32"
	switch {
	case level > 5:
		sgr = "31"
	case level > 2:
		sgr = "33"
	}
	return paint(string(loadBars[level-1]), sgr, color)
}

// paint wraps s in the ANSI colour sgr when on is set.
func paint(s, sgr string, on bool) string {
	if !on || sgr == "" || s == "" {
		return s
	}
	return "\x1b[" + sgr + "m" + s + "\x1b[0m"
}

// stripANSI removes the colour codes that paint adds.
func stripANSI(s string) string {
	var b strings.Builder
	for {
		i := strings.Index(s, "\x1b[")
		if i < 0 {
			return b.String() + s
		}
		b.WriteString(s[:i])
		j := strings.IndexByte(s[i:], 'm')
		if j < 0 {
			return b.String()
		}
		s = s[i+j+1:]
	}
}

// monthAbbr returns the first three letters of a month's name, which
// tell the months apart in all three languages: "Қаң", "Янв", "Jan".
func monthAbbr(m time.Month, lang string) string {
	return capital(string([]rune(MonthName(m, lang))[:3]))
}

// capital returns s with its first letter in upper case: month names
// stand at the head of a grid.
func capital(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[n:]
}
