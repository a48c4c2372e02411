package register_test

import (
	"flag"
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	"opendata/register"
	"opendata/schedule"
)

// syntheticForms are the shapes of obligation a synthetic register cycles
// through: every period kind and every rule form, some with a stage before
// the final deadline.
var syntheticForms = []struct {
	period schedule.PeriodKind
	stage  string // the rule of a stage before the final deadline, if any
	rule   string
}{
	{schedule.Annual, "", "20 February"},
	{schedule.Annual, "5 February", "20 February"},
	{schedule.Annual, "", "15 January"},
	{schedule.Annual, "", "1 July of the reporting year"},
	{schedule.Annual, "", "day 31 of the month after the reporting period"},
	{schedule.Annual, "", "last day of the month after the reporting period"},
	{schedule.Annual, "", "90 days after the end of the reporting period"},
	{schedule.Annual, "", "20 working days after the end of the reporting period"},
	{schedule.Semiannual, "", "15th of the month after the reporting period"},
	{schedule.Semiannual, "", "last day of the month after the reporting period"},
	{schedule.Semiannual, "", "45 days after the end of the reporting period"},
	{schedule.Semiannual, "", "10 working days after the end of the reporting period"},
	{schedule.Quarterly, "", "5th of the month after the reporting period"},
	{schedule.Quarterly, "", "30th of the month after the reporting period"},
	{schedule.Quarterly, "5 working days after the end of the reporting period",
		"25th of the month after the reporting period"},
	{schedule.Quarterly, "", "last day of the month after the reporting period"},
	{schedule.Quarterly, "", "25 days after the end of the reporting period"},
	{schedule.Quarterly, "", "15 working days after the end of the reporting period"},
	{schedule.Monthly, "", "1st of the month after the reporting period"},
	{schedule.Monthly, "", "28th of the month after the reporting period"},
	{schedule.Monthly, "", "last day of the month after the reporting period"},
	{schedule.Monthly, "", "10 days after the end of the reporting period"},
	{schedule.Monthly, "", "5 working days after the end of the reporting period"},
	{schedule.OnEvent, "", "10 working days after the certificate is signed"},
	{schedule.OnEvent, "", "10 calendar days after the plan is approved"},
	{schedule.OnEvent, "3 working days after the report is approved",
		"1 working day after the report is approved"},
}

// syntheticUnits are the responsible units of a synthetic register.
var syntheticUnits = []string{"hr", "finance", "statistics", "legal", "it"}

// synthetic returns a register of n obligations that cycles through
// syntheticForms, rolled by roll, and two events a year in w for each of
// its event-driven obligations. The same n gives the same register.
func synthetic(tb testing.TB, n int, roll schedule.Roll, w schedule.Window) (*register.Register, []register.Event) {
	tb.Helper()
	reg := &register.Register{
		File: "synthetic.yaml",
		Act: register.Act{
			Title:    schedule.Text{schedule.Kazakh: "Синтетикалық тізбе"},
			Number:   "1",
			Signed:   schedule.D(2016, 12, 31),
			TimeZone: "Asia/Almaty",
			Roll:     roll,
		},
		Units: map[string]*register.Unit{},
	}
	for _, k := range syntheticUnits {
		reg.Units[k] = &register.Unit{Key: k, Name: schedule.Text{schedule.Kazakh: k}, Short: schedule.Text{schedule.Kazakh: k}}
		reg.UnitKeys = append(reg.UnitKeys, k)
	}
	var events []register.Event
	perYear := 2
	count := perYear * (w.To.Year() - w.From.Year() + 1)
	for i := range n {
		f := syntheticForms[i%len(syntheticForms)]
		o := &register.Obligation{
			No:      i + 1,
			Name:    schedule.Text{schedule.Kazakh: fmt.Sprintf("Деректер жиыны %d", i+1)},
			Period:  f.period,
			Source:  register.SourcePortal,
			Units:   []string{syntheticUnits[i%len(syntheticUnits)]},
			Wording: register.Wording{Period: f.period.String(), Deadline: f.rule},
		}
		if f.stage != "" {
			o.Deadlines = append(o.Deadlines, register.Deadline{Stage: "input", Rule: mustRule(tb, f.stage, f.period)})
		}
		o.Deadlines = append(o.Deadlines, register.Deadline{Rule: mustRule(tb, f.rule, f.period)})
		reg.Obligations = append(reg.Obligations, o)
		if !o.EventDriven() {
			continue
		}
		for k := range count {
			d := w.From.AddDays(k*w.Days()/count + i%97)
			events = append(events, register.Event{No: o.No, Date: d, Label: "event", Doc: fmt.Sprint(k)})
		}
	}
	return reg, events
}

func mustRule(tb testing.TB, s string, k schedule.PeriodKind) schedule.Rule {
	r, err := schedule.ParseRule(s)
	if err != nil {
		tb.Fatal(err)
	}
	if errs, _ := r.Check(k); len(errs) > 0 {
		tb.Fatalf("%q for %s periods: %v", s, k, errs)
	}
	return r
}

