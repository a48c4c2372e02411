package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// Every command's exit status for success, an empty result, a failed
// check, a usage error, bad input and a failed write.
func TestExitCodes(t *testing.T) {
	dir := t.TempDir()
	order := filepath.Join("..", "..", "testdata", "order-113-kk.txt")
	badRegister := filepath.Join("..", "..", "testdata", "bad", "register-unknown-unit.yaml")
	tests := []struct {
		name string
		args []string
		want int
	}{
		{"due", []string{"due", "--month", "2017-04"}, exitOK},
		{"due, empty window", []string{"due", "--month", "2017-05"}, exitOK},
		{"due, usage error", []string{"due", "--bogus"}, exitBad},
		{"due, bad value", []string{"due", "--month", "2017-13"}, exitBad},
		{"due, bad register", []string{"due", "--register", badRegister}, exitBad},
		{"due, strict after the repeal", []string{"due", "--year", "2021", "--strict"}, exitBad},
		{"list", []string{"list"}, exitOK},
		{"list, empty", []string{"list", "--period-kind", "monthly"}, exitOK},
		{"list, usage error", []string{"list", "extra"}, exitBad},
		{"show", []string{"show", "4"}, exitOK},
		{"show, bad input", []string{"show", "99"}, exitBad},
		{"holidays", []string{"holidays", "--year", "2017"}, exitOK},
		{"holidays, bad year", []string{"holidays", "--year", "x"}, exitBad},
		{"deadline", []string{"deadline", "15", "--event", "2017-03-17"}, exitOK},
		{"deadline, not event-driven", []string{"deadline", "4", "--event", "2017-03-17"}, exitBad},
		{"workdays", []string{"workdays", "add", "2017-03-17", "10"}, exitOK},
		{"workdays, bad date", []string{"workdays", "between", "2017-02-30", "2017-03-01"}, exitBad},
		{"validate", []string{"validate"}, exitOK},
		{"validate, warnings with --strict", []string{"validate", "--strict"}, exitFailed},
		{"validate, errors", []string{"validate", badRegister}, exitBad},
		{"import", []string{"import", order, "-o", filepath.Join(dir, "r.yaml")}, exitOK},
		{"import, failed write", []string{"import", order, "-o", filepath.Join(dir, "missing", "r.yaml")}, exitBad},
		{"version", []string{"version"}, exitOK},
		{"unknown command", []string{"frobnicate"}, exitBad},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, stderr, code := run(t, tt.args...)
			if code != tt.want {
				t.Errorf("opendata %s: exit %d, want %d; stderr:\n%s", strings.Join(tt.args, " "), code, tt.want, stderr)
			}
		})
	}
}

// Output into a pipe that closes early ends quietly, with the status of a
// process killed by SIGPIPE, as other Unix tools do.
func TestClosedPipe(t *testing.T) {
	sh, err := exec.LookPath("bash")
	if err != nil {
		t.Skip("no bash on this machine to build a pipeline with")
	}
	bin := filepath.Join(t.TempDir(), "opendata")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	// Enough output to outlast the pipe's buffer: every deadline of two
	// centuries.
	script := bin + ` due --from 1901-01-01 --to 2000-12-31 --format csv | head -1; echo "status ${PIPESTATUS[0]}" >&2`
	cmd := exec.Command(sh, "-c", script)
	cmd.Env = append(os.Environ(), "OPENDATA_LANG=en")
	var stdout, stderr strings.Builder
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(stdout.String(), "no,name,period") || strings.Count(stdout.String(), "\n") != 1 {
		t.Errorf("stdout = %q, want the header line alone", stdout.String())
	}
	errs := strings.Split(strings.TrimSpace(stderr.String()), "\n")
	last := errs[len(errs)-1]
	if last != "status 141" && last != "status 0" {
		t.Errorf("exit status line %q, want 141 (SIGPIPE) or 0", last)
	}
	for _, l := range errs[:len(errs)-1] {
		if strings.Contains(strings.ToLower(l), "pipe") {
			t.Errorf("noise on stderr: %q", l)
		}
	}
}
