package schedule

import (
	"bytes"
	"fmt"
	"io"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"gopkg.in/yaml.v3"
)

// DataError is a problem in a calendar data file, with its position.
type DataError struct {
	File string
	Line int
	Msg  string
}

func (e *DataError) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Msg)
	}
	return fmt.Sprintf("%s: %s", e.File, e.Msg)
}

// ParseCalendar reads calendar data in the shape of the embedded
// kzcalendar.yaml. The name is used in error messages. Every entry is
// checked: dates inside their year, known kinds and holidays, a substitute
// that stands for a weekend holiday, working days that are weekends, and no
// date listed twice.
func ParseCalendar(name string, data []byte) (*Calendar, error) {
	p := calParser{file: name}
	doc, err := p.document(data)
	if err != nil {
		return nil, err
	}
	c := &Calendar{names: map[string]Text{}, data: map[int]*yearData{}}
	if doc.Kind != yaml.MappingNode {
		return nil, p.errorf(doc, "expected a mapping with holidays, statutory and years")
	}
	// Holidays are read first: the other sections refer to them.
	var holidays, statutory, years *yaml.Node
	err = p.mapping(doc, map[string]func(*yaml.Node) error{
		"holidays":  func(n *yaml.Node) error { holidays = n; return nil },
		"statutory": func(n *yaml.Node) error { statutory = n; return nil },
		"years":     func(n *yaml.Node) error { years = n; return nil },
	})
	if err != nil {
		return nil, err
	}
	if holidays == nil || statutory == nil || years == nil {
		return nil, p.errorf(doc, "expected holidays, statutory and years")
	}
	if err := p.holidays(c, holidays); err != nil {
		return nil, err
	}
	if err := p.statutory(c, statutory); err != nil {
		return nil, err
	}
	if err := p.years(c, years); err != nil {
		return nil, err
	}
	return c, nil
}

var yamlLine = regexp.MustCompile(`^(?:yaml: )?line (\d+): (.*)$`)

// document checks that data is UTF-8 text holding one YAML document and
// returns its top node.
func (p calParser) document(data []byte) (*yaml.Node, error) {
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, p.errorf(nil, "file is empty")
	}
	if err := p.checkText(data); err != nil {
		return nil, err
	}
	var root, extra yaml.Node
	dec := yaml.NewDecoder(bytes.NewReader(data))
	if err := dec.Decode(&root); err != nil {
		return nil, p.syntaxError(data, err)
	}
	switch err := dec.Decode(&extra); {
	case err == nil:
		return nil, p.errorf(&extra, "more than one YAML document in the file")
	case err != io.EOF:
		return nil, p.syntaxError(data, err)
	}
	if len(root.Content) != 1 {
		return nil, p.errorf(&root, "file holds no YAML mapping")
	}
	if n := root.Content[0]; n.Kind == yaml.ScalarNode && n.Tag == "!!null" && n.Value == "" {
		return nil, p.errorf(nil, "the YAML document in the file is empty")
	}
	if alias := findAlias(root.Content[0]); alias != nil {
		return nil, p.errorf(alias, "YAML aliases (*name) are not allowed")
	}
	return root.Content[0], nil
}

// checkText returns an error for the first byte that is not UTF-8, or the
// first control character that YAML does not allow.
func (p calParser) checkText(data []byte) error {
	line := 1
	for i := 0; i < len(data); {
		c, size := utf8.DecodeRune(data[i:])
		switch {
		case c == utf8.RuneError && size == 1:
			return &DataError{File: p.file, Line: line,
				Msg: fmt.Sprintf("file is not UTF-8 text: byte 0x%02x (save the file as UTF-8)", data[i])}
		case c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7f || c >= 0x80 && c < 0xa0 && c != 0x85:
			return &DataError{File: p.file, Line: line,
				Msg: fmt.Sprintf("file is not text: control character %U", c)}
		case c == '\n':
			line++
		}
		i += size
	}
	return nil
}

// syntaxError turns an error of the YAML parser into a DataError. The
// parser's line is kept in the message: it is where the parser noticed the
// mistake, which may be well after the mistake itself.
func (p calParser) syntaxError(data []byte, err error) error {
	if err == io.EOF {
		return p.errorf(nil, "file holds no YAML, only comments")
	}
	msg := "invalid YAML: " + strings.TrimPrefix(err.Error(), "yaml: ")
	m := yamlLine.FindStringSubmatch(err.Error())
	if m == nil {
		return p.errorf(nil, "%s", msg)
	}
	line, _ := strconv.Atoi(m[1])
	msg = "invalid YAML: " + m[2]
	if tabIndented(data, line) {
		msg = "invalid YAML: a tab indents the line: YAML indents with spaces only"
	}
	return &DataError{File: p.file, Line: line, Msg: msg}
}

