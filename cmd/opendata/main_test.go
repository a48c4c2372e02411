package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/rogpeppe/go-internal/testscript"
)

var update = flag.Bool("update", false, "rewrite the expected output in testdata/script")

func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){
		"opendata": main,
	})
}

// TestScripts runs the command in-process on every script under
// testdata/script; go test -update rewrites the files they compare with.
func TestScripts(t *testing.T) {
	testscript.Run(t, testscript.Params{
		Dir:           "testdata/script",
		UpdateScripts: *update,
	})
}

// run runs the command line with buffers for streams and a fixed clock.
func run(t *testing.T, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	var out, errb bytes.Buffer
	env := Env{
		Stdin: strings.NewReader(""), Stdout: &out, Stderr: &errb,
		Now:    func() time.Time { return time.Date(2017, 4, 3, 9, 0, 0, 0, time.UTC) },
		Getenv: func(string) string { return "" },
		Width:  80,
	}
	code = Main(args, env)
	return out.String(), errb.String(), code
}

// The JSON of a year lists exactly the occurrences of the core's golden
// file for that year.
func TestDueJSONMatchesCoreGolden(t *testing.T) {
	stdout, stderr, code := run(t, "due", "--year", "2017", "--format", "json", "--today", "2017-01-01")
	if code != 0 || stderr != "" {
		t.Fatalf("exit %d, stderr %q", code, stderr)
	}
	var rows []struct {
		No      int    `json:"no"`
		Period  string `json:"period"`
		Stage   string `json:"stage"`
		Nominal string `json:"nominal"`
		Due     string `json:"due"`
	}
	if err := json.Unmarshal([]byte(stdout), &rows); err != nil {
		t.Fatal(err)
	}
	golden, err := os.Open("../../testdata/golden/occurrences-2017.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer golden.Close()
	var want []string
	sc := bufio.NewScanner(golden)
	for sc.Scan() {
		f := strings.Fields(sc.Text())
		if len(f) == 0 || strings.HasPrefix(f[0], "#") {
			continue
		}
		// due, weekday, no, period, [stage], nominal, [reason...]
		stage, nominal := "", f[4]
		if !strings.HasPrefix(f[4], "20") {
			stage, nominal = f[4], f[5]
		}
		want = append(want, strings.Join([]string{f[0], f[2], f[3], stage, nominal}, " "))
	}
	if len(rows) != len(want) {
		t.Fatalf("%d rows, golden file has %d", len(rows), len(want))
	}
	for i, r := range rows {
		got := strings.Join([]string{r.Due, itoa(r.No), r.Period, r.Stage, r.Nominal}, " ")
		if got != want[i] {
			t.Errorf("row %d: %s, golden %s", i, got, want[i])
		}
	}
}

func itoa(n int) string {
	b, _ := json.Marshal(n)
	return string(b)
}

// Today is the date in Almaty, whatever the machine's zone: at 20:00 UTC
// on 31 March it is already 1 April there.
func TestTodayInRegisterZone(t *testing.T) {
	var out, errb bytes.Buffer
	env := Env{
		Stdout: &out, Stderr: &errb, Getenv: func(string) string { return "" }, Width: 80,
		Now: func() time.Time { return time.Date(2017, 3, 31, 20, 0, 0, 0, time.UTC) },
	}
	if code := Main([]string{"due", "--month", "--format", "csv", "--lang", "en"}, env); code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	if !strings.Contains(out.String(), "2017-04-05") || strings.Contains(out.String(), "2017-03-") {
		t.Errorf("--month at 20:00 UTC on 31 March is not April in Almaty:\n%s", out.String())
	}
}
