package main

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"strings"

	"github.com/spf13/cobra"
	"gopkg.in/yaml.v3"

	"opendata/publog"
	"opendata/register"
	"opendata/schedule"
)

func (a *app) validateCommand() *cobra.Command {
	var kind string
	cmd := &cobra.Command{
		Use:   "validate [FILE...]",
		Short: "Check registers, events files and calendar data files",
		Long: `Check each file and print every problem on a line of its own, as
FILE:LINE:COL: message (the form editors jump to), then a summary. A file's
kind (register, events, log or calendar) is told from its content unless
--kind is given; events files and publication logs are checked against
--register (default: the built-in register). Without files, the built-in register and calendar are
checked.

Exit status: 2 when there are errors; with warnings only, 0, or 1 with
--strict.`,
		Example: "  opendata validate my-register.yaml events.yaml\n  opendata validate --kind calendar kzcalendar.yaml",
		RunE: func(cmd *cobra.Command, args []string) error {
			switch kind {
			case "", "register", "events", "log", "calendar":
			default:
				return usagef("--kind %q: expected register, events, log or calendar", kind)
			}
			return a.runValidate(args, kind)
		},
	}
	cmd.Flags().StringVar(&kind, "kind", "", "the kind of every FILE: register, events, log or calendar")
	return cmd
}

// tally counts what validation found.
type tally struct{ files, errors, warnings int }

func (a *app) runValidate(files []string, kind string) error {
	var t tally
	if len(files) == 0 {
		t.files = 2
		a.validateData(&t, register.EmbeddedName, register.EmbeddedSource(), "register")
		a.validateEmbeddedCalendar(&t)
	}
	for _, f := range files {
		t.files++
		data, err := os.ReadFile(f)
		if err != nil {
			a.problem(&t, false, "%v", err)
			continue
		}
		if len(data) > register.MaxFileSize {
			a.problem(&t, false, "%s: file is %d bytes, more than the limit of %d", f, len(data), register.MaxFileSize)
			continue
		}
		k := kind
		if k == "" {
			k = detectKind(data)
		}
		a.validateData(&t, f, data, k)
	}
	fmt.Fprintf(a.stdout, "%d %s checked: %d %s, %d %s\n", t.files, plural(t.files, "file", "files"),
		t.errors, plural(t.errors, "error", "errors"), t.warnings, plural(t.warnings, "warning", "warnings"))
	switch {
	case t.errors > 0:
		return &checkFailedBad{}
	case t.warnings > 0 && a.strict:
		return &checkFailed{}
	}
	return nil
}

// checkFailedBad ends validation that found errors with exit status 2;
// the problems were printed already.
type checkFailedBad struct{}

func (*checkFailedBad) Error() string { return "" }

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

func (a *app) problem(t *tally, warning bool, format string, args ...any) {
	if warning {
		t.warnings++
	} else {
		t.errors++
	}
	fmt.Fprintf(a.stdout, format+"\n", args...)
}

// detectKind tells a file's kind by its top-level keys.
func detectKind(data []byte) string {
	var top map[string]yaml.Node
	if err := yaml.Unmarshal(data, &top); err == nil {
		switch {
		case top["events"].Kind != 0:
			return "events"
		case top["publications"].Kind != 0:
			return "log"
		case top["years"].Kind != 0 || top["statutory"].Kind != 0:
			return "calendar"
		}
	}
	return "register"
}

func (a *app) validateData(t *tally, name string, data []byte, kind string) {
	switch kind {
	case "calendar":
		c, err := schedule.ParseCalendar(name, data)
		if err != nil {
			a.problem(t, false, "%v", err)
			return
		}
		a.calendarWarnings(t, name, data, c)
	case "events", "log":
		reg, err := a.validationRegister()
		if err != nil {
			a.problem(t, false, "%v", err)
			return
		}
		if kind == "log" {
			_, err = publog.Parse(name, data, reg)
		} else {
			_, err = register.ParseEvents(name, data, reg)
		}
		a.loadProblems(t, err, nil)
	default:
		reg, err := register.Parse(name, data)
		var warnings []*register.Problem
		if reg != nil {
			warnings = reg.Warnings
		}
		a.loadProblems(t, err, warnings)
	}
}

// validationRegister is the register events files are checked against.
func (a *app) validationRegister() (*register.Register, error) {
	if a.registerFile != "" {
		return register.LoadFile(a.registerFile)
	}
	return register.Embedded()
}

func (a *app) loadProblems(t *tally, err error, warnings []*register.Problem) {
	var le *register.LoadError
	switch {
	case errors.As(err, &le):
		for _, p := range le.Problems {
			a.problem(t, p.Warning, "%s", p.Error())
		}
	case err != nil:
		a.problem(t, false, "%v", err)
	}
	for _, w := range warnings {
		a.problem(t, true, "%s", w.Error())
	}
}

func (a *app) validateEmbeddedCalendar(t *tally) {
	c, err := schedule.DefaultCalendar()
	if err != nil {
		a.problem(t, false, "%v", err)
		return
	}
	a.calendarWarnings(t, "kzcalendar.yaml", schedule.EmbeddedCalendarSource(), c)
}

// calendarWarnings warns of provisional years and unconfirmed entries.
func (a *app) calendarWarnings(t *tally, name string, data []byte, c *schedule.Calendar) {
	for y := c.FirstYear(); y <= c.LastYear(); y++ {
		info := c.Year(y)
		if info.Coverage == schedule.Provisional {
			a.problem(t, true, "%s:%d: warning: year %d is provisional", name, lineOf(data, fmt.Sprintf("\n  %d:", y)), y)
		}
		for _, d := range info.Uncertain {
			a.problem(t, true, "%s:%d: warning: %s is uncertain: %s", name, lineOf(data, "date: "+d.Date.String()),
				d.Date, firstSentence(d.Uncertain))
		}
	}
}

// lineOf returns the line of the first occurrence of s in data, or 0.
func lineOf(data []byte, s string) int {
	i := bytes.Index(data, []byte(s))
	if i < 0 {
		return 0
	}
	return bytes.Count(data[:i+1], []byte("\n")) + 1 - strings.Count(s[:1], "\n")
}

// firstSentence shortens a remark of the data to its first sentence.
func firstSentence(s string) string {
	end := len(s)
	for _, sep := range []string{". ", "; "} {
		if i := strings.Index(s, sep); i > 0 && i < end {
			end = i
		}
	}
	return s[:end]
}
