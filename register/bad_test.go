package register

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// badRegisters maps each register under ../testdata/bad to the first line
// of the error it must give: the file, the line and column, the field and
// what is wrong, in words the person who wrote the file can act on.
var badRegisters = []struct{ file, want string }{
	{"register-29-february.yaml",
		"register-29-february.yaml:12:15: obligation 1: deadline: 29 February does not exist in common years"},
	{"register-31-april.yaml",
		`register-31-april.yaml:12:15: obligation 1: deadline: "31 April": 31 April does not exist`},
	{"register-alias-bomb.yaml",
		"register-alias-bomb.yaml:2:8: YAML aliases (*name) are not allowed"},
	{"register-alias.yaml",
		"register-alias.yaml:21:5: YAML aliases (*name) are not allowed"},
	{"register-bad-date.yaml",
		"register-bad-date.yaml:4:11: act: signed: 2019-02-29: February 2019 has 28 days"},
	{"register-bad-period.yaml",
		`register-bad-period.yaml:11:13: obligation 1: period: "yearly": expected annual, semiannual, quarterly, monthly or on-event`},
	{"register-bad-roll.yaml",
		`register-bad-roll.yaml:5:9: act: roll: "next": expected following, preceding or none`},
	{"register-bad-source.yaml",
		`register-bad-source.yaml:14:13: obligation 1: source: "website": expected portal or api`},
	{"register-bad-timezone.yaml",
		`register-bad-timezone.yaml:5:14: act: time_zone: unknown time zone "Asia/Almaata" (expected a name such as Asia/Almaty)`},
	{"register-bad-unit-key.yaml",
		`register-bad-unit-key.yaml:6:3: unit "HR": a unit key may hold only lower-case letters, digits and hyphens`},
	{"register-binary.yaml",
		"register-binary.yaml:1:1: file is not text: control character U+007F"},
	{"register-broken-yaml.yaml",
		`register-broken-yaml.yaml:13: invalid YAML: unexpected ":" (quote text that holds ": ", or check the indentation)`},
	{"register-control-character.yaml",
		"register-control-character.yaml:10:24: file is not text: control character U+0008"},
	{"register-date-format.yaml",
		`register-date-format.yaml:4:11: act: signed: "15.01.2020" is not a date of the form YYYY-MM-DD`},
	{"register-day-29-monthly.yaml",
		"register-day-29-monthly.yaml:12:15: obligation 1: deadline: day 29 does not exist in February, a month after a monthly period"},
	{"register-day-31-quarterly.yaml",
		"register-day-31-quarterly.yaml:12:15: obligation 1: deadline: day 31 does not exist in April, a month after a quarterly period"},
	{"register-deep-nesting.yaml",
		"register-deep-nesting.yaml:43:65: nested more than 32 levels deep"},
	{"register-duplicate-field.yaml",
		`register-duplicate-field.yaml:13:5: obligation 1: field "deadline" given twice`},
	{"register-duplicate-number.yaml",
		"register-duplicate-number.yaml:15:5: obligation 1: number 1 is already used at line 9"},
	{"register-duplicate-stage.yaml",
		"register-duplicate-stage.yaml:16:14: obligation 1: stage co-executors: stage listed twice"},
	{"register-duplicate-unit.yaml",
		`register-duplicate-unit.yaml:8:3: unit "hr": unit listed twice`},
	{"register-empty-document.yaml",
		"register-empty-document.yaml: the YAML document in the file is empty"},
	{"register-empty-obligations.yaml",
		"register-empty-obligations.yaml:8:14: obligations: the list is empty"},
	{"register-empty-rule.yaml",
		"register-empty-rule.yaml:12:15: obligation 1: deadline: empty rule"},
	{"register-empty-text.yaml",
		`register-empty-text.yaml:10:11: obligation 1: name: empty text for language "kk"`},
	{"register-empty.yaml",
		"register-empty.yaml: file is empty"},
	{"register-fraction-number.yaml",
		"register-fraction-number.yaml:9:9: obligation #1: no: expected a whole number, found the number 1.5"},
	{"register-huge-number.yaml",
		"register-huge-number.yaml:9:9: obligation #1: no: 99999999999999999999 is out of range 1..1000000"},
	{"register-latin1.yaml",
		"register-latin1.yaml:2:30: file is not UTF-8 text: byte 0xe9 (save the file as UTF-8)"},
	{"register-local-timezone.yaml",
		`register-local-timezone.yaml:5:14: act: time_zone: unknown time zone "Local" (expected a name such as Asia/Almaty)`},
	{"register-missing-act-number.yaml",
		"register-missing-act-number.yaml:2:3: act: no number (field number)"},
	{"register-missing-act.yaml",
		`register-missing-act.yaml:1:1: no "act" section`},
	{"register-missing-deadline.yaml",
		"register-missing-deadline.yaml:9:5: obligation 1: no deadline (field deadline)"},
	{"register-missing-kazakh-name.yaml",
		"register-missing-kazakh-name.yaml:10:11: obligation 1: name: no Kazakh text (kk)"},
	{"register-missing-name.yaml",
		"register-missing-name.yaml:9:5: obligation 1: no name (field name)"},
	{"register-missing-number.yaml",
		"register-missing-number.yaml:9:5: obligation #1: no number (field no)"},
	{"register-missing-period.yaml",
		"register-missing-period.yaml:9:5: obligation 1: no period (field period)"},
	{"register-null-name.yaml",
		"register-null-name.yaml:10:10: obligation 1: name: expected text, found nothing"},
	{"register-number-out-of-range.yaml",
		"register-number-out-of-range.yaml:9:9: obligation #1: no: 0 is out of range 1..1000000"},
	{"register-on-event-with-fixed-day.yaml",
		"register-on-event-with-fixed-day.yaml:12:15: obligation 1: deadline: a day of the year needs a reporting period, not on-event"},
	{"register-on-event-with-period-rule.yaml",
		"register-on-event-with-period-rule.yaml:12:15: obligation 1: deadline: an on-event obligation has no reporting period to count from"},
	{"register-only-comments.yaml",
		"register-only-comments.yaml: file holds no YAML, only comments"},
	{"register-plain-text.yaml",
		`register-plain-text.yaml:1:1: expected a mapping, found "Open data register of Order No. 7"`},
	{"register-quoted-number.yaml",
		`register-quoted-number.yaml:9:9: obligation #1: no: expected a whole number, found "12" in quotes`},
	{"register-repealed-before-signed.yaml",
		"register-repealed-before-signed.yaml:5:13: act: repealed: 2019-12-27 is before the act was signed on 2020-01-15"},
	{"register-repealed-without-date.yaml",
		"register-repealed-without-date.yaml:5:13: act: repealed: no date (field date)"},
	{"register-rule-folded-typo.yaml",
		`register-rule-folded-typo.yaml:12:15: obligation 1: deadline: "15th of the month after the reportng period": expected "reporting period"`},
	{"register-rule-kazakh.yaml",
		`register-rule-kazakh.yaml:12:18: obligation 1: deadline: "20 ақпанға": expected "days", "working days", "calendar days" or a month name`},
	{"register-rule-month-typo.yaml",
		`register-rule-month-typo.yaml:12:18: obligation 1: deadline: "20 Febuary": expected "days", "working days", "calendar days" or a month name`},
	{"register-rule-quoted-typo.yaml",
		`register-rule-quoted-typo.yaml:12:19: obligation 1: deadline: "20 Febuary": expected "days", "working days", "calendar days" or a month name`},
	{"register-rule-typo.yaml",
		`register-rule-typo.yaml:12:43: obligation 1: deadline: "15th of the month after the reportng period": expected "reporting period"`},
	{"register-rule-zero-days.yaml",
		`register-rule-zero-days.yaml:12:15: obligation 1: deadline: "0 working days after approval": number 0 is out of range 1..10000`},
	{"register-second-document-broken.yaml",
		"register-second-document-broken.yaml:16: invalid YAML: expected a value here"},
	{"register-stage-bad-key.yaml",
		`register-stage-bad-key.yaml:14:14: obligation 1: stage: key: "Co executors": use only lower-case letters, digits and hyphens`},
	{"register-stage-bad-rule.yaml",
		`register-stage-bad-rule.yaml:15:21: obligation 1: stage co-executors: deadline: "5 Febuary": expected "days", "working days", "calendar days" or a month name`},
	{"register-stage-day-31-quarterly.yaml",
		"register-stage-day-31-quarterly.yaml:15:19: obligation 1: stage co-executors: deadline: day 31 does not exist in April, a month after a quarterly period"},
	{"register-stage-without-deadline.yaml",
		"register-stage-without-deadline.yaml:14:9: obligation 1: stage co-executors: no deadline (field deadline)"},
	{"register-stage-without-key.yaml",
		"register-stage-without-key.yaml:14:9: obligation 1: stage: no key (field key)"},
	{"register-tab-indent.yaml",
		"register-tab-indent.yaml:7:1: invalid YAML: a tab indents this line: YAML indents with spaces only"},
	{"register-two-documents.yaml",
		"register-two-documents.yaml:15:1: more than one YAML document in the file"},
	{"register-unclosed-quote.yaml",
		`register-unclosed-quote.yaml:1: invalid YAML: a line here or below is not "key: value" (look for a wrong indentation or an unclosed quote)`},
	{"register-unit-listed-twice.yaml",
		`register-unit-listed-twice.yaml:14:17: obligation 1: units: unit "hr" listed twice`},
	{"register-unit-without-name.yaml",
		`register-unit-without-name.yaml:7:5: unit "hr": no name (field name)`},
	{"register-unknown-field.yaml",
		`register-unknown-field.yaml:13:5: obligation 1: unknown field "responsible" (known: no, name, period, deadline, stages, wording, source, units, note)`},
	{"register-unknown-language.yaml",
		`register-unknown-language.yaml:10:11: obligation 1: name: unknown language "kz" (want kk, ru or en)`},
	{"register-unknown-section.yaml",
		`register-unknown-section.yaml:15:1: unknown field "notes" (known: act, units, obligations)`},
	{"register-unknown-unit.yaml",
		`register-unknown-unit.yaml:14:17: obligation 1: units: unknown unit "admin" (known: hr)`},
	{"register-utf16.yaml",
		"register-utf16.yaml: file is UTF-16 text: save it as UTF-8"},
	{"register-wrong-type-act.yaml",
		"register-wrong-type-act.yaml:1:6: act: expected a mapping, found a list"},
	{"register-wrong-type-deadline.yaml",
		"register-wrong-type-deadline.yaml:12:15: obligation 1: deadline: expected text, found a list"},
	{"register-wrong-type-document.yaml",
		"register-wrong-type-document.yaml:1:1: expected a mapping, found a list"},
	{"register-wrong-type-name.yaml",
		"register-wrong-type-name.yaml:10:11: obligation 1: name: expected text, found the number 2020"},
	{"register-wrong-type-obligation.yaml",
		`register-wrong-type-obligation.yaml:9:5: obligation #1: expected a mapping, found "20 February"`},
	{"register-wrong-type-obligations.yaml",
		"register-wrong-type-obligations.yaml:9:3: obligations: expected a list, found a mapping"},
	{"register-wrong-type-signed.yaml",
		"register-wrong-type-signed.yaml:4:11: act: signed: expected a date, found a mapping"},
	{"register-wrong-type-units.yaml",
		`register-wrong-type-units.yaml:14:12: obligation 1: units: expected a list of unit keys, found "hr"`},
	{"register-year-2500.yaml",
		"register-year-2500.yaml:4:11: act: signed: year 2500 is outside 1900..2200"},
}

