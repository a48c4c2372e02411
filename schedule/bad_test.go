package schedule

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

// badCalendars maps each calendar data file under ../testdata/bad to the
// error it must give: the file, the line and what is wrong.
var badCalendars = []struct{ file, want string }{
	{"calendar-alias.yaml",
		"calendar-alias.yaml:22: YAML aliases (*name) are not allowed"},
	{"calendar-bad-date.yaml",
		"calendar-bad-date.yaml:29: date: 2017-02-30: February 2017 has 28 days"},
	{"calendar-bad-status.yaml",
		`calendar-bad-status.yaml:13: year 2016: status "final": expected confirmed or provisional`},
	{"calendar-broken-yaml.yaml",
		"calendar-broken-yaml.yaml:24: invalid YAML: mapping values are not allowed in this context"},
	{"calendar-date-format.yaml",
		`calendar-date-format.yaml:29: date: "22.03.2017" is not a date of the form YYYY-MM-DD`},
	{"calendar-duplicate-date.yaml",
		"calendar-duplicate-date.yaml:21: 2016-03-07 is listed twice"},
	{"calendar-duplicate-field.yaml",
		`calendar-duplicate-field.yaml:18: field "date" given twice`},
	{"calendar-duplicate-holiday.yaml",
		`calendar-duplicate-holiday.yaml:5: holiday "new-year" is listed twice`},
	{"calendar-duplicate-section.yaml",
		`calendar-duplicate-section.yaml:30: field "holidays" given twice`},
	{"calendar-duplicate-year.yaml",
		"calendar-duplicate-year.yaml:22: year 2016 is listed twice"},
	{"calendar-empty-document.yaml",
		"calendar-empty-document.yaml: the YAML document in the file is empty"},
	{"calendar-empty.yaml",
		"calendar-empty.yaml: file is empty"},
	{"calendar-for-and-from.yaml",
		"calendar-for-and-from.yaml:17: 2016-01-04: give only one of for, from and to"},
	{"calendar-holiday-with-for.yaml",
		"calendar-holiday-with-for.yaml:18: 2016-01-07: religious takes no for, from or to"},
	{"calendar-holiday-without-kazakh.yaml",
		`calendar-holiday-without-kazakh.yaml:4: holiday "nauryz": no Kazakh name`},
	{"calendar-holiday-without-key.yaml",
		"calendar-holiday-without-key.yaml:18: 2016-01-07: religious needs a holiday"},
	{"calendar-latin1.yaml",
		"calendar-latin1.yaml:2: file is not UTF-8 text: byte 0xe9 (save the file as UTF-8)"},
	{"calendar-list-document.yaml",
		"calendar-list-document.yaml:1: expected a mapping with holidays, statutory and years"},
	{"calendar-missing-date.yaml",
		"calendar-missing-date.yaml:29: no date (field date)"},
	{"calendar-missing-days.yaml",
		"calendar-missing-days.yaml:23: year 2017: no days (field days)"},
	{"calendar-missing-year.yaml",
		"calendar-missing-year.yaml:30: year 2018 is missing: the years must follow each other"},
	{"calendar-missing-years.yaml",
		"calendar-missing-years.yaml:1: expected holidays, statutory and years"},
	{"calendar-no-years.yaml",
		"calendar-no-years.yaml:10: no years"},
	{"calendar-only-comments.yaml",
		"calendar-only-comments.yaml: file holds no YAML, only comments"},
	{"calendar-statutory-30-february.yaml",
		`calendar-statutory-30-february.yaml:9: date "02-30": there is no such day`},
	{"calendar-statutory-bad-date.yaml",
		`calendar-statutory-bad-date.yaml:9: date "22.03": expected MM-DD`},
	{"calendar-statutory-from-after-to.yaml",
		"calendar-statutory-from-after-to.yaml:10: from 2010 is after to 2002"},
	{"calendar-statutory-unknown-holiday.yaml",
		`calendar-statutory-unknown-holiday.yaml:10: holiday: "womens-day" is not listed under holidays`},
	{"calendar-substitute-for-later-day.yaml",
		"calendar-substitute-for-later-day.yaml:16: 2016-01-01: substitute for 2016-01-02, which is not earlier"},
	{"calendar-substitute-for-weekday.yaml",
		"calendar-substitute-for-weekday.yaml:27: 2017-01-03: substitute for 2017-01-02, a Monday: only a holiday on a Saturday or Sunday gives a substitute"},
	{"calendar-substitute-on-weekend.yaml",
		"calendar-substitute-on-weekend.yaml:27: 2017-01-08: a substitute day off must be a weekday, not a Sunday"},
	{"calendar-substitute-without-for.yaml",
		`calendar-substitute-without-for.yaml:27: 2017-01-03: substitute needs "for": an earlier weekend day`},
	{"calendar-tab-indent.yaml",
		"calendar-tab-indent.yaml:23: invalid YAML: a tab indents the line: YAML indents with spaces only"},
	{"calendar-transfer-on-weekend.yaml",
		"calendar-transfer-on-weekend.yaml:20: 2016-03-06: a transferred day off must be a weekday, not a Sunday"},
	{"calendar-two-documents.yaml",
		"calendar-two-documents.yaml:30: more than one YAML document in the file"},
	{"calendar-unknown-field.yaml",
		`calendar-unknown-field.yaml:30: unknown field "notes" (known: holidays, statutory, years)`},
	{"calendar-unknown-holiday.yaml",
		`calendar-unknown-holiday.yaml:18: holiday: "xmas" is not listed under holidays`},
	{"calendar-unknown-kind.yaml",
		`calendar-unknown-kind.yaml:18: kind "religous": expected holiday, religious, substitute, transfer, working or note`},
	{"calendar-unknown-language.yaml",
		`calendar-unknown-language.yaml:4: holiday "nauryz": unknown language "kz" (want kk, ru or en)`},
	{"calendar-working-weekday.yaml",
		"calendar-working-weekday.yaml:19: 2016-03-04: a working day must be a Saturday or Sunday, not a Friday"},
	{"calendar-working-without-to.yaml",
		`calendar-working-without-to.yaml:19: 2016-03-05: working needs "to": the weekday made a day off in exchange`},
	{"calendar-wrong-type-day.yaml",
		`calendar-wrong-type-day.yaml:29: expected a mapping, found "2017-03-22"`},
	{"calendar-wrong-type-days.yaml",
		`calendar-wrong-type-days.yaml:24: year 2017: days: expected a list, found "2017-01-01"`},
	{"calendar-wrong-type-part.yaml",
		`calendar-wrong-type-part.yaml:21: day: expected a whole number from 0 to 9999, found "second"`},
	{"calendar-wrong-year.yaml",
		"calendar-wrong-year.yaml:29: 2016-03-22 is not in year 2017"},
	{"calendar-year-not-number.yaml",
		`calendar-year-not-number.yaml:22: year "next": expected a year from 1900 to 2200`},
	{"calendar-year-out-of-range.yaml",
		`calendar-year-out-of-range.yaml:22: year "2517": expected a year from 1900 to 2200`},
}

