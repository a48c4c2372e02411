package register

import (
	"bytes"
	"errors"
	"fmt"
	"io"
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

	src   []byte
	lines []int // offsets in src where each line starts, made on first use
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
	case !r.checkText(data):
		return nil
	}
	r.src = data
	var root yaml.Node
	dec := yaml.NewDecoder(bytes.NewReader(data))
	if err := dec.Decode(&root); err != nil {
		r.syntaxError(data, err)
		return nil
	}
	var extra yaml.Node
	switch err := dec.Decode(&extra); {
	case err == nil:
		r.errorf(&extra, "", "more than one YAML document in the file")
		return nil
	case err != io.EOF:
		r.syntaxError(data, err)
		return nil
	}
	if len(root.Content) != 1 {
		r.errorf(&root, "", "file holds no YAML mapping")
		return nil
	}
	doc := root.Content[0]
	if emptyDocument(doc) {
		r.errorf(nil, "", "the YAML document in the file is empty")
		return nil
	}
	if err := checkShape(doc, 0); err != nil {
		var ne *nodeError
		errors.As(err, &ne)
		r.errorf(ne.node, "", "%s", ne.msg)
		return nil
	}
	return doc
}

// emptyDocument reports whether doc is what YAML makes of a document with
// nothing in it, such as a lone "---": a null placed after the last line.
func emptyDocument(doc *yaml.Node) bool {
	return doc.Kind == yaml.ScalarNode && doc.Tag == "!!null" && doc.Value == ""
}

// checkText reports the first character that keeps data from being UTF-8
// text that YAML accepts, with its place, and returns false if there is one.
func (r *reader) checkText(data []byte) bool {
	if bytes.HasPrefix(data, []byte{0xff, 0xfe}) || bytes.HasPrefix(data, []byte{0xfe, 0xff}) {
		r.errorf(nil, "", "file is UTF-16 text: save it as UTF-8")
		return false
	}
	line, col := 1, 1
	for i := 0; i < len(data); {
		c, size := utf8.DecodeRune(data[i:])
		var msg string
		switch {
		case c == utf8.RuneError && size == 1:
			msg = fmt.Sprintf("file is not UTF-8 text: byte 0x%02x (save the file as UTF-8)", data[i])
		case !printable(c):
			msg = fmt.Sprintf("file is not text: control character %U", c)
		}
		if msg != "" {
			r.problems = append(r.problems, &Problem{File: r.file, Line: line, Col: col, Msg: msg})
			return false
		}
		col++
		if isBreak(c) && !(c == '\r' && i+1 < len(data) && data[i+1] == '\n') {
			line, col = line+1, 1
		}
		i += size
	}
	return true
}

// isBreak reports whether c ends a line for YAML, which counts lines as
// the positions of nodes do: CR LF, a lone CR, LF, NEL, LS and PS.
func isBreak(c rune) bool {
	return c == '\n' || c == '\r' || c == 0x85 || c == 0x2028 || c == 0x2029
}

// printable reports whether YAML allows c in a file.
func printable(c rune) bool {
	switch {
	case c == '\t' || c == '\n' || c == '\r' || c == 0x85:
		return true
	case c < 0x20 || c == 0x7f || c >= 0x80 && c < 0xa0:
		return false
	}
	return c != 0xfffe && c != 0xffff && (c < 0xd800 || c > 0xdfff)
}

// yamlWords rewords the YAML syntax errors that people make most, where
// the parser's own words describe its state rather than the mistake.
var yamlWords = map[string]string{
	"did not find expected key": "a line here or below is not \"key: value\" " +
		"(look for a wrong indentation or an unclosed quote)",
	"did not find expected '-' indicator": "a line here or below is not a \"- \" list item " +
		"(look for a wrong indentation)",
	"did not find expected ',' or ']'":               "a list in [ ] here is not closed",
	"did not find expected ',' or '}'":               "a mapping in { } here is not closed",
	"found unexpected end of stream":                 "a quoted text here is not closed",
	"mapping values are not allowed in this context": "unexpected \":\" (quote text that holds \": \", or check the indentation)",
	"could not find expected ':'":                    "expected \":\" after a key here or on the next line",
	"did not find expected node content":             "expected a value here",
}

// syntaxError records an error of the YAML parser.
func (r *reader) syntaxError(data []byte, err error) {
	p := &Problem{File: r.file, Msg: strings.TrimPrefix(err.Error(), "yaml: ")}
	if err == io.EOF {
		p.Msg = "file holds no YAML, only comments"
	}
	if m := yamlLine.FindStringSubmatch(err.Error()); m != nil {
		p.Line, _ = strconv.Atoi(m[1])
		p.Msg = m[2]
	}
	if col := tabIndent(data, p.Line); col > 0 {
		p.Col, p.Msg = col, "a tab indents this line: YAML indents with spaces only"
	} else if s, ok := yamlWords[p.Msg]; ok {
		p.Msg = s
	}
	if err != io.EOF {
		p.Msg = "invalid YAML: " + p.Msg
	}
	r.problems = append(r.problems, p)
}

