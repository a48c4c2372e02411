package export

import (
	"bytes"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/olekukonko/tablewriter"
	"github.com/olekukonko/tablewriter/renderer"
	"github.com/olekukonko/tablewriter/tw"
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
// that parse as integers) align right.
func Grid(w io.Writer, headers []string, rows [][]string, width, wide int) error {
	widths := columnWidths(headers, rows, width, wide)
	align := make([]tw.Align, len(headers))
	for j := range align {
		align[j] = tw.AlignLeft
		if numeric(rows, j) {
			align[j] = tw.AlignRight
		}
	}
	var buf bytes.Buffer
	t := tablewriter.NewTable(&buf,
		tablewriter.WithRenderer(renderer.NewBlueprint(tw.Rendition{
			Borders: tw.BorderNone,
			Symbols: tw.NewSymbols(tw.StyleLight),
			Settings: tw.Settings{
				Separators: tw.Separators{BetweenColumns: tw.Off, BetweenRows: tw.Off},
				Lines:      tw.Lines{ShowHeaderLine: tw.On},
			},
		})),
		tablewriter.WithHeaderAutoFormat(tw.Off),
		tablewriter.WithHeaderAutoWrap(tw.WrapNone),
		tablewriter.WithRowAutoWrap(tw.WrapNone),
		tablewriter.WithHeaderAlignment(tw.AlignLeft),
		tablewriter.WithRowAlignmentConfig(tw.CellAlignment{PerColumn: align}),
		tablewriter.WithTrimSpace(tw.Off),
	)
	t.Header(headers)
	for _, row := range rows {
		wrapped := make([]string, len(row))
		for j, c := range row {
			wrapped[j] = strings.ReplaceAll(wrap(c, widths[j]), "\u00a0", " ")
		}
		if err := t.Append(wrapped); err != nil {
			return err
		}
	}
	if err := t.Render(); err != nil {
		return err
	}
	// The renderer pads the last column too; trailing blanks help no one.
	for _, line := range strings.Split(strings.TrimSuffix(buf.String(), "\n"), "\n") {
		if _, err := io.WriteString(w, strings.TrimRight(line, " ")+"\n"); err != nil {
			return err
		}
	}
	return nil
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
		n = max(n, utf8.RuneCountInString(l))
	}
	return n
}

func longestWord(s string) int {
	n := 0
	for _, f := range splitWords(s) {
		n = max(n, utf8.RuneCountInString(f))
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
			wn := utf8.RuneCountInString(word)
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