// tabIndented reports whether the indentation of the given line of data
// holds a tab.
func tabIndented(data []byte, line int) bool {
	lines := bytes.SplitN(data, []byte("\n"), line+1)
	if line < 1 || len(lines) < line {
		return false
	}
	text := lines[line-1]
	return bytes.ContainsRune(text[:len(text)-len(bytes.TrimLeft(text, " \t"))], '\t')
}

// findAlias returns the first alias under n, or nil. Calendar data has no
// use for aliases, and they would make one entry stand for many.
func findAlias(n *yaml.Node) *yaml.Node {
	if n.Kind == yaml.AliasNode {
		return n
	}
	for _, c := range n.Content {
		if a := findAlias(c); a != nil {
			return a
		}
	}
	return nil
}

// found describes a node for messages that say what was expected instead.
func found(n *yaml.Node) string {
	switch {
	case n.Kind == yaml.MappingNode:
		return "a mapping"
	case n.Kind == yaml.SequenceNode:
		return "a list"
	case n.Tag == "!!null":
		return "nothing"
	}
	return fmt.Sprintf("%q", n.Value)
}

type calParser struct{ file string }

func (p calParser) errorf(n *yaml.Node, format string, args ...any) error {
	line := 0
	if n != nil {
		line = n.Line
	}
	return &DataError{File: p.file, Line: line, Msg: fmt.Sprintf(format, args...)}
}

// mapping walks a mapping node, handing each known key's value to its
// function and refusing unknown keys and keys given twice. An error in a
// single value is prefixed with its key.
func (p calParser) mapping(n *yaml.Node, fields map[string]func(*yaml.Node) error) error {
	keys := make([]string, 0, len(fields))
	for k := range fields {
		keys = append(keys, k)
	}
	return p.fields(n, keys, func(k string, v *yaml.Node) error { return fields[k](v) })
}

// fields is mapping with the known keys in a list and one function that
// is handed each key and its value.
func (p calParser) fields(n *yaml.Node, keys []string, field func(string, *yaml.Node) error) error {
	if n.Kind != yaml.MappingNode {
		return p.errorf(n, "expected a mapping, found %s", found(n))
	}
	var seen []string
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		if !slices.Contains(keys, k.Value) {
			known := slices.Sorted(slices.Values(keys))
			return p.errorf(k, "unknown field %q (known: %s)", k.Value, strings.Join(known, ", "))
		}
		if slices.Contains(seen, k.Value) {
			return p.errorf(k, "field %q given twice", k.Value)
		}
		seen = append(seen, k.Value)
		err := field(k.Value, v)
		if e, ok := err.(*DataError); ok && v.Kind == yaml.ScalarNode && e.Line == v.Line {
			e.Msg = k.Value + ": " + e.Msg
		}
		if err != nil {
			return err
		}
	}
	return nil
}

func (p calParser) holidays(c *Calendar, n *yaml.Node) error {
	if n.Kind != yaml.MappingNode {
		return p.errorf(n, "holidays: expected a mapping of keys to names")
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		if _, dup := c.names[k.Value]; dup {
			return p.errorf(k, "holiday %q is listed twice", k.Value)
		}
		var t Text
		if err := v.Decode(&t); err != nil {
			e := &DataError{File: p.file, Line: v.Line, Msg: err.Error()}
			if m := yamlLine.FindStringSubmatch(err.Error()); m != nil {
				e.Line, _ = strconv.Atoi(m[1])
				e.Msg = m[2]
			}
			e.Msg = fmt.Sprintf("holiday %q: %s", k.Value, e.Msg)
			return e
		}
		if t[Kazakh] == "" {
			return p.errorf(v, "holiday %q: no Kazakh name", k.Value)
		}
		c.names[k.Value] = t
	}
	return nil
}

func (p calParser) statutory(c *Calendar, n *yaml.Node) error {
	if n.Kind != yaml.SequenceNode {
		return p.errorf(n, "statutory: expected a list")
	}
	for _, e := range n.Content {
		var r statutoryRule
		var md string
		err := p.mapping(e, map[string]func(*yaml.Node) error{
			"holiday":   p.holidayKey(c, &r.holiday),
			"date":      p.str(&md),
			"day":       p.integer(&r.part),
			"religious": p.boolean(&r.religious),
			"from":      p.integer(&r.from),
			"to":        p.integer(&r.to),
		})
		if err != nil {
			return err
		}
		t, err := time.Parse("01-02", md)
		switch {
		case err != nil && monthDay.MatchString(md):
			return p.errorf(e, "date %q: there is no such day", md)
		case err != nil:
			return p.errorf(e, "date %q: expected MM-DD", md)
		}
		r.month, r.day = t.Month(), t.Day()
		if r.holiday == "" {
			return p.errorf(e, "statutory holiday without a holiday key")
		}
		if r.to != 0 && r.from > r.to {
			return p.errorf(e, "from %d is after to %d", r.from, r.to)
		}
		c.statutory = append(c.statutory, r)
	}
	return nil
}