// tabIndent returns the column of a tab in the indentation of the given
// line of data, or 0.
func tabIndent(data []byte, line int) int {
	if line < 1 {
		return 0
	}
	lines := bytes.SplitN(data, []byte("\n"), line+1)
	if len(lines) < line {
		return 0
	}
	text := lines[line-1]
	indent := text[:len(text)-len(bytes.TrimLeft(text, " \t"))]
	return bytes.IndexByte(indent, '\t') + 1
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

// line returns the text of line n of the file, without its end of line.
func (r *reader) line(n int) []byte {
	if r.lines == nil {
		r.lines = []int{0}
		for i, c := range r.src {
			if c == '\n' {
				r.lines = append(r.lines, i+1)
			}
		}
	}
	if n < 1 || n > len(r.lines) {
		return nil
	}
	start, end := r.lines[n-1], len(r.src)
	if n < len(r.lines) {
		end = r.lines[n] - 1
	}
	return bytes.TrimSuffix(r.src[start:end], []byte("\r"))
}

// listed returns the keys for a message, the first few of a long list.
func listed(keys []string) string {
	const most = 10
	if len(keys) > most {
		return fmt.Sprintf("%s and %d more", strings.Join(keys[:most], ", "), len(keys)-most)
	}
	return strings.Join(keys, ", ")
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
		switch {
		case n.Tag == "!!null":
			return "nothing"
		case n.Tag == "!!int" || n.Tag == "!!float":
			return "the number " + n.Value
		case n.Style&(yaml.DoubleQuotedStyle|yaml.SingleQuotedStyle) != 0:
			return fmt.Sprintf("%q in quotes", n.Value)
		}
		return fmt.Sprintf("%q", n.Value)
	}
	return "something else"
}

func (r *reader) str(n *yaml.Node, where string) string {
	if !r.isText(n, where) {
		return ""
	}
	return n.Value
}

// isText reports whether n is a scalar that can be read as text, and
// records an error when it is not.
func (r *reader) isText(n *yaml.Node, where string) bool {
	if n.Kind != yaml.ScalarNode || n.Tag == "!!null" {
		r.errorf(n, where, "expected text, found %s", describe(n))
		return false
	}
	return true
}

var lineMsg = regexp.MustCompile(`^line (\d+): (.*)$`)

func (r *reader) text(n *yaml.Node, where string) schedule.Text {
	if n.Kind == yaml.ScalarNode && n.Tag != "!!str" {
		r.errorf(n, where, "expected text, found %s", describe(n))
		return nil
	}
	var t schedule.Text
	if err := n.Decode(&t); err != nil {
		p := &Problem{File: r.file, Line: n.Line, Col: n.Column, Where: where, Msg: err.Error()}
		if m := lineMsg.FindStringSubmatch(err.Error()); m != nil {
			p.Line, _ = strconv.Atoi(m[1])
			p.Msg = m[2]
			if p.Line != n.Line {
				p.Col = 0
			}
		}
		r.problems = append(r.problems, p)
		return nil
	}
	ok := true
	for _, lang := range schedule.Languages {
		if s, has := t[lang]; has && strings.TrimSpace(s) == "" {
			r.errorf(n, where, "empty text for language %q", lang)
			ok = false
		}
	}
	if !ok {
		return nil
	}
	return t
}

func (r *reader) integer(n *yaml.Node, where string, lo, hi int) (int, bool) {
	if n.Kind != yaml.ScalarNode || n.Tag == "!!str" || !isDigits(n.Value) {
		r.errorf(n, where, "expected a whole number, found %s", describe(n))
		return 0, false
	}
	v, err := strconv.Atoi(n.Value)
	if err != nil || v < lo || v > hi {
		r.errorf(n, where, "%s is out of range %d..%d", n.Value, lo, hi)
		return 0, false
	}
	return v, true
}

// isDigits reports whether s is a decimal number, perhaps too large for
// an int, with an optional sign.
func isDigits(s string) bool {
	if s != "" && (s[0] == '+' || s[0] == '-') {
		s = s[1:]
	}
	return s != "" && strings.Trim(s, "0123456789") == ""
}

func (r *reader) date(n *yaml.Node, where string) schedule.Date {
	if n.Kind != yaml.ScalarNode || n.Tag == "!!null" {
		r.errorf(n, where, "expected a date, found %s", describe(n))
		return 0
	}
	d, err := schedule.ParseDate(n.Value)
	if err != nil {
		r.errorf(n, where, "%s", err)
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
