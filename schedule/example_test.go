package schedule_test

import (
	"fmt"

	"opendata/schedule"
)

// A quarterly data set due by the 15th of the month after each quarter:
// 15 April 2017 is a Saturday, so the deadline moves to Monday 17 April.
func ExampleResolve() {
	cal, err := schedule.DefaultCalendar()
	if err != nil {
		panic(err)
	}
	rule := schedule.MustParseRule("15th of the month after the reporting period")
	items := []schedule.Item{{Period: schedule.Quarterly, Deadlines: []schedule.Deadline{{Rule: rule}}}}
	april := schedule.Window{From: schedule.D(2017, 4, 1), To: schedule.D(2017, 4, 30)}

	for _, o := range schedule.Resolve(cal, items, april, nil) {
		day := cal.Day(o.Nominal)
		fmt.Printf("%s: %s → %s (%s)\n", o.Period, o.Nominal, o.Due, day.Weekday())
	}
	// Output:
	// 2017-Q1: 2017-04-15 → 2017-04-17 (Saturday)
}

// Ten working days after a certificate signed on Friday 17 March 2017:
// Saturday 18 March was a working day, 20 March a day off transferred
// from it, and 21-23 March Nauryz.
func ExampleCalendar_AddWorkdays() {
	cal, err := schedule.DefaultCalendar()
	if err != nil {
		panic(err)
	}
	signed := schedule.D(2017, 3, 17)
	due := cal.AddWorkdays(signed, 10)
	fmt.Println(due, due.Weekday())
	fmt.Println(cal.WorkdaysBetween(signed, due), "working days")
	// Output:
	// 2017-04-05 Wednesday
	// 10 working days
}
