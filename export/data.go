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

// StatusColumns lists the columns that CSV adds for rows made with a
// publication log.
var StatusColumns = []string{"status", "published", "late_by_working_days"}

// CSV writes the rows as CSV with a header row unless header is false.
// Lists (units) are joined with "; ". A cell that a spreadsheet would take
// for a formula is prefixed with a quote. When the rows were made with a
// publication log (Row.Tracked), the StatusColumns follow.
func CSV(w io.Writer, rows []Row, header bool) error {
	tracked := false
	for _, r := range rows {
		tracked = tracked || r.Tracked
	}
	return csvRows(w, rows, header, tracked)
}

// TrackedCSV writes the rows as CSV does, always with the status
// columns, so that an empty list made with a log has them in its header.
func TrackedCSV(w io.Writer, rows []Row, header bool) error {
	return csvRows(w, rows, header, true)
}

func csvRows(w io.Writer, rows []Row, header, tracked bool) error {
	headers := CSVHeader
	if tracked {
		headers = append(headers[:len(headers):len(headers)], StatusColumns...)
	}
	recs := make([][]string, len(rows))
	for i, r := range rows {
		rec := []string{strconv.Itoa(r.No), r.Name, r.Period, r.PeriodText, r.Stage, r.StageName,
			r.Nominal, r.Due, r.Weekday, strconv.FormatBool(r.Moved), r.MovedKind, r.MovedBy,
			strconv.Itoa(r.DaysLeft), strconv.FormatBool(r.Past), strings.Join(r.Units, "; "),
			strings.Join(r.UnitNames, "; "), r.Source, r.Event, r.EventDate, r.Wording}
		if tracked {
			late := ""
			if r.LateBy > 0 {
				late = strconv.Itoa(r.LateBy)
			}
			rec = append(rec, r.Status, r.Published, late)
		}
		recs[i] = rec
	}
	return Records(w, headers, recs, header)
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
