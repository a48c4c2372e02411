package main

import (
	"io"
	"strconv"

	"github.com/spf13/cobra"

	"opendata/export"
	"opendata/register"
	"opendata/schedule"
)

type exportHTMLOptions struct {
	year   string
	output string
	events []string
}

// exportHTMLCommand returns "export html", which writes the year planner.
func (a *app) exportHTMLCommand() *cobra.Command {
	o := &exportHTMLOptions{}
	cmd := &cobra.Command{
		Use:   "html",
		Short: "Write a year planner: one HTML page to print or read on a phone",
		Long: `Write a year planner as one self-contained HTML page: twelve month grids
with holidays, moved days off and working weekend days marked, the
deadlines of each day under its month (numbers of the data sets, in the
colour and letter of their unit), the deadlines per week of the year, the
units and the data sets, and the act and the calendar's sources.

The page has its styles inline and needs no scripts and no network. It
prints on two A4 pages in landscape and reads on a phone. The file is
written whole or not at all; without -o the page goes to stdout.`,
		Example: `  opendata export html --year 2017 -o planner.html
  opendata export html --year 2018 --lang ru -o planner-ru.html`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return a.runExportHTML(cmd, o)
		},
	}
	fs := cmd.Flags()
	fs.StringVar(&o.year, "year", "", "the year `YYYY` (default: this year)")
	fs.StringVarP(&o.output, "output", "o", "", "write the page to `FILE` instead of stdout")
	addEventFlag(cmd, &o.events)
	return cmd
}

func (a *app) runExportHTML(cmd *cobra.Command, o *exportHTMLOptions) error {
	if cmd.Flags().Changed("format") {
		return usagef("--format %s: export html writes HTML; use due for %s", a.format, a.format)
	}
	if err := a.load(); err != nil {
		return err
	}
	today, err := a.today()
	if err != nil {
		return err
	}
	y := today.Year()
	if cmd.Flags().Changed("year") {
		y, err = strconv.Atoi(o.year)
		if err != nil || len(o.year) != 4 || y < register.MinYear || y > register.MaxYear {
			return usagef("--year %q: expected a year from %d to %d", o.year, register.MinYear, register.MaxYear)
		}
	}
	win := schedule.YearWindow(y)
	if err := a.windowNotices(win); err != nil {
		return err
	}
	events, err := a.events(o.events)
	if err != nil {
		return err
	}

	occ := a.reg.Resolve(a.cal, win, events)
	page := func(w io.Writer) error { return a.context(today).Planner(w, y, occ) }
	if o.output == "" || o.output == "-" {
		return page(a.stdout)
	}
	if err := export.WriteFile(o.output, page); err != nil {
		return writeError(o.output, err)
	}
	return nil
}
