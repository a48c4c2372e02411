package main

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/spf13/cobra"

	"opendata/export"
	"opendata/register"
	"opendata/schedule"
)

func addEventFlag(cmd *cobra.Command, dst *[]string) {
	cmd.Flags().StringArrayVar(dst, "event", nil,
		"an event `N=DATE` for event-driven obligation N (repeatable), besides the events file")
}

// events returns the events of the events file (--events, or events.yaml
// beside --register) and of --event flags, checked against the register.
func (a *app) events(flags []string) ([]register.Event, error) {
	var events []register.Event
	path := a.eventsFile
	if path == "" && a.registerFile != "" {
		if p, ok := register.EventsBeside(a.registerFile); ok {
			path = p
		}
	}
	if path != "" {
		var err error
		events, err = register.LoadEvents(path, a.reg)
		if err != nil {
			return nil, &inputError{err: err}
		}
	}
	for _, f := range flags {
		ev, err := parseEventFlag(f)
		if err != nil {
			return nil, err
		}
		if err := a.reg.CheckEvent(ev); err != nil {
			return nil, badf("--event %s: %v", f, err)
		}
		events = append(events, ev)
	}
	return events, nil
}

func parseEventFlag(s string) (register.Event, error) {
	no, date, ok := strings.Cut(s, "=")
	n, err := strconv.Atoi(no)
	if !ok || err != nil {
		return register.Event{}, badf("--event %q: expected N=DATE, e.g. 15=2017-03-17", s)
	}
	d, err := schedule.ParseDate(date)
	if err != nil {
		return register.Event{}, badf("--event %q: %v", s, err)
	}
	return register.Event{No: n, Date: d}, nil
}

func (a *app) deadlineCommand() *cobra.Command {
	var event string
	var explain bool
	cmd := &cobra.Command{
		Use:   "deadline N --event DATE",
		Short: "The due date of an event-driven obligation for an event on DATE",
		Long: `Print the due date of event-driven obligation N (an analysis, an approval,
a signed plan) when its event happened on DATE. With --explain, show the
counting day by day: which days counted, which were skipped and why, and
where rolling moved the last day.`,
		Example: "  opendata deadline 15 --event 2017-03-17 --explain",
		Args:    cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if event == "" {
				return usagef("deadline needs --event DATE")
			}
			return a.runDeadline(args[0], event, explain)
		},
	}
	cmd.Flags().StringVar(&event, "event", "", "the `DATE` the event happened (YYYY-MM-DD)")
	cmd.Flags().BoolVar(&explain, "explain", false, "show the counting day by day")
	return cmd
}

func (a *app) runDeadline(noArg, dateArg string, explain bool) error {
	if err := a.load(); err != nil {
		return err
	}
	ev, err := parseEventFlag(noArg + "=" + dateArg)
	if err != nil {
		return err
	}
	if err := a.reg.CheckEvent(ev); err != nil {
		return badf("%v", err)
	}
	o := a.reg.Obligation(ev.No)
	rule := o.Deadlines[len(o.Deadlines)-1].Rule
	steps := a.cal.Explain(rule, ev.Date, a.reg.Act.Roll)
	due := steps[len(steps)-1].Day.Date
	a.calendarNotices(schedule.Window{From: ev.Date, To: due})
	if explain && a.format == "table" {
		a.writeSteps(steps)
	}
	if a.format == "json" {
		_, err := fmt.Fprintf(a.stdout, "{\"no\":%d,\"event\":%q,\"rule\":%q,\"due\":%q,\"weekday\":%q}\n",
			o.No, ev.Date, rule.String(), due, due.Weekday())
		return err
	}
	_, err = fmt.Fprintf(a.stdout, "%s %s\n", due, export.Weekday(due.Weekday(), a.lang))
	return err
}

// writeSteps prints a count day by day.
func (a *app) writeSteps(steps []schedule.Step) {
	for _, s := range steps {
		d := s.Day.Date
		mark := fmt.Sprintf("%3d", s.Count)
		why := ""
		switch {
		case s.Rolled && s.Day.Working():
			mark, why = "  →", export.DueWord(a.lang)
		case s.Rolled:
			mark, why = "  ↷", export.Reason(a.cal, d, a.lang)
		case s.Count == 0:
			mark, why = "  -", export.Reason(a.cal, d, a.lang)
		case !s.Day.Working():
			why = export.Reason(a.cal, d, a.lang)
		}
		if s.Day.Kind == schedule.Weekend {
			why = export.DayStatus(false, a.lang)
		}
		line := fmt.Sprintf("%s %s  %-11s %s", mark, export.ShortDate(d), export.Weekday(d.Weekday(), a.lang), why)
		fmt.Fprintln(a.stdout, strings.TrimRight(line, " "))
	}
}

func (a *app) workdaysCommand() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "workdays",
		Short: "Working-day arithmetic on the Kazakh calendar",
		Long: `Answer the quick questions: what is N working days after a date, and how
many working days lie between two dates. Day 1 is the first working day
after the date; working Saturdays and Sundays count.`,
	}
	add := &cobra.Command{
		Use:     "add DATE N",
		Short:   "The N-th working day after DATE (before it when N is negative)",
		Example: "  opendata workdays add 2017-03-17 10",
		Args:    cobra.ExactArgs(2),
		RunE: func(cmd *cobra.Command, args []string) error {
			d, err := dateArg(args[0])
			if err != nil {
				return err
			}
			n, err := strconv.Atoi(args[1])
			if err != nil || n < -100000 || n > 100000 {
				return badf("%q: expected a whole number of working days", args[1])
			}
			cal, err := schedule.DefaultCalendar()
			if err != nil {
				return err
			}
			a.cal = cal
			got := cal.AddWorkdays(d, n)
			a.calendarNotices(orderedWindow(d, got))
			_, err = fmt.Fprintf(a.stdout, "%s %s\n", got, export.Weekday(got.Weekday(), a.lang))
			return err
		},
	}
	// Flags come before the arguments, so that a negative N is not taken
	// for a flag: opendata workdays add --lang en 2017-03-24 -1.
	add.Flags().SetInterspersed(false)
	between := &cobra.Command{
		Use:     "between FROM TO",
		Short:   "The number of working days after FROM up to and including TO",
		Example: "  opendata workdays between 2026-12-03 2026-12-31",
		Args:    cobra.ExactArgs(2),
		RunE: func(cmd *cobra.Command, args []string) error {
			from, err := dateArg(args[0])
			if err != nil {
				return err
			}
			to, err := dateArg(args[1])
			if err != nil {
				return err
			}
			cal, err := schedule.DefaultCalendar()
			if err != nil {
				return err
			}
			a.cal = cal
			a.calendarNotices(orderedWindow(from, to))
			_, err = fmt.Fprintln(a.stdout, cal.WorkdaysBetween(from, to))
			return err
		},
	}
	cmd.AddCommand(add, between)
	return cmd
}

func dateArg(s string) (schedule.Date, error) {
	d, err := schedule.ParseDate(s)
	if err != nil {
		return 0, badf("%v", err)
	}
	if y := d.Year(); y < register.MinYear || y > register.MaxYear {
		return 0, badf("%s: year %d is outside %d..%d", s, y, register.MinYear, register.MaxYear)
	}
	return d, nil
}

func orderedWindow(a, b schedule.Date) schedule.Window {
	if b < a {
		a, b = b, a
	}
	return schedule.Window{From: a, To: b}
}
