package main

import (
	"testing"

	"github.com/spf13/pflag"

	"opendata/register"
	"opendata/schedule"
)

// FuzzWindowFlags feeds any value to each window flag: the window is
// either refused with an error or lies within the years the program
// handles, no longer than a century, with From <= To.
func FuzzWindowFlags(f *testing.F) {
	for _, seed := range []struct{ flag, value string }{
		{"month", "2017-04"}, {"month", "2017-13"}, {"month", "current"}, {"quarter", "2017-Q2"},
		{"quarter", "2017-Q5"}, {"year", "2017"}, {"year", "99999"}, {"within", "30d"},
		{"within", "10wd"}, {"within", "36600d"}, {"within", "-1d"}, {"from", "2017-02-29"},
		{"to", "2200-12-31"}, {"week", "true"}, {"within", "3m"},
	} {
		f.Add(seed.flag, seed.value)
	}
	cal, err := schedule.DefaultCalendar()
	if err != nil {
		f.Fatal(err)
	}
	today := schedule.D(2017, 4, 3)
	f.Fuzz(func(t *testing.T, flag, value string) {
		var o windowOptions
		fs := pflag.NewFlagSet("due", pflag.ContinueOnError)
		o.addFlags(fs)
		args := []string{"--" + flag + "=" + value}
		if flag == "from" {
			args = append(args, "--to=2017-12-31")
		}
		if flag == "to" {
			args = append(args, "--from=2017-01-01")
		}
		if err := fs.Parse(args); err != nil {
			return
		}
		w, err := o.window(fs, cal, today, defaultSpan)
		if err != nil {
			return
		}
		if w.From > w.To || w.Days() > 36525 ||
			w.From.Year() < register.MinYear || w.To.Year() > register.MaxYear {
			t.Errorf("--%s=%q gave the window %s", flag, value, w)
		}
	})
}
