package export

import (
	"encoding/csv"
	"encoding/json"
	"io"
	"strconv"
	"strings"
)

// JSON writes the rows as a JSON array of objects, one per line, so that
// large exports stream and diffs stay readable. An empty list is [].
func JSON(w io.Writer, rows []Row) error {
	if len(rows) == 0 {
		_, err := io.WriteString(w, "[]\n")
		return err
	}
	for i := range rows {
		b, err := json.Marshal(&rows[i])
		if err != nil {
			return err
		}
		lead := ",\n"
		if i == 0 {
			lead = "[\n"
		}
		if _, err := io.WriteString(w, lead); err != nil {
			return err
		}
		if _, err := w.Write(b); err != nil {
			return err
		}
	}
	_, err := io.WriteString(w, "\n]\n")
	return err
}

// CSVHeader lists the CSV columns, named as the JSON keys.
var CSVHeader = []string{"no", "name", "period", "period_text", "stage", "stage_name", "nominal", "due",
	"weekday", "moved", "moved_kind", "moved_because", "days_left", "past", "units", "unit_names",
	"source", "event", "event_date", "wording"}

// CSV writes the rows as CSV with a header row unless header is false.
// Lists (units) are joined with "; ". A cell that a spreadsheet would take
// for a formula is prefixed with a quote.
func CSV(w io.Writer, rows []Row, header bool) error {
	recs := make([][]string, len(rows))
	for i, r := range rows {
		rec := []string{strconv.Itoa(r.No), r.Name, r.Period, r.PeriodText, r.Stage, r.StageName,
			r.Nominal, r.Due, r.Weekday, strconv.FormatBool(r.Moved), r.MovedKind, r.MovedBy,
			strconv.Itoa(r.DaysLeft), strconv.FormatBool(r.Past), strings.Join(r.Units, "; "),
			strings.Join(r.UnitNames, "; "), r.Source, r.Event, r.EventDate, r.Wording}
		recs[i] = rec
	}
	return Records(w, CSVHeader, recs, header)
}

// Records writes records as CSV under a header row (unless header is
// false), every cell made safe for spreadsheets with SafeCell.
func Records(w io.Writer, headers []string, recs [][]string, header bool) error {
	cw := csv.NewWriter(w)
	if header {
		if err := cw.Write(headers); err != nil {
			return err
		}
	}
	for _, rec := range recs {
		for i, cell := range rec {
			rec[i] = SafeCell(cell)
		}
		if err := cw.Write(rec); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// SafeCell neutralises a CSV cell that a spreadsheet would run as a
// formula: one that starts with =, +, -, @, a tab or a carriage return
// gets a leading apostrophe, as OWASP advises. Negative numbers stay
// numbers.
func SafeCell(s string) string {
	if s == "" {
		return s
	}
	switch s[0] {
	case '=', '+', '@', '\t', '\r':
		return "'" + s
	case '-':
		if _, err := strconv.Atoi(s); err == nil {
			return s
		}
		return "'" + s
	}
	return s
}
