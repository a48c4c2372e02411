// Command opendata turns the register of open data sets of Order No. 113
// (and registers of the same shape) into dated deadlines on the Kazakh
// working-day calendar: tables for people, JSON and CSV for scripts,
// iCalendar files for calendar clients.
//
// Run "opendata --help" for the commands and the exit codes.
package main

import (
	"os"
	"time"

	"golang.org/x/term"
)

func main() {
	os.Exit(Main(os.Args[1:], systemEnv()))
}

// systemEnv returns the real process environment.
func systemEnv() Env {
	env := Env{
		Stdin:  os.Stdin,
		Stdout: os.Stdout,
		Stderr: os.Stderr,
		Now:    time.Now,
		Getenv: os.Getenv,
		Width:  80,
	}
	fd := int(os.Stdout.Fd())
	if term.IsTerminal(fd) {
		env.Terminal = true
		if w, _, err := term.GetSize(fd); err == nil && w > 0 {
			env.Width = w
		}
	}
	return env
}
