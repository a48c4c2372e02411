package main

import (
	"encoding/json"
	"fmt"
	"strconv"
	"strings"

	"github.com/spf13/cobra"

	"opendata/export"
	"opendata/register"
	"opendata/schedule"
)

func (a *app) showCommand() *cobra.Command {
	var next int
	cmd := &cobra.Command{
		Use:   "show N",
		Short: "Show one obligation in full, with its next deadlines",
		Long: `Show one obligation in full: the act's wording of its period and deadline,
the parsed rule, its units and notes, and its next deadlines from today.`,
		Example: "  opendata show 23\n  opendata show 4 --next 8 --format json",
		Args:    cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			no, err := strconv.Atoi(args[0])
			if err != nil {
				return usagef("show %q: expected an obligation number", args[0])
			}
			if next < 0 || next > 1000 {
				return usagef("--next %d: expected 0 to 1000", next)
			}
			return a.runShow(no, next)
		},
	}
	cmd.Flags().IntVar(&next, "next", 4, "how many of the next deadlines to show")
	return cmd
}

func (a *app) runShow(no, next int) error {
	if err := a.load(); err != nil {
		return err
	}
	o := a.reg.Obligation(no)
	if o == nil {
		return badf("no obligation %d in %s", no, a.reg.File)
	}
	today, err := a.today()
	if err != nil {
		return err
	}
	events, err := a.events(nil)
	if err != nil {
		return err
	}
	only := func(x *register.Obligation) bool { return x.No == no }
	rows := a.context(today).Rows(a.reg.Upcoming(a.cal, today, next, events, only))
	v := a.view(o)
	switch a.format {
	case "json":
		enc := json.NewEncoder(a.stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(struct {
			obligationView
			Next []export.Row `json:"next"`
		}{v, rows})
	case "csv":
		return export.CSV(a.stdout, rows, !a.noHeader)
	}
	return a.writeShow(v, rows)
}

// writeShow prints an obligation for people: a list of labelled fields,
// then its next deadlines as the due table shows them.
func (a *app) writeShow(v obligationView, rows []export.Row) error {
	l := showLabels[a.lang]
	w := a.stdout
	fmt.Fprintf(w, "%s %d. %s\n\n", l[0], v.No, v.Name)
	field := func(label, value string) {
		if value != "" {
			fmt.Fprintf(w, "  %-14s %s\n", label+":", value)
		}
	}
	field(l[1], periodWords(v.Period, a.lang))
	field(l[2], rules(v.Deadlines))
	field(l[3], v.Wording.Period+" / "+v.Wording.Deadline)
	field(l[4], v.Source)
	field(l[5], strings.Join(v.UnitNames, "; "))
	field(l[6], v.Note)
	fmt.Fprintln(w)
	if v.Waiting && len(rows) == 0 {
		fmt.Fprintf(w, "%s\n", export.Words(a.lang).Waiting())
		return nil
	}
	return export.Table(w, rows, a.lang, a.env.Width)
}

var showLabels = map[string][]string{
	schedule.Kazakh:  {"№", "Кезеңі", "Ереже", "Бұйрықта", "Дереккөзі", "Жауапты", "Ескерту"},
	schedule.Russian: {"№", "Периодичность", "Правило", "В приказе", "Источник", "Ответственные", "Примечание"},
	schedule.English: {"No.", "Updated", "Rule", "The act says", "Source", "Units", "Note"},
}
