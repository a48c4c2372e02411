package register_test

import (
	"strconv"
	"strings"
	"testing"

	"opendata/register"
	"opendata/schedule"
)

// The three event-driven obligations over holidays and transferred days.
func TestEventDeadlines(t *testing.T) {
	reg := embedded(t)
	cal, err := schedule.DefaultCalendar()
	if err != nil {
		t.Fatal(err)
	}
	events, err := register.LoadEvents("../testdata/events/events.yaml", reg)
	if err != nil {
		t.Fatal(err)
	}
	w := schedule.Window{From: schedule.D(2017, 1, 1), To: schedule.D(2025, 12, 31)}
	var got []string
	for _, o := range reg.Resolve(cal, w, events) {
		if o.Event != nil {
			got = append(got, o.Obligation.Deadlines[0].Rule.String()[:2]+" "+
				strings.Join([]string{strconv.Itoa(o.Obligation.No), o.Event.Date.String(), o.Nominal.String(), o.Due.String()}, " "))
		}
	}
	want := []string{
		// Certificate signed Friday 17 March 2017: Saturday 18 March worked,
		// 20 March transferred, 21-23 March Nauryz.
		"10 15 2017-03-17 2017-04-05 2017-04-05",
		// Friday 24 November 2017: 1 December First President Day.
		"10 15 2017-11-24 2017-12-11 2017-12-11",
		// Approved Friday 20 April 2018: + 10 = Monday 30 April,
		// transferred day off; 1 May Unity Day.
		"10 20 2018-04-20 2018-04-30 2018-05-02",
		// Signed Friday 27 December 2024: + 10 = Monday 6 January 2025.
		"10 21 2024-12-27 2025-01-06 2025-01-06",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestParseEventsErrors(t *testing.T) {
	reg := embedded(t)
	tests := []struct{ name, data, want string }{
		{"unknown obligation", "events:\n  - {no: 99, date: 2017-01-10}\n",
			"ev.yaml:2:5: event #1: no obligation 99 in order113.yaml"},
		{"not event-driven", "events:\n  - {no: 4, date: 2017-01-10}\n",
			`ev.yaml:2:5: event #1: obligation 4 is not event-driven: its deadline is "15th of the month after the reporting period"`},
		{"not a date", "events:\n  - {no: 15, date: 2017-02-30}\n",
			`ev.yaml:2:20: event #1: date: 2017-02-30: February 2017 has 28 days`},
		{"duplicate", "events:\n  - {no: 15, date: 2017-03-17}\n  - {no: 15, date: 2017-03-17}\n",
			"ev.yaml:3:5: event #2: obligation 15 already has an event on 2017-03-17, at line 2"},
		{"missing date", "events:\n  - {no: 15}\n",
			"ev.yaml:2:5: event #1: an event needs the obligation's number (no) and a date"},
		{"unknown field", "events:\n  - {no: 15, date: 2017-03-17, when: x}\n",
			`ev.yaml:2:32: event #1: unknown field "when" (known: no, date, label, doc)`},
	}
	for _, tt := range tests {
		_, err := register.ParseEvents("ev.yaml", []byte(tt.data), reg)
		if err == nil {
			t.Errorf("%s: no error", tt.name)
			continue
		}
		if first := strings.SplitN(err.Error(), "\n", 2)[0]; first != tt.want {
			t.Errorf("%s:\n got %s\nwant %s", tt.name, first, tt.want)
		}
	}
}
