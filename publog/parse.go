package publog

import (
	"bytes"
	"fmt"
	"io"
	"net/url"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"gopkg.in/yaml.v3"

	"opendata/register"
	"opendata/schedule"
)

// MaxFileSize bounds the log files Parse reads: ample for a century of
// records.
const MaxFileSize = 8 << 20

// Parse reads a log from the YAML in data; name is the file's name for
// messages. With a register, every record must name one of its
// obligations, by a period of the kind its deadlines close, or by an event
// for an obligation that counts from one. Problems are reported all at
// once, as a *register.LoadError of FILE:LINE:COL lines. An empty file, or
// one of comments only, is an empty log.
func Parse(name string, data []byte, reg *register.Register) (*Log, error) {
	p := &parser{Reader: register.NewReader(name), file: name, reg: reg, seen: map[string]int{}}
	l := &Log{File: name, header: header(data)}
	if doc := p.document(data); doc != nil {
		l.records = p.publications(doc)
	}
	if problems := p.Problems(); len(problems) > 0 {
		sort.SliceStable(problems, func(i, j int) bool { return problems[i].Line < problems[j].Line })
		return nil, &register.LoadError{Problems: problems}
	}
	l.sort()
	return l, nil
}

// header returns the comment lines, and blank lines between them, that
// open data.
func header(data []byte) []string {
	var out []string
	for _, line := range strings.Split(string(data), "\n") {
		line = strings.TrimRight(line, " \t\r")
		if line != "" && !strings.HasPrefix(line, "#") {
			break
		}
		out = append(out, line)
	}
	for len(out) > 0 && out[len(out)-1] == "" {
		out = out[:len(out)-1]
	}
	return out
}

// parser reads a log with register's Reader, so that its problems read as
// a register's do.
type parser struct {
	*register.Reader
	file string
	reg  *register.Register
	seen map[string]int // obligation and key to the line that records it
}

var yamlLine = regexp.MustCompile(`^yaml: line (\d+): (.*)$`)

// document checks that data is UTF-8 text within the size limit and
// returns its top node, or nil for an empty log or after recording why
// there is none.
func (p *parser) document(data []byte) *yaml.Node {
	if len(data) > MaxFileSize {
		p.Errorf(nil, "", "file is %d bytes, more than the limit of %d", len(data), MaxFileSize)
		return nil
	}
	if !p.text(data) || !p.noConflict(data) {
		return nil
	}
	var root yaml.Node
	dec := yaml.NewDecoder(bytes.NewReader(data))
	switch err := dec.Decode(&root); {
	case err == io.EOF:
		return nil
	case err != nil:
		p.syntaxError(err)
		return nil
	}
	var extra yaml.Node
	switch err := dec.Decode(&extra); {
	case err == nil:
		p.Errorf(&extra, "", "more than one YAML document in the file")
		return nil
	case err != io.EOF:
		p.syntaxError(err)
		return nil
	}
	if len(root.Content) != 1 {
		return nil
	}
	return root.Content[0]
}

// text reports the first byte or character that keeps data from being
// text, and returns false if there is one.
func (p *parser) text(data []byte) bool {
	line, col := 1, 1
	for i := 0; i < len(data); {
		c, size := utf8.DecodeRune(data[i:])
		msg := ""
		switch {
		case c == utf8.RuneError && size == 1:
			msg = fmt.Sprintf("file is not UTF-8 text: byte 0x%02x", data[i])
		case c < 0x20 && c != '\t' && c != '\n' && c != '\r', c == 0x7f:
			msg = fmt.Sprintf("file is not text: control character %U", c)
		}
		if msg != "" {
			p.Add(&register.Problem{File: p.file, Line: line, Col: col, Msg: msg})
			return false
		}
		col++
		if c == '\n' {
			line, col = line+1, 1
		}
		i += size
	}
	return true
}

// noConflict reports the markers of a git merge left in data, the likeliest
// way for a log kept in git to break, and returns false if there are any.
func (p *parser) noConflict(data []byte) bool {
	for i, line := range strings.Split(string(data), "\n") {
		for _, m := range []string{"<<<<<<<", "|||||||", "=======", ">>>>>>>"} {
			if strings.HasPrefix(line, m) {
				p.Errorf(&yaml.Node{Line: i + 1, Column: 1}, "",
					"a git merge conflict is not resolved: keep the records of both sides and delete the lines that start with <<<<<<<, ======= and >>>>>>>")
				return false
			}
		}
	}
	return true
}

// unclosed rewords the parser's errors about a { } or [ ] left open. The
// parser gives the line before the one the bracket opens on.
var unclosed = map[string]string{
	"did not find expected ',' or '}'": "the { on this line is not closed by }",
	"did not find expected ',' or ']'": "the [ on this line is not closed by ]",
}

func (p *parser) syntaxError(err error) {
	pr := &register.Problem{File: p.file, Msg: "invalid YAML: " + strings.TrimPrefix(err.Error(), "yaml: ")}
	if m := yamlLine.FindStringSubmatch(err.Error()); m != nil {
		pr.Line, _ = strconv.Atoi(m[1])
		pr.Msg = "invalid YAML: " + m[2]
		if s, ok := unclosed[m[2]]; ok {
			pr.Line++
			pr.Msg = "invalid YAML: " + s
		}
	}
	p.Add(pr)
}

// publications reads the top mapping, whose one key lists the records.
func (p *parser) publications(doc *yaml.Node) []Record {
	if doc.Kind != yaml.MappingNode {
		p.Errorf(doc, "", "expected a mapping with the key publications, found %s", register.Describe(doc))
		return nil
	}
	var out []Record
	p.Fields(doc, "", []string{"publications"}, func(_ string, v *yaml.Node) {
		switch {
		case v.Kind == yaml.ScalarNode && v.Tag == "!!null":
		case v.Kind != yaml.SequenceNode:
			p.Errorf(v, "publications", "expected a list, found %s", register.Describe(v))
		default:
			for i, n := range v.Content {
				if r, ok := p.record(n, fmt.Sprintf("publication #%d", i+1)); ok {
					out = append(out, r)
				}
			}
		}
	})
	return out
}

