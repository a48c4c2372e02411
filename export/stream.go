package export

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"io"
	"iter"

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
// time: the memory it needs does not grow with the number of rows. With
// tracked, the StatusColumns follow the others.
func StreamCSV(w io.Writer, rows iter.Seq[Row], header, tracked bool) error {
	cw := csv.NewWriter(w)
	if header {
		headers := CSVHeader
		if tracked {
			headers = append(headers[:len(headers):len(headers)], StatusColumns...)
		}
		if err := cw.Write(headers); err != nil {
			return err
		}
	}
	var rec []string
	for r := range rows {
		rec = record(rec, r, tracked)
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
