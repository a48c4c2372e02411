package publog

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// defaultHeader opens a log file that has no comments of its own.
var defaultHeader = []string{
	"# Publication log of the open data register: one line per data set",
	"# published. Fields: no (the obligation), period or event (what the",
	"# publication covers), published (the day it went out), and optionally",
	"# url, by (who recorded it) and note. `opendata done` adds records and",
	"# keeps them sorted; the README's \"Publication log\" section has more.",
}

// Write writes the log in the form Parse reads: the file's opening
// comments (or a short explanation), then one line per record, sorted.
// The same log always gives the same bytes.
func (l *Log) Write(w io.Writer) error {
	var b bytes.Buffer
	head := l.header
	if len(head) == 0 {
		head = defaultHeader
	}
	for _, line := range head {
		b.WriteString(line)
		b.WriteByte('\n')
	}
	if len(l.records) == 0 {
		b.WriteString("publications: []\n")
	} else {
		b.WriteString("publications:\n")
	}
	for _, r := range l.records {
		b.WriteString("  - ")
		b.WriteString(r.flow())
		b.WriteByte('\n')
	}
	_, err := w.Write(b.Bytes())
	return err
}

// Bytes returns the log as Write writes it.
func (l *Log) Bytes() []byte {
	var b bytes.Buffer
	l.Write(&b) // a bytes.Buffer does not fail
	return b.Bytes()
}

// flow returns the record as a YAML flow mapping on one line. Numbers,
// dates and period labels are written plain; text is always written in
// double quotes, escaped as JSON escapes it, which YAML reads the same.
func (r Record) flow() string {
	f := []string{"no: " + strconv.Itoa(r.No)}
	if r.OnEvent() {
		f = append(f, "event: "+r.Event.String())
	} else {
		f = append(f, "period: "+r.Period.Label())
	}
	f = append(f, "published: "+r.Published.String())
	for _, t := range []struct{ key, value string }{{"url", r.URL}, {"by", r.By}, {"note", r.Note}} {
		if t.value != "" {
			f = append(f, fmt.Sprintf("%s: %s", t.key, quote(t.value)))
		}
	}
	return "{" + strings.Join(f, ", ") + "}"
}

func quote(s string) string {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.Encode(s) // a string always encodes
	return strings.TrimSuffix(b.String(), "\n")
}
