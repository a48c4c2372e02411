package register

import (
	"bytes"
	_ "embed"
	"errors"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
	"sync"
	"time"
	_ "time/tzdata" // registers name zones; machines may lack a zone database
	"unicode/utf8"

	"gopkg.in/yaml.v3"

	"opendata/schedule"
)

//go:embed order113.yaml
var order113 []byte

// EmbeddedName is the name the embedded register goes by in messages.
const EmbeddedName = "order113.yaml"

var (
	embeddedOnce sync.Once
	embedded     *Register
	embeddedErr  error
)

// Embedded returns the register of Order No. 113, made on first use.
// Callers must not modify it.
func Embedded() (*Register, error) {
	embeddedOnce.Do(func() {
		embedded, embeddedErr = loadEmbedded(order113)
	})
	return embedded, embeddedErr
}

// EmbeddedSource returns the YAML text of the embedded register.
func EmbeddedSource() []byte { return order113 }

// LoadFile reads and parses the register in the named file.
func LoadFile(path string) (*Register, error) {
	data, err := ReadFile(path)
	if err != nil {
		return nil, err
	}
	return Parse(path, data)
}

// ReadFile reads an input file, refusing one larger than MaxFileSize.
func ReadFile(path string) ([]byte, error) { return ReadLimited(path, MaxFileSize) }

// ReadLimited reads a file, refusing one larger than limit bytes without
// reading more of it than that.
func ReadLimited(path string, limit int) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, int64(limit)+1))
	if err != nil {
		return nil, err
	}
	if len(data) > limit {
		return nil, &LoadError{Problems: []*Problem{{File: path,
			Msg: fmt.Sprintf("file is larger than the limit of %d bytes", limit)}}}
	}
	return data, nil
}

// Parse reads a register from YAML. The name is used in messages. It
// returns a *LoadError listing every error, and the warnings found with
// them; a register that loads keeps its warnings in Warnings.
func Parse(name string, data []byte) (*Register, error) {
	r := &reader{file: name}
	reg := &Register{File: name, Units: map[string]*Unit{}}
	if doc := r.parse(data); doc != nil {
		r.register(reg, doc)
	}
	sort.SliceStable(r.problems, func(i, j int) bool { return r.problems[i].Line < r.problems[j].Line })
	if r.failed() {
		return nil, &LoadError{Problems: r.problems}
	}
	reg.Warnings = r.problems
	return reg, nil
}

func (r *reader) register(reg *Register, doc *yaml.Node) {
	var obligations *yaml.Node
	var haveAct, haveUnits bool
	r.fields(doc, "", []string{"act", "units", "obligations"}, func(k string, v *yaml.Node) {
		switch k {
		case "act":
			haveAct = true
			r.act(&reg.Act, v)
		case "units":
			haveUnits = true
			r.units(reg, v)
		case "obligations":
			obligations = v
		}
	})
	if doc.Kind != yaml.MappingNode {
		return
	}
	for _, missing := range []struct {
		ok   bool
		name string
	}{{haveAct, "act"}, {haveUnits, "units"}, {obligations != nil, "obligations"}} {
		if !missing.ok {
			r.errorf(doc, "", "no %q section", missing.name)
		}
	}
	if obligations != nil {
		r.obligations(reg, obligations)
	}
}

func (r *reader) act(a *Act, n *yaml.Node) {
	const where = "act"
	a.TimeZone = "Asia/Almaty"
	var title, repealed *yaml.Node
	seen := map[string]bool{}
	ok := r.fields(n, where, []string{"title", "issuer", "kind", "number", "signed",
		"registered", "in_force", "repealed", "time_zone", "roll"}, func(k string, v *yaml.Node) {
		seen[k] = true
		switch k {
		case "title":
			title = v
			a.Title = r.text(v, where+": title")
		case "issuer":
			a.Issuer = r.text(v, where+": issuer")
		case "kind":
			a.Kind = r.text(v, where+": kind")
		case "number":
			a.Number = r.str(v, where+": number")
		case "signed":
			a.Signed = r.date(v, where+": signed")
		case "in_force":
			a.InForce = r.date(v, where+": in_force")
		case "registered":
			a.Registered = r.reference(v, where+": registered")
		case "repealed":
			repealed = v
			a.Repealed = r.reference(v, where+": repealed")
		case "time_zone":
			if r.isText(v, where+": time_zone") && !validZone(v.Value) {
				r.errorf(v, where+": time_zone", "unknown time zone %q (expected a name such as Asia/Almaty)", v.Value)
			}
			a.TimeZone = v.Value
		case "roll":
			roll, err := schedule.ParseRoll(r.str(v, where+": roll"))
			if err != nil {
				r.errorf(v, where+": roll", "%s", strings.TrimPrefix(err.Error(), "roll "))
			}
			a.Roll = roll
		}
	})
	if !ok {
		return
	}
	r.missing(n, where, seen, "title", "number", "signed")
	r.kazakh(title, where+": title", a.Title)
	if a.Repealed != nil && a.Repealed.Date != 0 && a.Signed != 0 && a.Repealed.Date < a.Signed {
		r.errorf(repealed, where+": repealed", "%s is before the act was signed on %s",
			a.Repealed.Date, a.Signed)
	}
}

