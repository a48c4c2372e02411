package export_test

import (
	"bytes"
	"fmt"
	"strings"

	"opendata/export"
	"opendata/register"
	"opendata/schedule"
)

// One deadline of April 2017 as a calendar event, in English, with a
// reminder a week before: 15 April is a Saturday, so the event sits on
// Monday 17 April.
func ExampleICS() {
	reg, err := register.Embedded()
	if err != nil {
		panic(err)
	}
	cal, err := schedule.DefaultCalendar()
	if err != nil {
		panic(err)
	}
	april := schedule.MonthWindow(2017, 4)
	var occ []register.Occurrence
	for _, o := range reg.Resolve(cal, april, nil) {
		if o.Obligation.No == 4 {
			occ = append(occ, o)
		}
	}
	rows := export.Context{Register: reg, Calendar: cal, Lang: "en"}.Rows(occ)

	var buf bytes.Buffer
	week := []schedule.Span{{N: 7, Unit: 'd'}}
	opts := export.ICSOptions{Register: reg, Calendar: cal, Lang: "en", Window: april, Remind: week}
	if err := export.ICS(&buf, rows, opts); err != nil {
		panic(err)
	}
	for _, line := range strings.Split(buf.String(), "\r\n") {
		for _, p := range []string{"X-WR-CALNAME", "UID", "SEQUENCE", "DTSTART", "DTEND", "SUMMARY", "TRIGGER"} {
			if strings.HasPrefix(line, p+":") || strings.HasPrefix(line, p+";") {
				fmt.Println(line)
			}
		}
	}
	// Output:
	// X-WR-CALNAME:Open data deadlines: Order No. 113 (April 2017)
	// UID:act113-20161231-no4-2017-Q1@opendata
	// SEQUENCE:0
	// DTSTART;VALUE=DATE:20170417
	// DTEND;VALUE=DATE:20170418
	// SUMMARY:No. 4 Information on the Agency's vacancies — Q1 2017
	// TRIGGER;RELATED=START:-P6DT15H
}
