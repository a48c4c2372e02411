package register_test

import (
	"errors"
	"os"
	"testing"

	"opendata/register"
)

// FuzzParseEvents: the events loader never panics, and either returns
// events of event-driven obligations or a *LoadError naming the file.
func FuzzParseEvents(f *testing.F) {
	if data, err := os.ReadFile("../testdata/events/events.yaml"); err == nil {
		f.Add(data)
	}
	f.Add([]byte("events:\n  - {no: 15, date: 2017-03-17}\n  - {no: 15, date: 2017-03-17}\n"))
	f.Add([]byte("events: [{no: 4, date: 2017-02-30, label: x, doc: y}]"))
	f.Add([]byte("events: &a [*a]"))
	reg, err := register.Embedded()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		events, err := register.ParseEvents("ev.yaml", data, reg)
		if err != nil {
			var le *register.LoadError
			if !errors.As(err, &le) || len(le.Problems) == 0 || le.Problems[0].File != "ev.yaml" {
				t.Fatalf("error %v is not a *LoadError naming the file", err)
			}
			return
		}
		for _, e := range events {
			if o := reg.Obligation(e.No); o == nil || !o.EventDriven() {
				t.Fatalf("event %+v accepted for obligation that is not event-driven", e)
			}
		}
	})
}