func TestBadCalendars(t *testing.T) {
	for _, tt := range badCalendars {
		t.Run(tt.file, func(t *testing.T) {
			data, err := os.ReadFile(filepath.Join("..", "testdata", "bad", tt.file))
			if err != nil {
				t.Fatal(err)
			}
			c, err := ParseCalendar(tt.file, data)
			if c != nil || err == nil {
				t.Fatalf("ParseCalendar accepted the file")
			}
			var de *DataError
			if !errors.As(err, &de) || de.File != tt.file {
				t.Errorf("error is %#v, want a *DataError for %s", err, tt.file)
			}
			if err.Error() != tt.want {
				t.Errorf("error:\n got %s\nwant %s", err, tt.want)
			}
		})
	}
}

// TestBadCalendarsListed keeps the table and the corpus in step.
func TestBadCalendarsListed(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("..", "testdata", "bad", "calendar-*.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	listed := map[string]bool{}
	for _, tt := range badCalendars {
		listed[tt.file] = true
	}
	for _, f := range files {
		if !listed[filepath.Base(f)] {
			t.Errorf("%s has no row in badCalendars", filepath.Base(f))
		}
	}
	if len(files) != len(badCalendars) {
		t.Errorf("%d files for %d rows", len(files), len(badCalendars))
	}
}

// ruleSeeds returns rules to start fuzzing from: every form of the
// language, and the deadlines written in the embedded register and in the
// bad registers.
func ruleSeeds(t testing.TB) []string {
	seeds := []string{
		"20 February",
		"by 1 July of the reporting year",
		"15th of the month after the reporting period",
		"day 5 of the month after the reporting period",
		"last day of the month after the reporting period",
		"30 days after the end of the reporting period",
		"5 working days after the end of the reporting period",
		"10 working days after the certificate is signed",
		"1 calendar day after approval",
		"20\u00a0February",
		"",
	}
	files, err := filepath.Glob(filepath.Join("..", "testdata", "bad", "register-*.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	files = append(files, filepath.Join("..", "register", "order113.yaml"))
	for _, name := range files {
		data, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		for _, line := range strings.Split(string(data), "\n") {
			if _, rule, ok := strings.Cut(line, "deadline: "); ok && !strings.HasPrefix(rule, "\"") {
				seeds = append(seeds, rule)
			}
		}
	}
	return seeds
}

// FuzzParseRule checks that ParseRule never panics, that its errors place
// the column inside the rule, and that a rule it reads reads back the same
// from its canonical spelling.
func FuzzParseRule(f *testing.F) {
	for _, s := range ruleSeeds(f) {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		r, err := ParseRule(s)
		if err != nil {
			var re *RuleError
			if !errors.As(err, &re) {
				t.Fatalf("ParseRule(%q) error is %T, not *RuleError", s, err)
			}
			if re.Column < 1 || re.Column > utf8.RuneCountInString(s)+1 {
				t.Fatalf("ParseRule(%q): column %d is outside the rule", s, re.Column)
			}
			return
		}
		again, err := ParseRule(r.String())
		if err != nil || again != r {
			t.Fatalf("ParseRule(%q) = %+v, but its spelling %q reads back as %+v, %v",
				s, r, r.String(), again, err)
		}
	})
}

// FuzzParseCalendar checks that ParseCalendar never panics, that it
// answers with a *DataError naming the file, and that a calendar it
// accepts can be asked about its days.
func FuzzParseCalendar(f *testing.F) {
	// The embedded data seeds the fuzzer cut to its first two years: inputs
	// grown from the whole file take long to run and longer to minimize.
	seed := embeddedCalendar
	if i := bytes.Index(seed, []byte("\n  2018:")); i > 0 {
		seed = seed[:i+1]
	}
	f.Add(seed)
	files, err := filepath.Glob(filepath.Join("..", "testdata", "bad", "calendar-*.yaml"))
	if err != nil {
		f.Fatal(err)
	}
	for _, name := range files {
		data, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		c, err := ParseCalendar("fuzz.yaml", data)
		if err != nil {
			var de *DataError
			if !errors.As(err, &de) || de.File != "fuzz.yaml" {
				t.Fatalf("error is %#v, want a *DataError for fuzz.yaml", err)
			}
			if c != nil {
				t.Fatalf("ParseCalendar returned a calendar and an error")
			}
			return
		}
		if c.FirstYear() > c.LastYear() {
			t.Fatalf("years %d..%d", c.FirstYear(), c.LastYear())
		}
		for _, y := range []int{c.FirstYear(), c.LastYear(), c.LastYear() + 1} {
			c.Special(y)
			c.AddWorkdays(D(y, time.December, 20), 30)
		}
	})
}
