package main

import (
	"strings"

	"github.com/spf13/cobra"

	"opendata/export"
	"opendata/register"
	"opendata/schedule"
)

type checkOptions struct {
	horizon string
	since   string
	filter  filterOptions
	events  []string
}

// defaultHorizon is how far ahead check looks when --horizon is not given.
var defaultHorizon = schedule.Span{N: 5, Unit: 'W'}

func (a *app) checkCommand() *cobra.Command {
	o := &checkOptions{}
	cmd := &cobra.Command{
		Use:   "check",
		Short: "Fail when a deadline is overdue, or due soon, and not published: for CI and cron",
		Long: `Check the publication log (--log FILE or $OPENDATA_LOG) against the
deadlines: list every deadline that is not published and is overdue, due
today, or due within the horizon (default: 5 working days), and exit with
status 1 when there is any, 0 when there is none.

Deadlines are looked at from --since (default: a year before today, but not
before the act took force) to the end of the horizon. A publication the log
dates after today does not count yet, so --today replays any past day.
Stage deadlines (hand-ins before the final one) are not checked.`,
		Example: `  opendata check --log publications.yaml
  opendata check --horizon 10wd --unit hr --format json
  OPENDATA_LOG=publications.yaml opendata check --since 2017-01-01 --today 2017-10-27`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return a.runCheck(o)
		},
	}
	f := cmd.Flags()
	f.StringVar(&o.horizon, "horizon", defaultHorizon.String(), "also fail on deadlines due within this `span` of today: 5wd, 10d, 2w")
	f.StringVar(&o.since, "since", "", "look at deadlines due from `DATE` on (default: a year before today)")
	o.filter.addFlags(f)
	addEventFlag(cmd, &o.events)
	return cmd
}

func (a *app) runCheck(o *checkOptions) error {
	if _, err := a.needLog("check"); err != nil {
		return err
	}
	if err := a.load(); err != nil {
		return err
	}
	today, err := a.today()
	if err != nil {
		return err
	}
	span, err := schedule.ParseSpan(o.horizon)
	if err != nil {
		return badf("--horizon: %v", err)
	}
	w := schedule.Window{From: max(today.AddMonths(-12), a.actStart()), To: a.cal.After(today, span)}
	if o.since != "" {
		if w.From, err = dateArg(o.since); err != nil {
			return badf("--since: %v", err)
		}
		if w.From > today {
			return badf("--since %s is after today, %s", w.From, today)
		}
	}
	keep, err := o.filter.matcher(a.reg)
	if err != nil {
		return err
	}
	events, err := a.events(o.events)
	if err != nil {
		return err
	}

	var open []register.Occurrence
	if w.From <= w.To {
		if err := a.windowNotices(w); err != nil {
			return err
		}
		for _, e := range a.log.Entries(a.cal, filter(a.reg.Resolve(a.cal, w, events), keep), today) {
			if e.Status.Open() {
				open = append(open, e.Occurrence)
			}
		}
	}
	if err := a.writeChecked(a.context(today).Rows(open)); err != nil {
		return err
	}
	if len(open) > 0 {
		return &checkFailed{msg: "opendata: " + a.logMsg("openCount", a.checkSummary(open, today, w.To))}
	}
	if a.env.Terminal {
		a.notice("%s", a.logMsg("clear", export.ShortDate(w.To)))
	}
	return nil
}

func (a *app) writeChecked(rows []export.Row) error {
	switch a.format {
	case "json":
		return export.JSON(a.stdout, rows)
	case "csv":
		return a.writeCSV(rows)
	}
	if len(rows) == 0 {
		return nil
	}
	return export.Table(a.stdout, rows, a.lang, a.env.Width)
}

// checkSummary counts what check found: "2 overdue, 1 due today, 3 due by
// 10.04.2017".
func (a *app) checkSummary(open []register.Occurrence, today, end schedule.Date) string {
	var overdue, dueToday, soon int
	for _, o := range open {
		switch {
		case o.Due < today:
			overdue++
		case o.Due == today:
			dueToday++
		default:
			soon++
		}
	}
	var parts []string
	if overdue > 0 {
		parts = append(parts, a.logMsg("overdue", overdue))
	}
	if dueToday > 0 {
		parts = append(parts, a.logMsg("dueToday", dueToday))
	}
	if soon > 0 {
		parts = append(parts, a.logMsg("dueSoon", export.ShortDate(end), soon))
	}
	return strings.Join(parts, ", ")
}
