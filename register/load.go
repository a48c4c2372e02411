package register

import (
	_ "embed"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
	"sync"
	"time"
	_ "time/tzdata" // registers name zones; machines may lack a zone database

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

// Embedded returns the register of Order No. 113, parsed on first use.
// Callers must not modify it.
func Embedded() (*Register, error) {
	embeddedOnce.Do(func() {
		embedded, embeddedErr = Parse(EmbeddedName, order113)
	})
	return embedded, embeddedErr
}

// EmbeddedSource returns the YAML text of the embedded register.
func EmbeddedSource() []byte { return order113 }

// LoadFile reads and parses the register in the named file.
func LoadFile(path string) (*Register, error) {
	data, err := readLimited(path)
	if err != nil {
		return nil, err
	}
	return Parse(path, data)
}

// readLimited reads a file, refusing one larger than MaxFileSize without
// reading more of it than that.
func readLimited(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, MaxFileSize+1))
	if err != nil {
		return nil, err
	}
	if len(data) > MaxFileSize {
		return nil, &LoadError{Problems: []*Problem{{File: path,
			Msg: fmt.Sprintf("file is larger than the limit of %d bytes", MaxFileSize)}}}
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
	ok := r.fields(n, where, []string{"title", "issuer", "kind", "number", "signed",
		"registered", "in_force", "repealed", "time_zone", "roll"}, func(k string, v *yaml.Node) {
		switch k {
		case "title":
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
			a.Repealed = r.reference(v, where+": repealed")
		case "time_zone":
			a.TimeZone = r.str(v, where+": time_zone")
			if _, err := time.LoadLocation(a.TimeZone); err != nil {
				r.errorf(v, where+": time_zone", "unknown time zone %q", a.TimeZone)
			}
		case "roll":
			roll, err := schedule.ParseRoll(r.str(v, where+": roll"))
			if err != nil {
				r.errorf(v, where+": roll", "%v", err)
			}
			a.Roll = roll
		}
	})
	if !ok {
		return
	}
	if a.Title[schedule.Kazakh] == "" {
		r.errorf(n, where, "no title")
	}
	if a.Number == "" || a.Signed == 0 {
		r.errorf(n, where, "the act needs a number and the date it was signed")
	}
}

