package orderimport

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"opendata/schedule"
)

// act is what the header of an order says about the order itself.
type act struct {
	title, issuer, kind string
	number              string
	signed              schedule.Date
	registered          *reference
	repealed            *reference
}

// reference is another act, or a registration: a number and a date.
type reference struct {
	number string
	date   schedule.Date
	title  string
}

// operativeWords open the operative part of an act; its header is what
// comes before them.
var operativeWords = []string{"бұйырамын", "қаулы етеді", "шешім қабылдады",
	"приказываю", "постановляет", "решил"}

// statusWords mark a line that tells whether the act is in force, which
// publications print above or below its title.
var statusWords = []string{"күшін жойған", "қолданыстағы", "утратил силу",
	"утративший силу", "действующий"}

// parseHeader reads the act's title, number, date, issuer, kind,
// registration and repeal from the lines before the table. What it does
// not find stays empty.
func parseHeader(lines []string) act {
	var a act
	for _, p := range preamble(lines) {
		if a.title == "" && !status(p) && !hasDatedNumber(p) {
			a.title = p
		}
		for _, s := range sentences(p) {
			a.readSentence(s)
		}
	}
	return a
}

// readSentence takes from a sentence of the preamble what it says about
// the act: it is the act's own citation, its registration, or its repeal.
// The first of each counts.
func (a *act) readSentence(s string) {
	d, number, start, end, ok := datedNumber(s)
	if !ok {
		return
	}
	f := fold(s)
	switch {
	case strings.Contains(f, fold("тіркел")) || strings.Contains(f, "зарегистрир"):
		if a.registered == nil {
			a.registered = &reference{number: number, date: d}
		}
	case strings.Contains(f, fold("күші жойылды")) || strings.Contains(f, "утратил"):
		if a.repealed == nil {
			a.repealed = &reference{number: number, date: d, title: repealTitle(s)}
		}
	case a.number == "":
		a.number, a.signed = number, d
		a.readCitation(s[:start], s[end:])
	}
}

// readCitation reads the issuer and kind of the act from the words around
// its date and number: "<issuer>-ның <date> № <n> бұйрығы" in Kazakh,
// "Приказ <issuer, genitive> от <date> № <n>" in Russian.
func (a *act) readCitation(before, after string) {
	words := strings.Fields(before)
	if len(words) > 0 {
		if kind, _ := actKind(words[0]); kind != "" {
			a.kind = kind
			if len(words) > 1 {
				words[1] = russianNominative(words[1])
				a.issuer = strings.Join(words[1:], " ")
			}
			return
		}
	}
	a.issuer = kazakhNominative(strings.Join(words, " "))
	if next := strings.Fields(after); len(next) > 0 {
		a.kind, _ = actKind(next[0])
	}
}

// repealTitle returns the repealing act as a repeal sentence cites it,
// with the act named as the subject: "Күші жойылды - <X> бұйрығымен"
// gives "<X> бұйрығы", "Утратил силу приказом <X>" gives "Приказ <X>".
func repealTitle(s string) string {
	s = strings.TrimSpace(s)
	if _, rest, ok := cutDash(s); ok {
		s = rest
	} else if i := strings.Index(fold(s), "силу"); i >= 0 {
		s = s[i+len("силу"):]
	}
	words := strings.Fields(trimPunct(parenthetical.re().ReplaceAllString(s, "")))
	if len(words) == 0 {
		return ""
	}
	if _, subject := actKind(words[0]); subject != "" {
		r, size := utf8.DecodeRuneInString(subject)
		words[0] = string(unicode.ToUpper(r)) + subject[size:]
	} else if _, subject := actKind(words[len(words)-1]); subject != "" {
		words[len(words)-1] = subject
	}
	return strings.Join(words, " ")
}

// parenthetical is a remark in brackets, which a citation can do without.
var parenthetical = lazy(`\s*\([^)]*\)`)

// preamble returns the paragraphs of the header, cleaned of markup, up to
// the words that open the operative part.
func preamble(lines []string) []string {
	var out []string
	var cur []string
	flush := func() {
		if len(cur) > 0 {
			out = append(out, strings.Join(cur, " "))
			cur = nil
		}
	}
	for _, line := range lines {
		line = unmark(line)
		if line == "" {
			flush()
			continue
		}
		for _, w := range operativeWords {
			if strings.Contains(fold(line), fold(w)) {
				flush()
				return out
			}
		}
		cur = append(cur, line)
	}
	flush()
	return out
}

// unmark strips a line of the markup that publications add: headings,
// emphasis, escapes.
func unmark(line string) string {
	line = strings.NewReplacer("**", "", "*", "", `\_`, "_", `\"`, `"`).Replace(line)
	return clean(strings.TrimLeft(clean(line), "#> "))
}

func status(p string) bool {
	if utf8.RuneCountInString(p) > 40 {
		return false
	}
	for _, w := range statusWords {
		if strings.HasPrefix(fold(p), fold(w)) {
			return true
		}
	}
	return false
}

func hasDatedNumber(p string) bool {
	_, _, _, _, ok := datedNumber(p)
	return ok
}

// sentences splits a paragraph after each full stop that a capital letter
// follows.
func sentences(p string) []string {
	var out []string
	start := 0
	for i := 0; i < len(p); i++ {
		if p[i] != '.' || i+2 >= len(p) || p[i+1] != ' ' {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(p[i+2:]); unicode.IsUpper(r) {
			out = append(out, p[start:i+1])
			start = i + 2
		}
	}
	return append(out, p[start:])
}
