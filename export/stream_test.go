package export_test

import (
	"bytes"
	"reflect"
	"slices"
	"testing"

	"opendata/export"
)

// The streaming writers write what the slice writers write, byte for
// byte, whatever the rows hold: events, moved deadlines, stages, cells a
// spreadsheet would run, characters JSON escapes, and no rows at all.
func TestStreamMatchesSlices(t *testing.T) {
	ctx, occ := occurrences(t, 700)
	rows := ctx.Rows(occ)
	if got := slices.Collect(ctx.Each(occ)); !reflect.DeepEqual(got, rows) {
		t.Fatal("Each gives other rows than Rows")
	}
	rows[0].Name = "=SUM(A1:A9) <b> & \u2028"
	rows[1].Wording = "-5 days"
	rows[2].UnitNames = []string{"+a", "b"}
	for _, rs := range [][]export.Row{rows, rows[:1], nil} {
		var want, got bytes.Buffer
		if err := export.JSON(&want, rs); err != nil {
			t.Fatal(err)
		}
		if err := export.StreamJSON(&got, slices.Values(rs)); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got.Bytes(), want.Bytes()) {
			t.Errorf("StreamJSON of %d rows differs from JSON:\n%.300s\nwant\n%.300s", len(rs), got.Bytes(), want.Bytes())
		}
		for _, header := range []bool{true, false} {
			want.Reset()
			got.Reset()
			if err := export.CSV(&want, rs, header); err != nil {
				t.Fatal(err)
			}
			if err := export.StreamCSV(&got, slices.Values(rs), header); err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got.Bytes(), want.Bytes()) {
				t.Errorf("StreamCSV of %d rows (header %v) differs from CSV:\n%.300s\nwant\n%.300s",
					len(rs), header, got.Bytes(), want.Bytes())
			}
		}
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
	if err := export.StreamCSV(h, ctx.Each(occ), true); err != nil {
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