func (r *reader) reference(n *yaml.Node, where string) *Reference {
	ref := &Reference{}
	r.fields(n, where, []string{"number", "date", "title"}, func(k string, v *yaml.Node) {
		switch k {
		case "number":
			ref.Number = r.str(v, where+": number")
		case "date":
			ref.Date = r.date(v, where+": date")
		case "title":
			ref.Title = r.text(v, where+": title")
		}
	})
	if ref.Number == "" || ref.Date == 0 {
		r.errorf(n, where, "needs a number and a date")
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
			r.errorf(k, where, "a unit key is lower-case letters, digits and hyphens")
			continue
		}
		if reg.Units[k.Value] != nil {
			r.errorf(k, where, "unit listed twice")
			continue
		}
		u := &Unit{Key: k.Value}
		r.fields(v, where, []string{"name", "short", "written", "note"}, func(f string, v *yaml.Node) {
			switch f {
			case "name":
				u.Name = r.text(v, where+": name")
			case "short":
				u.Short = r.text(v, where+": short")
			case "written":
				u.Written = r.strList(v, where+": written")
			case "note":
				u.Note = r.text(v, where+": note")
			}
		})
		if u.Name[schedule.Kazakh] == "" {
			r.errorf(v, where, "no Kazakh name")
		}
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

func (r *reader) obligation(reg *Register, n *yaml.Node, index int) *Obligation {
	o := &Obligation{Line: n.Line, Source: SourcePortal}
	where := fmt.Sprintf("obligation #%d", index+1)
	if n.Kind == yaml.MappingNode {
		for i := 0; i+1 < len(n.Content); i += 2 {
			if n.Content[i].Value == "no" {
				if no, ok := r.integer(n.Content[i+1], where+": no", 1, 1_000_000); ok {
					o.No = no
					where = fmt.Sprintf("obligation %d", no)
				}
			}
		}
	}
	var final *yaml.Node
	var stages []Deadline
	var period *yaml.Node
	ok := r.fields(n, where, obligationFields, func(k string, v *yaml.Node) {
		switch k {
		case "name":
			o.Name = r.text(v, where+": name")
		case "period":
			period = v
		case "deadline":
			final = v
		case "stages":
			stages = r.stages(v, where)
		case "wording":
			o.Wording = r.wording(v, where)
		case "source":
			o.Source = r.str(v, where+": source")
			if o.Source != SourcePortal && o.Source != SourceAPI {
				r.errorf(v, where+": source", "%q: expected portal or api", o.Source)
			}
		case "units":
			o.Units = r.unitKeys(reg, v, where)
		case "note":
			o.Note = r.text(v, where+": note")
		}
	})
	if !ok {
		return nil
	}
	if o.No == 0 {
		r.errorf(n, where, "no number (field no)")
		return nil
	}
	if o.Name[schedule.Kazakh] == "" {
		r.errorf(n, where, "no Kazakh name (field name)")
	}
	if period == nil {
		r.errorf(n, where, "no period (field period)")
	} else if k, err := schedule.ParsePeriodKind(r.str(period, where+": period")); err != nil {
		r.errorf(period, where+": period", "%v", err)
	} else {
		o.Period = k
	}
	if final == nil {
		r.errorf(n, where, "no deadline (field deadline)")
		return o
	}
	o.Deadlines = append(stages, Deadline{Rule: r.rule(final, where+": deadline")})
	if period != nil {
		for _, d := range o.Deadlines {
			r.checkRule(final, where, d.Rule, o.Period)
		}
	}
	if len(o.Units) == 0 && n.Kind == yaml.MappingNode {
		r.warnf(n, where, "no responsible unit")
	}
	if o.Wording == (Wording{}) {
		r.warnf(n, where, "no wording: the act's own words for the period and deadline")
	}
	return o
}

func (r *reader) checkRule(n *yaml.Node, where string, rule schedule.Rule, k schedule.PeriodKind) {
	errs, warns := rule.Check(k)
	for _, e := range errs {
		r.errorf(n, where+": deadline", "%s", e)
	}
	for _, w := range warns {
		r.warnf(n, where+": deadline", "%s", w)
	}
}

func (r *reader) rule(n *yaml.Node, where string) schedule.Rule {
	s := r.str(n, where)
	if s == "" && n.Kind == yaml.ScalarNode {
		r.errorf(n, where, "empty rule")
		return schedule.Rule{}
	}
	rule, err := schedule.ParseRule(s)
	if err != nil {
		re := err.(*schedule.RuleError)
		col := n.Column + re.Column - 1
		if n.Style&(yaml.DoubleQuotedStyle|yaml.SingleQuotedStyle) != 0 {
			col++
		}
		if n.Line > 0 && !strings.Contains(s, "\n") {
			r.problems = append(r.problems, &Problem{File: r.file, Line: n.Line, Col: col,
				Where: where, Msg: fmt.Sprintf("%q: %s", s, re.Msg)})
		} else {
			r.errorf(n, where, "%q: %s", s, re.Msg)
		}
	}
	return rule
}

func (r *reader) stages(n *yaml.Node, where string) []Deadline {
	if n.Kind != yaml.SequenceNode {
		r.errorf(n, where+": stages", "expected a list, found %s", describe(n))
		return nil
	}
	var out []Deadline
	for _, e := range n.Content {
		var d Deadline
		var rule *yaml.Node
		r.fields(e, where+": stage", []string{"key", "name", "deadline"}, func(k string, v *yaml.Node) {
			switch k {
			case "key":
				d.Stage = r.str(v, where+": stage: key")
			case "name":
				d.StageName = r.text(v, where+": stage: name")
			case "deadline":
				rule = v
			}
		})
		if !validKey(d.Stage) {
			r.errorf(e, where+": stage", "needs a key of lower-case letters, digits and hyphens")
		}
		if rule == nil {
			r.errorf(e, where+": stage", "no deadline")
			continue
		}
		d.Rule = r.rule(rule, where+": stage "+d.Stage+": deadline")
		out = append(out, d)
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
		case reg.Units[k] == nil:
			r.errorf(e, where+": units", "unknown unit %q (known: %s)", k, strings.Join(reg.UnitKeys, ", "))
		case contains(keys, k):
			r.errorf(e, where+": units", "unit %q listed twice", k)
		default:
			keys = append(keys, k)
		}
	}
	return keys
}
