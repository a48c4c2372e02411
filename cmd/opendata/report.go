package main

import (
	"encoding/json"
	"fmt"
	"math"
	"strconv"

	"github.com/spf13/cobra"

	"opendata/export"
	"opendata/publog"
	"opendata/register"
	"opendata/schedule"
)

type reportOptions struct {
	year   string
	by     string
	events []string
}

func (a *app) reportCommand() *cobra.Command {
	o := &reportOptions{}
	cmd := &cobra.Command{
		Use:   "report",
		Short: "How a year went: deadlines, published on time, late, missing, per unit or obligation",
		Long: `Sum up a year against the publication log (--log FILE or $OPENDATA_LOG):
for each responsible unit (--by unit, the default) or obligation (--by
obligation), the number of deadlines due in the year, how many were
published on time, late, or are missing (overdue and not published), how
many are still pending (due today or later), and the on-time rate: on time
out of those published or missing.

A deadline of an obligation with several units counts for each of them;
the total counts it once. Stage deadlines are not counted.`,
		Example: `  opendata report --year 2017 --log publications.yaml
  opendata report --year 2017 --by obligation --format csv`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return a.runReport(o)
		},
	}
	f := cmd.Flags()
	f.StringVar(&o.year, "year", "", "the year `YYYY` whose deadlines to sum up (default: this year)")
	f.Lookup("year").NoOptDefVal = thisOne
	f.StringVar(&o.by, "by", "unit", "one line per `unit` or per obligation")
	addEventFlag(cmd, &o.events)
	return cmd
}

func (a *app) runReport(o *reportOptions) error {
	if _, err := a.needLog("report"); err != nil {
		return err
	}
	by, err := publog.ParseGrouping(o.by)
	if err != nil {
		return usagef("--by %v", err)
	}
	if err := a.load(); err != nil {
		return err
	}
	today, err := a.today()
	if err != nil {
		return err
	}
	year := today.Year()
	if o.year != "" && o.year != thisOne {
		year, err = strconv.Atoi(o.year)
		if err != nil || len(o.year) != 4 || year < register.MinYear || year > register.MaxYear {
			return badf("--year %q: expected YYYY from %d to %d, e.g. 2017", o.year, register.MinYear, register.MaxYear)
		}
	}
	w := schedule.YearWindow(year)
	if err := a.windowNotices(w); err != nil {
		return err
	}
	events, err := a.events(o.events)
	if err != nil {
		return err
	}
	entries := a.log.Entries(a.cal, a.reg.Resolve(a.cal, w, events), today)
	lines, total := publog.Summarize(a.reg, entries, by)
	return a.writeReport(reportView(a, year, today, by, lines, total))
}

// reportLine is one line of a report as JSON and CSV give it.
type reportLine struct {
	Unit      string   `json:"unit,omitempty"`
	No        int      `json:"no,omitempty"`
	Name      string   `json:"name"`
	Deadlines int      `json:"deadlines"`
	OnTime    int      `json:"on_time"`
	Late      int      `json:"late"`
	Missing   int      `json:"missing"`
	Pending   int      `json:"pending"`
	Rate      *float64 `json:"on_time_rate"`
}

type report struct {
	Year  int          `json:"year"`
	By    string       `json:"by"`
	Today string       `json:"today"`
	Lines []reportLine `json:"groups"`
	Total reportLine   `json:"total"`
}

func reportView(a *app, year int, today schedule.Date, by publog.Grouping, lines []publog.Line, total publog.Tally) report {
	r := report{Year: year, By: by.String(), Today: today.String(), Lines: []reportLine{}}
	for _, ln := range lines {
		v := tallyView(ln.Tally)
		if by == publog.ByObligation {
			v.No, v.Name = ln.No, a.reg.Obligation(ln.No).Name.In(a.lang)
		} else {
			v.Unit, v.Name = ln.Unit, a.reg.Units[ln.Unit].Short.In(a.lang)
		}
		r.Lines = append(r.Lines, v)
	}
	r.Total = tallyView(total)
	r.Total.Name = a.logMsg("total")
	return r
}

func tallyView(t publog.Tally) reportLine {
	v := reportLine{Deadlines: t.Deadlines, OnTime: t.OnTime, Late: t.Late, Missing: t.Missing, Pending: t.Pending}
	if rate, ok := t.Rate(); ok {
		rate = math.Round(rate*1000) / 1000
		v.Rate = &rate
	}
	return v
}

func (a *app) writeReport(r report) error {
	switch a.format {
	case "json":
		enc := json.NewEncoder(a.stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(r)
	case "csv":
		key := "unit"
		if r.By == publog.ByObligation.String() {
			key = "no"
		}
		header := []string{key, "name", "deadlines", "on_time", "late", "missing", "pending", "on_time_rate"}
		var recs [][]string
		for _, ln := range r.Lines {
			recs = append(recs, ln.record(ln.key(), formatRate))
		}
		recs = append(recs, r.Total.record("total", formatRate))
		return export.Records(a.stdout, header, recs, !a.noHeader)
	}
	l := reportLabels[a.lang]
	header, wide := append([]string{l[0]}, l[3:]...), 0
	if r.By == publog.ByObligation.String() {
		header, wide = append([]string{l[1], l[2]}, l[3:]...), 1
	}
	var cells [][]string
	for _, ln := range r.Lines {
		cells = append(cells, ln.cells(r.By, percent))
	}
	cells = append(cells, r.Total.cells(r.By, percent))
	return export.Grid(a.stdout, header, cells, a.env.Width, wide)
}

// key is the line's unit or obligation number.
func (v reportLine) key() string {
	if v.Unit != "" {
		return v.Unit
	}
	return strconv.Itoa(v.No)
}

func (v reportLine) record(key string, rate func(*float64) string) []string {
	return []string{key, v.Name, strconv.Itoa(v.Deadlines), strconv.Itoa(v.OnTime), strconv.Itoa(v.Late),
		strconv.Itoa(v.Missing), strconv.Itoa(v.Pending), rate(v.Rate)}
}

// cells is the line as the table shows it: the name (after the number, by
// obligation), the counts and the rate.
func (v reportLine) cells(by string, rate func(*float64) string) []string {
	rec := v.record("", rate)[1:]
	if by == publog.ByObligation.String() {
		no := ""
		if v.No != 0 {
			no = strconv.Itoa(v.No)
		}
		rec = append([]string{no}, rec...)
	}
	return rec
}

func formatRate(r *float64) string {
	if r == nil {
		return ""
	}
	return strconv.FormatFloat(*r, 'f', -1, 64)
}

func percent(r *float64) string {
	if r == nil {
		return "—"
	}
	return fmt.Sprintf("%.0f%%", *r*100)
}

// reportLabels head the report's table: unit, number, data set,
// deadlines, on time, late, missing, pending, on-time rate.
var reportLabels = map[string][9]string{
	schedule.Kazakh: {"Жауапты", "№", "Деректер жиыны", "Мерзімдер", "Мерзімінде", "Кешіккен",
		"Жарияланбаған", "Алда", "Мерзімінде, %"},
	schedule.Russian: {"Ответственные", "№", "Набор данных", "Сроков", "В срок", "С опозданием",
		"Не опубликовано", "Предстоит", "В срок, %"},
	schedule.English: {"Unit", "No", "Data set", "Deadlines", "On time", "Late", "Missing", "Pending",
		"On time %"},
}
