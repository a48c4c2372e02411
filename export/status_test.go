package export

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"opendata/publog"
	"opendata/register"
	"opendata/schedule"
)

// statusRows resolves April 2017 for obligations 4 and 14, on 19 April,
// with 4 published late and 14 not at all.
func statusRows(t *testing.T, withLog bool) []Row {
	t.Helper()
	reg, err := register.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	cal, err := schedule.DefaultCalendar()
	if err != nil {
		t.Fatal(err)
	}
	ctx := Context{Register: reg, Calendar: cal, Today: schedule.D(2017, time.April, 19), Lang: schedule.English}
	if withLog {
		src := "publications:\n  - {no: 4, period: 2017-Q1, published: 2017-04-18}\n"
		if ctx.Log, err = publog.Parse("log.yaml", []byte(src), reg); err != nil {
			t.Fatal(err)
		}
	}
	var occ []register.Occurrence
	for _, o := range reg.Resolve(cal, schedule.MonthWindow(2017, time.April), nil) {
		if n := o.Obligation.No; n == 4 || n == 14 {
			occ = append(occ, o)
		}
	}
	return ctx.Rows(occ)
}

func TestStatusJSONAndCSV(t *testing.T) {
	var plain bytes.Buffer
	JSON(&plain, statusRows(t, false))
	if strings.Contains(plain.String(), `"status"`) {
		t.Errorf("a row without a log has a status:\n%s", plain.String())
	}

	rows := statusRows(t, true)
	var out bytes.Buffer
	if err := JSON(&out, rows); err != nil {
		t.Fatal(err)
	}
	var got []map[string]any
	if err := json.Unmarshal(out.Bytes(), &got); err != nil {
		t.Fatal(err)
	}
	if got[0]["status"] != "late" || got[0]["published"] != "2017-04-18" || got[0]["late_by_working_days"] != 1.0 {
		t.Errorf("No. 4: %v", got[0])
	}
	if got[1]["status"] != "overdue" || got[1]["published"] != nil || got[1]["late_by_working_days"] != 2.0 {
		t.Errorf("No. 14: %v", got[1])
	}

	out.Reset()
	if err := CSV(&out, rows, true); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	if !strings.HasSuffix(lines[0], ",wording,status,published,late_by_working_days") ||
		!strings.HasSuffix(lines[1], ",late,2017-04-18,1") || !strings.HasSuffix(lines[2], ",overdue,,2") {
		t.Errorf("CSV:\n%s", out.String())
	}
	out.Reset()
	TrackedCSV(&out, nil, true)
	if !strings.HasSuffix(strings.TrimSpace(out.String()), ",status,published,late_by_working_days") {
		t.Errorf("an empty CSV made with a log: %s", out.String())
	}
}

func TestStatusTable(t *testing.T) {
	var out bytes.Buffer
	if err := Table(&out, statusRows(t, true), schedule.English, 200); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"Status", "late by 1 working day, 18.04.2017", "overdue by 2 working days"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("no %q in\n%s", want, out.String())
		}
	}
	if strings.Contains(out.String(), "Left") {
		t.Errorf("the days-left heading stays:\n%s", out.String())
	}
}

// An overdue deadline says so at the start of its calendar event's title.
func TestStatusICS(t *testing.T) {
	rows := statusRows(t, true)
	reg, _ := register.Embedded()
	cal, _ := schedule.DefaultCalendar()
	var out bytes.Buffer
	o := ICSOptions{Register: reg, Calendar: cal, Lang: schedule.English, Window: schedule.MonthWindow(2017, time.April)}
	if err := ICS(&out, rows, o); err != nil {
		t.Fatal(err)
	}
	ics := strings.ReplaceAll(out.String(), "\r\n ", "")
	if n := strings.Count(ics, "SUMMARY:[overdue] No. 14 "); n != 1 {
		t.Errorf("%d overdue titles for No. 14:\n%s", n, ics)
	}
	if strings.Contains(ics, "SUMMARY:[overdue] No. 4 ") {
		t.Error("a published deadline is marked overdue")
	}
}