// validZone reports whether name is a time zone of the IANA database. The
// machine's own zone, "Local", is not one: a register means the same
// everywhere.
func validZone(name string) bool {
	if name == "" || name == "Local" {
		return false
	}
	_, err := time.LoadLocation(name)
	return err == nil
}

// missing reports each of the keys that the mapping n lacks.
func (r *reader) missing(n *yaml.Node, where string, seen map[string]bool, keys ...string) {
	for _, k := range keys {
		if !seen[k] {
			what := k
			if k == "signed" {
				what = "date of signing"
			}
			r.errorf(n, where, "no %s (field %s)", what, k)
		}
	}
}

// kazakh reports a text read from n that has no Kazakh, the language the
// acts are written in.
func (r *reader) kazakh(n *yaml.Node, where string, t schedule.Text) {
	if t != nil && t[schedule.Kazakh] == "" {
		r.errorf(n, where, "no Kazakh text (kk)")
	}
}

func (r *reader) reference(n *yaml.Node, where string) *Reference {
	ref := &Reference{}
	seen := map[string]bool{}
	ok := r.fields(n, where, []string{"number", "date", "title"}, func(k string, v *yaml.Node) {
		seen[k] = true
		switch k {
		case "number":
			ref.Number = r.str(v, where+": number")
		case "date":
			ref.Date = r.date(v, where+": date")
		case "title":
			ref.Title = r.text(v, where+": title")
		}
	})
	if ok {
		r.missing(n, where, seen, "number", "date")
	}
	return ref
}

func (r *reader) units(reg *Register, n *yaml.Node) {
	if n.Kind != yaml.MappingNode {
		r.errorf(n, "units", "expected a mapping of unit keys to units, found %s", describe(n))
		return
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		where := fmt.Sprintf("unit %q", k.Value)
		if !validKey(k.Value) {
			r.errorf(k, where, "a unit key may hold only lower-case letters, digits and hyphens")
			continue
		}
		if reg.Units[k.Value] != nil {
			r.errorf(k, where, "unit listed twice")
			continue
		}
		u := &Unit{Key: k.Value}
		var name *yaml.Node
		ok := r.fields(v, where, []string{"name", "short", "written", "note"}, func(f string, v *yaml.Node) {
			switch f {
			case "name":
				name = v
				u.Name = r.text(v, where+": name")
			case "short":
				u.Short = r.text(v, where+": short")
			case "written":
				u.Written = r.strList(v, where+": written")
			case "note":
				u.Note = r.text(v, where+": note")
			}
		})
		if ok && name == nil {
			r.errorf(v, where, "no name (field name)")
		}
		r.kazakh(name, where+": name", u.Name)
		if u.Short == nil {
			u.Short = u.Name
		}
		reg.Units[u.Key] = u
		reg.UnitKeys = append(reg.UnitKeys, u.Key)
	}
}

func validKey(s string) bool {
	if s == "" || len(s) > 64 {
		return false
	}
	for _, c := range s {
		if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-') {
			return false
		}
	}
	return true
}

