package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// fixtureLog is the example publication log of 2017: every deadline of
// 2017 published, some late, except No. 32 and No. 5 for Q3.
const fixtureLog = "../../testdata/publog/publications-2017.yaml"

// check runs at several days of 2017 against the fixture: the exit status
// and the deadlines listed, as "no period status".
func TestCheckThrough2017(t *testing.T) {
	tests := []struct {
		today string
		flags []string
		code  int
		want  []string
	}{
		// 33 of Q4 2016 is late, but published only on 10 March.
		{"2017-01-03", nil, 1, []string{"16 2016-Q4 upcoming", "24 2016 upcoming", "32 2016-Q4 upcoming", "30 2016-Q4 upcoming"}},
		{"2017-01-03", []string{"--horizon", "0wd"}, 0, nil},
		{"2017-03-01", nil, 1, []string{"33 2016-Q4 overdue"}},
		{"2017-03-13", nil, 0, nil},
		// 4 and 14 are published (14 on the Saturday before), 25 is not.
		{"2017-04-17", nil, 1, []string{"25 2017-Q1 due-today", "17 2017-Q1 upcoming"}},
		{"2017-04-17", []string{"--horizon", "2wd"}, 1, []string{"25 2017-Q1 due-today"}},
		{"2017-04-26", nil, 1, []string{"25 2017-Q1 overdue"}},
		{"2017-04-26", []string{"--unit", "hr"}, 0, nil},
		{"2017-08-01", nil, 0, nil},
		{"2017-10-27", nil, 1, []string{"32 2017-Q3 overdue", "5 2017-Q3 overdue"}},
		{"2017-10-27", []string{"--since", "2017-10-06"}, 1, []string{"5 2017-Q3 overdue"}},
		{"2017-10-27", []string{"--no", "4", "--no", "14"}, 0, nil},
	}
	for _, tt := range tests {
		name := tt.today + " " + strings.Join(tt.flags, " ")
		t.Run(name, func(t *testing.T) {
			args := append([]string{"check", "--log", fixtureLog, "--today", tt.today, "--format", "json"}, tt.flags...)
			stdout, stderr, code := run(t, args...)
			if code != tt.code {
				t.Fatalf("exit %d, want %d; stderr:\n%s", code, tt.code, stderr)
			}
			if (code == 0) != (stderr == "") {
				t.Errorf("stderr %q with exit %d", stderr, code)
			}
			var rows []struct {
				No     int    `json:"no"`
				Period string `json:"period"`
				Status string `json:"status"`
			}
			if err := json.Unmarshal([]byte(stdout), &rows); err != nil {
				t.Fatalf("%v:\n%s", err, stdout)
			}
			var got []string
			for _, r := range rows {
				got = append(got, strings.Join([]string{itoa(r.No), r.Period, r.Status}, " "))
			}
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("listed:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}

// report sums 2017 up against the fixture, compared with golden files;
// go test -update rewrites them.
func TestReportGolden(t *testing.T) {
	tests := []struct {
		golden string
		args   []string
	}{
		{"report-2017-by-unit.txt", []string{"--lang", "en"}},
		{"report-2017-by-obligation.csv", []string{"--by", "obligation", "--format", "csv", "--lang", "en"}},
		{"report-2017-by-unit.json", []string{"--format", "json", "--lang", "en"}},
	}
	for _, tt := range tests {
		t.Run(tt.golden, func(t *testing.T) {
			args := append([]string{"report", "--year", "2017", "--log", fixtureLog, "--today", "2018-03-01"}, tt.args...)
			stdout, stderr, code := run(t, args...)
			if code != 0 || stderr != "" {
				t.Fatalf("exit %d, stderr %q", code, stderr)
			}
			path := filepath.Join("testdata", tt.golden)
			if *update {
				if err := os.WriteFile(path, []byte(stdout), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			if stdout != string(want) {
				t.Errorf("report differs from %s:\n%s", path, stdout)
			}
		})
	}
}

// The fixture is written as done writes logs: reading and writing it again
// gives the same bytes.
func TestFixtureLogIsCanonical(t *testing.T) {
	dir := t.TempDir()
	data, err := os.ReadFile(fixtureLog)
	if err != nil {
		t.Fatal(err)
	}
	log := filepath.Join(dir, "log.yaml")
	os.WriteFile(log, data, 0o644)
	// Recording a deadline and replacing it with itself rewrites the file.
	args := []string{"done", "4", "--period", "2017-Q1", "--on", "2017-04-17", "--replace",
		"--url", "https://data.egov.kz/datasets/view?index=vacancies", "--by", "a.seitkali",
		"--log", log, "--today", "2018-03-01", "--lang", "en"}
	stdout, stderr, code := run(t, args...)
	if code != 0 || stdout != "replaced No. 4, Q1 2017 (due 17.04.2017): on time, 17.04.2017\n" {
		t.Fatalf("exit %d, stdout %q, stderr %q", code, stdout, stderr)
	}
	again, _ := os.ReadFile(log)
	if string(again) != string(data) {
		t.Errorf("the fixture is not in the form done writes:\n%s", again)
	}
}
