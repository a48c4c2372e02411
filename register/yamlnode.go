package register

import (
	"bytes"
	"errors"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"

	"gopkg.in/yaml.v3"

	"opendata/schedule"
)

// Limits on the files this package reads. A register of every state body
// together stays well inside them.
const (
	MaxFileSize = 4 << 20 // bytes
	MaxDepth    = 32      // nesting of mappings and lists
)

// reader walks a YAML document and collects problems instead of stopping at
// the first.
type reader struct {
	file     string
	problems []*Problem
}

func (r *reader) add(n *yaml.Node, warning bool, where, format string, args ...any) {
	p := &Problem{File: r.file, Where: where, Msg: fmt.Sprintf(format, args...), Warning: warning}
	if n != nil {
		p.Line, p.Col = n.Line, n.Column
	}
	r.problems = append(r.problems, p)
}

func (r *reader) errorf(n *yaml.Node, where, format string, args ...any) {
	r.add(n, false, where, format, args...)
}

func (r *reader) warnf(n *yaml.Node, where, format string, args ...any) {
	r.add(n, true, where, format, args...)
}

func (r *reader) failed() bool {
	for _, p := range r.problems {
		if !p.Warning {
			return true
		}
	}
	return false
}

var yamlLine = regexp.MustCompile(`^yaml: line (\d+): (.*)$`)

// parse checks the raw bytes against the limits and returns the document's
// top node, or nil after recording why there is none.
func (r *reader) parse(data []byte) *yaml.Node {
	switch {
	case len(data) > MaxFileSize:
		r.errorf(nil, "", "file is %d bytes, more than the limit of %d", len(data), MaxFileSize)
		return nil
	case len(bytes.TrimSpace(data)) == 0:
		r.errorf(nil, "", "file is empty")
		return nil
	case !utf8.Valid(data) || bytes.IndexByte(data, 0) >= 0:
		r.errorf(nil, "", "file is not UTF-8 text")
		return nil
	}
	var root yaml.Node
	dec := yaml.NewDecoder(bytes.NewReader(data))
	if err := dec.Decode(&root); err != nil {
		p := &Problem{File: r.file, Msg: strings.TrimPrefix(err.Error(), "yaml: ")}
		if m := yamlLine.FindStringSubmatch(err.Error()); m != nil {
			p.Line, _ = strconv.Atoi(m[1])
			p.Msg = m[2]
		}
		r.problems = append(r.problems, p)
		return nil
	}
	var extra yaml.Node
	if err := dec.Decode(&extra); err == nil {
		r.errorf(&extra, "", "more than one YAML document in the file")
		return nil
	}
	if len(root.Content) != 1 {
		r.errorf(&root, "", "file holds no YAML mapping")
		return nil
	}
	doc := root.Content[0]
	if err := checkShape(doc, 0); err != nil {
		var ne *nodeError
		errors.As(err, &ne)
		r.errorf(ne.node, "", "%s", ne.msg)
		return nil
	}
	return doc
}

type nodeError struct {
	node *yaml.Node
	msg  string
}

func (e *nodeError) Error() string { return e.msg }

// checkShape refuses aliases, which registers have no use for and which
// can make a small file expand without bound, and nesting deeper than
// MaxDepth.
func checkShape(n *yaml.Node, depth int) error {
	if depth > MaxDepth {
		return &nodeError{n, fmt.Sprintf("nested more than %d levels deep", MaxDepth)}
	}
	if n.Kind == yaml.AliasNode {
		return &nodeError{n, "YAML aliases (*name) are not allowed"}
	}
	for _, c := range n.Content {
		if err := checkShape(c, depth+1); err != nil {
			return err
		}
	}
	return nil
}

// fields calls f for each key of a mapping in file order and reports
// unknown keys and keys given twice.
func (r *reader) fields(n *yaml.Node, where string, known []string, f func(key string, v *yaml.Node)) bool {
	if n.Kind != yaml.MappingNode {
		r.errorf(n, where, "expected a mapping, found %s", describe(n))
		return false
	}
	seen := map[string]bool{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		switch {
		case !contains(known, k.Value):
			r.errorf(k, where, "unknown field %q (known: %s)", k.Value, strings.Join(known, ", "))
		case seen[k.Value]:
			r.errorf(k, where, "field %q given twice", k.Value)
		default:
			seen[k.Value] = true
			f(k.Value, v)
		}
	}
	return true
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func describe(n *yaml.Node) string {
	switch n.Kind {
	case yaml.MappingNode:
		return "a mapping"
	case yaml.SequenceNode:
		return "a list"
	case yaml.ScalarNode:
		if n.Tag == "!!null" {
			return "nothing"
		}
		return fmt.Sprintf("%q", n.Value)
	}
	return "something else"
}

func (r *reader) str(n *yaml.Node, where string) string {
	if n.Kind != yaml.ScalarNode || n.Tag == "!!null" {
		r.errorf(n, where, "expected text, found %s", describe(n))
		return ""
	}
	return n.Value
}

func (r *reader) text(n *yaml.Node, where string) schedule.Text {
	var t schedule.Text
	if err := n.Decode(&t); err != nil {
		r.errorf(n, where, "%s", strings.TrimPrefix(err.Error(), fmt.Sprintf("line %d: ", n.Line)))
		return nil
	}
	for lang, s := range t {
		if strings.TrimSpace(s) == "" {
			r.errorf(n, where, "empty text for language %q", lang)
		}
	}
	return t
}

func (r *reader) integer(n *yaml.Node, where string, lo, hi int) (int, bool) {
	v, err := strconv.Atoi(n.Value)
	if n.Kind != yaml.ScalarNode || n.Tag != "!!int" || err != nil {
		r.errorf(n, where, "expected a whole number, found %s", describe(n))
		return 0, false
	}
	if v < lo || v > hi {
		r.errorf(n, where, "%d is out of range %d..%d", v, lo, hi)
		return 0, false
	}
	return v, true
}

func (r *reader) date(n *yaml.Node, where string) schedule.Date {
	if n.Kind != yaml.ScalarNode {
		r.errorf(n, where, "expected a date, found %s", describe(n))
		return 0
	}
	d, err := schedule.ParseDate(n.Value)
	if err != nil {
		r.errorf(n, where, "%v", err)
		return 0
	}
	if y := d.Year(); y < MinYear || y > MaxYear {
		r.errorf(n, where, "year %d is outside %d..%d", y, MinYear, MaxYear)
		return 0
	}
	return d
}

func (r *reader) strList(n *yaml.Node, where string) []string {
	if n.Kind != yaml.SequenceNode {
		r.errorf(n, where, "expected a list, found %s", describe(n))
		return nil
	}
	out := make([]string, 0, len(n.Content))
	for _, e := range n.Content {
		if s := r.str(e, where); s != "" {
			out = append(out, s)
		}
	}
	return out
}

// The years this program computes dates for.
const (
	MinYear = 1900
	MaxYear = 2200
)
