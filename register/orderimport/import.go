// Package orderimport turns the published text of an order that approves a
// list of open data sets into a register of the shape register.Parse reads.
//
// The text is read in three parts. The header before the table gives the
// act: its title, issuer and kind, number and date ("2016 жылғы 31
// желтоқсандағы № 113", "от 31 декабря 2016 года № 113"), its
// registration with the Ministry of Justice, and the act that repealed it.
// The table has one row a data set, with tab-separated cells in this
// order: number, name, period, deadline, source, responsible units. Its
// column headers are skipped. The key of abbreviations after the table
// ("Қысқартулардың толық жазылуы:", "Расшифровка аббревиатур:") spells out
// the abbreviations the units use.
//
// Published texts break long rows across lines: the row goes on after a
// blank line, and its number may stand on the last of its lines instead of
// the first. The pieces of each cell are joined with one space.
//
// Periods are read in Kazakh and Russian: "жыл сайын", "ежегодно",
// "тоқсан сайын", "жарты жылда бір рет", "1 раз в полугодие", "ай сайын",
// "талдау жүргізу қорытындысы бойынша", "по итогам утверждения" and the
// like. Deadlines are read in four forms: a day of the year ("20
// ақпанға", in any case ending or with a typo; "к 20 февраля"), a day of
// the month after the reporting period ("есеп беру кезеңінен кейінгі айдың
// 15 күніне", "до 15 числа месяца, следующего за отчетным периодом", or
// its last day), a number of working or calendar days after an event, or
// after the end of the reporting period. A deadline cell of the form
// "<deadline> <who> үшін: <deadline> <what>" adds a stage before the final
// deadline. The period and deadline cells are kept in the row's wording as
// the act writes them, with runs of white space made one space.
//
// A units cell may list several units. In Kazakh each begins with the
// state body's abbreviation or "ҚР" ("Қ Р МҚІжСЖҚА Әкімшілік
// департаменті ҚР Президенті жанындағы МБА" is two units); in Russian
// each ends with it. A unit's key is made of two words of its name in
// Latin letters ("akimshilik", "basqaru-qyzmeti"), its written spelling is
// the act's, and its name spells out the abbreviations from the key, or a
// few well-known ones (ҚР, РК, МБА). Spellings that differ only in the
// spacing of an abbreviation ("Қ Р", "ҚР") are one unit. The source is
// the portal for "АЖО" or "АРМ", the state body's API for "API".
//
// A row is imported even when a cell of it cannot be read: the act's words
// are kept in the row's wording, the rule is left empty, and a Problem
// says what to fill in. The register then does not load until a person
// has done so, which is the point: a register must not guess a deadline.
package orderimport

import (
	"fmt"
	"sort"
	"strings"
	"unicode/utf8"

	"opendata/schedule"
)

// Result is a register read from the text of an order.
type Result struct {
	// YAML is the register. register.Parse accepts it when Problems is
	// empty; each problem leaves a field empty for a person to fill in.
	YAML []byte
	// Problems lists the rows and cells that could not be read, in the
	// order of the text.
	Problems []Problem
}

// Problem is a row, a cell of a row, or a part of the header that could not
// be read.
type Problem struct {
	File string
	Line int // the line of the text, 1-based; 0 when it concerns the whole text
	Row  int // the row's number, 0 for the act's header
	// Cell is the column: "no", "name", "period", "deadline", "source",
	// "units"; or "act" for the header, "language" for the whole text.
	Cell string
	Text string // what the cell says
	Why  string
}

// String formats the problem the way compilers do, FILE:LINE: message.
func (p Problem) String() string {
	var b strings.Builder
	b.WriteString(p.File)
	if p.Line > 0 {
		fmt.Fprintf(&b, ":%d", p.Line)
	}
	b.WriteString(": ")
	if p.Row > 0 {
		fmt.Fprintf(&b, "row %d: ", p.Row)
	}
	b.WriteString(p.Cell)
	if p.Text != "" {
		fmt.Fprintf(&b, " %q", p.Text)
	}
	b.WriteString(": " + p.Why)
	return b.String()
}

// Import reads the text of an order and returns its register. The name is
// used in problems and in the register's opening comment. It returns an
// error only for a text it cannot read at all: one that is not UTF-8 or
// has no table.
func Import(name string, text []byte) (*Result, error) {
	if !utf8.Valid(text) {
		return nil, fmt.Errorf("%s: not UTF-8 text", name)
	}
	doc := cut(string(text))
	rs := rows(doc.pieces)
	if len(rs) == 0 {
		return nil, fmt.Errorf("%s: no table: expected rows of tab-separated cells "+
			"(number, name, period, deadline, source, units)", name)
	}
	im := &importer{
		file:    name,
		lang:    language(string(text)),
		abbrevs: parseKey(doc.key).withWellKnown(),
		units:   map[string]*unit{},
		taken:   map[string]bool{},
	}
	im.act = parseHeader(doc.head)
	im.checkAct()
	im.number(rs)
	for _, r := range rs {
		im.obligations = append(im.obligations, im.obligation(r))
	}
	if im.lang != schedule.Kazakh {
		im.problem(0, 0, "language", "", "the text is in Russian; a register needs the Kazakh "+
			"names of the act, the data sets and the units beside the Russian ones")
	}
	sort.SliceStable(im.problems, func(i, j int) bool { return im.problems[i].Line < im.problems[j].Line })
	data, err := im.encode()
	if err != nil {
		return nil, err
	}
	return &Result{YAML: data, Problems: im.problems}, nil
}

