package orderimport

import (
	"bytes"
	"fmt"
	"strconv"
	"strings"

	"gopkg.in/yaml.v3"
)

// The register is written as a tree of YAML nodes, so that the text of
// the act is quoted correctly whatever it holds, and laid out like the
// hand-written registers: short mappings of text on one line, comments
// where a person should look.

func plain(s string) *yaml.Node { return &yaml.Node{Kind: yaml.ScalarNode, Value: s} }

func quoted(s string) *yaml.Node {
	return &yaml.Node{Kind: yaml.ScalarNode, Value: s, Style: yaml.DoubleQuotedStyle}
}

func mapping(style yaml.Style, kv ...*yaml.Node) *yaml.Node {
	return &yaml.Node{Kind: yaml.MappingNode, Style: style, Content: kv}
}

func list(style yaml.Style, items ...*yaml.Node) *yaml.Node {
	return &yaml.Node{Kind: yaml.SequenceNode, Style: style, Content: items}
}

// text is a piece of text in the act's language: {kk: "..."}.
func (im *importer) text(s string) *yaml.Node {
	return mapping(yaml.FlowStyle, plain(im.lang), quoted(s))
}

func (im *importer) encode() ([]byte, error) {
	top := mapping(0,
		plain("act"), im.actNode(),
		plain("units"), im.unitsNode(),
		plain("obligations"), im.obligationsNode(),
	)
	top.HeadComment = im.opening()
	var b bytes.Buffer
	enc := yaml.NewEncoder(&b)
	enc.SetIndent(2)
	if err := enc.Encode(&yaml.Node{Kind: yaml.DocumentNode, Content: []*yaml.Node{top}}); err != nil {
		return nil, fmt.Errorf("%s: writing the register: %v", im.file, err)
	}
	if err := enc.Close(); err != nil {
		return nil, fmt.Errorf("%s: writing the register: %v", im.file, err)
	}
	return b.Bytes(), nil
}

// opening is the register's first comment: where it comes from, and what
// is left to do.
func (im *importer) opening() string {
	lines := []string{
		"The register of open data sets of " + orUnknown(im.act.title) + ",",
		"imported from " + im.file + ". Each row keeps the act's words in \"wording\":",
		"check every rule against them.",
	}
	if n := len(im.problems); n > 0 {
		lines = append(lines, "", fmt.Sprintf("%d problem(s) to resolve, each marked \"Problem\" below; "+
			"the register does not load until they are.", n))
	}
	return strings.Join(lines, "\n")
}

func orUnknown(s string) string {
	if s == "" {
		return "an act whose title was not found"
	}
	return "\"" + s + "\""
}

func (im *importer) actNode() *yaml.Node {
	a := im.act
	n := mapping(0, plain("title"), im.text(a.title))
	if a.issuer != "" {
		n.Content = append(n.Content, plain("issuer"), im.text(a.issuer))
	}
	if a.kind != "" {
		n.Content = append(n.Content, plain("kind"), im.text(a.kind))
	}
	n.Content = append(n.Content, plain("number"), quoted(a.number),
		plain("signed"), date(a.signed.String(), a.number != ""))
	if r := a.registered; r != nil {
		n.Content = append(n.Content, plain("registered"), mapping(yaml.FlowStyle,
			plain("number"), quoted(r.number), plain("date"), plain(r.date.String())))
	}
	if r := a.repealed; r != nil {
		rn := mapping(0, plain("number"), quoted(r.number), plain("date"), plain(r.date.String()))
		if r.title != "" {
			rn.Content = append(rn.Content, plain("title"), im.text(r.title))
		}
		n.Content = append(n.Content, plain("repealed"), rn)
	}
	n.Content = append(n.Content,
		plain("time_zone"), plain("Asia/Almaty"),
		plain("roll"), plain("following"))
	var notes []string
	for _, p := range im.problems {
		if p.Cell == "act" || p.Cell == "language" {
			notes = append(notes, "Problem: "+p.Why+".")
		}
	}
	n.HeadComment = strings.Join(notes, "\n")
	return n
}

// date writes a date, or an empty string when it is not known.
func date(s string, known bool) *yaml.Node {
	if !known {
		return quoted("")
	}
	return plain(s)
}

func (im *importer) unitsNode() *yaml.Node {
	n := mapping(0)
	for _, u := range im.unitOrder {
		written := list(yaml.FlowStyle)
		for _, w := range u.written {
			written.Content = append(written.Content, quoted(w))
		}
		n.Content = append(n.Content, plain(u.key), mapping(0,
			plain("name"), im.text(u.name),
			plain("short"), im.text(u.short),
			plain("written"), written,
		))
	}
	return n
}

func (im *importer) obligationsNode() *yaml.Node {
	n := list(0)
	for _, o := range im.obligations {
		n.Content = append(n.Content, im.obligationNode(o))
	}
	return n
}

func (im *importer) obligationNode(o *obligation) *yaml.Node {
	r := o.row
	period := plain(o.period)
	if o.period == "" {
		period = quoted("")
	}
	rule := quoted("")
	if o.ruleOK {
		rule = plain(o.deadline.rule.String())
	}
	n := mapping(0,
		plain("no"), plain(strconv.Itoa(r.no)),
		plain("name"), im.text(o.name),
		plain("period"), period,
		plain("deadline"), rule,
	)
	if len(o.deadline.stages) > 0 {
		n.Content = append(n.Content, plain("stages"), im.stagesNode(o.deadline.stages))
	}
	n.Content = append(n.Content,
		plain("wording"), mapping(yaml.FlowStyle,
			plain("period"), quoted(r.cell(colPeriod)),
			plain("deadline"), quoted(r.cell(colDeadline))),
		plain("source"), sourceNode(o.source),
		plain("units"), keysNode(o.units),
	)
	n.HeadComment = im.rowComment(r)
	return n
}

func (im *importer) stagesNode(stages []stage) *yaml.Node {
	n := list(0)
	for _, s := range stages {
		n.Content = append(n.Content, mapping(0,
			plain("key"), plain(s.key),
			plain("name"), im.text(s.name),
			plain("deadline"), plain(s.rule.String()),
		))
	}
	return n
}

func sourceNode(s string) *yaml.Node {
	if s == "" {
		return quoted("")
	}
	return plain(s)
}

func keysNode(keys []string) *yaml.Node {
	n := list(yaml.FlowStyle)
	for _, k := range keys {
		n.Content = append(n.Content, plain(k))
	}
	return n
}

// rowComment says where a row broken across lines lies in the text, and
// what is wrong with the row.
func (im *importer) rowComment(r *row) string {
	var lines []string
	if len(r.lines) > 1 {
		s := fmt.Sprintf("Lines %d-%d of %s: the row is broken across lines",
			r.lines[0], r.lines[len(r.lines)-1], im.file)
		if r.numberLine > 0 {
			s += fmt.Sprintf("; its number stands on line %d", r.numberLine)
		}
		lines = append(lines, s+".")
	}
	for _, p := range im.problems {
		if p.Row == r.no && p.Cell != "act" && p.Cell != "language" {
			lines = append(lines, fmt.Sprintf("Problem, line %d: %s: %s.", p.Line, p.Cell, p.Why))
		}
	}
	return strings.Join(lines, "\n")
}
