package export

import (
	"bytes"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode"
)

// Table writes the rows as a table for people, in lang, no wider than
// width columns where the words allow. Long names and unit lists wrap;
// a moved deadline shows its nominal date and why under the name. Rows
// made with a publication log show their status in the last column.
func Table(w io.Writer, rows []Row, lang string, width int) error {
	headers := wordsFor(lang).headers
	cells := make([][]string, len(rows))
	for i, r := range rows {
		period := r.PeriodText
		if r.Event != "" {
			period = r.Event
		}
		left := DaysText(r.DaysLeft, lang)
		if r.Tracked {
			// With a publication log, the last column says where each
			// deadline stands (see StatusText).
			left = StatusText(r, lang)
			headers[5] = StatusHeader(lang)
		}
		cells[i] = []string{dueCell(r, lang), strconv.Itoa(r.No), nameCell(r), period,
			unitsCell(r.UnitNames), left}
	}
	return Grid(w, headers[:], cells, width, 2)
}

// Grid writes rows of cells under headers as a plain table no wider than
// width where the words allow: the column wide takes the room the others
// leave, and every cell wraps at spaces to its column. Numbers (cells
// that parse as integers) align right. Columns are one space apart from
// the edge and two from each other, and a rule underlines the headers.
func Grid(w io.Writer, headers []string, rows [][]string, width, wide int) error {
	widths := columnWidths(headers, rows, width, wide)
	right := make([]bool, len(headers))
	for j := range right {
		right[j] = numeric(rows, j)
	}
	// Wrap every cell, then size each column to its longest line.
	lines := make([][][]string, len(rows))
	cols := make([]int, len(headers))
	for j, h := range headers {
		cols[j] = textWidth(h)
	}
	for i, row := range rows {
		lines[i] = make([][]string, len(row))
		for j, c := range row {
			ls := strings.Split(strings.ReplaceAll(wrap(c, widths[j]), "\u00a0", " "), "\n")
			for _, l := range ls {
				cols[j] = max(cols[j], textWidth(l))
			}
			lines[i][j] = ls
		}
	}
	var b bytes.Buffer
	line := func(cells []string, right []bool) {
		for j, c := range cells {
			gap := strings.Repeat(" ", cols[j]-textWidth(c))
			b.WriteByte(' ')
			if right != nil && right[j] {
				b.WriteString(gap)
				b.WriteString(c)
			} else {
				b.WriteString(c)
				b.WriteString(gap)
			}
			b.WriteByte(' ')
		}
		// Trailing blanks help no one.
		b.Truncate(len(bytes.TrimRight(b.Bytes(), " ")))
		b.WriteByte('\n')
	}
	line(headers, nil)
	total := 0
	for _, c := range cols {
		total += c + 2
	}
	b.WriteString(strings.Repeat("─", total))
	b.WriteByte('\n')
	cells := make([]string, len(headers))
	for _, row := range lines {
		height := 0
		for _, ls := range row {
			height = max(height, len(ls))
		}
		for k := range height {
			for j, ls := range row {
				cells[j] = ""
				if k < len(ls) {
					cells[j] = ls[k]
				}
			}
			line(cells, right)
		}
		if b.Len() >= 64<<10 {
			if _, err := w.Write(b.Bytes()); err != nil {
				return err
			}
			b.Reset()
		}
	}
	_, err := w.Write(b.Bytes())
	return err
}

func numeric(rows [][]string, j int) bool {
	for _, r := range rows {
		if _, err := strconv.Atoi(r[j]); err != nil {
			return false
		}
	}
	return len(rows) > 0
}

func dueCell(r Row, lang string) string {
	due := r.Occurrence.Due
	// A no-break space keeps the weekday with its date when cells wrap.
	return fmt.Sprintf("%s\u00a0%s", ShortDate(due), WeekdayShort(due.Weekday(), lang))
}

func nameCell(r Row) string {
	s := r.Name
	if r.StageName != "" {
		s += "\n↳ " + r.StageName
	}
	if r.Moved {
		o := r.Occurrence
		s += fmt.Sprintf("\n%s → %s: %s", ShortDate(o.Nominal)[:5], ShortDate(o.Due)[:5], r.MovedBy)
	}
	return s
}

