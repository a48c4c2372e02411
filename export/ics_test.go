package export

import (
	"bytes"
	"flag"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	ics "github.com/arran4/golang-ical"

	"opendata/register"
	"opendata/schedule"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata")

var weekReminder = []schedule.Span{{N: 7, Unit: 'd'}}

// fixture resolves the embedded register in w on cal and writes the rows
// as a calendar in lang.
func fixture(t *testing.T, cal *schedule.Calendar, w schedule.Window, lang string) ([]Row, []byte) {
	t.Helper()
	reg, err := register.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	rows := Context{Register: reg, Calendar: cal, Today: w.From, Lang: lang}.Rows(reg.Resolve(cal, w, nil))
	var buf bytes.Buffer
	o := ICSOptions{Register: reg, Calendar: cal, Lang: lang, Window: w, Remind: weekReminder}
	if err := ICS(&buf, rows, o); err != nil {
		t.Fatal(err)
	}
	return rows, buf.Bytes()
}

func defaultCalendar(t *testing.T) *schedule.Calendar {
	t.Helper()
	cal, err := schedule.DefaultCalendar()
	if err != nil {
		t.Fatal(err)
	}
	return cal
}

// The calendars of 2017 in Kazakh and Russian match the golden files,
// which were read through by hand; go test -update rewrites them.
func TestICSGolden(t *testing.T) {
	cal := defaultCalendar(t)
	for _, lang := range []string{schedule.Kazakh, schedule.Russian} {
		t.Run(lang, func(t *testing.T) {
			_, got := fixture(t, cal, schedule.YearWindow(2017), lang)
			golden := filepath.Join("testdata", "year-2017-"+lang+".ics")
			if *update {
				if err := os.WriteFile(golden, got, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("the calendar differs from %s; run go test -update and review the diff", golden)
			}
			checkLines(t, got)
		})
	}
}

// Exporting unchanged data twice gives the same bytes.
func TestICSTwiceIdentical(t *testing.T) {
	cal := defaultCalendar(t)
	for _, y := range []int{2017, 2026} {
		_, a := fixture(t, cal, schedule.YearWindow(y), schedule.Kazakh)
		_, b := fixture(t, cal, schedule.YearWindow(y), schedule.Kazakh)
		if !bytes.Equal(a, b) {
			t.Errorf("%d: two exports differ", y)
		}
	}
}

// checkLines checks the bytes of a calendar file against RFC 5545 3.1:
// CRLF line ends, at most 75 octets a line, valid UTF-8 in every line,
// no control characters, one space at the start of a continuation line.
func checkLines(t *testing.T, b []byte) {
	t.Helper()
	s := string(b)
	if !strings.HasSuffix(s, "\r\n") {
		t.Error("the file does not end in CRLF")
	}
	for i, line := range strings.Split(strings.TrimSuffix(s, "\r\n"), "\r\n") {
		n := i + 1
		switch {
		case len(line) > 75:
			t.Errorf("line %d: %d octets", n, len(line))
		case !utf8.ValidString(line):
			t.Errorf("line %d: a character is split: %q", n, line)
		case strings.HasPrefix(line, "  "):
			t.Errorf("line %d: folded right before a space", n)
		case line == "":
			t.Errorf("line %d: empty", n)
		}
		for _, r := range line {
			if r < 0x20 || r == 0x7f {
				t.Errorf("line %d: control character %U", n, r)
			}
		}
	}
}

// Reading the file back with golang-ical finds every occurrence with its
// date, summary and UID, and every event free, all-day and reminded.
func TestICSRoundTrip(t *testing.T) {
	for _, lang := range schedule.Languages {
		rows, b := fixture(t, defaultCalendar(t), schedule.YearWindow(2017), lang)
		parsed, err := ics.ParseCalendar(bytes.NewReader(b))
		if err != nil {
			t.Fatal(err)
		}
		events := map[string]*ics.VEvent{}
		for _, ev := range parsed.Events() {
			events[ev.Id()] = ev
		}
		if len(events) != len(rows) || len(rows) != 60 {
			t.Fatalf("%s: %d events for %d rows", lang, len(events), len(rows))
		}
		x := icsLexicon(lang)
		for _, r := range rows {
			uid := UID(mustEmbedded(t), r.Occurrence)
			ev := events[uid]
			if ev == nil {
				t.Errorf("%s: no event %s", lang, uid)
				continue
			}
			want := map[ics.ComponentProperty]string{
				ics.ComponentPropertyDtStart: strings.ReplaceAll(r.Due, "-", ""),
				ics.ComponentPropertyDtEnd:   strings.ReplaceAll(r.Occurrence.Due.AddDays(1).String(), "-", ""),
				ics.ComponentPropertySummary: x.summary(&r),
				ics.ComponentPropertyTransp:  "TRANSPARENT",
			}
			for p, v := range want {
				if got := ev.GetProperty(p); got == nil || got.Value != v {
					t.Errorf("%s: %s: %s = %v, want %q", lang, uid, p, got, v)
				}
			}
			if len(ev.Alarms()) != 1 {
				t.Errorf("%s: %s: %d alarms, want 1", lang, uid, len(ev.Alarms()))
			}
		}
	}
}

func mustEmbedded(t *testing.T) *register.Register {
	reg, err := register.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	return reg
}

// decree2017 is a made-up decree for April 2017: Wednesday 5 April off
// in exchange for Saturday 8 April, and Saturday 15 April a working day
// in exchange for Friday 14 April.
var decree2017 = `      - {date: 2017-04-05, kind: transfer, from: 2017-04-08}
      - {date: 2017-04-08, kind: working, to: 2017-04-05}
      - {date: 2017-04-14, kind: transfer, from: 2017-04-15}
      - {date: 2017-04-15, kind: working, to: 2017-04-14}
`

// A decree that moves due dates, later or earlier, keeps every UID and
// raises the SEQUENCE of each deadline it moves.
func TestICSMovedDateKeepsUIDRaisesSequence(t *testing.T) {
	data, err := os.ReadFile("../schedule/kzcalendar.yaml")
	if err != nil {
		t.Fatal(err)
	}
	anchor := "      - {date: 2017-03-23, kind: holiday, holiday: nauryz, day: 3}\n"
	if !bytes.Contains(data, []byte(anchor)) {
		t.Fatal("the calendar data changed: pick another anchor line")
	}
	changed, err := schedule.ParseCalendar("decree.yaml", bytes.Replace(data, []byte(anchor), []byte(anchor+decree2017), 1))
	if err != nil {
		t.Fatal(err)
	}
	april := schedule.MonthWindow(2017, 4)
	_, before := fixture(t, defaultCalendar(t), april, schedule.English)
	_, after := fixture(t, changed, april, schedule.English)
	old, now := dueAndSequence(t, before), dueAndSequence(t, after)
	if len(old) != len(now) {
		t.Fatalf("%d events before the decree, %d after", len(old), len(now))
	}
	moved := 0
	for uid, o := range old {
		n, ok := now[uid]
		switch {
		case !ok:
			t.Errorf("%s lost its UID", uid)
		case n.due != o.due && n.seq <= o.seq:
			t.Errorf("%s moved %s → %s, SEQUENCE %d → %d", uid, o.due, n.due, o.seq, n.seq)
		case n.due != o.due:
			moved++
		}
	}
	for uid, want := range map[string]string{
		"act113-20161231-no16-2017-Q1@opendata": "20170406", // later: 5 April is off
		"act113-20161231-no4-2017-Q1@opendata":  "20170415", // earlier: Saturday 15 April works
	} {
		if now[uid].due != want {
			t.Errorf("%s is due %s after the decree, want %s", uid, now[uid].due, want)
		}
	}
	if moved != 5 {
		t.Errorf("%d deadlines moved, want 5 (Nos. 16, 32 later; 4, 14, 25 earlier)", moved)
	}
}

// A deadline's SEQUENCE rises as a publication log moves it from open to
// overdue (its title gains a mark) to published (the mark goes), on time
// or late, so that clients take each new title as newer.
func TestICSStatusRaisesSequence(t *testing.T) {
	rows, _ := fixture(t, defaultCalendar(t), schedule.MonthWindow(2017, 4), schedule.English)
	reg, _ := register.Embedded()
	o := ICSOptions{Register: reg, Calendar: defaultCalendar(t), Lang: schedule.English, Window: schedule.MonthWindow(2017, 4)}
	seq := map[string]int{}
	for _, status := range []string{"", "upcoming", "due-today", "overdue", "on-time", "late"} {
		r := rows[0]
		r.Status, r.Tracked = status, status != ""
		var buf bytes.Buffer
		if err := ICS(&buf, []Row{r}, o); err != nil {
			t.Fatal(err)
		}
		for _, d := range dueAndSequence(t, buf.Bytes()) {
			seq[status] = d.seq
		}
		title := strings.HasPrefix(summaryOf(t, buf.Bytes()), "[overdue] ")
		if title != (status == "overdue") {
			t.Errorf("status %q: title marked %v", status, title)
		}
	}
	base := seq[""]
	for _, open := range []string{"upcoming", "due-today"} {
		if seq[open] != base {
			t.Errorf("SEQUENCE %d when %s, want %d as without a log", seq[open], open, base)
		}
	}
	if !(base < seq["overdue"] && seq["overdue"] < seq["on-time"] && seq["on-time"] == seq["late"]) {
		t.Errorf("SEQUENCE open %d, overdue %d, on time %d, late %d: want it to rise from open to overdue to published",
			base, seq["overdue"], seq["on-time"], seq["late"])
	}
}

func summaryOf(t *testing.T, b []byte) string {
	t.Helper()
	cal, err := ics.ParseCalendar(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	return cal.Events()[0].GetProperty(ics.ComponentPropertySummary).Value
}

type dated struct {
	due string
	seq int
}

func dueAndSequence(t *testing.T, b []byte) map[string]dated {
	t.Helper()
	cal, err := ics.ParseCalendar(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]dated{}
	for _, ev := range cal.Events() {
		seq, err := strconv.Atoi(ev.GetProperty(ics.ComponentPropertySequence).Value)
		if err != nil {
			t.Fatal(err)
		}
		out[ev.Id()] = dated{ev.GetProperty(ics.ComponentPropertyDtStart).Value, seq}
	}
	return out
}

// Sequence looks far enough: no roll in the calendar data crosses
// rollHorizon days, in either direction.
func TestRollHorizon(t *testing.T) {
	cal := defaultCalendar(t)
	for d := schedule.D(cal.FirstYear(), 1, 1); d.Year() <= cal.LastYear(); d++ {
		next, prev := cal.Roll(d, schedule.Following), cal.Roll(d, schedule.Preceding)
		if int(next-d) >= rollHorizon || int(d-prev) >= rollHorizon {
			t.Errorf("%s rolls to %s or %s: beyond %d days", d, next, prev, rollHorizon)
		}
	}
}

func TestTrigger(t *testing.T) {
	for days, want := range map[int]string{0: "PT9H", 1: "-PT15H", 2: "-P1DT15H", 7: "-P6DT15H", 30: "-P29DT15H"} {
		if got := trigger(days); got != want {
			t.Errorf("trigger(%d) = %q, want %q", days, got, want)
		}
	}
}

// A reminder in working days is counted on the calendar: five working days
// before Monday 27 March 2017 is Wednesday 15 March, past Nauryz
// (21-23 March), the transferred day off (20 March) and the working
// Saturday (18 March).
func TestReminders(t *testing.T) {
	reg := mustEmbedded(t)
	cal := defaultCalendar(t)
	due := schedule.D(2017, 3, 27)
	row := Row{No: 4, Name: "n", Occurrence: register.Occurrence{
		Occurrence: schedule.Occurrence{Nominal: due, Due: due},
		Obligation: reg.Obligation(4),
	}}
	for _, tc := range []struct {
		remind []schedule.Span
		want   string
	}{
		{[]schedule.Span{{N: 5, Unit: 'W'}}, "TRIGGER;RELATED=START:-P11DT15H\r\n"},
		{[]schedule.Span{{N: 7, Unit: 'd'}}, "TRIGGER;RELATED=START:-P6DT15H\r\n"},
		{[]schedule.Span{{N: 1, Unit: 'w'}}, "TRIGGER;RELATED=START:-P6DT15H\r\n"},
		{[]schedule.Span{{N: 0, Unit: 'd'}}, "TRIGGER;RELATED=START:PT9H\r\n"},
		{nil, ""},
	} {
		var buf bytes.Buffer
		o := ICSOptions{Register: reg, Calendar: cal, Lang: "en", Window: schedule.YearWindow(2017), Remind: tc.remind}
		if err := ICS(&buf, []Row{row}, o); err != nil {
			t.Fatal(err)
		}
		got := buf.String()
		if tc.want == "" && strings.Contains(got, "VALARM") || !strings.Contains(got, tc.want) {
			t.Errorf("remind %v: want %q in\n%s", tc.remind, tc.want, got)
		}
	}
}

// Text from a register may hold anything: it comes out escaped, folded,
// free of control characters, and reads back as it went in, cleaned.
func TestICSText(t *testing.T) {
	reg := mustEmbedded(t)
	cal := defaultCalendar(t)
	nasty := "Қ\r\nә;ғ,қ\\ң\tө\x01ұ\x7fү \"һ\" : і " + strings.Repeat("ж ", 40) + strings.Repeat("ӘӘӘ", 40) +
		strings.Repeat(`\n;`, 30) + strings.Repeat(" ", 60) + "🙂" + "\rend\xff"
	due := schedule.D(2017, 4, 17)
	row := Row{No: 4, Name: nasty, PeriodText: "p", Wording: nasty, UnitNames: []string{nasty, "\r\n", ""},
		Occurrence: register.Occurrence{
			Occurrence: schedule.Occurrence{Nominal: due - 2, Due: due},
			Obligation: reg.Obligation(4),
		}}
	var buf bytes.Buffer
	o := ICSOptions{Register: reg, Calendar: cal, Lang: "kk", Window: schedule.YearWindow(2017), Remind: weekReminder}
	if err := ICS(&buf, []Row{row}, o); err != nil {
		t.Fatal(err)
	}
	checkLines(t, buf.Bytes())
	parsed, err := ics.ParseCalendar(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	ev := parsed.Events()[0]
	want := oneLine(nasty)
	if strings.ContainsAny(want, "\r\n\t\x01\x7f") || !strings.Contains(want, "ұү") || !strings.HasSuffix(want, "end\uFFFD") {
		t.Fatalf("oneLine(%q) = %q", nasty, want)
	}
	if got := ev.GetProperty(ics.ComponentPropertySummary).Value; got != "№4 "+want+" — p" {
		t.Errorf("SUMMARY reads back as %q", got)
	}
	if cats := ev.GetProperties(ics.ComponentPropertyCategories); len(cats) != 1 || cats[0].Value != want {
		t.Errorf("CATEGORIES: %d, want one, the cleaned name", len(cats))
	}
	if d := ev.GetProperty(ics.ComponentPropertyDescription).Value; !strings.Contains(d, clean(nasty)) {
		t.Errorf("DESCRIPTION lost text: %q", d)
	}
	icsCheck(t, buf.Bytes())
}

// icsCheck runs the validator named by $ICS_CHECK (shared/tools/ics-check)
// on b, when it is set.
func icsCheck(t *testing.T, b []byte) {
	t.Helper()
	tool := os.Getenv("ICS_CHECK")
	if tool == "" {
		t.Log("ICS_CHECK is not set: the calendar was not run through ics-check")
		return
	}
	file := filepath.Join(t.TempDir(), "test.ics")
	if err := os.WriteFile(file, b, 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command("bash", tool, file).CombinedOutput()
	if err != nil {
		t.Errorf("ics-check: %v\n%s", err, out)
	}
}

// Folding never breaks a character, an escape, or before a space.
func TestFoldPoint(t *testing.T) {
	for _, tc := range []struct {
		s     string
		limit int
		want  int
	}{
		{"abcdef", 4, 4},
		{"abc def", 4, 4},   // after the space, not before it
		{"abc def", 3, 2},   // not right before the space
		{"ab\\ncd", 3, 2},   // not inside \n
		{"aәb", 2, 1},       // not inside ә
		{"a    b", 3, 3},    // spaces only: the rule gives way
		{"ab\\\\ncd", 4, 4}, // \\ then n: between them is fine
		{"ab\\\\\\n", 5, 4}, // \\ then \n
		{"әәә", 5, 4},       // two-octet letters
		{"x🙂y", 4, 1},       // a four-octet character
	} {
		if got := foldPoint(tc.s, tc.limit); got != tc.want {
			t.Errorf("foldPoint(%q, %d) = %d, want %d", tc.s, tc.limit, got, tc.want)
		}
	}
}

// With no rows the file is a calendar with its header and no events.
func TestICSEmpty(t *testing.T) {
	var buf bytes.Buffer
	o := ICSOptions{Register: mustEmbedded(t), Calendar: defaultCalendar(t), Lang: "en", Window: schedule.MonthWindow(2017, 5)}
	if err := ICS(&buf, nil, o); err != nil {
		t.Fatal(err)
	}
	got := buf.String()
	if strings.Contains(got, "VEVENT") || !strings.Contains(got, "X-WR-CALNAME:Open data deadlines: Order No. 113 (May 2017)\r\n") {
		t.Errorf("empty calendar:\n%s", got)
	}
}

func TestWindowText(t *testing.T) {
	d := schedule.D
	for _, tc := range []struct {
		w    schedule.Window
		lang string
		want string
	}{
		{schedule.YearWindow(2017), "kk", "2017"},
		{schedule.MonthWindow(2017, 4), "kk", "сәуір 2017"},
		{schedule.MonthWindow(2017, 4), "ru", "апрель 2017"},
		{schedule.Window{From: d(2017, 4, 1), To: d(2017, 6, 30)}, "en", "Q2 2017"},
		{schedule.Window{From: d(2017, 4, 3), To: d(2017, 5, 3)}, "en", "03.04.2017–03.05.2017"},
	} {
		if got := windowText(tc.w, tc.lang); got != tc.want {
			t.Errorf("windowText(%s, %s) = %q, want %q", tc.w, tc.lang, got, tc.want)
		}
	}
}

// A language without words of its own gives Kazakh, PRODID included.
func TestICSUnknownLanguage(t *testing.T) {
	var buf bytes.Buffer
	o := ICSOptions{Register: mustEmbedded(t), Calendar: defaultCalendar(t), Lang: "de", Window: schedule.YearWindow(2017)}
	if err := ICS(&buf, nil, o); err != nil {
		t.Fatal(err)
	}
	if got := buf.String(); !strings.Contains(got, "PRODID:-//opendata//Open data deadlines//KK\r\n") ||
		!strings.Contains(got, "X-WR-CALNAME:Ашық деректер") {
		t.Errorf("lang de:\n%s", got)
	}
}
