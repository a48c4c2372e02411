package export_test

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"

	"opendata/export"
)

// The streaming writers read back to the rows they were given, whatever
// the rows hold: events, moved deadlines, stages, cells a spreadsheet
// would run, characters JSON escapes, and no rows at all.
func TestStreamReadsBack(t *testing.T) {
	ctx, occ := occurrences(t, 700)
	rows := ctx.Rows(occ)
	if got := slices.Collect(ctx.Each(occ)); !reflect.DeepEqual(got, rows) {
		t.Fatal("Each gives other rows than Rows")
	}
	rows[0].Name = "=SUM(A1:A9) <b> & \u2028"
	rows[1].Wording = "-5 days"
	rows[2].UnitNames = []string{"+a", "b"}
	for _, rs := range [][]export.Row{rows, rows[:1], nil} {
		var out bytes.Buffer
		if err := export.StreamJSON(&out, slices.Values(rs)); err != nil {
			t.Fatal(err)
		}
		var back []export.Row
		if err := json.Unmarshal(out.Bytes(), &back); err != nil {
			t.Fatalf("StreamJSON of %d rows does not parse: %v", len(rs), err)
		}
		for i := range back {
			back[i].Occurrence = rs[i].Occurrence
		}
		if len(back) != len(rs) || (len(rs) > 0 && !reflect.DeepEqual(back, rs)) {
			t.Errorf("StreamJSON of %d rows reads back to %d other rows", len(rs), len(back))
		}
		out.Reset()
		if err := export.StreamCSV(&out, slices.Values(rs), true, false); err != nil {
			t.Fatal(err)
		}
		recs, err := csv.NewReader(&out).ReadAll()
		if err != nil {
			t.Fatalf("StreamCSV of %d rows does not parse: %v", len(rs), err)
		}
		if len(recs) != len(rs)+1 || !slices.Equal(recs[0], export.CSVHeader) {
			t.Fatalf("StreamCSV of %d rows gives %d records", len(rs), len(recs))
		}
		for i, r := range rs {
			rec := recs[i+1]
			if rec[0] != strconv.Itoa(r.No) || rec[7] != r.Due || rec[19] != export.SafeCell(r.Wording) ||
				rec[1] != export.SafeCell(r.Name) || rec[15] != export.SafeCell(strings.Join(r.UnitNames, "; ")) {
				t.Errorf("CSV record %d = %q, from row %+v", i, rec, r)
			}
		}
	}
	if rows[0].Name == export.SafeCell(rows[0].Name) {
		t.Error("the formula in the test row is not neutralised")
	}
}

// Writing 20,000 occurrences as they are made holds on to next to
// nothing, while making every row first holds them all.
func TestStreamHoldsNoRows(t *testing.T) {
	if testing.Short() {
		t.Skip("collects garbage many times")
	}
	ctx, occ := occurrences(t, 20_000)
	const bound = 256 << 10
	h := newHeldWriter(1 << 20)
	if err := export.StreamJSON(h, ctx.Each(occ)); err != nil {
		t.Fatal(err)
	}
	if held := h.held(); held > bound {
		t.Errorf("StreamJSON held %d bytes while writing, more than %d", held, bound)
	}
	h = newHeldWriter(1 << 20)
	if err := export.StreamCSV(h, ctx.Each(occ), true, false); err != nil {
		t.Fatal(err)
	}
	if held := h.held(); held > bound {
		t.Errorf("StreamCSV held %d bytes while writing, more than %d", held, bound)
	}
	h = newHeldWriter(1 << 20)
	if err := export.JSON(h, ctx.Rows(occ)); err != nil {
		t.Fatal(err)
	}
	if held := h.held(); held < 20*bound {
		t.Errorf("JSON after Rows held only %d bytes while writing; the check above cannot tell", held)
	}
}