// unitsCell lists up to three units; a longer list ends with "+N", the
// number left out (JSON and CSV carry them all).
func unitsCell(names []string) string {
	const most = 3
	if len(names) <= most {
		return strings.Join(names, ", ")
	}
	return strings.Join(names[:most], ", ") + fmt.Sprintf(", +%d", len(names)-most)
}

// columnWidths gives every column but the wide one its natural width,
// capped at a third of the table for long text, and the wide column what
// is left (but never less than a readable minimum).
func columnWidths(headers []string, cells [][]string, width, wide int) []int {
	const minWide = 20
	capAt := max(width/4, 12)
	ws := make([]int, len(headers))
	for j, h := range headers {
		ws[j] = longestWord(h)
		for _, row := range cells {
			n := longestLine(row[j])
			if j != wide && n > capAt {
				n = max(capAt, longestWord(row[j]))
			}
			ws[j] = max(ws[j], n)
		}
	}
	// Each column is padded by one space on both sides. While the wide
	// column has less than its minimum, narrow the widest other column
	// that can still wrap.
	used := func() int {
		n := 2 * len(ws)
		for j, w := range ws {
			if j != wide {
				n += w
			}
		}
		return n
	}
	floor := make([]int, len(ws))
	for j, h := range headers {
		floor[j] = longestWord(h)
		for _, row := range cells {
			floor[j] = max(floor[j], longestWord(row[j]))
		}
	}
	for width-used() < minWide {
		k := -1
		for j := range ws {
			if j != wide && ws[j] > floor[j] && (k < 0 || ws[j] > ws[k]) {
				k = j
			}
		}
		if k < 0 {
			break
		}
		ws[k]--
	}
	ws[wide] = min(ws[wide], max(width-used(), minWide))
	return ws
}

func longestLine(s string) int {
	n := 0
	for _, l := range strings.Split(s, "\n") {
		n = max(n, textWidth(l))
	}
	return n
}

func longestWord(s string) int {
	n := 0
	for _, f := range splitWords(s) {
		n = max(n, textWidth(f))
	}
	return n
}

// wrap breaks each line of s at spaces so that no line is longer than
// width characters, unless a single word is.
func wrap(s string, width int) string {
	if width <= 0 {
		return s
	}
	var out []string
	for _, line := range strings.Split(s, "\n") {
		cur, n := "", 0
		for _, word := range splitWords(line) {
			wn := textWidth(word)
			if n > 0 && n+1+wn > width {
				out = append(out, cur)
				cur, n = "", 0
			}
			if n > 0 {
				cur += " "
				n++
			}
			cur += word
			n += wn
		}
		out = append(out, cur)
	}
	return strings.Join(out, "\n")
}

// splitWords splits s at spaces and line breaks, but not at no-break spaces.
func splitWords(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == '\n' || r == '\t' })
}

// textWidth returns how many terminal columns s takes: combining marks and
// format characters none, East Asian wide characters two, the rest one.
func textWidth(s string) int {
	n := 0
	for _, r := range s {
		switch {
		case r < 0x300, r >= 0x400 && r < 0x483, r >= 0x48a && r < 0x530:
			n++ // Latin and Cyrillic letters, the common case
		case unicode.In(r, unicode.Mn, unicode.Me, unicode.Cf):
		case wide(r):
			n += 2
		default:
			n++
		}
	}
	return n
}

// wide reports whether r is an East Asian wide or fullwidth character:
// Hangul Jamo, the CJK blocks, Hangul syllables, fullwidth forms and the
// pictographs that terminals draw two columns wide.
func wide(r rune) bool {
	switch {
	case r >= 0x1100 && r <= 0x115f,
		r >= 0x2e80 && r <= 0x303e,
		r >= 0x3041 && r <= 0x33ff,
		r >= 0x3400 && r <= 0x4dbf,
		r >= 0x4e00 && r <= 0x9fff,
		r >= 0xa000 && r <= 0xa4cf,
		r >= 0xac00 && r <= 0xd7a3,
		r >= 0xf900 && r <= 0xfaff,
		r >= 0xfe30 && r <= 0xfe4f,
		r >= 0xff00 && r <= 0xff60,
		r >= 0xffe0 && r <= 0xffe6,
		r >= 0x1f300 && r <= 0x1f64f,
		r >= 0x1f900 && r <= 0x1f9ff,
		r >= 0x20000 && r <= 0x3fffd:
		return true
	}
	return false
}
