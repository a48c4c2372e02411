package export

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"io"
	"iter"
	"strconv"
	"strings"

	"opendata/register"
)

// Each returns the rows of occ one at a time, each made when it is asked
// for: the rows Rows returns, without holding them all at once.
func (c Context) Each(occ []register.Occurrence) iter.Seq[Row] {
	return func(yield func(Row) bool) {
		for _, o := range occ {
			if !yield(c.row(o)) {
				return
			}
		}
	}
}

// StreamJSON writes rows as JSON does, byte for byte, taking them one at
// a time: the memory it needs does not grow with the number of rows. It
// makes one call to w for each row.
func StreamJSON(w io.Writer, rows iter.Seq[Row]) error {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf) // escapes HTML as json.Marshal does
	lead := "[\n"
	for r := range rows {
		buf.Reset()
		buf.WriteString(lead)
		if err := enc.Encode(&r); err != nil {
			return err
		}
		buf.Truncate(buf.Len() - 1) // the newline Encode ends with
		if _, err := w.Write(buf.Bytes()); err != nil {
			return err
		}
		lead = ",\n"
	}
	if lead == "[\n" {
		_, err := io.WriteString(w, "[]\n")
		return err
	}
	_, err := io.WriteString(w, "\n]\n")
	return err
}

// StreamCSV writes rows as CSV does, byte for byte, taking them one at a
// time: the memory it needs does not grow with the number of rows.
func StreamCSV(w io.Writer, rows iter.Seq[Row], header bool) error {
	cw := csv.NewWriter(w)
	rec := make([]string, len(CSVHeader))
	if header {
		if err := cw.Write(CSVHeader); err != nil {
			return err
		}
	}
	for r := range rows {
		rec = append(rec[:0], strconv.Itoa(r.No), r.Name, r.Period, r.PeriodText, r.Stage, r.StageName,
			r.Nominal, r.Due, r.Weekday, strconv.FormatBool(r.Moved), r.MovedKind, r.MovedBy,
			strconv.Itoa(r.DaysLeft), strconv.FormatBool(r.Past), strings.Join(r.Units, "; "),
			strings.Join(r.UnitNames, "; "), r.Source, r.Event, r.EventDate, r.Wording)
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
