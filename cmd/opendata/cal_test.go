package main

import (
	"bytes"
	"strings"
	"testing"
	"time"
)

// Colour is on for a terminal without NO_COLOR, or when --color says so;
// never when stdout is a file or a pipe and --color is auto.
func TestCalColor(t *testing.T) {
	tests := []struct {
		terminal bool
		noColor  string
		flag     string
		want     bool
	}{
		{true, "", "auto", true},
		{true, "1", "auto", false},
		{false, "", "auto", false},
		{true, "", "never", false},
		{false, "", "always", true},
		{true, "1", "always", true},
	}
	for _, tt := range tests {
		var out, errb bytes.Buffer
		env := Env{
			Stdout: &out, Stderr: &errb, Width: 80, Terminal: tt.terminal,
			Now: func() time.Time { return time.Date(2017, 3, 10, 9, 0, 0, 0, time.UTC) },
			Getenv: func(k string) string {
				if k == "NO_COLOR" {
					return tt.noColor
				}
				return ""
			},
		}
		if code := Main([]string{"cal", "--color=" + tt.flag}, env); code != 0 {
			t.Fatalf("exit %d: %s", code, errb.String())
		}
		if got := strings.Contains(out.String(), "\x1b["); got != tt.want {
			t.Errorf("terminal %v, NO_COLOR=%q, --color=%s: colour %v, want %v",
				tt.terminal, tt.noColor, tt.flag, got, tt.want)
		}
	}
}
