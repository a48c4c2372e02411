package publog

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"opendata/register"
	"opendata/schedule"
)

func embedded(t *testing.T) *register.Register {
	t.Helper()
	reg, err := register.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	return reg
}

const small = `# The agency's publications.
# Kept by hand and by opendata done.

publications:
  - {no: 4, period: 2017-Q1, published: 2017-04-14, url: "https://data.egov.kz/datasets/view?index=vacancies", by: "a.seitkali"}
  - no: 1
    period: 2016
    published: 2017-02-17
    note: "first: \"corrected\" on 20.02"
  - {no: 15, event: 2017-03-17, published: 2017-04-04}
  - {no: 4, period: 2016-Q4, published: 2017-01-16}
`

func TestParseAndWrite(t *testing.T) {
	l, err := Parse("log.yaml", []byte(small), embedded(t))
	if err != nil {
		t.Fatal(err)
	}
	want := `# The agency's publications.
# Kept by hand and by opendata done.
publications:
  - {no: 1, period: 2016, published: 2017-02-17, note: "first: \"corrected\" on 20.02"}
  - {no: 4, period: 2016-Q4, published: 2017-01-16}
  - {no: 4, period: 2017-Q1, published: 2017-04-14, url: "https://data.egov.kz/datasets/view?index=vacancies", by: "a.seitkali"}
  - {no: 15, event: 2017-03-17, published: 2017-04-04}
`
	if got := string(l.Bytes()); got != want {
		t.Fatalf("written:\n%s\nwant:\n%s", got, want)
	}
	// What Write writes, Parse reads back to the same bytes.
	again, err := Parse("log.yaml", l.Bytes(), embedded(t))
	if err != nil {
		t.Fatal(err)
	}
	if string(again.Bytes()) != want {
		t.Errorf("not stable:\n%s", again.Bytes())
	}
	r, ok := l.Find(1, "2016")
	if !ok || r.Line != 6 || r.Note != `first: "corrected" on 20.02` || r.Published != schedule.D(2017, 2, 17) {
		t.Errorf("Find(1, 2016) = %+v, %v", r, ok)
	}
	if _, ok := l.Find(15, "event-2017-03-17"); !ok {
		t.Error("event record not found")
	}
}

func TestEmptyLog(t *testing.T) {
	for _, src := range []string{"", "# nothing yet\n", "publications:\n", "publications: []\n"} {
		l, err := Parse("log.yaml", []byte(src), embedded(t))
		if err != nil || l.Len() != 0 {
			t.Errorf("%q: %v, %d records", src, err, l.Len())
		}
	}
	if got := string(New("log.yaml").Bytes()); !strings.HasSuffix(got, "\npublications: []\n") ||
		!strings.HasPrefix(got, "# Publication log") {
		t.Errorf("an empty log is written as\n%s", got)
	}
}