// syntheticYAML writes reg in the register file format.
func syntheticYAML(reg *register.Register) []byte {
	var b strings.Builder
	fmt.Fprintf(&b, "act:\n  title: %q\n  number: %q\n  signed: %s\n  roll: %s\n",
		reg.Act.Title.In(schedule.Kazakh), reg.Act.Number, reg.Act.Signed, reg.Act.Roll)
	b.WriteString("units:\n")
	for _, k := range reg.UnitKeys {
		fmt.Fprintf(&b, "  %s: {name: %q}\n", k, reg.Units[k].Name.In(schedule.Kazakh))
	}
	b.WriteString("obligations:\n")
	for _, o := range reg.Obligations {
		fmt.Fprintf(&b, "  - no: %d\n    name: %q\n    period: %s\n", o.No, o.Name.In(schedule.Kazakh), o.Period)
		final := o.Deadlines[len(o.Deadlines)-1]
		fmt.Fprintf(&b, "    deadline: %s\n", final.Rule)
		if len(o.Deadlines) > 1 {
			b.WriteString("    stages:\n")
			for _, d := range o.Deadlines[:len(o.Deadlines)-1] {
				fmt.Fprintf(&b, "      - {key: %s, deadline: %s}\n", d.Stage, d.Rule)
			}
		}
		fmt.Fprintf(&b, "    wording: {period: %q, deadline: %q}\n", o.Wording.Period, o.Wording.Deadline)
		fmt.Fprintf(&b, "    units: [%s]\n", strings.Join(o.Units, ", "))
	}
	return []byte(b.String())
}

var (
	writeSynthetic = flag.String("synthetic", "", "write a synthetic register to `FILE`, for timing the program on it")
	syntheticSize  = flag.Int("synthetic.n", 10_000, "the number of obligations -synthetic writes")
)

// TestWriteSynthetic writes the register -synthetic asks for, as in
//
//	go test ./register -run WriteSynthetic -synthetic /tmp/5000.yaml -synthetic.n 5000
func TestWriteSynthetic(t *testing.T) {
	if *writeSynthetic == "" {
		t.Skip("no -synthetic file to write")
	}
	reg, _ := synthetic(t, *syntheticSize, schedule.Following, schedule.YearWindow(2017))
	if err := os.WriteFile(*writeSynthetic, syntheticYAML(reg), 0o644); err != nil {
		t.Fatal(err)
	}
}

// A synthetic register written out and read back holds the same rules.
func TestSyntheticYAML(t *testing.T) {
	want, _ := synthetic(t, 2*len(syntheticForms), schedule.Preceding, schedule.YearWindow(2017))
	got, err := register.Parse("synthetic.yaml", syntheticYAML(want))
	if err != nil {
		t.Fatal(err)
	}
	if got.Act.Roll != want.Act.Roll || len(got.Obligations) != len(want.Obligations) {
		t.Fatalf("read back roll %s and %d obligations, want %s and %d",
			got.Act.Roll, len(got.Obligations), want.Act.Roll, len(want.Obligations))
	}
	for i, o := range got.Obligations {
		w := want.Obligations[i]
		same := func(a, b register.Deadline) bool { return a.Stage == b.Stage && a.Rule == b.Rule }
		if o.No != w.No || o.Period != w.Period || !slices.EqualFunc(o.Deadlines, w.Deadlines, same) {
			t.Errorf("obligation %d reads back as %+v, want %+v", w.No, o, w)
		}
	}
}

// Resolving ten years of 10,000 obligations gives, for a sample of them,
// exactly the deadlines that a slow and separate computation gives: months
// counted with the time package, working days by walking the calendar one
// day at a time, rolling likewise. Smaller registers check the other roll
// conventions.
func TestSyntheticResolution(t *testing.T) {
	cal, err := schedule.DefaultCalendar()
	if err != nil {
		t.Fatal(err)
	}
	w := schedule.Window{From: schedule.D(2017, 1, 1), To: schedule.D(2026, 12, 31)}
	for _, tt := range []struct {
		n    int
		roll schedule.Roll
	}{{10_000, schedule.Following}, {500, schedule.Preceding}, {500, schedule.NoRoll}} {
		t.Run(fmt.Sprintf("%d-%s", tt.n, tt.roll), func(t *testing.T) {
			reg, events := synthetic(t, tt.n, tt.roll, w)
			occ := reg.Resolve(cal, w, events)
			checkOrder(t, occ)
			got := map[int][]string{}
			for _, o := range occ {
				got[o.Obligation.No] = append(got[o.Obligation.No], occurrenceLine(o.Occurrence))
			}
			sampled := 0
			for i := 0; i < tt.n; i += 37 {
				o := reg.Obligations[i]
				want := slowDeadlines(cal, o, tt.roll, events, w)
				slices.Sort(want)
				have := got[o.No]
				slices.Sort(have)
				if !slices.Equal(have, want) {
					t.Errorf("obligation %d (%s, %s): got\n%s\nwant\n%s", o.No, o.Period,
						o.Deadlines[len(o.Deadlines)-1].Rule, strings.Join(have, "\n"), strings.Join(want, "\n"))
				}
				sampled += len(want)
			}
			t.Logf("%d occurrences; %d of them checked", len(occ), sampled)
		})
	}
}

