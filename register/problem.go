package register

import (
	"fmt"
	"strings"
)

// Problem is one thing wrong, or odd, in an input file, with its place.
type Problem struct {
	File string
	Line int // 1-based; 0 when the problem concerns the whole file
	Col  int // 1-based; 0 when unknown
	// Where names the object and field: "obligation 4: deadline".
	Where   string
	Msg     string
	Warning bool
}

// Error formats the problem the way compilers do, FILE:LINE:COL: message,
// so that editors can jump to it.
func (p *Problem) Error() string {
	var b strings.Builder
	b.WriteString(p.File)
	if p.Line > 0 {
		fmt.Fprintf(&b, ":%d", p.Line)
		if p.Col > 0 {
			fmt.Fprintf(&b, ":%d", p.Col)
		}
	}
	b.WriteString(": ")
	if p.Warning {
		b.WriteString("warning: ")
	}
	if p.Where != "" {
		b.WriteString(p.Where)
		b.WriteString(": ")
	}
	b.WriteString(p.Msg)
	return b.String()
}

// LoadError is returned when a file has errors. It lists them all, and the
// warnings found with them, in the order of the file.
type LoadError struct {
	Problems []*Problem
}

// Error returns one line per problem.
func (e *LoadError) Error() string {
	lines := make([]string, len(e.Problems))
	for i, p := range e.Problems {
		lines[i] = p.Error()
	}
	return strings.Join(lines, "\n")
}

// Errors returns the number of problems that are errors, not warnings.
func (e *LoadError) Errors() int {
	n := 0
	for _, p := range e.Problems {
		if !p.Warning {
			n++
		}
	}
	return n
}
