package main

import (
	"bufio"
	"fmt"
	"io"
	"time"

	"github.com/spf13/cobra"

	"opendata/export"
	"opendata/publog"
	"opendata/register"
	"opendata/schedule"
)

// Env is what a run of the program gets from its process: streams, the
// clock, the environment, and what stdout is.
type Env struct {
	Stdin          io.Reader
	Stdout, Stderr io.Writer
	Now            func() time.Time
	Getenv         func(string) string
	// Terminal reports whether stdout is a terminal, and Width its width.
	Terminal bool
	Width    int
}

// app holds the global options and what the commands share.
type app struct {
	env    Env
	stdout *bufio.Writer

	registerFile string
	format       string
	lang         string
	noHeader     bool
	todayFlag    string
	strict       bool
	eventsFile   string
	logFile      string

	reg *register.Register
	cal *schedule.Calendar
	// log is the publication log, if one is given; ownLog is set by a
	// command that reads it itself.
	log    *publog.Log
	ownLog bool
	// window is the window rows were selected from: it names a calendar.
	window schedule.Window
}

// Main runs the command line args and returns the exit status.
func Main(args []string, env Env) int {
	a := &app{env: env, stdout: bufio.NewWriterSize(env.Stdout, 64<<10)}
	root := a.rootCommand()
	root.SetArgs(joinOptionalValues(args))
	root.SetIn(env.Stdin)
	root.SetOut(a.stdout)
	root.SetErr(env.Stderr)
	err := root.Execute()
	if ferr := a.stdout.Flush(); err == nil && ferr != nil {
		err = badf("writing the output: %v", ferr)
	}
	usage := ""
	if cmd, _, findErr := root.Find(args); findErr == nil && cmd != nil {
		usage = fmt.Sprintf("Run '%s --help' for usage.", cmd.CommandPath())
	}
	lang := a.lang
	if export.CheckLanguage(lang) != nil {
		lang = schedule.English // the language itself was the mistake
	}
	return exitCode(err, env.Stderr, usage, lang)
}

