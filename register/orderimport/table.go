package orderimport

import (
	"strconv"
	"strings"
)

// The columns of an order's table, in the order the acts print them.
const (
	colNo = iota
	colName
	colPeriod
	colDeadline
	colSource
	colUnits
	numCols
)

var colNames = [numCols]string{"no", "name", "period", "deadline", "source", "units"}

// document is the text of an order cut into its parts.
type document struct {
	head   []string // the lines before the table: title, act, preamble
	pieces []piece  // the table's lines, column header left out
	key    string   // the key of abbreviations after the table
}

// piece is one line of the table: a whole row, or a part of one that the
// publication broke across lines.
type piece struct {
	line int // 1-based
	// afterBreak is set when a blank line comes before the piece: the way
	// a published text shows a row broken across lines.
	afterBreak bool
	cells      []string
}

func (p piece) numbered() bool { return p.cells[colNo] != "" }

// cut splits the text of an order into its parts. The table is the first
// run of lines with tabs in them and the blank lines between them; the key
// of abbreviations starts at its heading after the table, and runs to the
// end.
func cut(text string) document {
	var d document
	var key []string
	const (
		head = iota
		table
		after
		inKey
	)
	state, afterBreak := head, false
	lines := strings.Split(strings.ReplaceAll(text, "\r", ""), "\n")
	for i, line := range lines {
		tabbed := strings.Contains(line, "\t") && strings.TrimSpace(line) != ""
		if state == head && strings.Count(line, "\t") < 2 {
			tabbed = false // a stray tab in the preamble does not start the table
		}
		switch {
		case state == inKey:
			key = append(key, line)
		case state != head && !tabbed && keyHeading(line):
			state = inKey
			_, rest, _ := strings.Cut(line, ":")
			key = append(key, rest)
		case state == head && !tabbed:
			d.head = append(d.head, line)
		case tabbed && state != after:
			state = table
			d.pieces = append(d.pieces, piece{line: i + 1, afterBreak: afterBreak, cells: cells(line)})
			afterBreak = false
		case state == table && strings.TrimSpace(line) == "":
			afterBreak = true
		case state == table:
			state = after
		}
	}
	d.key = strings.Join(key, "\n")
	d.pieces = dropColumnHeaders(d.pieces)
	return d
}

// keyHeading reports whether a line starts the key of abbreviations:
// "Қысқартулардың толық жазылуы:", "Расшифровка аббревиатур:".
func keyHeading(line string) bool {
	i := strings.LastIndex(line, ":")
	if i < 0 {
		return false
	}
	f := fold(line[:i])
	for _, w := range []string{"кыскартулар", "аббревиатур", "сокращени"} {
		if strings.Contains(f, w) {
			return true
		}
	}
	return false
}

// cells splits a line of the table into its cells, cleaned of extra white
// space, and pads it to the number of columns. Cells past the last column
// are joined to it.
func cells(line string) []string {
	cs := strings.Split(line, "\t")
	for i := range cs {
		cs[i] = clean(cs[i])
	}
	for len(cs) < numCols {
		cs = append(cs, "")
	}
	if len(cs) > numCols {
		last := strings.Join(cs[numCols-1:], " ")
		cs = append(cs[:numCols-1], clean(last))
	}
	return cs
}

// dropColumnHeaders leaves out the lines before the first row that are
// the table's column headers ("№", "Наименование ...") or the numbers of
// its columns ("1", "2", ... "6").
func dropColumnHeaders(ps []piece) []piece {
	for len(ps) > 0 {
		c := ps[0].cells
		_, numbered := rowNumber(c[colNo])
		if numbered && !columnNumbers(c) || c[colNo] == "" {
			break
		}
		ps = ps[1:]
	}
	return ps
}

func columnNumbers(cells []string) bool {
	for i, c := range cells {
		if c != strconv.Itoa(i+1) && c != strconv.Itoa(i+1)+"." {
			return false
		}
	}
	return true
}

// rowNumber reads a row's number cell: "1.", "13", "2)". A register
// numbers its rows from 1 to a million.
func rowNumber(cell string) (int, bool) {
	n, err := strconv.Atoi(strings.TrimRight(cell, ".)"))
	return n, err == nil && n > 0 && n <= 1_000_000
}

// row is one row of the table, put together from its pieces.
type row struct {
	no    int // 0 while the number is not known
	lines []int
	// numberLine is the line the number stands on, when it is not the
	// row's first.
	numberLine int
	cells      [numCols][]string
	firstLine  [numCols]int // where each cell's text starts
}

// cell returns the text of a column, its pieces joined with one space.
func (r *row) cell(c int) string { return strings.Join(r.cells[c], " ") }

// cellLine returns the line where a cell's text starts, or the row's
// first line when the cell is empty.
func (r *row) cellLine(c int) int {
	if r.firstLine[c] > 0 {
		return r.firstLine[c]
	}
	return r.lines[0]
}

func (r *row) add(p piece) {
	r.lines = append(r.lines, p.line)
	for c, s := range p.cells {
		if s != "" && c != colNo {
			r.cells[c] = append(r.cells[c], s)
			if r.firstLine[c] == 0 {
				r.firstLine[c] = p.line
			}
		}
	}
	if p.numbered() && len(r.cells[colNo]) == 0 {
		r.cells[colNo] = []string{p.cells[colNo]}
		r.firstLine[colNo] = p.line
		r.no, _ = rowNumber(p.cells[colNo])
		if len(r.lines) > 1 {
			r.numberLine = p.line
		}
	}
}

// rows puts the pieces of a table together. A piece with a number starts
// a row, unless the row before it has no number yet: then the number
// drifted to the row's last line and the piece ends that row. A piece
// without a number that comes after a blank line continues the row before
// it; one that comes right after a row starts a new row, whose number is
// still to come.
func rows(ps []piece) []*row {
	var out []*row
	var cur *row
	for _, p := range ps {
		switch {
		case cur != nil && !p.numbered() && p.afterBreak,
			cur != nil && p.numbered() && len(cur.cells[colNo]) == 0:
			cur.add(p)
		default:
			cur = &row{}
			cur.add(p)
			out = append(out, cur)
		}
	}
	return out
}