var monthDay = regexp.MustCompile(`^\d\d-\d\d$`)

func (p calParser) years(c *Calendar, n *yaml.Node) error {
	if n.Kind != yaml.MappingNode {
		return p.errorf(n, "years: expected a mapping of years")
	}
	if len(n.Content) == 0 {
		return p.errorf(n, "no years")
	}
	keys := map[int]*yaml.Node{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		y, err := strconv.Atoi(k.Value)
		if err != nil || y < 1900 || y > 2200 {
			return p.errorf(k, "year %q: expected a year from 1900 to 2200", k.Value)
		}
		if _, dup := c.data[y]; dup {
			return p.errorf(k, "year %d is listed twice", y)
		}
		yd, err := p.year(c, y, v)
		if err != nil {
			return err
		}
		c.data[y] = yd
		keys[y] = k
		if c.first == 0 || y < c.first {
			c.first = y
		}
		if y > c.last {
			c.last = y
		}
	}
	for y := c.first; y <= c.last; y++ {
		if _, ok := c.data[y]; !ok {
			next := y + 1
			for keys[next] == nil {
				next++
			}
			return p.errorf(keys[next], "year %d is missing: the years must follow each other", y)
		}
	}
	return nil
}

func (p calParser) year(c *Calendar, y int, n *yaml.Node) (*yearData, error) {
	yd := &yearData{}
	var status string
	var days, statusNode *yaml.Node
	err := p.mapping(n, map[string]func(*yaml.Node) error{
		"act": p.str(&yd.act),
		"status": func(v *yaml.Node) error {
			statusNode = v
			return p.str(&status)(v)
		},
		"unresolved": p.strs(&yd.unresolved),
		"days":       func(v *yaml.Node) error { days = v; return nil },
	})
	if err != nil {
		return nil, err
	}
	switch status {
	case "confirmed":
	case "provisional":
		yd.provisional = true
	case "":
		return nil, p.errorf(n, "year %d: no status (field status)", y)
	default:
		return nil, p.errorf(statusNode, "year %d: status %q: expected confirmed or provisional", y, status)
	}
	switch {
	case days == nil:
		return nil, p.errorf(n, "year %d: no days (field days)", y)
	case days.Kind != yaml.SequenceNode:
		return nil, p.errorf(days, "year %d: days: expected a list, found %s", y, found(days))
	}
	seen := map[Date]bool{}
	for _, e := range days.Content {
		d, err := p.day(c, y, e)
		if err != nil {
			return nil, err
		}
		if seen[d.Date] {
			return nil, p.errorf(e, "%s is listed twice", d.Date)
		}
		seen[d.Date] = true
		yd.days = append(yd.days, d)
	}
	sort.Slice(yd.days, func(i, j int) bool { return yd.days[i].Date < yd.days[j].Date })
	return yd, nil
}

var dayKinds = map[string]Kind{
	"holiday":    Holiday,
	"religious":  Religious,
	"substitute": Substitute,
	"transfer":   Transferred,
	"working":    WorkingWeekend,
	"note":       Workday,
}

// dayFields are the fields of an entry of a year's list.
var dayFields = []string{"date", "kind", "holiday", "day", "for", "from", "to", "uncertain", "note"}

// day reads one entry of a year's list and checks it for consistency.
func (p calParser) day(c *Calendar, y int, n *yaml.Node) (Day, error) {
	var d Day
	var kind string
	var ref Date
	refs := 0
	hasDate := false
	err := p.fields(n, dayFields, func(k string, v *yaml.Node) error {
		switch k {
		case "date":
			hasDate = true
			return p.date(&d.Date)(v)
		case "kind":
			return p.str(&kind)(v)
		case "holiday":
			return p.holidayKey(c, &d.Holiday)(v)
		case "day":
			return p.integer(&d.Part)(v)
		case "uncertain":
			return p.str(&d.Uncertain)(v)
		case "note":
			return p.str(&d.Note)(v)
		}
		refs++ // for, from or to
		return p.date(&ref)(v)
	})
	if err != nil {
		return d, err
	}
	if !hasDate {
		return d, p.errorf(n, "no date (field date)")
	}
	k, ok := dayKinds[kind]
	if !ok {
		return d, p.errorf(n, "kind %q: expected holiday, religious, substitute, transfer, working or note", kind)
	}
	d.Kind, d.Ref = k, ref
	if d.Date.Year() != y {
		return d, p.errorf(n, "%s is not in year %d", d.Date, y)
	}
	if refs > 1 {
		return d, p.errorf(n, "%s: give only one of for, from and to", d.Date)
	}
	if msg := checkDay(d, kind, refs == 1); msg != "" {
		return d, p.errorf(n, "%s: %s", d.Date, msg)
	}
	if d.Kind == Workday && d.Date.weekend() {
		d.Kind = Weekend
	}
	return d, nil
}

