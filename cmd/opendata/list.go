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

func (a *app) listCommand() *cobra.Command {
	f := &filterOptions{}
	cmd := &cobra.Command{
		Use:   "list",
		Short: "List the register's obligations",
		Long: `List the obligations of the register: number, data set, period, deadline
rule, source and responsible units.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if err := a.load(); err != nil {
				return err
			}
			keep, err := f.matcher(a.reg)
			if err != nil {
				return err
			}
			var obs []*register.Obligation
			for _, o := range a.reg.Obligations {
				if keep(o) {
					obs = append(obs, o)
				}
			}
			return a.writeObligations(obs)
		},
	}
	f.addFlags(cmd.Flags())
	return cmd
}

// obligationView is an obligation as list and show print it for machines.
type obligationView struct {
	No        int            `json:"no"`
	Name      string         `json:"name"`
	Period    string         `json:"period"`
	Deadlines []deadlineView `json:"deadlines"`
	Wording   wordingView    `json:"wording"`
	Source    string         `json:"source"`
	Units     []string       `json:"units"`
	UnitNames []string       `json:"unit_names"`
	Waiting   bool           `json:"waiting_for_event"`
	Note      string         `json:"note,omitempty"`
}

type deadlineView struct {
	Stage     string `json:"stage,omitempty"`
	StageName string `json:"stage_name,omitempty"`
	Rule      string `json:"rule"`
}

type wordingView struct {
	Period   string `json:"period"`
	Deadline string `json:"deadline"`
}

func (a *app) view(o *register.Obligation) obligationView {
	v := obligationView{No: o.No, Name: o.Name.In(a.lang), Period: o.Period.String(),
		Wording: wordingView{o.Wording.Period, o.Wording.Deadline}, Source: o.Source,
		Units: o.Units, Waiting: o.EventDriven(), Note: o.Note.In(a.lang)}
	if v.Units == nil {
		v.Units = []string{}
	}
	for _, d := range o.Deadlines {
		v.Deadlines = append(v.Deadlines, deadlineView{Stage: d.Stage, StageName: d.StageName.In(a.lang), Rule: d.Rule.String()})
	}
	for _, u := range o.Units {
		v.UnitNames = append(v.UnitNames, a.reg.Units[u].Short.In(a.lang))
	}
	return v
}

func (a *app) writeObligations(obs []*register.Obligation) error {
	views := make([]obligationView, len(obs))
	for i, o := range obs {
		views[i] = a.view(o)
	}
	switch a.format {
	case "json":
		enc := json.NewEncoder(a.stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(views)
	case "csv":
		rows := [][]string{}
		for _, v := range views {
			rows = append(rows, []string{strconv.Itoa(v.No), v.Name, v.Period, rules(v.Deadlines),
				v.Source, strings.Join(v.Units, "; "), strings.Join(v.UnitNames, "; ")})
		}
		header := []string{"no", "name", "period", "rule", "source", "units", "unit_names"}
		return export.Records(a.stdout, header, rows, !a.noHeader)
	}
	rows := [][]string{}
	for _, v := range views {
		rule := rules(v.Deadlines)
		if v.Waiting {
			rule += " (" + export.Words(a.lang).Waiting() + ")"
		}
		rows = append(rows, []string{strconv.Itoa(v.No), v.Name, periodWords(v.Period, a.lang),
			rule, strings.Join(v.UnitNames, ", ")})
	}
	return export.Grid(a.stdout, listHeaders[a.lang], rows, a.env.Width, 1)
}

var listHeaders = map[string][]string{
	schedule.Kazakh:  {"№", "Деректер жиыны", "Кезеңі", "Мерзімі", "Жауапты"},
	schedule.Russian: {"№", "Набор данных", "Периодичность", "Срок", "Ответственные"},
	schedule.English: {"No", "Data set", "Updated", "Deadline", "Units"},
}

var periodKindWords = map[string]map[string]string{
	schedule.Kazakh:  {"annual": "жыл сайын", "semiannual": "жарты жылда бір рет", "quarterly": "тоқсан сайын", "monthly": "ай сайын", "on-event": "оқиға бойынша"},
	schedule.Russian: {"annual": "ежегодно", "semiannual": "раз в полугодие", "quarterly": "ежеквартально", "monthly": "ежемесячно", "on-event": "по событию"},
	schedule.English: {"annual": "annually", "semiannual": "twice a year", "quarterly": "quarterly", "monthly": "monthly", "on-event": "after each event"},
}

func periodWords(kind, lang string) string { return periodKindWords[lang][kind] }

func rules(ds []deadlineView) string {
	parts := make([]string, len(ds))
	for i, d := range ds {
		parts[i] = d.Rule
		if d.Stage != "" {
			parts[i] = fmt.Sprintf("%s: %s", d.Stage, d.Rule)
		}
	}
	return strings.Join(parts, "; ")
}
