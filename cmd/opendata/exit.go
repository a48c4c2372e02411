package main

import (
	"errors"
	"fmt"
	"io"
	"strings"

	"opendata/register"
)

// The exit codes of every command.
const (
	exitOK     = 0 // success, an empty result included
	exitFailed = 1 // a check the user asked for failed
	exitBad    = 2 // bad usage or bad input: flags, files, a failed write
)

const exitHelp = `Exit status:
  0  success (an empty result is a success)
  1  a check you asked for failed (e.g. something is overdue)
  2  bad usage or bad input: a wrong flag, a bad register or events file,
     a file that could not be written`

// message is a format and its arguments, kept apart so that the message
// can be printed in the reader's language (see errorText).
type message struct {
	format string
	args   []any
}

func (m message) in(lang string) string { return translate(lang, m.format, m.args) }

// usageError is a mistake in the command line: usage is printed with it.
type usageError struct{ message }

func (e *usageError) Error() string { return e.in("en") }

func usagef(format string, args ...any) error {
	return &usageError{message{format, args}}
}

// inputError is a bad value or file; it gets one clear message, no usage.
// A message made by badf is translated; a wrapped error is printed as it
// is.
type inputError struct {
	err error
	msg *message
}

func (e *inputError) Error() string { return e.err.Error() }
func (e *inputError) Unwrap() error { return e.err }

func badf(format string, args ...any) error {
	return &inputError{err: fmt.Errorf(format, args...), msg: &message{format, args}}
}

// checkFailed reports a check that found something; its findings were
// printed already.
type checkFailed struct{ msg string }

func (e *checkFailed) Error() string { return e.msg }

// exitCode decides the exit status of an error, and prints it in lang.
func exitCode(err error, stderr io.Writer, usage, lang string) int {
	if err == nil {
		return exitOK
	}
	var bad *checkFailedBad
	if errors.As(err, &bad) {
		return exitBad
	}
	var cf *checkFailed
	if errors.As(err, &cf) {
		if cf.msg != "" {
			fmt.Fprintln(stderr, cf.msg)
		}
		return exitFailed
	}
	msg := err.Error()
	var ue *usageError
	var ie *inputError
	switch {
	case errors.As(err, &ue):
		msg = ue.in(lang)
	case errors.As(err, &ie) && ie.msg != nil:
		msg = ie.msg.in(lang)
	}
	var le *register.LoadError
	if errors.As(err, &le) {
		// FILE:LINE:COL: lines, as compilers print them, for editors.
		fmt.Fprintln(stderr, msg)
		return exitBad
	}
	if !strings.HasPrefix(msg, "opendata: ") {
		msg = "opendata: " + msg
	}
	fmt.Fprintln(stderr, msg)
	if ue != nil && usage != "" {
		fmt.Fprintln(stderr, usage)
	}
	return exitBad
}