// importer holds what is read from one text.
type importer struct {
	file        string
	lang        string
	abbrevs     abbrevs
	act         act
	obligations []*obligation
	units       map[string]*unit // by canon
	unitOrder   []*unit
	taken       map[string]bool // unit keys given
	problems    []Problem
}

func (im *importer) problem(line, row int, cell, text, why string) {
	im.problems = append(im.problems, Problem{File: im.file, Line: line, Row: row,
		Cell: cell, Text: text, Why: why})
}

func (im *importer) checkAct() {
	if im.act.title == "" {
		im.problem(0, 0, "act", "", "no title found before the table")
	}
	if im.act.number == "" {
		im.problem(0, 0, "act", "", "no number and date found before the table, "+
			"such as \"2016 жылғы 31 желтоқсандағы № 113\" or \"от 31 декабря 2016 года № 113\"")
	}
}

// number checks the rows' numbers, and numbers the rows that have none, or
// one already taken, after the highest.
func (im *importer) number(rs []*row) {
	seen := map[int]int{}
	next := 1
	for _, r := range rs {
		next = max(next, r.no+1)
	}
	for _, r := range rs {
		first := r.lines[0]
		switch prev, dup := seen[r.no]; {
		case r.no == 0:
			im.problem(first, next, "no", r.cell(colNo),
				fmt.Sprintf("the row has no number; it is numbered %d here", next))
		case dup:
			im.problem(first, next, "no", r.cell(colNo),
				fmt.Sprintf("the row on line %d has this number too; "+
					"this one is numbered %d here", prev, next))
		default:
			seen[r.no] = first
			continue
		}
		r.no = next
		next++
	}
}

// obligation is a row of the register.
type obligation struct {
	row      *row
	name     string
	period   string // "" when the period cell could not be read
	deadline deadline
	ruleOK   bool
	source   string
	units    []string
}

func (im *importer) obligation(r *row) *obligation {
	o := &obligation{row: r, name: r.cell(colName), ruleOK: true}
	if o.name == "" {
		im.cellProblem(r, colName, "no name")
	}
	kind, err := parsePeriod(r.cell(colPeriod))
	if err != nil {
		im.cellProblem(r, colPeriod, err.Error())
	} else {
		o.period = kind.String()
	}
	o.deadline, err = parseDeadline(r.cell(colDeadline))
	if err != nil {
		o.ruleOK = false
		im.cellProblem(r, colDeadline, err.Error()+"; the rule is left empty")
	} else if o.period != "" {
		im.checkRules(r, o, kind)
	}
	o.source = im.source(r)
	o.units = im.rowUnits(r)
	return o
}

// checkRules reports the rules that register.Parse would refuse for the
// row's period.
func (im *importer) checkRules(r *row, o *obligation, k schedule.PeriodKind) {
	rules := []schedule.Rule{o.deadline.rule}
	for _, s := range o.deadline.stages {
		rules = append(rules, s.rule)
	}
	for _, rule := range rules {
		errs, _ := rule.Check(k)
		for _, e := range errs {
			im.cellProblem(r, colDeadline, e)
		}
	}
}

func (im *importer) cellProblem(r *row, col int, why string) {
	im.problem(r.cellLine(col), r.no, colNames[col], r.cell(col), why)
}

// source reads the source cell: the portal's workstation (АЖО, АРМ) or
// the state body's API.
func (im *importer) source(r *row) string {
	words := strings.FieldsFunc(fold(r.cell(colSource)), func(c rune) bool {
		return c == ' ' || c == ',' || c == '(' || c == ')' || c == ';' || c == '.'
	})
	var portal, api, mentionsPortal bool
	for _, w := range words {
		switch {
		case w == fold("АЖО") || w == fold("АРМ"):
			portal = true
		case w == fold("API") || w == "апи":
			api = true
		case strings.Contains(w, "портал"):
			mentionsPortal = true
		}
	}
	switch {
	case portal && api:
		im.cellProblem(r, colSource, "both the portal's workstation and an API: "+
			"a register has one source a row")
	case portal, mentionsPortal && !api:
		return "portal"
	case api:
		return "api"
	default:
		im.cellProblem(r, colSource, "no source known: expected АЖО (the portal's workstation) or API")
	}
	return ""
}

// rowUnits reads the units cell, registers the units it names, and
// returns their keys.
func (im *importer) rowUnits(r *row) []string {
	var keys []string
	for _, ws := range im.abbrevs.splitUnits(r.cell(colUnits)) {
		u := newUnit(ws, im.lang)
		if known := im.units[u.canon]; known != nil {
			if !contains(known.written, u.written[0]) {
				known.written = append(known.written, u.written[0])
			}
			u = known
		} else {
			assignKey(u, ws, im.lang, im.taken)
			im.units[u.canon] = u
			im.unitOrder = append(im.unitOrder, u)
		}
		if !contains(keys, u.key) {
			keys = append(keys, u.key)
		}
	}
	if len(keys) == 0 {
		im.cellProblem(r, colUnits, "no responsible unit")
	}
	return keys
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
