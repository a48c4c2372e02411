package main

import (
	"errors"
	"strconv"

	"github.com/spf13/cobra"

	"opendata/export"
	"opendata/publog"
	"opendata/register"
	"opendata/schedule"
)

type doneOptions struct {
	period, event string
	on            string
	url, by, note string
	replace       bool
}

func (a *app) doneCommand() *cobra.Command {
	o := &doneOptions{}
	cmd := &cobra.Command{
		Use:   "done N",
		Short: "Record in the publication log that obligation N's data set was published",
		Long: `Record in the publication log (--log FILE or $OPENDATA_LOG) that the data
set of obligation N was published: for which reporting period (or event),
on which day (default: today), and optionally where, by whom and why. The
log is created with the first record.

Without --period or --event the record is for the earliest deadline of N
that is not recorded yet and is due by the day of publication, or closes a
period that was over by then; the line printed names it. Only the year
before the day of publication is searched: give --period for an older one.

A deadline that is recorded already is refused unless --replace is given.
The log is changed under a lock beside it (FILE.lock) and replaced whole,
so that runs at the same moment all land and a failed run leaves the file
as it was. A log that does not parse is refused and left alone.`,
		Example: `  opendata done 4 --log publications.yaml
  opendata done 4 --period 2017-Q1 --on 2017-04-14 --url https://data.egov.kz/datasets/view?index=vacancies
  opendata done 15 --event 2017-03-17 --on 2017-04-04 --by a.seitkali
  opendata done 4 --period 2017-Q1 --on 2017-04-12 --replace --note "first upload was empty"`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			no, err := strconv.Atoi(args[0])
			if err != nil || no < 1 {
				return usagef("done %q: expected an obligation number", args[0])
			}
			if o.period != "" && o.event != "" {
				return usagef("--period and --event name different deadlines: give one")
			}
			return a.runDone(no, o)
		},
	}
	f := cmd.Flags()
	f.StringVar(&o.period, "period", "", "the reporting period `LABEL` published: 2016, 2017-H1, 2017-Q1 or 2017-03")
	f.StringVar(&o.event, "event", "", "for an obligation that counts from an event: the event's `DATE`")
	f.StringVar(&o.on, "on", "", "the `DATE` the data set was published (default: today)")
	f.StringVar(&o.url, "url", "", "the data set's `URL` on the portal")
	f.StringVar(&o.by, "by", "", "who records the publication")
	f.StringVar(&o.note, "note", "", "a note on the publication")
	f.BoolVar(&o.replace, "replace", false, "replace the record of a deadline that is recorded already")
	return cmd
}

func (a *app) runDone(no int, o *doneOptions) error {
	path, err := a.needLog("done")
	if err != nil {
		return err
	}
	a.ownLog = true
	if err := a.load(); err != nil {
		return err
	}
	ob := a.reg.Obligation(no)
	if ob == nil {
		return badf("no obligation %d in %s", no, a.reg.File)
	}
	today, err := a.today()
	if err != nil {
		return err
	}
	on, err := o.day(today)
	if err != nil {
		return err
	}
	events, err := a.events(nil)
	if err != nil {
		return err
	}

	var occ register.Occurrence
	replaced := false
	err = a.updateLog(path, func(l *publog.Log) error {
		if occ, err = a.pick(l, ob, o, on, events); err != nil {
			return err
		}
		rec := o.record(occ, on)
		_, replaced = l.Find(no, rec.Key())
		err := l.Add(rec, o.replace)
		var exists *publog.ExistsError
		if errors.As(err, &exists) {
			return badf("%v: give --replace to change it", err)
		}
		return err
	})
	if err != nil {
		return err
	}
	return a.writeDone(a.context(today).Rows([]register.Occurrence{occ}), replaced)
}

