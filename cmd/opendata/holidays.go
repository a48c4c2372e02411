package main

import (
	"encoding/json"
	"strconv"

	"github.com/spf13/cobra"

	"opendata/export"
	"opendata/register"
	"opendata/schedule"
)

func (a *app) holidaysCommand() *cobra.Command {
	var year string
	cmd := &cobra.Command{
		Use:   "holidays",
		Short: "List the non-working weekdays and working weekend days of a year",
		Long: `List the days of a year that are not ordinary: holidays and religious days
off on weekdays, substitute and transferred days off, working Saturdays and
Sundays, and holidays that fall on a weekend, with the reason for each. A
notice says when the year is provisional, has unconfirmed entries, or lies
outside the calendar's data.`,
		Example: "  opendata holidays --year 2018\n  opendata holidays --year 2026 --lang en --format csv",
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return a.runHolidays(cmd, year)
		},
	}
	cmd.Flags().StringVar(&year, "year", "", "the year `YYYY` (default: this year)")
	return cmd
}

type holidayView struct {
	Date      string `json:"date"`
	Weekday   string `json:"weekday"`
	Working   bool   `json:"working"`
	Kind      string `json:"kind"`
	Holiday   string `json:"holiday,omitempty"`
	Reason    string `json:"reason"`
	Uncertain string `json:"uncertain,omitempty"`
}

func (a *app) runHolidays(cmd *cobra.Command, year string) error {
	cal, err := schedule.DefaultCalendar()
	if err != nil {
		return err
	}
	a.cal = cal
	y := 0
	if cmd.Flags().Changed("year") {
		y, err = strconv.Atoi(year)
		if err != nil || y < register.MinYear || y > register.MaxYear {
			return usagef("--year %q: expected a year from %d to %d", year, register.MinYear, register.MaxYear)
		}
	} else {
		if err := a.load(); err != nil {
			return err
		}
		today, err := a.today()
		if err != nil {
			return err
		}
		y = today.Year()
	}
	a.calendarNotices(schedule.YearWindow(y))
	var views []holidayView
	for _, d := range cal.Special(y) {
		if d.Kind == schedule.Workday && d.Uncertain == "" && d.Note == "" {
			continue
		}
		reason := export.Reason(cal, d.Date, a.lang)
		switch d.Kind {
		case schedule.WorkingWeekend:
			reason = export.WorkingWeekend(cal, d.Date, a.lang)
		case schedule.Holiday, schedule.Religious:
			reason = cal.HolidayName(d.Holiday).In(a.lang)
		}
		if reason == "" {
			reason = d.Note
		}
		if reason == "" {
			reason = firstSentence(d.Uncertain) // the data's remark, in English
		}
		views = append(views, holidayView{Date: d.Date.String(), Weekday: d.Date.Weekday().String(),
			Working: d.Working(), Kind: d.Kind.String(), Holiday: d.Holiday, Reason: reason, Uncertain: d.Uncertain})
	}
	switch a.format {
	case "json":
		if views == nil {
			views = []holidayView{}
		}
		enc := json.NewEncoder(a.stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(views)
	case "csv":
		var recs [][]string
		for _, v := range views {
			recs = append(recs, []string{v.Date, v.Weekday, strconv.FormatBool(v.Working), v.Kind, v.Holiday, v.Reason, v.Uncertain})
		}
		return export.Records(a.stdout, []string{"date", "weekday", "working", "kind", "holiday", "reason", "uncertain"}, recs, !a.noHeader)
	}
	var rows [][]string
	for _, v := range views {
		d, _ := schedule.ParseDate(v.Date)
		status := export.DayStatus(v.Working, a.lang)
		if v.Uncertain != "" {
			status += " ?"
		}
		rows = append(rows, []string{export.ShortDate(d), export.Weekday(d.Weekday(), a.lang), status, v.Reason})
	}
	return export.Grid(a.stdout, holidayHeaders[a.lang], rows, a.env.Width, 3)
}

var holidayHeaders = map[string][]string{
	schedule.Kazakh:  {"Күні", "Апта күні", "Жұмыс", "Себебі"},
	schedule.Russian: {"Дата", "День недели", "Рабочий", "Причина"},
	schedule.English: {"Date", "Weekday", "Working", "Reason"},
}
