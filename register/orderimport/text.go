package orderimport

import (
	"regexp"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// lower lowers the case of s letter by letter, keeping every letter whose
// lower case would take a different number of bytes, so that positions
// found in the result are positions in s.
func lower(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		if l := unicode.ToLower(r); utf8.RuneLen(l) == utf8.RuneLen(r) {
			r = l
		}
		b.WriteRune(r)
	}
	return b.String()
}

// stand-ins lists, for each letter of Kazakh, the letters typed in its
// place when a keyboard lacks it: the Russian letter that looks or sounds
// like it, or a Latin one.
var standIns = map[rune]string{
	'қ': "к", 'ғ': "г", 'ң': "н", 'ә': "а", 'ө': "о",
	'ұ': "уү", 'ү': "уұ", 'і': "иi", 'һ': "х",
}

// foldings maps the letters that stand in for one another, and the Latin
// letters that look like Cyrillic ones, to a single letter, so that words
// typed on different keyboards compare equal.
var foldings = map[rune]rune{
	'қ': 'к', 'ғ': 'г', 'ң': 'н', 'ә': 'а', 'ө': 'о', 'ұ': 'у', 'ү': 'у',
	'і': 'и', 'һ': 'х', 'ё': 'е',
	'a': 'а', 'c': 'с', 'e': 'е', 'i': 'и', 'k': 'к', 'm': 'м', 'o': 'о',
	'p': 'р', 't': 'т', 'x': 'х', 'y': 'у',
}

// fold returns s in lower case with the letters of foldings folded.
func fold(s string) string {
	return strings.Map(func(r rune) rune {
		r = unicode.ToLower(r)
		if f, ok := foldings[r]; ok {
			return f
		}
		return r
	}, s)
}

// phrase compiles a pattern written in lower case, in which each Kazakh
// letter also matches its stand-ins and the whole must stand as words: it
// may neither start nor end inside a word. Patterns are applied to the
// result of lower.
func phrase(pattern string) *lazyRegexp {
	return &lazyRegexp{re: sync.OnceValue(func() *regexp.Regexp {
		var b strings.Builder
		b.WriteString(`(?:^|[^\pL\d])(`)
		for _, r := range pattern {
			if alt, ok := standIns[r]; ok {
				b.WriteString("[" + string(r) + alt + "]")
				continue
			}
			b.WriteRune(r)
		}
		b.WriteString(`)(?:$|[^\pL\d])`)
		return regexp.MustCompile(b.String())
	})}
}

// A lazyRegexp is a regular expression compiled the first time it is
// used: programs that link the package but read no order do not pay for
// compiling its phrases when they start.
type lazyRegexp struct {
	re func() *regexp.Regexp
}

// lazy returns the expression expr, to be compiled when first used. It
// panics then if expr does not compile.
func lazy(expr string) *lazyRegexp {
	return &lazyRegexp{re: sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(expr) })}
}

// find returns the start and end of the first match of re in s, and the
// submatches of its groups after the whole phrase ("" for a group that
// did not take part).
func find(re *lazyRegexp, s string) (start, end int, groups []string, ok bool) {
	m := re.re().FindStringSubmatchIndex(s)
	if m == nil {
		return 0, 0, nil, false
	}
	for i := 4; i+1 < len(m); i += 2 {
		g := ""
		if m[i] >= 0 {
			g = s[m[i]:m[i+1]]
		}
		groups = append(groups, g)
	}
	return m[2], m[3], groups, true
}

// clean collapses each run of white space in s to one space and trims it.
func clean(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// trimPunct trims spaces and the punctuation that joins or ends phrases
// from both ends of s.
func trimPunct(s string) string {
	return strings.Trim(s, " \t,.;:–—-")
}

// kazakhLetters are the letters that only Kazakh uses among the languages
// of the acts.
const kazakhLetters = "әғқңөұүһіӘҒҚҢӨҰҮҺІ"

// language guesses the language of a text: Kazakh when at least one letter
// in a hundred is one that only Kazakh uses, Russian otherwise.
func language(s string) string {
	var cyrillic, kazakh int
	for _, r := range s {
		if unicode.Is(unicode.Cyrillic, r) {
			cyrillic++
			if strings.ContainsRune(kazakhLetters, r) {
				kazakh++
			}
		}
	}
	if cyrillic > 0 && kazakh*100 >= cyrillic {
		return "kk"
	}
	return "ru"
}

// latin spells Cyrillic letters with ASCII ones, for unit keys.
var latin = map[rune]string{
	'а': "a", 'ә': "a", 'б': "b", 'в': "v", 'г': "g", 'ғ': "g", 'д': "d",
	'е': "e", 'ё': "yo", 'ж': "zh", 'з': "z", 'и': "i", 'й': "y", 'к': "k",
	'қ': "q", 'л': "l", 'м': "m", 'н': "n", 'ң': "ng", 'о': "o", 'ө': "o",
	'п': "p", 'р': "r", 'с': "s", 'т': "t", 'у': "u", 'ұ': "u", 'ү': "u",
	'ф': "f", 'х': "kh", 'һ': "h", 'ц': "ts", 'ч': "ch", 'ш': "sh",
	'щ': "shch", 'ъ': "", 'ы': "y", 'і': "i", 'ь': "", 'э': "e", 'ю': "yu",
	'я': "ya",
}

// slug spells a word in lower-case ASCII letters and digits.
func slug(word string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(word) {
		switch {
		case r >= 'a' && r <= 'z' || r >= '0' && r <= '9':
			b.WriteRune(r)
		default:
			b.WriteString(latin[r])
		}
	}
	return b.String()
}
