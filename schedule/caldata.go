package schedule

import (
	"bytes"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"time"

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
	var root yaml.Node
	dec := yaml.NewDecoder(bytes.NewReader(data))
	if err := dec.Decode(&root); err != nil {
		return nil, &DataError{File: name, Msg: strings.TrimPrefix(err.Error(), "yaml: ")}
	}
	c := &Calendar{names: map[string]Text{}, data: map[int]*yearData{}}
	doc := docNode(&root)
	if doc == nil || doc.Kind != yaml.MappingNode {
		return nil, p.errorf(doc, "expected a mapping with holidays, statutory and years")
	}
	// Holidays are read first: the other sections refer to them.
	var holidays, statutory, years *yaml.Node
	err := p.mapping(doc, map[string]func(*yaml.Node) error{
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
	if len(c.data) == 0 {
		return nil, p.errorf(doc, "no years")
	}
	return c, nil
}

func docNode(root *yaml.Node) *yaml.Node {
	if root.Kind == yaml.DocumentNode && len(root.Content) == 1 {
		return root.Content[0]
	}
	if root.Kind == 0 {
		return nil
	}
	return root
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
// function and refusing unknown keys.
func (p calParser) mapping(n *yaml.Node, fields map[string]func(*yaml.Node) error) error {
	if n.Kind != yaml.MappingNode {
		return p.errorf(n, "expected a mapping")
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		f, ok := fields[k.Value]
		if !ok {
			return p.errorf(k, "unknown field %q", k.Value)
		}
		if err := f(v); err != nil {
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
		var t Text
		if err := v.Decode(&t); err != nil {
			return p.errorf(v, "holiday %q: %v", k.Value, err)
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
		if err != nil {
			return p.errorf(e, "date %q: expected MM-DD", md)
		}
		r.month, r.day = t.Month(), t.Day()
		if r.holiday == "" {
			return p.errorf(e, "statutory holiday without a holiday key")
		}
		c.statutory = append(c.statutory, r)
	}
	return nil
}

func (p calParser) years(c *Calendar, n *yaml.Node) error {
	if n.Kind != yaml.MappingNode {
		return p.errorf(n, "years: expected a mapping of years")
	}
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
		if c.first == 0 || y < c.first {
			c.first = y
		}
		if y > c.last {
			c.last = y
		}
	}
	for y := c.first; y <= c.last; y++ {
		if _, ok := c.data[y]; !ok {
			return p.errorf(n, "year %d is missing between %d and %d", y, c.first, c.last)
		}
	}
	return nil
}

func (p calParser) year(c *Calendar, y int, n *yaml.Node) (*yearData, error) {
	yd := &yearData{}
	var status string
	var days *yaml.Node
	err := p.mapping(n, map[string]func(*yaml.Node) error{
		"act":        p.str(&yd.act),
		"status":     p.str(&status),
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
	default:
		return nil, p.errorf(n, "year %d: status %q: expected confirmed or provisional", y, status)
	}
	if days == nil || days.Kind != yaml.SequenceNode {
		return nil, p.errorf(n, "year %d: expected a list of days", y)
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

// day reads one entry of a year's list and checks it for consistency.
func (p calParser) day(c *Calendar, y int, n *yaml.Node) (Day, error) {
	var d Day
	var kind string
	var ref Date
	refs := 0
	refField := func(v *yaml.Node) error { refs++; return p.date(&ref)(v) }
	err := p.mapping(n, map[string]func(*yaml.Node) error{
		"date":      p.date(&d.Date),
		"kind":      p.str(&kind),
		"holiday":   p.holidayKey(c, &d.Holiday),
		"day":       p.integer(&d.Part),
		"for":       refField,
		"from":      refField,
		"to":        refField,
		"uncertain": p.str(&d.Uncertain),
		"note":      p.str(&d.Note),
	})
	if err != nil {
		return d, err
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
	case d.Kind == Substitute && (!hasRef || !d.Ref.weekend() || d.Ref >= d.Date):
		return "substitute needs \"for\": an earlier weekend day"
	case d.Kind == Substitute && d.Date.weekend():
		return "a substitute day off must be a weekday"
	case d.Kind == Transferred && (!hasRef || d.Date.weekend()):
		return "transfer needs \"from\" and must be a weekday"
	case d.Kind == WorkingWeekend && (!hasRef || !d.Date.weekend()):
		return "working needs \"to\" and must be a Saturday or Sunday"
	case (d.Kind == Holiday || d.Kind == Religious || kind == "note") && hasRef:
		return kind + " takes no for, from or to"
	}
	return ""
}

func (p calParser) str(dst *string) func(*yaml.Node) error {
	return func(n *yaml.Node) error {
		if n.Kind != yaml.ScalarNode {
			return p.errorf(n, "expected text")
		}
		*dst = n.Value
		return nil
	}
}

func (p calParser) strs(dst *[]string) func(*yaml.Node) error {
	return func(n *yaml.Node) error {
		if n.Kind != yaml.SequenceNode {
			return p.errorf(n, "expected a list of text")
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
			return p.errorf(n, "expected a whole number, found %q", n.Value)
		}
		*dst = v
		return nil
	}
}

func (p calParser) boolean(dst *bool) func(*yaml.Node) error {
	return func(n *yaml.Node) error {
		if n.Kind != yaml.ScalarNode || (n.Value != "true" && n.Value != "false") {
			return p.errorf(n, "expected true or false, found %q", n.Value)
		}
		*dst = n.Value == "true"
		return nil
	}
}

func (p calParser) date(dst *Date) func(*yaml.Node) error {
	return func(n *yaml.Node) error {
		d, err := ParseDate(n.Value)
		if n.Kind != yaml.ScalarNode || err != nil {
			return p.errorf(n, "%q is not a date of the form YYYY-MM-DD", n.Value)
		}
		*dst = d
		return nil
	}
}

func (p calParser) holidayKey(c *Calendar, dst *string) func(*yaml.Node) error {
	return func(n *yaml.Node) error {
		if _, ok := c.names[n.Value]; !ok {
			return p.errorf(n, "unknown holiday %q (list it under holidays first)", n.Value)
		}
		*dst = n.Value
		return nil
	}
}
