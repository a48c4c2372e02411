package register

import (
	"gopkg.in/yaml.v3"

	"opendata/schedule"
)

// Reader reads the fields of a YAML input file and collects each problem
// with its place, the way Parse reads a register. Files read beside a
// register, such as a publication log, use it so that their problems read
// the same.
type Reader struct{ r reader }

// NewReader returns a Reader for the named file.
func NewReader(file string) *Reader { return &Reader{r: reader{file: file}} }

// Problems returns the problems found so far, in the order found.
func (x *Reader) Problems() []*Problem { return x.r.problems }

// Add records a problem the caller found.
func (x *Reader) Add(p *Problem) { x.r.problems = append(x.r.problems, p) }

// Errorf records an error at node n (the whole file when n is nil); where
// names the object and field.
func (x *Reader) Errorf(n *yaml.Node, where, format string, args ...any) {
	x.r.errorf(n, where, format, args...)
}

// Fields calls f for each key of mapping n in file order, records unknown
// keys and keys given twice, and reports whether n is a mapping.
func (x *Reader) Fields(n *yaml.Node, where string, known []string, f func(key string, v *yaml.Node)) bool {
	return x.r.fields(n, where, known, f)
}

// Str returns the text of scalar n, or records what n is instead.
func (x *Reader) Str(n *yaml.Node, where string) string { return x.r.str(n, where) }

// Date returns the date of scalar n, YYYY-MM-DD within MinYear..MaxYear,
// or records why it is not one and returns 0.
func (x *Reader) Date(n *yaml.Node, where string) schedule.Date { return x.r.date(n, where) }

// Describe says what a node holds, for messages: "a list", "nothing",
// "the number 2020", `"12" in quotes`.
func Describe(n *yaml.Node) string { return describe(n) }
