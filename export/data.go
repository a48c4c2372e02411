package export

import (
	"encoding/csv"
	"io"
	"slices"
	"strconv"
	"strings"
)

// JSON writes the rows as a JSON array of objects, one per line, so that
// diffs stay readable. An empty list is []. StreamJSON writes the same
// bytes from rows made one at a time.
func JSON(w io.Writer, rows []Row) error {
	return StreamJSON(w, slices.Values(rows))
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
	return StreamCSV(w, slices.Values(rows), header, tracked)
}

// TrackedCSV writes the rows as CSV does, always with the status
// columns, so that an empty list made with a log has them in its header.
func TrackedCSV(w io.Writer, rows []Row, header bool) error {
	return StreamCSV(w, slices.Values(rows), header, true)
}

// record returns the CSV cells of a row, with the status columns when
// tracked, before SafeCell.
func record(rec []string, r Row, tracked bool) []string {
	rec = append(rec[:0], strconv.Itoa(r.No), r.Name, r.Period, r.PeriodText, r.Stage, r.StageName,
		r.Nominal, r.Due, r.Weekday, strconv.FormatBool(r.Moved), r.MovedKind, r.MovedBy,
		strconv.Itoa(r.DaysLeft), strconv.FormatBool(r.Past), strings.Join(r.Units, "; "),
		strings.Join(r.UnitNames, "; "), r.Source, r.Event, r.EventDate, r.Wording)
	if tracked {
		late := ""
		if r.LateBy > 0 {
			late = strconv.Itoa(r.LateBy)
		}
		rec = append(rec, r.Status, r.Published, late)
	}
	return rec
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
