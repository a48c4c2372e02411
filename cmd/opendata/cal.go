package main

import (
	"io"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"opendata/export"
	"opendata/register"
	"opendata/schedule"
)

type calOptions struct {
	window windowOptions // only --month and --year
	three  bool
	load   bool
	color  string
	filter filterOptions
	events []string
}

func (a *app) calCommand() *cobra.Command {
	o := &calOptions{}
	cmd := &cobra.Command{
		Use:   "cal",
		Short: "Show months as grids with their deadlines, holidays and days off marked",
		Long: `Show a month (default: this month), three months around it (-3), or a
year as month grids, weeks from Monday to Sunday, and under them the
deadlines of the months shown, as due lists them.

Each day is five columns: a mark, the day, and its deadlines.
  •       one deadline falls due that day; ²³ the count when there are several
  *       a holiday (on any day of the week)
  ~       a substitute or transferred day off
  +       a Saturday or Sunday made a working day
  >       today
Saturdays and Sundays are told by their column. The marks are the same with
and without colour.

--load adds a line per year shown: one bar per week, Monday to Sunday, as
high as the week's deadlines are many next to the busiest week's.

--color chooses colour: auto (the default) colours on a terminal unless
NO_COLOR is set; always and never decide regardless, for pagers and tests.`,
		Example: `  opendata cal
  opendata cal --month 2017-03 --lang en
  opendata cal -3 --today 2017-03-10
  opendata cal --year 2017 --load
  opendata cal --year --color=always | less -R`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return a.runCal(cmd, o)
		},
	}
	fs := cmd.Flags()
	fs.StringVar(&o.window.month, "month", "", "the month `YYYY-MM` (this month when no value is given)")
	fs.StringVar(&o.window.year, "year", "", "the year `YYYY` (this year when no value is given)")
	for _, name := range []string{"month", "year"} {
		fs.Lookup(name).NoOptDefVal = thisOne
	}
	fs.BoolVarP(&o.three, "three", "3", false, "the month and the months before and after it")
	fs.BoolVar(&o.load, "load", false, "add the deadlines per week of each year shown")
	fs.StringVar(&o.color, "color", "auto", "colour: `when` is auto, always or never")
	o.filter.addFlags(fs)
	addEventFlag(cmd, &o.events)
	return cmd
}

func (a *app) runCal(cmd *cobra.Command, o *calOptions) error {
	if a.format != "table" {
		return usagef("--format %s: cal draws month grids; due writes json and csv", a.format)
	}
	color, err := a.colorOn(o.color)
	if err != nil {
		return err
	}
	if err := a.load(); err != nil {
		return err
	}
	today, err := a.today()
	if err != nil {
		return err
	}
	win, err := o.months(cmd.Flags(), a.cal, today)
	if err != nil {
		return err
	}
	keep, err := o.filter.matcher(a.reg)
	if err != nil {
		return err
	}
	if err := a.windowNotices(win); err != nil {
		return err
	}
	events, err := a.events(o.events)
	if err != nil {
		return err
	}

	occ := filter(a.reg.Resolve(a.cal, win, events), keep)
	ctx := a.context(today)
	style := export.GridStyle{Color: color, Width: a.env.Width}
	yearOcc := func(y int) []register.Occurrence {
		return filter(a.reg.Resolve(a.cal, schedule.YearWindow(y), events), keep)
	}
	if err := a.drawCal(ctx, win, occ, style, o.load, yearOcc); err != nil {
		return err
	}

	if o.filter.active() {
		a.waitingNotices(keep, events)
	}
	if len(occ) == 0 {
		a.emptyNotice(win, events, keep)
		return nil
	}
	io.WriteString(a.stdout, "\n")
	return a.writeRows(ctx, occ)
}

// drawCal writes the month grids of win and their legend, and with load
// the load line of each year win touches; yearOcc gives a year's
// deadlines. a.stdout is buffered: a failed write shows when Main flushes.
func (a *app) drawCal(ctx export.Context, win schedule.Window, occ []register.Occurrence, style export.GridStyle,
	load bool, yearOcc func(int) []register.Occurrence) error {
	if err := ctx.Months(a.stdout, win, occ, style); err != nil {
		return err
	}
	io.WriteString(a.stdout, "\n")
	if err := ctx.Legend(a.stdout, style); err != nil {
		return err
	}
	for y := win.From.Year(); load && y <= win.To.Year(); y++ {
		io.WriteString(a.stdout, "\n")
		if err := ctx.LoadLine(a.stdout, y, yearOcc(y), style); err != nil {
			return err
		}
	}
	return nil
}

// months returns the months to show: --month or --year, else this month;
// with -3, the month and one on either side.
func (o *calOptions) months(fs *pflag.FlagSet, cal *schedule.Calendar, today schedule.Date) (schedule.Window, error) {
	if o.three && fs.Changed("year") {
		return schedule.Window{}, usagef("-3 and --year choose different windows: give one")
	}
	w := schedule.MonthWindow(today.Year(), today.Month())
	if fs.Changed("month") || fs.Changed("year") {
		var err error
		if w, err = o.window.window(fs, cal, today, schedule.Span{}); err != nil {
			return w, err
		}
	}
	if !o.three {
		return w, nil
	}
	w = schedule.MonthsAround(w.From, 1)
	if w.From.Year() < register.MinYear || w.To.Year() > register.MaxYear {
		return w, badf("window %s: years must lie within %d..%d", w, register.MinYear, register.MaxYear)
	}
	return w, nil
}

// colorOn decides whether to colour the output: always or never as
// --color says, and for auto only on a terminal when NO_COLOR is unset.
func (a *app) colorOn(mode string) (bool, error) {
	switch mode {
	case "always":
		return true, nil
	case "never":
		return false, nil
	case "auto":
		return a.env.Terminal && a.env.Getenv("NO_COLOR") == "", nil
	}
	return false, usagef("--color %q: expected auto, always or never", mode)
}