func TestBadRegisters(t *testing.T) {
	for _, tt := range badRegisters {
		t.Run(tt.file, func(t *testing.T) {
			data, err := os.ReadFile(filepath.Join("..", "testdata", "bad", tt.file))
			if err != nil {
				t.Fatal(err)
			}
			reg, err := Parse(tt.file, data)
			if reg != nil || err == nil {
				t.Fatalf("Parse accepted the file")
			}
			checkLoadError(t, err, tt.file, tt.want)
		})
	}
}

// checkLoadError checks that err is a *LoadError whose first line is want
// and whose every problem names the file.
func checkLoadError(t *testing.T, err error, file, want string) {
	t.Helper()
	var le *LoadError
	if !errors.As(err, &le) {
		t.Fatalf("error is %T, not *LoadError: %v", err, err)
	}
	if le.Errors() == 0 {
		t.Errorf("LoadError holds warnings only: %v", err)
	}
	for _, p := range le.Problems {
		if p.File != file {
			t.Errorf("problem %q names file %q, want %q", p, p.File, file)
		}
	}
	if got, _, _ := strings.Cut(err.Error(), "\n"); got != want {
		t.Errorf("first line of the error:\n got %s\nwant %s", got, want)
	}
}

// TestBadCorpusListed keeps the table and the corpus in step: a file added
// to testdata/bad without an expected error would test nothing.
func TestBadCorpusListed(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("..", "testdata", "bad", "register-*.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	listed := map[string]bool{}
	for _, tt := range badRegisters {
		listed[tt.file] = true
	}
	for _, f := range files {
		if !listed[filepath.Base(f)] {
			t.Errorf("%s has no row in badRegisters", filepath.Base(f))
		}
	}
	if len(files) != len(badRegisters) {
		t.Errorf("%d files for %d rows", len(files), len(badRegisters))
	}
}

// The file over the size limit is made here rather than committed: a valid
// register followed by a long comment.
func TestRegisterTooLarge(t *testing.T) {
	data := append(bytes.Clone(EmbeddedSource()), '#')
	data = append(data, bytes.Repeat([]byte("x"), MaxFileSize+1-len(data))...)

	_, err := Parse("register-too-large.yaml", data)
	checkLoadError(t, err, "register-too-large.yaml",
		"register-too-large.yaml: file is 4194305 bytes, more than the limit of 4194304")

	path := filepath.Join(t.TempDir(), "register-too-large.yaml")
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	_, err = LoadFile(path)
	checkLoadError(t, err, path, path+": file is larger than the limit of 4194304 bytes")

	if _, err := Parse("register-at-limit.yaml", data[:MaxFileSize]); err != nil {
		t.Errorf("a register of exactly MaxFileSize bytes: %v", err)
	}
}

// TestParseStaysLinear loads large registers full of mistakes whose
// messages once cost time in proportion to the whole file each: an unknown
// unit listed with every known unit, and a bad rule on one long line.
func TestParseStaysLinear(t *testing.T) {
	const head = "act: {title: T, number: \"7\", signed: 2020-01-15}\n"
	var units, line bytes.Buffer
	units.WriteString(head + "units:\n")
	for i := range 10000 {
		fmt.Fprintf(&units, "  unit-%d: {name: x}\n", i)
	}
	units.WriteString("obligations:\n")
	for i := range 20000 {
		fmt.Fprintf(&units, "  - {no: %d, name: x, period: annual, deadline: 20 February, units: [y]}\n", i+1)
	}
	line.WriteString(head + "units: {hr: {name: x}}\nobligations: [")
	for i := range 30000 {
		fmt.Fprintf(&line, "{no: %d, name: x, period: annual, deadline: 20 Febuary, units: [hr]}, ", i+1)
	}
	line.WriteString("]\n")

	for name, data := range map[string][]byte{"many-units.yaml": units.Bytes(), "one-line.yaml": line.Bytes()} {
		start := time.Now()
		_, err := Parse(name, data)
		if d := time.Since(start); d > 5*time.Second {
			t.Errorf("%s: Parse of %d bytes took %v", name, len(data), d)
		}
		if le := (*LoadError)(nil); !errors.As(err, &le) || le.Errors() < 20000 {
			t.Errorf("%s: want 20000 errors or more, got %.100v", name, err)
		}
	}
}

// FuzzParse checks that Parse never panics and finishes quickly, and that
// it returns either a register or a *LoadError with at least one error,
// every problem placed in the file.
func FuzzParse(f *testing.F) {
	// The embedded register seeds the fuzzer cut to its first three
	// obligations: inputs grown from the whole file take long to run and
	// longer to minimize. The bad registers bring the other fields.
	seed := EmbeddedSource()
	if i := bytes.Index(seed, []byte("\n  - no: 4\n")); i > 0 {
		seed = seed[:i+1]
	}
	f.Add(seed)
	files, err := filepath.Glob(filepath.Join("..", "testdata", "bad", "*.yaml"))
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
		start := time.Now()
		reg, err := Parse("fuzz.yaml", data)
		if d := time.Since(start); d > 2*time.Second {
			t.Fatalf("Parse took %v", d)
		}
		var problems []*Problem
		switch {
		case err == nil && reg == nil:
			t.Fatal("Parse returned neither a register nor an error")
		case err == nil:
			problems = reg.Warnings
		case reg != nil:
			t.Fatalf("Parse returned a register and an error: %v", err)
		default:
			var le *LoadError
			if !errors.As(err, &le) {
				t.Fatalf("error is %T, not *LoadError: %v", err, err)
			}
			if le.Errors() == 0 {
				t.Fatalf("LoadError holds warnings only: %v", err)
			}
			problems = le.Problems
		}
		lines := 1
		for i, c := range string(data) {
			if isBreak(c) && !(c == '\r' && i+1 < len(data) && data[i+1] == '\n') {
				lines++
			}
		}
		for _, p := range problems {
			if p.File != "fuzz.yaml" {
				t.Fatalf("problem %q names file %q", p, p.File)
			}
			if p.Line < 0 || p.Line > lines || p.Col < 0 {
				t.Fatalf("problem %q is outside the file's %d lines", p, lines)
			}
		}
	})
}
