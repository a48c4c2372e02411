package schedule

import (
	"strings"
	"testing"
	"time"
)

func TestParseRule(t *testing.T) {
	tests := []struct {
		in   string
		want Rule
		text string // canonical spelling
	}{
		{"20 February", Rule{Anchor: FixedDay, Month: time.February, Day: 20}, "20 February"},
		{"by 20 feb", Rule{Anchor: FixedDay, Month: time.February, Day: 20}, "20 February"},
		{"1 July of the reporting year", Rule{Anchor: FixedDay, Month: time.July, Day: 1, SameYear: true},
			"1 July of the reporting year"},
		{"15th of the month after the reporting period", Rule{Anchor: NextMonth, Day: 15},
			"15th of the month after the reporting period"},
		{"day 5 of the month after the reporting period", Rule{Anchor: NextMonth, Day: 5},
			"5th of the month after the reporting period"},
		{"1st of the month after the reporting period", Rule{Anchor: NextMonth, Day: 1},
			"1st of the month after the reporting period"},
		{"Last day of the month after the reporting period", Rule{Anchor: NextMonth, Last: true},
			"last day of the month after the reporting period"},
		{"30 days after the end of the reporting period", Rule{Anchor: PeriodEnd, Days: 30},
			"30 calendar days after the end of the reporting period"},
		{"5 working days after the end of the reporting period", Rule{Anchor: PeriodEnd, Days: 5, Working: true},
			"5 working days after the end of the reporting period"},
		{"10 working days after the certificate is signed",
			Rule{Anchor: Event, Days: 10, Working: true, EventName: "the certificate is signed"},
			"10 working days after the certificate is signed"},
		{"10  calendar days after approval", Rule{Anchor: Event, Days: 10, EventName: "approval"},
			"10 calendar days after approval"},
		{"1 day after approval", Rule{Anchor: Event, Days: 1, EventName: "approval"},
			"1 calendar day after approval"},
	}
	for _, tt := range tests {
		got, err := ParseRule(tt.in)
		if err != nil {
			t.Errorf("ParseRule(%q): %v", tt.in, err)
			continue
		}
		if got != tt.want {
			t.Errorf("ParseRule(%q) = %+v, want %+v", tt.in, got, tt.want)
		}
		if got.String() != tt.text {
			t.Errorf("ParseRule(%q).String() = %q, want %q", tt.in, got.String(), tt.text)
		}
		if again, err := ParseRule(got.String()); err != nil || again != got {
			t.Errorf("ParseRule(%q) does not read back: %+v, %v", got.String(), again, err)
		}
	}
}

func TestParseRuleErrors(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", `rule "", column 1: empty rule`},
		{"31 April", `rule "31 April", column 1: 31 April does not exist`},
		{"20 Febuary", `rule "20 Febuary", column 4: expected "days", "working days", "calendar days" or a month name`},
		{"15th of the month after", `rule "15th of the month after", column 24: expected "the reporting period" at the end of the rule`},
		{"32nd of the month after the reporting period", `rule "32nd of the month after the reporting period", column 1: day 32: a month has days 1 to 31`},
		{"10 working days after", `rule "10 working days after", column 22: expected an event or "the end of the reporting period" at the end of the rule`},
		{"20 February 2017", `rule "20 February 2017", column 13: unexpected "2017" after the rule`},
		{"15th of the month before the reporting period", `rule "15th of the month before the reporting period", column 19: expected "after the reporting period"`},
		{"soon", `rule "soon", column 1: expected a number, "day N", "Nth" or "last day", found "soon"`},
		{"99999 days after approval", `rule "99999 days after approval", column 1: number 99999 is out of range 1..10000`},
		{"20 ақпанға", `rule "20 ақпанға", column 4: expected "days", "working days", "calendar days" or a month name`},
	}
	for _, tt := range tests {
		_, err := ParseRule(tt.in)
		if err == nil || !strings.HasPrefix(err.Error(), tt.want) {
			t.Errorf("ParseRule(%q) error = %v, want %q", tt.in, err, tt.want)
		}
	}
}