// Every mistake is reported at once, as FILE:LINE:COL: where: what.
func TestParseProblems(t *testing.T) {
	tests := []struct {
		name, src string
		want      []string
	}{
		{"syntax", "publications:\n  - {no: 4, period: 2017-Q1\n",
			[]string{"log.yaml:2: invalid YAML: the { on this line is not closed by }"}},
		{"unclosed among others", "publications:\n  - {no: 4, period: 2017-Q1, published: 2017-04-14}\n  - {no: 5, period: 2017-Q1\n  - {no: 14, period: 2017-Q1, published: 2017-04-14}\n",
			[]string{"log.yaml:3: invalid YAML: the { on this line is not closed by }"}},
		{"merge conflict", "publications:\n<<<<<<< HEAD\n  - {no: 4, period: 2017-Q1, published: 2017-04-14}\n=======\n  - {no: 5, period: 2017-Q1, published: 2017-04-25}\n>>>>>>> other\n",
			[]string{"log.yaml:2:1: a git merge conflict is not resolved: keep the records of both sides and delete the lines that start with <<<<<<<, ======= and >>>>>>>"}},
		{"not a list", "publications: 4\n",
			[]string{`log.yaml:1:15: publications: expected a list, found the number 4`}},
		{"unknown key", "records: []\n",
			[]string{`log.yaml:1:1: unknown field "records" (known: publications)`}},
		{"fields", `publications:
  - {no: 4, period: 2017-Q5, published: 2017-04-14}
  - {no: 4, period: 2017-Q1, published: 2017-04-31}
  - {no: 99, period: 2017, published: 2017-04-14}
  - {no: 4, period: 2017, published: 2017-04-14}
  - {no: 15, period: 2017, published: 2017-04-14}
  - {no: 1, event: 2017-03-17, published: 2017-04-14}
  - {no: 4, period: 2017-Q2, published: 2017-07-14, url: "data.egov.kz"}
  - {no: 4, period: 2017-Q3, published: 2017-10-14, when: today}
  - {no: 4, period: 2017-Q3}
  - {no: 4, period: 2017-Q4, event: 2017-03-17, published: 2018-01-10}
  - {no: "4", period: 2018-Q1, published: 2018-04-10}
  - {no: 1, period: 2016, published: 2017-02-17}
  - {no: 1, period: 2016, published: 2017-02-18}
  - {no: 1, period: 2017, published: 2018-02-17, no: 2}
`, []string{
			`log.yaml:2:21: publication #1: period: period "2017-Q5": expected YYYY, YYYY-H1, YYYY-Q1 or YYYY-MM`,
			`log.yaml:3:41: publication #2: published: 2017-04-31: April 2017 has 30 days`,
			`log.yaml:4:5: publication #3: no obligation 99 in order113.yaml`,
			`log.yaml:5:5: publication #4: obligation 4 closes quarterly periods, written YYYY-Q1 to YYYY-Q4, not "2017"`,
			`log.yaml:6:5: publication #5: obligation 15 counts from an event: give the event's date (event), not a period`,
			`log.yaml:7:5: publication #6: obligation 1 does not count from an event: give the period it covers (period)`,
			`log.yaml:8:58: publication #7: url: "data.egov.kz" is not an http or https address`,
			`log.yaml:9:53: publication #8: unknown field "when" (known: no, period, event, published, url, by, note)`,
			`log.yaml:10:5: publication #9: a publication needs the obligation's number (no) and the day it was published (published)`,
			`log.yaml:11:5: publication #10: give a period or an event, not both`,
			`log.yaml:12:10: publication #11: no: expected an obligation number, found "4" in quotes`,
			`log.yaml:14:5: publication #13: obligation 1, 2016 is recorded already, at line 13`,
			`log.yaml:15:50: publication #14: field "no" given twice`,
		}},
		{"binary", "publications:\n  - {no: 4\x00}\n",
			[]string{"log.yaml:2:11: file is not text: control character U+0000"}},
	}
	reg := embedded(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse("log.yaml", []byte(tt.src), reg)
			var le *register.LoadError
			if !errors.As(err, &le) {
				t.Fatalf("error %v, want a *register.LoadError", err)
			}
			got := strings.Split(le.Error(), "\n")
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("got:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}

func TestAdd(t *testing.T) {
	l := New("log.yaml")
	r := Record{No: 4, Period: schedule.Period{Kind: schedule.Quarterly, Year: 2017, N: 1}, Published: schedule.D(2017, 4, 14)}
	if err := l.Add(r, false); err != nil {
		t.Fatal(err)
	}
	r2 := r
	r2.Published = schedule.D(2017, 4, 17)
	var ee *ExistsError
	if err := l.Add(r2, false); !errors.As(err, &ee) || ee.Existing.Published != r.Published {
		t.Fatalf("adding twice: %v", err)
	}
	if err := l.Add(r2, true); err != nil {
		t.Fatal(err)
	}
	if got, _ := l.Find(4, "2017-Q1"); l.Len() != 1 || got.Published != r2.Published {
		t.Errorf("after replacing: %d records, %+v", l.Len(), got)
	}
}

// update is the read-modify-write that the command does, with a plain
// write: the lock is what is tested here.
func update(path string, reg *register.Register, change func(*Log) error) error {
	unlock, err := Lock(path)
	if err != nil {
		return err
	}
	defer unlock()
	l, err := LoadOrNew(path, reg)
	if err != nil {
		return err
	}
	if err := change(l); err != nil {
		return err
	}
	tmp := path + ".new"
	if err := os.WriteFile(tmp, l.Bytes(), 0o644); err != nil {
		return err
	}
	return os.Rename(tmp, path)
}

func TestLoad(t *testing.T) {
	dir := t.TempDir()
	missing := filepath.Join(dir, "log.yaml")
	if _, err := Load(missing, nil); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("Load of a missing file: %v", err)
	}
	if l, err := LoadOrNew(missing, nil); err != nil || l.Len() != 0 || l.File != missing {
		t.Errorf("LoadOrNew of a missing file: %v", err)
	}
	os.WriteFile(missing, []byte("publications: {}\n"), 0o644)
	if _, err := LoadOrNew(missing, nil); err == nil || !strings.HasPrefix(err.Error(), missing+":1:") {
		t.Errorf("LoadOrNew of a bad file: %v", err)
	}
}

// Updates from many goroutines at once all land: the lock is taken on a
// file of its own, which excludes other opens in the same process too.
func TestLockConcurrent(t *testing.T) {
	path := filepath.Join(t.TempDir(), "log.yaml")
	reg := embedded(t)
	annual := []int{1, 2, 3, 6, 7, 8, 9, 10, 11, 12, 13, 18, 19, 22, 23, 24, 26, 27, 28, 29}
	var wg sync.WaitGroup
	errs := make(chan error, len(annual))
	for _, no := range annual {
		wg.Add(1)
		go func() {
			defer wg.Done()
			errs <- update(path, reg, func(l *Log) error {
				return l.Add(Record{No: no, Period: schedule.Period{Year: 2016},
					Published: schedule.D(2017, time.February, 17)}, false)
			})
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Error(err)
		}
	}
	l, err := Load(path, reg)
	if err != nil {
		t.Fatal(err)
	}
	if l.Len() != len(annual) {
		t.Errorf("%d records, want %d", l.Len(), len(annual))
	}
	if _, err := os.Stat(path + LockSuffix); err != nil {
		t.Errorf("no lock file beside the log: %v", err)
	}
}
