package orderimport

import (
	"strings"
	"unicode/utf8"
)

// The few changes of case that turn the phrases of an act into the names a
// register gives: an abbreviation spelled out before the unit it owns
// takes the genitive, an issuer named in the genitive takes the
// nominative. They cover the endings acts use, not the whole grammar.

// kazakhGenitive puts the last word of a Kazakh phrase in the genitive:
// "агенттігі" becomes "агенттігінің", "Республикасы" "Республикасының".
func kazakhGenitive(phrase string) string {
	word := lastWord(phrase)
	last, _ := utf8.DecodeLastRuneInString(word)
	front := frontVowels(word)
	var suffix string
	switch {
	case strings.ContainsRune("аәеёиоөұүыіэюя", last):
		suffix = pick(front, "нің", "ның")
	case strings.ContainsRune("лрйуўзжмнң", last):
		suffix = pick(front, "дің", "дың")
	default:
		suffix = pick(front, "тің", "тың")
	}
	return phrase + suffix
}

// kazakhNominative takes the genitive ending off the last word of a
// Kazakh phrase: "Төрағасының" becomes "Төрағасы".
func kazakhNominative(phrase string) string {
	for _, suffix := range []string{"ның", "нің", "дың", "дің", "тың", "тің"} {
		if s, ok := strings.CutSuffix(phrase, suffix); ok && utf8.RuneCountInString(lastWord(s)) > 2 {
			return s
		}
	}
	return phrase
}

// frontVowels reports whether the last vowel of a Kazakh word is a front
// one, which makes its endings front too.
func frontVowels(word string) bool {
	for i := len(word); i > 0; {
		r, size := utf8.DecodeLastRuneInString(word[:i])
		i -= size
		switch {
		case strings.ContainsRune("әеөүіиэ", r):
			return true
		case strings.ContainsRune("аоұыяюё", r):
			return false
		}
	}
	return false
}

func pick(front bool, f, b string) string {
	if front {
		return f
	}
	return b
}

func lastWord(s string) string {
	return s[strings.LastIndexByte(s, ' ')+1:]
}

// russianGenitive puts the first word of a Russian phrase, its head, in the
// genitive: "Агентство Республики Казахстан ..." becomes "Агентства
// Республики Казахстан ...".
func russianGenitive(phrase string) string {
	head, rest, _ := strings.Cut(phrase, " ")
	switch {
	case strings.HasSuffix(head, "ия"):
		head = strings.TrimSuffix(head, "я") + "и"
	case strings.HasSuffix(head, "о") && head != "Бюро":
		head = strings.TrimSuffix(head, "о") + "а"
	case strings.HasSuffix(head, "ка"), strings.HasSuffix(head, "га"), strings.HasSuffix(head, "ха"):
		head = strings.TrimSuffix(head, "а") + "и"
	case strings.HasSuffix(head, "а"):
		head = strings.TrimSuffix(head, "а") + "ы"
	case strings.HasSuffix(head, "ь"):
		head = strings.TrimSuffix(head, "ь") + "я"
	case strings.HasSuffix(head, "е"):
		head = strings.TrimSuffix(head, "е") + "я"
	case strings.HasSuffix(head, "я"):
		head = strings.TrimSuffix(head, "я") + "и"
	default:
		head += "а"
	}
	if rest == "" {
		return head
	}
	return head + " " + rest
}

// russianNominative puts a Russian word in the genitive back in the
// nominative: "Председателя" becomes "Председатель", "Министра"
// "Министр".
func russianNominative(word string) string {
	switch {
	case strings.HasSuffix(word, "ля"):
		return strings.TrimSuffix(word, "я") + "ь"
	case strings.HasSuffix(word, "а"):
		return strings.TrimSuffix(word, "а")
	}
	return word
}

// actKinds maps the forms in which acts name their kind to its name:
// "бұйрығы" (its order) and "бұйрығымен" (by its order) to "бұйрық".
var actKinds = []struct{ forms, kind string }{
	{"бұйрығы бұйрығымен бұйрық", "бұйрық"},
	{"қаулысы қаулысымен қаулы", "қаулы"},
	{"шешімі шешімімен шешім", "шешім"},
	{"приказ приказом приказа", "приказ"},
	{"постановление постановлением постановления", "постановление"},
	{"решение решением решения", "решение"},
}

// actKind returns the kind of act a word names, and the form of the word
// that names it as the subject, or "" when the word names no kind.
func actKind(word string) (kind, subject string) {
	w := strings.ToLower(strings.Trim(word, ".,;"))
	for _, k := range actKinds {
		for _, f := range strings.Fields(k.forms) {
			if w == f {
				first, _, _ := strings.Cut(k.forms, " ")
				return k.kind, first
			}
		}
	}
	return "", ""
}