var recordFields = []string{"no", "period", "event", "published", "url", "by", "note"}

// record reads one publication and checks it against the register and
// the records before it.
func (p *parser) record(n *yaml.Node, where string) (Record, bool) {
	before := len(p.Problems())
	r, hasPeriod, ok := p.recordFields(n, where)
	if !ok || len(p.Problems()) > before {
		return Record{}, false
	}
	msg := ""
	switch {
	case r.No == 0 || r.Published == 0:
		msg = "a publication needs the obligation's number (no) and the day it was published (published)"
	case hasPeriod && r.Event != 0:
		msg = "give a period or an event, not both"
	case !hasPeriod && r.Event == 0:
		msg = "a publication needs the period it covers (period), or the date of its event (event)"
	case p.reg != nil:
		if err := Check(p.reg, r); err != nil {
			msg = err.Error()
		}
	}
	k := fmt.Sprintf("%d/%s", r.No, r.Key())
	if first, dup := p.seen[k]; dup && msg == "" {
		msg = fmt.Sprintf("%s is recorded already, at line %d", r.What(), first)
	}
	if msg != "" {
		p.Errorf(n, where, "%s", msg)
		return Record{}, false
	}
	p.seen[k] = n.Line
	return r, true
}

// recordFields reads the fields of one publication, and reports whether
// it gives a period. It returns false if n is not a mapping.
func (p *parser) recordFields(n *yaml.Node, where string) (r Record, hasPeriod, ok bool) {
	r.Line = n.Line
	ok = p.Fields(n, where, recordFields, func(k string, v *yaml.Node) {
		switch k {
		case "no":
			r.No = p.integer(v, where+": no")
		case "period":
			hasPeriod = true
			r.Period = p.period(v, where+": period")
		case "event":
			r.Event = p.Date(v, where+": event")
		case "published":
			r.Published = p.Date(v, where+": published")
		case "url":
			r.URL = p.Str(v, where+": url")
			if err := CheckURL(r.URL); r.URL != "" && err != nil {
				p.Errorf(v, where+": url", "%v", err)
			}
		case "by":
			r.By = p.Str(v, where+": by")
		case "note":
			r.Note = p.Str(v, where+": note")
		}
	})
	return r, hasPeriod, ok
}

func (p *parser) scalar(n *yaml.Node, where, what string) bool {
	if n.Kind != yaml.ScalarNode || n.Tag == "!!null" {
		p.Errorf(n, where, "expected %s, found %s", what, register.Describe(n))
		return false
	}
	return true
}

func (p *parser) integer(n *yaml.Node, where string) int {
	if !p.scalar(n, where, "an obligation number") {
		return 0
	}
	v, err := strconv.Atoi(n.Value)
	if err != nil || v < 1 || v > 1_000_000 || n.Tag == "!!str" {
		p.Errorf(n, where, "expected an obligation number, found %s", register.Describe(n))
		return 0
	}
	return v
}

func (p *parser) period(n *yaml.Node, where string) schedule.Period {
	if !p.scalar(n, where, "a period") {
		return schedule.Period{}
	}
	per, err := schedule.ParsePeriod(n.Value)
	if err != nil {
		p.Errorf(n, where, "%v", err)
		return schedule.Period{}
	}
	if per.Year < register.MinYear || per.Year > register.MaxYear {
		p.Errorf(n, where, "year %d is outside %d..%d", per.Year, register.MinYear, register.MaxYear)
		return schedule.Period{}
	}
	return per
}

// CheckURL reports whether s is an absolute http or https address, as a
// portal page is.
func CheckURL(s string) error {
	u, err := url.Parse(s)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return fmt.Errorf("%q is not an http or https address", s)
	}
	return nil
}

// Check reports whether r names an obligation of reg the way its
// deadlines close: by an event for an obligation that counts from one,
// and otherwise by a period of the kind its final deadline closes (a
// fixed day of the year closes a year).
func Check(reg *register.Register, r Record) error {
	o := reg.Obligation(r.No)
	switch {
	case o == nil:
		return fmt.Errorf("no obligation %d in %s", r.No, reg.File)
	case o.EventDriven() && !r.OnEvent():
		return fmt.Errorf("obligation %d counts from an event: give the event's date (event), not a period", r.No)
	case !o.EventDriven() && r.OnEvent():
		return fmt.Errorf("obligation %d does not count from an event: give the period it covers (period)", r.No)
	case r.OnEvent():
		return nil
	}
	if want := PeriodKind(o); r.Period.Kind != want {
		return fmt.Errorf("obligation %d closes %s periods, written %s, not %q",
			r.No, want, periodForm[want], r.Period.Label())
	}
	return nil
}

// PeriodKind returns the kind of the periods the final deadline of o
// closes: a year for a fixed day of the year, and otherwise the
// obligation's own kind.
func PeriodKind(o *register.Obligation) schedule.PeriodKind {
	if o.Deadlines[len(o.Deadlines)-1].Rule.Anchor == schedule.FixedDay {
		return schedule.Annual
	}
	return o.Period
}

var periodForm = map[schedule.PeriodKind]string{
	schedule.Annual:     "YYYY",
	schedule.Semiannual: "YYYY-H1 or YYYY-H2",
	schedule.Quarterly:  "YYYY-Q1 to YYYY-Q4",
	schedule.Monthly:    "YYYY-MM",
}