// day checks the flags' values and returns the day of publication: --on,
// or today.
func (o *doneOptions) day(today schedule.Date) (schedule.Date, error) {
	if o.url != "" {
		if err := publog.CheckURL(o.url); err != nil {
			return 0, badf("--url: %v", err)
		}
	}
	if o.on == "" {
		return today, nil
	}
	on, err := dateArg(o.on)
	if err != nil {
		return 0, badf("--on: %v", err)
	}
	if on > today {
		return 0, badf("--on %s is after today, %s: record a publication once it is made", on, today)
	}
	return on, nil
}

// record returns the log's record of a publication of occ on day on.
func (o *doneOptions) record(occ register.Occurrence, on schedule.Date) publog.Record {
	rec := publog.Record{No: occ.Obligation.No, Published: on, URL: o.url, By: o.by, Note: o.note}
	if occ.Event != nil {
		rec.Event = occ.Event.Date
	} else {
		rec.Period = occ.Period
	}
	return rec
}

// pick finds the deadline a publication on day on settles: the one --period
// or --event names, or the earliest one not recorded (see publog.Log.Next).
func (a *app) pick(l *publog.Log, ob *register.Obligation, o *doneOptions, on schedule.Date, events []register.Event) (register.Occurrence, error) {
	mine := func(w schedule.Window, events []register.Event) []register.Occurrence {
		var out []register.Occurrence
		for _, x := range a.reg.Resolve(a.cal, w, events) {
			if x.Obligation == ob && x.Stage == "" {
				out = append(out, x)
			}
		}
		return out
	}
	switch {
	case o.period != "":
		p, err := schedule.ParsePeriod(o.period)
		if err != nil {
			return register.Occurrence{}, badf("--period: %v", err)
		}
		if err := publog.Check(a.reg, publog.Record{No: ob.No, Period: p}); err != nil {
			return register.Occurrence{}, badf("--period %s: %v", o.period, err)
		}
		for _, x := range mine(schedule.Window{From: p.Start(), To: p.End().AddMonths(24)}, nil) {
			if x.Period == p {
				return x, nil
			}
		}
		return register.Occurrence{}, badf("obligation %d has no deadline for the period %s", ob.No, p)
	case o.event != "":
		d, err := dateArg(o.event)
		if err != nil {
			return register.Occurrence{}, badf("--event: %v", err)
		}
		if err := publog.Check(a.reg, publog.Record{No: ob.No, Event: d}); err != nil {
			return register.Occurrence{}, badf("--event %s: %v", o.event, err)
		}
		ev := []register.Event{{No: ob.No, Date: d}}
		if xs := mine(schedule.Window{From: d, To: d.AddMonths(24)}, ev); len(xs) > 0 {
			return xs[0], nil
		}
		return register.Occurrence{}, badf("obligation %d has no deadline for an event on %s", ob.No, d)
	}
	if ob.EventDriven() && !hasEvent(events, ob.No) {
		return register.Occurrence{}, usagef("obligation %d counts from an event: give --event DATE", ob.No)
	}
	from := max(on.AddMonths(-12), a.actStart())
	if x, ok := l.Next(mine(schedule.Window{From: from, To: on.AddMonths(13)}, events), on); ok {
		return x, nil
	}
	what := "--period"
	if ob.EventDriven() {
		what = "--event"
	}
	return register.Occurrence{}, badf("obligation %d has no deadline left to record for a publication on %s: give %s",
		ob.No, on, what)
}

// writeDone tells what was recorded: a line for people, the row for
// machines.
func (a *app) writeDone(rows []export.Row, replaced bool) error {
	switch a.format {
	case "json":
		return export.JSON(a.stdout, rows)
	case "csv":
		return a.writeCSV(rows)
	}
	r := rows[0]
	what := r.PeriodText
	if r.Event != "" {
		what = a.logMsg("event", export.ShortDate(r.Occurrence.Event.Date))
	}
	key := "recorded"
	if replaced {
		key = "replaced"
	}
	_, err := a.stdout.WriteString(a.logMsg(key, r.No, what, export.ShortDate(r.Occurrence.Due),
		export.StatusText(r, a.lang)) + "\n")
	return err
}
