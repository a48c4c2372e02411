package orderimport

import (
	"reflect"
	"strings"
	"testing"
)

// tsv joins lines, writing "|" for a tab so that the tables in the tests
// can be read.
func tsv(lines ...string) string {
	return strings.ReplaceAll(strings.Join(lines, "\n"), "|", "\t")
}

func TestRows(t *testing.T) {
	type want struct {
		no               int
		lines            []int
		numberLine       int
		name, period, dl string
		units            string
	}
	tests := []struct {
		name string
		text string
		want []want
	}{{
		name: "whole rows after a column header",
		text: tsv(
			"Title",
			"",
			"№|Атауы|Кезеңі|Мерзімі|Дереккөзі|Бөлімше",
			"1.|A|жыл сайын|20 ақпанға|АЖО|U1",
			"2|B|тоқсан сайын|15 қаңтарға|АЖО|U2",
		),
		want: []want{
			{no: 1, lines: []int{4}, name: "A", period: "жыл сайын", dl: "20 ақпанға", units: "U1"},
			{no: 2, lines: []int{5}, name: "B", period: "тоқсан сайын", dl: "15 қаңтарға", units: "U2"},
		},
	}, {
		name: "row numbering columns skipped",
		text: tsv(
			"№|Name|Period|Deadline|Source|Unit",
			"1|2|3|4|5|6",
			"1.|A|ежегодно|к 20 февраля|АРМ|U1",
		),
		want: []want{{no: 1, lines: []int{3}, name: "A", period: "ежегодно", dl: "к 20 февраля", units: "U1"}},
	}, {
		name: "row goes on after a blank line (order 113, row 3)",
		text: tsv(
			"3.|Ведомство, аумақтық органдар, ҚР МҚІжСЖҚА ведомствоға|жыл сайын|20 ақпанға||Қ Р МҚІжСЖҚА",
			"",
			"|қарасты ұйымдары туралы ақпарат|||АЖО|Персоналды басқару қызметі",
			"4.|B|тоқсан сайын|15 қаңтарға|АЖО|U2",
		),
		want: []want{
			{no: 3, lines: []int{1, 3}, name: "Ведомство, аумақтық органдар, ҚР МҚІжСЖҚА ведомствоға қарасты ұйымдары туралы ақпарат",
				period: "жыл сайын", dl: "20 ақпанға", units: "Қ Р МҚІжСЖҚА Персоналды басқару қызметі"},
			{no: 4, lines: []int{4}, name: "B", period: "тоқсан сайын", dl: "15 қаңтарға", units: "U2"},
		},
	}, {
		name: "number drifted to the row's last line (order 113, rows 12-14)",
		text: tsv(
			"12.|A|жыл сайын|20 ақпаныға|АЖО|U",
			"|Тестілеу нәтижелері және жеке|жыл сайын|20 ақпаныға||Қ Р МҚІжСЖҚА Мемлекеттік",
			"",
			"13|қасиеттерін бағалау бойынша ақпарат|||АЖО|қызмет департаменті",
			"14|C|тоқсан сайын|есеп беру кезеңінен кейінгі айдың 15 күніне|АЖО|U",
		),
		want: []want{
			{no: 12, lines: []int{1}, name: "A", period: "жыл сайын", dl: "20 ақпаныға", units: "U"},
			{no: 13, lines: []int{2, 4}, numberLine: 4, name: "Тестілеу нәтижелері және жеке қасиеттерін бағалау бойынша ақпарат",
				period: "жыл сайын", dl: "20 ақпаныға", units: "Қ Р МҚІжСЖҚА Мемлекеттік қызмет департаменті"},
			{no: 14, lines: []int{5}, name: "C", period: "тоқсан сайын", dl: "есеп беру кезеңінен кейінгі айдың 15 күніне", units: "U"},
		},
	}, {
		name: "a line break inside a deadline cell, number drifted (order 113, row 21)",
		text: tsv(
			"20|A|бекіту қорытындысы бойынша|оны бекіткен күннен бастап 10 күнтізбелік күн ішінде|АЖО|U",
			"|||Қ Р МҚІжСЖҚА стратегиялық||Қ Р МҚІжСЖҚА Стратегиялық",
			"",
			"21|B|жыл сайын|жоспарына қол қойылған күннен бастап 10 күнтізбелік күн ішінде|АЖО|әзірлемелер департаменті",
		),
		want: []want{
			{no: 20, lines: []int{1}, name: "A", period: "бекіту қорытындысы бойынша",
				dl: "оны бекіткен күннен бастап 10 күнтізбелік күн ішінде", units: "U"},
			{no: 21, lines: []int{2, 4}, numberLine: 4, name: "B", period: "жыл сайын",
				dl:    "Қ Р МҚІжСЖҚА стратегиялық жоспарына қол қойылған күннен бастап 10 күнтізбелік күн ішінде",
				units: "Қ Р МҚІжСЖҚА Стратегиялық әзірлемелер департаменті"},
		},
	}, {
		name: "a row in three pieces, white space cleaned",
		text: tsv(
			"|Бір  |жыл сайын|20|",
			" ",
			"|екі||ақпанға|",
			"",
			"7.|үш||| АЖО |U",
		),
		want: []want{{no: 7, lines: []int{1, 3, 5}, numberLine: 5, name: "Бір екі үш", period: "жыл сайын", dl: "20 ақпанға", units: "U"}},
	}, {
		name: "the table ends at the key",
		text: tsv(
			"1.|A|жыл сайын|20 ақпанға|АЖО|U",
			"",
			"Қысқартулардың толық жазылуы:",
			"",
			"X|Y",
		),
		want: []want{{no: 1, lines: []int{1}, name: "A", period: "жыл сайын", dl: "20 ақпанға", units: "U"}},
	}}
	for _, tt := range tests {
		var got []want
		for _, r := range rows(cut(tt.text).pieces) {
			got = append(got, want{no: r.no, lines: r.lines, numberLine: r.numberLine, name: r.cell(colName),
				period: r.cell(colPeriod), dl: r.cell(colDeadline), units: r.cell(colUnits)})
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%s:\n got %+v\nwant %+v", tt.name, got, tt.want)
		}
	}
}