func TestRuleCheck(t *testing.T) {
	tests := []struct {
		rule         string
		kind         PeriodKind
		errs, warns  int
		firstProblem string
	}{
		{"20 February", Annual, 0, 0, ""},
		{"29 February", Annual, 1, 0, "29 February does not exist in common years"},
		{"15 January", Quarterly, 0, 1, "a day of the year gives one deadline a year, but the period is quarterly"},
		{"31st of the month after the reporting period", Quarterly, 1, 0,
			"day 31 does not exist in April, a month after a quarterly period"},
		{"31st of the month after the reporting period", Semiannual, 0, 0, ""},
		{"29th of the month after the reporting period", Monthly, 1, 0,
			"day 29 does not exist in February, a month after a monthly period"},
		{"last day of the month after the reporting period", Monthly, 0, 0, ""},
		{"15th of the month after the reporting period", OnEvent, 1, 0,
			"an on-event obligation has no reporting period to count from"},
		{"10 working days after approval", OnEvent, 0, 0, ""},
		{"10 working days after approval", Annual, 0, 0, ""},
	}
	for _, tt := range tests {
		errs, warns := MustParseRule(tt.rule).Check(tt.kind)
		if len(errs) != tt.errs || len(warns) != tt.warns {
			t.Errorf("%q for %s: %d errors %v, %d warnings %v; want %d and %d",
				tt.rule, tt.kind, len(errs), errs, len(warns), warns, tt.errs, tt.warns)
			continue
		}
		if first := append(errs, warns...); len(first) > 0 && first[0] != tt.firstProblem {
			t.Errorf("%q for %s: %q, want %q", tt.rule, tt.kind, first[0], tt.firstProblem)
		}
	}
}

func TestPeriods(t *testing.T) {
	tests := []struct {
		kind       PeriodKind
		in         Date
		label      string
		start, end Date
		next       string
	}{
		{Annual, d(2016, 7, 1), "2016", d(2016, 1, 1), d(2016, 12, 31), "2017"},
		{Semiannual, d(2017, 7, 1), "2017-H2", d(2017, 7, 1), d(2017, 12, 31), "2018-H1"},
		{Quarterly, d(2017, 3, 31), "2017-Q1", d(2017, 1, 1), d(2017, 3, 31), "2017-Q2"},
		{Quarterly, d(2016, 12, 31), "2016-Q4", d(2016, 10, 1), d(2016, 12, 31), "2017-Q1"},
		{Monthly, d(2024, 2, 10), "2024-02", d(2024, 2, 1), d(2024, 2, 29), "2024-03"},
	}
	for _, tt := range tests {
		p := PeriodOf(tt.kind, tt.in)
		if p.Label() != tt.label || p.Start() != tt.start || p.End() != tt.end || p.Next().Label() != tt.next {
			t.Errorf("PeriodOf(%s, %s) = %s %s..%s next %s; want %s %s..%s next %s", tt.kind, tt.in,
				p, p.Start(), p.End(), p.Next(), tt.label, tt.start, tt.end, tt.next)
		}
		back, err := ParsePeriod(tt.label)
		if err != nil || back != p {
			t.Errorf("ParsePeriod(%q) = %v, %v; want %v", tt.label, back, err, p)
		}
	}
	for _, bad := range []string{"", "17", "2017-Q5", "2017-H0", "2017-13", "2017-q1", "2017-1"} {
		if _, err := ParsePeriod(bad); err == nil {
			t.Errorf("ParsePeriod(%q) succeeded", bad)
		}
	}
}

func TestDates(t *testing.T) {
	if _, err := ParseDate("2017-02-29"); err == nil {
		t.Error("ParseDate accepted 29 February 2017")
	}
	if got, err := ParseDate("2024-02-29"); err != nil || got != d(2024, 2, 29) {
		t.Errorf("ParseDate(2024-02-29) = %s, %v", got, err)
	}
	for _, dd := range []Date{d(1900, 1, 1), d(1969, 12, 31), d(1970, 1, 1), d(2017, 7, 1), d(2200, 12, 31)} {
		if dd.Weekday() != dd.Time().Weekday() {
			t.Errorf("%s: Weekday %s, time says %s", dd, dd.Weekday(), dd.Time().Weekday())
		}
		if back, _ := ParseDate(dd.String()); back != dd {
			t.Errorf("%s does not read back: %s", dd, back)
		}
	}
	if !Valid(2024, time.February, 29) || Valid(2023, time.February, 29) || Valid(2017, time.April, 31) {
		t.Error("Valid is wrong about 29 February or 31 April")
	}
}