func (r *reader) obligations(reg *Register, n *yaml.Node) {
	if n.Kind != yaml.SequenceNode {
		r.errorf(n, "obligations", "expected a list, found %s", describe(n))
		return
	}
	if len(n.Content) == 0 {
		r.errorf(n, "obligations", "the list is empty")
	}
	seen := map[int]int{}
	for i, e := range n.Content {
		o := r.obligation(reg, e, i)
		if o == nil {
			continue
		}
		if first, dup := seen[o.No]; dup {
			r.errorf(e, fmt.Sprintf("obligation %d", o.No), "number %d is already used at line %d", o.No, first)
			continue
		}
		seen[o.No] = o.Line
		reg.Obligations = append(reg.Obligations, o)
	}
}

var obligationFields = []string{"no", "name", "period", "deadline", "stages", "wording",
	"source", "units", "note"}

// deadlineNode is a deadline as read, with the node and field its rule was
// read from, so that checks that need the period can point at it.
type deadlineNode struct {
	Deadline
	node  *yaml.Node
	where string
	ok    bool // the rule parsed
}

func (r *reader) obligation(reg *Register, n *yaml.Node, index int) *Obligation {
	o := &Obligation{Line: n.Line, Source: SourcePortal}
	where := fmt.Sprintf("obligation #%d", index+1)
	hasNo := r.number(n, o, &where)
	var name, period, units, wording *yaml.Node
	var final *deadlineNode
	var stages []deadlineNode
	ok := r.fields(n, where, obligationFields, func(k string, v *yaml.Node) {
		switch k {
		case "name":
			name = v
			o.Name = r.text(v, where+": name")
		case "period":
			period = v
		case "deadline":
			final = r.deadline(v, where+": deadline")
		case "stages":
			stages = r.stages(v, where)
		case "wording":
			wording = v
			o.Wording = r.wording(v, where)
		case "source":
			o.Source = r.str(v, where+": source")
			if o.Source != SourcePortal && o.Source != SourceAPI {
				r.errorf(v, where+": source", "%q: expected portal or api", o.Source)
			}
		case "units":
			units = v
			o.Units = r.unitKeys(reg, v, where)
		case "note":
			o.Note = r.text(v, where+": note")
		}
	})
	if !ok {
		return nil
	}
	if !hasNo {
		r.errorf(n, where, "no number (field no)")
	}
	if o.No == 0 {
		return nil
	}
	if name == nil {
		r.errorf(n, where, "no name (field name)")
	}
	r.kazakh(name, where+": name", o.Name)
	periodOK := r.period(n, period, where, o)
	if final == nil {
		r.errorf(n, where, "no deadline (field deadline)")
		return o
	}
	for _, d := range append(stages, *final) {
		o.Deadlines = append(o.Deadlines, d.Deadline)
		if d.ok && periodOK {
			r.checkRule(d.node, d.where, d.Rule, o.Period)
		}
	}
	if units == nil || units.Kind == yaml.SequenceNode && len(units.Content) == 0 {
		r.warnf(n, where, "no responsible unit")
	}
	if wording == nil {
		r.warnf(n, where, "no wording: the act's own words for the period and deadline")
	}
	return o
}

// number reads an obligation's number first, so that every message about
// the obligation can name it; where becomes "obligation N". It reports
// whether the field is there at all.
func (r *reader) number(n *yaml.Node, o *Obligation, where *string) bool {
	if n.Kind != yaml.MappingNode {
		return false
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		if n.Content[i].Value != "no" {
			continue
		}
		if no, ok := r.integer(n.Content[i+1], *where+": no", 1, 1_000_000); ok {
			o.No = no
			*where = fmt.Sprintf("obligation %d", no)
		}
		return true
	}
	return false
}

// period reads an obligation's period kind into o and reports whether it
// is known.
func (r *reader) period(n, period *yaml.Node, where string, o *Obligation) bool {
	switch {
	case period == nil:
		r.errorf(n, where, "no period (field period)")
	case r.isText(period, where+": period"):
		k, err := schedule.ParsePeriodKind(period.Value)
		if err != nil {
			r.errorf(period, where+": period", "%s", strings.TrimPrefix(err.Error(), "period "))
			return false
		}
		o.Period = k
		return true
	}
	return false
}

func (r *reader) checkRule(n *yaml.Node, where string, rule schedule.Rule, k schedule.PeriodKind) {
	errs, warns := rule.Check(k)
	for _, e := range errs {
		r.errorf(n, where, "%s", e)
	}
	for _, w := range warns {
		r.warnf(n, where, "%s", w)
	}
}