// checkDay returns what is wrong with an entry of the given kind, or "".
func checkDay(d Day, kind string, hasRef bool) string {
	needsHoliday := d.Kind == Holiday || d.Kind == Religious || d.Kind == Substitute
	switch {
	case needsHoliday && d.Holiday == "":
		return kind + " needs a holiday"
	case !needsHoliday && d.Holiday != "":
		return kind + " takes no holiday"
	case d.Kind == Substitute && !hasRef:
		return "substitute needs \"for\": an earlier weekend day"
	case d.Kind == Substitute && !d.Ref.weekend():
		return fmt.Sprintf("substitute for %s, a %s: only a holiday on a Saturday or Sunday gives a substitute",
			d.Ref, d.Ref.Weekday())
	case d.Kind == Substitute && d.Ref >= d.Date:
		return fmt.Sprintf("substitute for %s, which is not earlier", d.Ref)
	case d.Kind == Substitute && d.Date.weekend():
		return fmt.Sprintf("a substitute day off must be a weekday, not a %s", d.Date.Weekday())
	case d.Kind == Transferred && !hasRef:
		return "transfer needs \"from\": the weekend day made a working day in exchange"
	case d.Kind == Transferred && d.Date.weekend():
		return fmt.Sprintf("a transferred day off must be a weekday, not a %s", d.Date.Weekday())
	case d.Kind == WorkingWeekend && !hasRef:
		return "working needs \"to\": the weekday made a day off in exchange"
	case d.Kind == WorkingWeekend && !d.Date.weekend():
		return fmt.Sprintf("a working day must be a Saturday or Sunday, not a %s", d.Date.Weekday())
	case (d.Kind == Holiday || d.Kind == Religious || kind == "note") && hasRef:
		return kind + " takes no for, from or to"
	}
	return ""
}

func (p calParser) str(dst *string) func(*yaml.Node) error {
	return func(n *yaml.Node) error {
		if n.Kind != yaml.ScalarNode || n.Tag == "!!null" {
			return p.errorf(n, "expected text, found %s", found(n))
		}
		*dst = n.Value
		return nil
	}
}

func (p calParser) strs(dst *[]string) func(*yaml.Node) error {
	return func(n *yaml.Node) error {
		if n.Kind != yaml.SequenceNode {
			return p.errorf(n, "expected a list of text, found %s", found(n))
		}
		for _, e := range n.Content {
			var s string
			if err := p.str(&s)(e); err != nil {
				return err
			}
			*dst = append(*dst, s)
		}
		return nil
	}
}

func (p calParser) integer(dst *int) func(*yaml.Node) error {
	return func(n *yaml.Node) error {
		v, err := strconv.Atoi(n.Value)
		if n.Kind != yaml.ScalarNode || err != nil || v < 0 || v > 9999 {
			return p.errorf(n, "expected a whole number from 0 to 9999, found %s", found(n))
		}
		*dst = v
		return nil
	}
}

func (p calParser) boolean(dst *bool) func(*yaml.Node) error {
	return func(n *yaml.Node) error {
		if n.Kind != yaml.ScalarNode || (n.Value != "true" && n.Value != "false") {
			return p.errorf(n, "expected true or false, found %s", found(n))
		}
		*dst = n.Value == "true"
		return nil
	}
}

func (p calParser) date(dst *Date) func(*yaml.Node) error {
	return func(n *yaml.Node) error {
		if n.Kind != yaml.ScalarNode || n.Tag == "!!null" {
			return p.errorf(n, "expected a date, found %s", found(n))
		}
		d, err := ParseDate(n.Value)
		if err != nil {
			return p.errorf(n, "%v", err)
		}
		*dst = d
		return nil
	}
}

func (p calParser) holidayKey(c *Calendar, dst *string) func(*yaml.Node) error {
	return func(n *yaml.Node) error {
		if _, ok := c.names[n.Value]; !ok {
			return p.errorf(n, "%q is not listed under holidays", n.Value)
		}
		*dst = n.Value
		return nil
	}
}