func (a *app) rootCommand() *cobra.Command {
	root := &cobra.Command{
		Use:   "opendata",
		Short: "Deadlines of the open data register of Order No. 113, on the Kazakh working-day calendar",
		Long: `opendata turns a register of open data publication obligations into dated
deadlines on the Kazakh working-day calendar (holidays, substitute days off,
decree transfers). The register of Order No. 113 of 31 December 2016 is
built in; --register reads another register of the same shape.

Deadlines that fall on a non-working day move to the next working day;
"N working days after D" counts from the first working day after D.
"Today" is the date in the register's time zone (Asia/Almaty) unless
--today is given.

` + exitHelp,
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	root.SetFlagErrorFunc(func(_ *cobra.Command, err error) error {
		return &usageError{message{"%s", []any{err.Error()}}}
	})
	pf := root.PersistentFlags()
	pf.StringVar(&a.registerFile, "register", "", "read the register from `FILE` instead of the built-in one")
	pf.StringVarP(&a.format, "format", "f", "table", "output `format`: table, json or csv; ics for due")
	pf.StringVar(&a.lang, "lang", "", "language of names and messages: kk, ru or en (default: $OPENDATA_LANG, the locale, else kk)")
	pf.BoolVar(&a.noHeader, "no-header", false, "leave out the header row of CSV output")
	pf.StringVar(&a.todayFlag, "today", "", "take `DATE` (YYYY-MM-DD) as today")
	pf.BoolVar(&a.strict, "strict", false, "treat notices about the act's validity and warnings as errors")
	pf.StringVar(&a.eventsFile, "events", "", "read events from `FILE` (default: events.yaml beside --register, if any)")
	pf.StringVar(&a.logFile, "log", "", "read the publication log from `FILE` (default: $OPENDATA_LOG)")
	root.PersistentPreRunE = func(cmd *cobra.Command, _ []string) error { return a.setup(cmd) }

	root.AddCommand(a.dueCommand(), a.calCommand(), a.listCommand(), a.showCommand(), a.holidaysCommand(),
		a.deadlineCommand(), a.workdaysCommand(), a.validateCommand(), a.importCommand(),
		a.exportCommand(), a.doneCommand(), a.checkCommand(), a.reportCommand(), a.versionCommand())
	return root
}

// setup checks the global flags for cmd.
func (a *app) setup(cmd *cobra.Command) error {
	if a.lang == "" {
		a.lang = export.DetectLanguage(a.env.Getenv)
	}
	if err := export.CheckLanguage(a.lang); err != nil {
		if a.env.Getenv("OPENDATA_LANG") == a.lang {
			return badf("OPENDATA_LANG: %v", err)
		}
		return usagef("--lang: %v", err)
	}
	switch a.format {
	case "table", "json", "csv":
	case "ics":
		if cmd.Annotations[calendarsKey] == "" {
			return usagef("--format ics: only due and export ics write calendars")
		}
	default:
		return usagef("--format %q: expected table, json or csv", a.format)
	}
	return nil
}

// load reads the register and the calendar, once.
func (a *app) load() error {
	if a.reg != nil {
		return nil
	}
	var err error
	if a.registerFile != "" {
		a.reg, err = register.LoadFile(a.registerFile)
	} else {
		a.reg, err = register.Embedded()
	}
	if err != nil {
		return &inputError{err: err}
	}
	for _, w := range a.reg.Warnings {
		if a.registerFile != "" {
			a.notice("%s", w.Error())
		}
	}
	if a.strict && a.registerFile != "" && len(a.reg.Warnings) > 0 {
		return badf("%s: %d warnings (--strict)", a.registerFile, len(a.reg.Warnings))
	}
	if n := a.reg.MissingText(a.lang); n > 0 {
		a.notice("%s", a.msg("fallback", a.reg.File, n, a.lang))
	}
	a.cal, err = schedule.DefaultCalendar()
	if err != nil {
		return err
	}
	return a.loadLog()
}

// today returns --today or the date now in the register's time zone.
func (a *app) today() (schedule.Date, error) {
	if a.todayFlag != "" {
		d, err := schedule.ParseDate(a.todayFlag)
		if err != nil {
			return 0, usagef("--today: %v", err)
		}
		if y := d.Year(); y < register.MinYear || y > register.MaxYear {
			return 0, usagef("--today: year %d is outside %d..%d", y, register.MinYear, register.MaxYear)
		}
		return d, nil
	}
	return a.reg.Today(a.env.Now())
}

// notice writes a line for people on stderr.
func (a *app) notice(format string, args ...any) {
	fmt.Fprintf(a.env.Stderr, "opendata: "+format+"\n", args...)
}

// context returns what export needs to write rows.
func (a *app) context(today schedule.Date) export.Context {
	return export.Context{Register: a.reg, Calendar: a.cal, Today: today, Lang: a.lang, Log: a.log}
}

// writeRows writes the rows of occ in the chosen format. JSON and CSV are
// written as each row is made, so that a large export holds no more than
// one row at a time.
func (a *app) writeRows(ctx export.Context, occ []register.Occurrence) error {
	switch a.format {
	case "json":
		return export.StreamJSON(a.stdout, ctx.Each(occ))
	case "csv":
		return export.StreamCSV(a.stdout, ctx.Each(occ), !a.noHeader, a.log != nil)
	case "ics":
		return a.writeICS(a.stdout, ctx.Each(occ), defaultRemind)
	}
	if len(occ) == 0 {
		return nil // the notice on stderr says so; a bare header helps no one
	}
	return export.Table(a.stdout, ctx.Rows(occ), a.lang, a.env.Width)
}

// optionalValueFlags take a value that may be left out (--month means this
// month). pflag only reads such a value joined with "=", so a value given
// as the next argument is joined here: --year 2017 means --year=2017.
var optionalValueFlags = map[string]bool{"--month": true, "--quarter": true, "--year": true}

func joinOptionalValues(args []string) []string {
	out := make([]string, 0, len(args))
	for i := 0; i < len(args); i++ {
		a := args[i]
		if a == "--" {
			return append(out, args[i:]...)
		}
		if optionalValueFlags[a] && i+1 < len(args) && looksLikeValue(args[i+1]) {
			out = append(out, a+"="+args[i+1])
			i++
			continue
		}
		out = append(out, a)
	}
	return out
}

// looksLikeValue reports whether an argument is a year, month or quarter
// rather than a flag or a command.
func looksLikeValue(s string) bool {
	return s != "" && s[0] >= '0' && s[0] <= '9'
}
