package main

import (
	"errors"
	"io"
	"io/fs"
	"iter"
	"path/filepath"

	"github.com/spf13/cobra"

	"opendata/export"
	"opendata/schedule"
)

// calendarsKey marks, in a command's annotations, the commands that take
// --format ics.
const calendarsKey = "opendata.calendars"

var writesCalendars = map[string]string{calendarsKey: "yes"}

// defaultRemind is the reminder of every event unless --remind says
// otherwise: a week before, as ics.go's trigger times it.
var defaultRemind = []schedule.Span{{N: 7, Unit: 'd'}}

// maxRemind bounds --remind, per unit: about a year before the deadline.
var maxRemind = map[byte]int{'d': 366, 'w': 52, 'm': 12, 'W': 250}

type exportOptions struct {
	due    dueOptions
	output string
	remind string
}

func (a *app) exportCommand() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "export",
		Short: "Write the deadlines to a file for other programs",
		Long:  `Write the deadlines to a file for other programs: ics for calendar clients.`,
		Args:  cobra.NoArgs,
	}
	cmd.AddCommand(a.exportICSCommand(), a.exportHTMLCommand())
	return cmd
}

func (a *app) exportICSCommand() *cobra.Command {
	o := &exportOptions{}
	cmd := &cobra.Command{
		Use:   "ics",
		Short: "Write the deadlines as an iCalendar (.ics) file (default: this year)",
		Long: `Write the deadlines of a window as an iCalendar file (RFC 5545) that
Outlook, Google Calendar, Apple Calendar and Thunderbird import: one
all-day event per deadline (stages included) on its due date, marked free,
with the data set, the period, the responsible units, the act's wording,
the nominal date and why it moved, in the language of --lang.

The window and filter flags are those of due; without a window flag the
window is this year. The file goes to -o FILE, written atomically (on any
error an existing FILE is left as it was), or to stdout. "due --format ics"
writes the same calendar to stdout with the default reminder.

Events keep their UID from one export to the next, and exporting the same
data twice gives the same bytes; a due date moved by new calendar data
gets a higher SEQUENCE. Outlook's import adds events rather than updating
them: import into a calendar of its own, and replace that calendar to
update. See docs/calendar-clients.md.`,
		Example: `  opendata export ics --year 2017 -o order113-2017.ics
  opendata export ics --lang ru --unit hr --remind 5wd -o hr.ics
  opendata export ics --quarter 2017-Q2 --remind none > q2.ics`,
		Args:        cobra.NoArgs,
		Annotations: writesCalendars,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return a.runExportICS(cmd, o)
		},
	}
	fs := cmd.Flags()
	o.due.window.addFlags(fs)
	o.due.filter.addFlags(fs)
	addEventFlag(cmd, &o.due.events)
	fs.StringVarP(&o.output, "output", "o", "", "write to `FILE` instead of stdout (- is stdout)")
	fs.StringVar(&o.remind, "remind", "7d", "remind a `span` before each deadline, at 09:00: 7d, 2w, 1m, 5wd (working days) or none")
	return cmd
}

func (a *app) runExportICS(cmd *cobra.Command, o *exportOptions) error {
	if cmd.Flags().Changed("format") && a.format != "ics" {
		return usagef("--format %s: export ics writes iCalendar; use due for %s", a.format, a.format)
	}
	remind, err := parseRemind(o.remind)
	if err != nil {
		return err
	}
	if !windowChosen(cmd) {
		cmd.Flags().Set("year", thisOne)
	}
	ctx, occ, err := a.selectDue(cmd, &o.due, defaultSpan)
	if err != nil {
		return err
	}
	write := func(w io.Writer) error { return a.writeICS(w, ctx.Each(occ), remind) }
	if o.output == "" || o.output == "-" {
		return write(a.stdout)
	}
	if err := export.WriteFile(o.output, write); err != nil {
		return writeError(o.output, err)
	}
	return nil
}

// writeICS writes rows as a calendar named after the register and the
// window they were selected from, one event at a time.
func (a *app) writeICS(w io.Writer, rows iter.Seq[export.Row], remind []schedule.Span) error {
	return export.StreamICS(w, rows, export.ICSOptions{
		Register: a.reg, Calendar: a.cal, Lang: a.lang, Window: a.window, Remind: remind,
	})
}

// windowChosen reports whether any flag that chooses a window was given.
func windowChosen(cmd *cobra.Command) bool {
	for _, name := range []string{"month", "quarter", "year", "week", "within", "from", "to"} {
		if cmd.Flags().Changed(name) {
			return true
		}
	}
	return false
}

// parseRemind reads --remind: a span, or none.
func parseRemind(s string) ([]schedule.Span, error) {
	if s == "none" {
		return nil, nil
	}
	sp, err := schedule.ParseSpan(s)
	if err != nil {
		return nil, badf("--remind: %v, or none", err)
	}
	if sp.N > maxRemind[sp.Unit] {
		return nil, badf("--remind %s: more than a year before the deadline", s)
	}
	return []schedule.Span{sp}, nil
}

// writeError says why a file could not be written, naming it as given.
func writeError(path string, err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	if errors.Is(err, fs.ErrNotExist) {
		return badf("cannot write %s: the directory %s does not exist", path, filepath.Dir(path))
	}
	return badf("cannot write %s: %v", path, err)
}
