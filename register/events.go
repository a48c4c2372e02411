package register

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"

	"gopkg.in/yaml.v3"
)

// EventsFileName is the name of the events file that is read from beside
// a register file when no events file is given.
const EventsFileName = "events.yaml"

// LoadEvents reads the events file at path and checks it against reg.
func LoadEvents(path string, reg *Register) ([]Event, error) {
	data, err := ReadFile(path)
	if err != nil {
		return nil, err
	}
	return ParseEvents(path, data, reg)
}

// EventsBeside returns the path of the events file next to a register
// file, and whether there is one.
func EventsBeside(registerFile string) (string, bool) {
	p := filepath.Join(filepath.Dir(registerFile), EventsFileName)
	fi, err := os.Stat(p)
	return p, err == nil && fi.Mode().IsRegular()
}

// ParseEvents reads events from YAML:
//
//	events:
//	  - no: 15                  # the obligation
//	    date: 2017-03-17        # the day it happened
//	    label: analysis of ...  # what happened
//	    doc: "12"               # the document's number, if any
//
// Every event must belong to an event-driven obligation of reg, and no
// obligation may have two events on the same day. Problems are reported
// all at once, as by Parse.
func ParseEvents(name string, data []byte, reg *Register) ([]Event, error) {
	r := &reader{file: name}
	var events []Event
	if doc := r.parse(data); doc != nil {
		r.fields(doc, "", []string{"events"}, func(_ string, v *yaml.Node) {
			events = r.events(v, reg)
		})
	}
	if r.failed() {
		sort.SliceStable(r.problems, func(i, j int) bool { return r.problems[i].Line < r.problems[j].Line })
		return nil, &LoadError{Problems: r.problems}
	}
	return events, nil
}

func (r *reader) events(n *yaml.Node, reg *Register) []Event {
	if n.Kind != yaml.SequenceNode {
		r.errorf(n, "events", "expected a list, found %s", describe(n))
		return nil
	}
	var out []Event
	seen := map[string]int{}
	for i, e := range n.Content {
		ev := Event{File: r.file, Line: e.Line}
		where := fmt.Sprintf("event #%d", i+1)
		r.fields(e, where, []string{"no", "date", "label", "doc"}, func(k string, v *yaml.Node) {
			switch k {
			case "no":
				ev.No, _ = r.integer(v, where+": no", 1, 1_000_000)
			case "date":
				ev.Date = r.date(v, where+": date")
			case "label":
				ev.Label = r.str(v, where+": label")
			case "doc":
				ev.Doc = r.str(v, where+": doc")
			}
		})
		if e.Kind != yaml.MappingNode {
			continue
		}
		if ev.No == 0 || ev.Date == 0 {
			r.errorf(e, where, "an event needs the obligation's number (no) and a date")
			continue
		}
		if !r.checkEvent(e, where, ev, reg) {
			continue
		}
		key := fmt.Sprintf("%d/%s", ev.No, ev.Date)
		if first, dup := seen[key]; dup {
			r.errorf(e, where, "obligation %d already has an event on %s, at line %d", ev.No, ev.Date, first)
			continue
		}
		seen[key] = e.Line
		out = append(out, ev)
	}
	return out
}

// checkEvent reports whether ev names an event-driven obligation of reg.
func (r *reader) checkEvent(n *yaml.Node, where string, ev Event, reg *Register) bool {
	o := reg.Obligation(ev.No)
	switch {
	case o == nil:
		r.errorf(n, where, "no obligation %d in %s", ev.No, reg.File)
		return false
	case !o.EventDriven():
		r.errorf(n, where, "obligation %d is not event-driven: its deadline is %q", ev.No,
			o.Deadlines[len(o.Deadlines)-1].Rule.String())
		return false
	}
	return true
}

// CheckEvent reports whether an event given on the command line belongs
// to an event-driven obligation of reg.
func (reg *Register) CheckEvent(ev Event) error {
	o := reg.Obligation(ev.No)
	switch {
	case o == nil:
		return fmt.Errorf("no obligation %d in %s", ev.No, reg.File)
	case !o.EventDriven():
		return fmt.Errorf("obligation %d is not event-driven: its deadline is %q", ev.No,
			o.Deadlines[len(o.Deadlines)-1].Rule.String())
	}
	return nil
}