func checkOrder(t *testing.T, occ []register.Occurrence) {
	t.Helper()
	for i := 1; i < len(occ); i++ {
		a, b := occ[i-1], occ[i]
		if a.Due > b.Due || a.Due == b.Due && a.Item > b.Item {
			t.Fatalf("occurrence %d (%d due %s) after %d due %s", i, b.Obligation.No, b.Due, a.Obligation.No, a.Due)
		}
	}
}

func occurrenceLine(o schedule.Occurrence) string {
	what := o.Period.Label()
	if o.Event != nil {
		what = "event " + o.Event.Date.String()
	}
	return fmt.Sprintf("%s %q nominal %s due %s", what, o.Stage, o.Nominal, o.Due)
}

// slowDeadlines dates the deadlines of o due in w without the schedule
// package's arithmetic.
func slowDeadlines(cal *schedule.Calendar, o *register.Obligation, roll schedule.Roll, events []register.Event, w schedule.Window) []string {
	var out []string
	add := func(what, stage string, nominal time.Time) {
		n := schedule.DateOf(nominal)
		due := slowRoll(cal, n, roll)
		if w.Contains(due) {
			out = append(out, fmt.Sprintf("%s %q nominal %s due %s", what, stage, n, due))
		}
	}
	for _, d := range o.Deadlines {
		r := d.Rule
		switch r.Anchor {
		case schedule.FixedDay:
			for y := w.From.Year() - 1; y <= w.To.Year()+1; y++ {
				closes := y - 1
				if r.SameYear {
					closes = y
				}
				add(fmt.Sprint(closes), d.Stage, time.Date(y, r.Month, r.Day, 0, 0, 0, 0, time.UTC))
			}
		case schedule.Event:
			for _, e := range events {
				if e.No == o.No {
					add("event "+e.Date.String(), d.Stage, slowAfter(cal, e.Date.Time(), r))
				}
			}
		default:
			for _, p := range slowPeriods(o.Period, w.From.Year()-1, w.To.Year()) {
				add(p.label, d.Stage, slowPeriodDue(cal, p.end, r))
			}
		}
	}
	return out
}

type slowPeriod struct {
	label string
	end   time.Time // the last day
}

// slowPeriods lists the periods of kind k from the start of year from to
// the end of year to.
func slowPeriods(k schedule.PeriodKind, from, to int) []slowPeriod {
	months := map[schedule.PeriodKind]int{schedule.Annual: 12, schedule.Semiannual: 6,
		schedule.Quarterly: 3, schedule.Monthly: 1}[k]
	var out []slowPeriod
	for y := from; y <= to; y++ {
		for n := 1; n*months <= 12; n++ {
			end := time.Date(y, time.Month(n*months)+1, 0, 0, 0, 0, 0, time.UTC)
			label := map[schedule.PeriodKind]string{
				schedule.Annual:     fmt.Sprint(y),
				schedule.Semiannual: fmt.Sprintf("%d-H%d", y, n),
				schedule.Quarterly:  fmt.Sprintf("%d-Q%d", y, n),
				schedule.Monthly:    fmt.Sprintf("%d-%02d", y, n),
			}[k]
			out = append(out, slowPeriod{label, end})
		}
	}
	return out
}

func slowPeriodDue(cal *schedule.Calendar, end time.Time, r schedule.Rule) time.Time {
	if r.Anchor == schedule.PeriodEnd {
		return slowAfter(cal, end, r)
	}
	first := end.AddDate(0, 0, 1) // the first day of the month after
	day := r.Day
	if r.Last {
		day = time.Date(first.Year(), first.Month()+1, 0, 0, 0, 0, 0, time.UTC).Day()
	}
	return time.Date(first.Year(), first.Month(), day, 0, 0, 0, 0, time.UTC)
}

// slowAfter counts r.Days calendar or working days after t, one day at a
// time.
func slowAfter(cal *schedule.Calendar, t time.Time, r schedule.Rule) time.Time {
	if !r.Working {
		return t.AddDate(0, 0, r.Days)
	}
	for n := r.Days; n > 0; {
		t = t.AddDate(0, 0, 1)
		if cal.Working(schedule.DateOf(t)) {
			n--
		}
	}
	return t
}

func slowRoll(cal *schedule.Calendar, d schedule.Date, roll schedule.Roll) schedule.Date {
	step := map[schedule.Roll]int{schedule.Following: 1, schedule.Preceding: -1}[roll]
	for step != 0 && !cal.Working(d) {
		d = d.AddDays(step)
	}
	return d
}
