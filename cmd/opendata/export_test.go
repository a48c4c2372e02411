package main

import (
	"os"
	"testing"
)

// The command writes the calendar the export package's golden file
// holds: the year 2017 in Kazakh with a reminder a week before.
func TestExportICSMatchesGolden(t *testing.T) {
	want, err := os.ReadFile("../../export/testdata/year-2017-kk.ics")
	if err != nil {
		t.Fatal(err)
	}
	stdout, stderr, code := run(t, "export", "ics", "--year", "2017")
	if code != 0 || stderr != "" {
		t.Fatalf("exit %d, stderr %q", code, stderr)
	}
	if stdout != string(want) {
		t.Error("export ics --year 2017 differs from export/testdata/year-2017-kk.ics")
	}
}
