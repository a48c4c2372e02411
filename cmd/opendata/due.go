package main

import (
	"github.com/spf13/cobra"

	"opendata/export"
	"opendata/register"
	"opendata/schedule"
)

type dueOptions struct {
	window windowOptions
	filter filterOptions
	events []string
}

// defaultSpan is the window of due when no window flag is given.
var defaultSpan = schedule.Span{N: 30, Unit: 'd'}

func (a *app) dueCommand() *cobra.Command {
	o := &dueOptions{}
	cmd := &cobra.Command{
		Use:   "due",
		Short: "List the deadlines in a window of dates (default: the next 30 days)",
		Long: `List the deadlines due in a window of dates, sorted by due date. Past
deadlines inside the window are shown too, marked as past. Without a window
flag the window is today and the next 30 days.

A deadline that falls on a non-working day is shown on the working day it
moves to, with its nominal date and the reason.`,
		Example: `  opendata due --month
  opendata due --month 2017-04 --unit hr
  opendata due --year 2017 --format json --today 2017-01-01
  opendata due --within 10wd`,
		Args:        cobra.NoArgs,
		Annotations: writesCalendars,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return a.runDue(cmd, o)
		},
	}
	o.window.addFlags(cmd.Flags())
	o.filter.addFlags(cmd.Flags())
	addEventFlag(cmd, &o.events)
	return cmd
}

func (a *app) runDue(cmd *cobra.Command, o *dueOptions) error {
	ctx, occ, err := a.selectDue(cmd, o, defaultSpan)
	if err != nil {
		return err
	}
	return a.writeRows(ctx, occ)
}

// selectDue is what due and export ics share: it chooses the window (def
// from today when no window flag is given), applies the filters and
// events, tells the notices on stderr and returns the occurrences due,
// with the context that makes rows of them. It keeps
// the window in a.window, which names a calendar file.
func (a *app) selectDue(cmd *cobra.Command, o *dueOptions, def schedule.Span) (export.Context, []register.Occurrence, error) {
	if err := a.load(); err != nil {
		return export.Context{}, nil, err
	}
	today, err := a.today()
	if err != nil {
		return export.Context{}, nil, err
	}
	w, err := o.window.window(cmd.Flags(), a.cal, today, def)
	if err != nil {
		return export.Context{}, nil, err
	}
	keep, err := o.filter.matcher(a.reg)
	if err != nil {
		return export.Context{}, nil, err
	}
	if err := a.windowNotices(w); err != nil {
		return export.Context{}, nil, err
	}
	events, err := a.events(o.events)
	if err != nil {
		return export.Context{}, nil, err
	}
	occ := filter(a.reg.Resolve(a.cal, w, events), keep)
	if o.filter.active() {
		a.waitingNotices(keep, events)
	}
	if len(occ) == 0 {
		a.emptyNotice(w, events, keep)
	}
	a.window = w
	return a.context(today), occ, nil
}

func filter(occ []register.Occurrence, keep func(*register.Obligation) bool) []register.Occurrence {
	out := occ[:0]
	for _, o := range occ {
		if keep(o.Obligation) {
			out = append(out, o)
		}
	}
	return out
}

// emptyNotice says that nothing is due in w, and when the next deadline is.
func (a *app) emptyNotice(w schedule.Window, events []register.Event, keep func(*register.Obligation) bool) {
	ws := export.Words(a.lang)
	msg := ws.NothingDue(describeWindow(w))
	if next := a.reg.Upcoming(a.cal, w.To+1, 1, events, keep); len(next) == 1 {
		n := next[0]
		msg += "; " + ws.NextDue(export.ShortDate(n.Due), n.Obligation.No, n.Obligation.Name.In(a.lang))
	} else {
		msg += "; " + ws.NoneDue()
	}
	a.notice("%s", msg)
}