// deadline reads the rule in n.
func (r *reader) deadline(n *yaml.Node, where string) *deadlineNode {
	d := &deadlineNode{node: n, where: where}
	if !r.isText(n, where) {
		return d
	}
	s := n.Value
	if strings.TrimSpace(s) == "" {
		r.errorf(n, where, "empty rule")
		return d
	}
	rule, err := schedule.ParseRule(s)
	if err == nil {
		d.Rule, d.ok = rule, true
		return d
	}
	var re *schedule.RuleError
	if !errors.As(err, &re) {
		r.errorf(n, where, "%q: %v", s, err)
		return d
	}
	p := &Problem{File: r.file, Line: n.Line, Col: n.Column, Where: where, Msg: fmt.Sprintf("%q: %s", s, re.Msg)}
	if col := r.ruleColumn(n, s); col > 0 {
		p.Col = col + re.Column - 1
	}
	r.problems = append(r.problems, p)
	return d
}

// ruleColumn returns the column in the file where the rule s that n holds
// starts, or 0 when the file does not spell it on one line as it reads (a
// rule folded over lines, or one with escapes), or the rule starts too far
// to the right to be worth looking for.
func (r *reader) ruleColumn(n *yaml.Node, s string) int {
	col := n.Column
	if n.Style&(yaml.DoubleQuotedStyle|yaml.SingleQuotedStyle) != 0 {
		col++
	}
	if col < 1 || col > 1000 {
		return 0
	}
	line := r.line(n.Line)
	i := 0
	for c := 1; c < col && i < len(line); c++ {
		_, size := utf8.DecodeRune(line[i:])
		i += size
	}
	if !bytes.HasPrefix(line[i:], []byte(s)) {
		return 0
	}
	return col
}

func (r *reader) stages(n *yaml.Node, where string) []deadlineNode {
	if n.Kind != yaml.SequenceNode {
		r.errorf(n, where+": stages", "expected a list, found %s", describe(n))
		return nil
	}
	var out []deadlineNode
	seen := map[string]bool{}
	for _, e := range n.Content {
		var key, name, rule *yaml.Node
		ok := r.fields(e, where+": stage", []string{"key", "name", "deadline"}, func(k string, v *yaml.Node) {
			switch k {
			case "key":
				key = v
			case "name":
				name = v
			case "deadline":
				rule = v
			}
		})
		if !ok {
			continue
		}
		stage := where + ": stage"
		switch {
		case key == nil:
			r.errorf(e, stage, "no key (field key)")
			continue
		case !r.isText(key, stage+": key"):
			continue
		case !validKey(key.Value):
			r.errorf(key, stage+": key", "%q: use only lower-case letters, digits and hyphens", key.Value)
			continue
		}
		stage += " " + key.Value
		if seen[key.Value] {
			r.errorf(key, stage, "stage listed twice")
			continue
		}
		seen[key.Value] = true
		if rule == nil {
			r.errorf(e, stage, "no deadline (field deadline)")
			continue
		}
		d := r.deadline(rule, stage+": deadline")
		d.Stage = key.Value
		if name != nil {
			d.StageName = r.text(name, stage+": name")
		}
		out = append(out, *d)
	}
	return out
}

func (r *reader) wording(n *yaml.Node, where string) Wording {
	var w Wording
	r.fields(n, where+": wording", []string{"period", "deadline"}, func(k string, v *yaml.Node) {
		switch k {
		case "period":
			w.Period = r.str(v, where+": wording: period")
		case "deadline":
			w.Deadline = r.str(v, where+": wording: deadline")
		}
	})
	return w
}

func (r *reader) unitKeys(reg *Register, n *yaml.Node, where string) []string {
	if n.Kind != yaml.SequenceNode {
		r.errorf(n, where+": units", "expected a list of unit keys, found %s", describe(n))
		return nil
	}
	var keys []string
	for _, e := range n.Content {
		k := r.str(e, where+": units")
		switch {
		case k == "":
		case reg.Units[k] == nil && len(reg.Units) == 0:
			r.errorf(e, where+": units", "unknown unit %q (no units are listed under units)", k)
		case reg.Units[k] == nil:
			r.errorf(e, where+": units", "unknown unit %q (known: %s)", k, listed(reg.UnitKeys))
		case contains(keys, k):
			r.errorf(e, where+": units", "unit %q listed twice", k)
		default:
			keys = append(keys, k)
		}
	}
	return keys
}