func TestCutHeadAndKey(t *testing.T) {
	text := tsv(
		"## Title",
		"Some text with a stray | tab.",
		"",
		"№|A|B|C|D|E",
		"1.|a|b|c|d|e",
		"",
		"Қысқартулардың толық жазылуы: ҚР МҚІжСЖҚА – Агенттік;",
		"",
		"АЖО – жұмыс орны;",
	)
	d := cut(text)
	if want := []string{"## Title", "Some text with a stray \t tab.", ""}; !reflect.DeepEqual(d.head, want) {
		t.Errorf("head = %q, want %q", d.head, want)
	}
	if len(d.pieces) != 1 || d.pieces[0].line != 5 {
		t.Errorf("pieces = %+v, want the one on line 5", d.pieces)
	}
	want := []abbrev{
		{short: "ҚР МҚІжСЖҚА", full: "Агенттік", fromAct: true, leads: true},
		{short: "АЖО", full: "жұмыс орны", fromAct: true, leads: true},
	}
	if got := parseKey(d.key); !reflect.DeepEqual([]abbrev(got), want) {
		t.Errorf("key = %+v, want %+v", got, want)
	}
}

func TestParseKey(t *testing.T) {
	key := "\nҚР МҚІжСЖҚА – Қазақстан Республикасы Мемлекеттік қызмет істері агенттігі;\n\n" +
		"API – (application programming interface) – қосымшаларды бағдарламалау интерфейсі.\n" +
		"АДГСПК - Агентство Республики Казахстан по делам государственной службы;\n" +
		"not an entry\n"
	want := []string{
		"ҚР МҚІжСЖҚА = Қазақстан Республикасы Мемлекеттік қызмет істері агенттігі",
		"API = (application programming interface) – қосымшаларды бағдарламалау интерфейсі",
		"АДГСПК = Агентство Республики Казахстан по делам государственной службы",
	}
	var got []string
	for _, a := range parseKey(key) {
		got = append(got, a.short+" = "+a.full)
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("parseKey:\n got %q\nwant %q", got, want)
	}
}
