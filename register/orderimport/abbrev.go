package orderimport

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// abbrev is an abbreviation and what it stands for.
type abbrev struct {
	short   string // "ҚР МҚІжСЖҚА"
	full    string // "Қазақстан Республикасы ... агенттігі", nominative
	fromAct bool   // given by the act's key, rather than known here
	// leads is set for the abbreviations that begin a unit's name in
	// Kazakh, or end it in Russian: a state body, or the Republic.
	leads bool
}

// wellKnown are abbreviations that acts use without always putting them
// in their key. An act's own key comes first.
var wellKnown = []abbrev{
	{short: "ҚР", full: "Қазақстан Республикасы", leads: true},
	{short: "РК", full: "Республика Казахстан", leads: true},
	{short: "МБА", full: "Мемлекеттік басқару академиясы"},
}

// abbrevs are the abbreviations a text uses, longest first.
type abbrevs []abbrev

// parseKey reads the key of abbreviations at the end of an act: entries
// "ABBR – what it stands for", separated by semicolons or lines. It skips
// what does not look like an entry.
func parseKey(text string) abbrevs {
	var out abbrevs
	entries := strings.FieldsFunc(text, func(r rune) bool { return r == ';' || r == '\n' })
	for _, e := range entries {
		e = clean(strings.NewReplacer("*", "", `\_`, "_", "\t", " ").Replace(e))
		short, full, ok := cutDash(e)
		short, full = clean(short), trimPunct(full)
		if !ok || short == "" || full == "" || utf8.RuneCountInString(short) > 30 {
			continue
		}
		out = append(out, abbrev{short: short, full: full, fromAct: true, leads: true})
	}
	return out
}

// cutDash splits an entry of the key at its first dash between spaces.
func cutDash(e string) (before, after string, ok bool) {
	best := -1
	var width int
	for _, d := range []string{" – ", " — ", " - "} {
		if i := strings.Index(e, d); i >= 0 && (best < 0 || i < best) {
			best, width = i, len(d)
		}
	}
	if best < 0 {
		return "", "", false
	}
	return e[:best], e[best+width:], true
}

// withWellKnown returns the act's abbreviations and the well-known ones it
// does not redefine, longest first, so that "ҚР МҚІжСЖҚА" is found before
// "ҚР".
func (a abbrevs) withWellKnown() abbrevs {
	out := append(abbrevs(nil), a...)
	for _, w := range wellKnown {
		if out.lookup(w.short) == nil {
			out = append(out, w)
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		return len(compact(out[i].short)) > len(compact(out[j].short))
	})
	return out
}

func (a abbrevs) lookup(short string) *abbrev {
	for i := range a {
		if compact(a[i].short) == compact(short) {
			return &a[i]
		}
	}
	return nil
}

// compact folds an abbreviation and drops its spaces, so that "Қ Р" and
// "ҚР" compare equal.
func compact(s string) string {
	return strings.ReplaceAll(fold(s), " ", "")
}

// match returns the abbreviation that starts at words[i] and the number of
// words it takes: "Қ Р МҚІжСЖҚА" is three words and one abbreviation.
func (a abbrevs) match(words []string, i int) (*abbrev, int) {
	first, _ := utf8.DecodeRuneInString(words[i])
	if !unicode.IsUpper(first) {
		return nil, 0
	}
	for k := range a {
		want := compact(a[k].short)
		got := ""
		for j := i; j < len(words) && len(got) < len(want); j++ {
			got += compact(trimPunct(words[j]))
			if got == want {
				return &a[k], j - i + 1
			}
		}
	}
	return nil, 0
}
