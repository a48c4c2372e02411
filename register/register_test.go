package register_test

import (
	"os"
	"regexp"
	"strings"
	"testing"

	"opendata/register"
	"opendata/schedule"
)

func embedded(t testing.TB) *register.Register {
	t.Helper()
	reg, err := register.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	return reg
}

func TestEmbeddedRegister(t *testing.T) {
	reg := embedded(t)
	if len(reg.Obligations) != 34 {
		t.Fatalf("%d obligations, want 34", len(reg.Obligations))
	}
	for i, o := range reg.Obligations {
		if o.No != i+1 {
			t.Errorf("obligation %d is numbered %d", i+1, o.No)
		}
		if o.Name[schedule.Kazakh] == "" || o.Wording.Period == "" || o.Wording.Deadline == "" {
			t.Errorf("obligation %d lacks a name or wording", o.No)
		}
		if len(o.Deadlines) == 0 {
			t.Errorf("obligation %d has no deadline", o.No)
		}
		if o.Source != register.SourcePortal {
			t.Errorf("obligation %d: source %q; every row of the order names the portal's workstation", o.No, o.Source)
		}
		if len(o.Units) == 0 {
			t.Errorf("obligation %d has no unit", o.No)
		}
		for _, u := range o.Units {
			if reg.Units[u] == nil {
				t.Errorf("obligation %d: unknown unit %q", o.No, u)
			}
		}
	}
	multi := map[int]int{9: 2, 23: 7, 24: 2, 28: 2}
	for no, n := range multi {
		if got := len(reg.Obligation(no).Units); got != n {
			t.Errorf("obligation %d has %d units, want %d", no, got, n)
		}
	}
	a := reg.Act
	if a.Number != "113" || a.Signed != schedule.D(2016, 12, 31) ||
		a.Registered == nil || a.Registered.Number != "14763" || a.Registered.Date != schedule.D(2017, 2, 6) ||
		a.Repealed == nil || a.Repealed.Number != "226" || a.Repealed.Date != schedule.D(2019, 12, 27) ||
		a.TimeZone != "Asia/Almaty" || a.Roll != schedule.Following {
		t.Errorf("act = %+v", a)
	}
}

// The register keeps the act's letter where the act is odd, and says so.
func TestEmbeddedRegisterOddities(t *testing.T) {
	reg := embedded(t)
	if len(reg.Warnings) != 1 || !strings.Contains(reg.Warnings[0].Error(), "obligation 19: deadline") {
		t.Errorf("warnings = %v, want one about obligation 19", reg.Warnings)
	}
	o19 := reg.Obligation(19)
	if o19.Period != schedule.Quarterly || o19.Deadlines[0].Rule.String() != "15 January" || o19.Note == nil {
		t.Errorf("obligation 19 = %+v", o19)
	}
	o23 := reg.Obligation(23)
	if len(o23.Deadlines) != 2 || o23.Deadlines[0].Stage != "co-executors" ||
		o23.Deadlines[0].Rule.String() != "5 February" || o23.Deadlines[1].Rule.String() != "20 February" {
		t.Errorf("obligation 23 deadlines = %+v", o23.Deadlines)
	}
	for _, no := range []int{15, 20, 21} {
		if !reg.Obligation(no).EventDriven() {
			t.Errorf("obligation %d is not event-driven", no)
		}
	}
}

// The Kazakh names and wording are the order's own text. Rows that the
// published text breaks across lines are checked word by word.
func TestEmbeddedRegisterMatchesOrder(t *testing.T) {
	raw, err := os.ReadFile("../testdata/order-113-kk.txt")
	if err != nil {
		t.Fatal(err)
	}
	space := regexp.MustCompile(`\s+`)
	order := space.ReplaceAllString(string(raw), " ")
	broken := map[int]bool{3: true, 13: true, 21: true, 32: true}
	has := func(no int, s string) bool {
		s = space.ReplaceAllString(s, " ")
		if strings.Contains(order, s) {
			return true
		}
		if !broken[no] {
			return false
		}
		for _, w := range strings.Fields(s) {
			if !strings.Contains(order, w) {
				return false
			}
		}
		return true
	}
	reg := embedded(t)
	for _, o := range reg.Obligations {
		for _, s := range []string{o.Name[schedule.Kazakh], o.Wording.Period, o.Wording.Deadline} {
			if !has(o.No, s) {
				t.Errorf("obligation %d: %q is not in the order's text", o.No, s)
			}
		}
	}
	for _, u := range reg.Units {
		for _, w := range u.Written {
			if !strings.Contains(order, w) {
				t.Errorf("unit %s: %q is not in the order's text", u.Key, w)
			}
		}
	}
}

func TestValidity(t *testing.T) {
	reg := embedded(t)
	tests := []struct {
		from, to      schedule.Date
		before, after bool
	}{
		{schedule.D(2017, 1, 1), schedule.D(2017, 12, 31), false, false},
		{schedule.D(2019, 12, 1), schedule.D(2019, 12, 31), false, true},
		{schedule.D(2026, 12, 1), schedule.D(2026, 12, 31), false, true},
		{schedule.D(2016, 1, 1), schedule.D(2016, 12, 31), true, false},
	}
	for _, tt := range tests {
		v := reg.Validity(schedule.Window{From: tt.from, To: tt.to})
		if v.BeforeForce != tt.before || v.AfterRepeal != tt.after {
			t.Errorf("Validity(%s..%s) = %+v, want before %v after %v", tt.from, tt.to, v, tt.before, tt.after)
		}
	}
}

func TestParseReportsEveryProblem(t *testing.T) {
	data := `act:
  title: Test
  number: "1"
  signed: 2020-01-01
units:
  a: {name: A}
obligations:
  - no: 1
    name: One
    period: quarterly
    deadline: 31st of the month after the reporting period
    units: [a]
  - no: 1
    name: Two
    period: annual
    deadline: 29 February
    units: [b]
  - no: 3
    name: Three
    period: annual
    deadline: 20 Febuary
    units: [a]
`
	_, err := register.Parse("t.yaml", []byte(data))
	le, ok := err.(*register.LoadError)
	if !ok {
		t.Fatalf("error %v is not a *LoadError", err)
	}
	want := []string{
		"t.yaml:11:15: obligation 1: deadline: day 31 does not exist in April, a month after a quarterly period",
		"t.yaml:8:5: warning: obligation 1: no wording: the act's own words for the period and deadline",
		"t.yaml:13:5: obligation 1: number 1 is already used at line 8",
		"t.yaml:17:13: obligation 1: units: unknown unit \"b\" (known: a)",
		"t.yaml:21:18: obligation 3: deadline: \"20 Febuary\": expected \"days\", \"working days\", \"calendar days\" or a month name",
	}
	got := map[string]bool{}
	for _, p := range le.Problems {
		got[p.Error()] = true
	}
	for _, w := range want {
		if !got[w] {
			t.Errorf("missing problem %q; got:\n%s", w, le.Error())
		}
	}
}
