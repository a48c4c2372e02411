package orderimport

import (
	"strconv"
	"strings"
	"unicode"
)

// unit is a responsible unit as the register lists it.
type unit struct {
	key     string
	name    string   // with abbreviations spelled out
	short   string   // without the name of the body it belongs to
	written []string // the act's spellings, in the order met
	canon   string   // what spellings of the same unit have in common
}

// unitWord is a word of a unit's spelling, or an abbreviation that may
// take several words ("Қ Р МҚІжСЖҚА").
type unitWord struct {
	text string
	abbr *abbrev
}

// words cuts a text into words, joining those of an abbreviation.
func (a abbrevs) words(s string) []unitWord {
	ws := strings.Fields(s)
	var out []unitWord
	for i := 0; i < len(ws); {
		if ab, n := a.match(ws, i); ab != nil {
			out = append(out, unitWord{text: strings.Join(ws[i:i+n], " "), abbr: ab})
			i += n
			continue
		}
		out = append(out, unitWord{text: ws[i]})
		i++
	}
	return out
}

func leading(w unitWord) bool { return w.abbr != nil && w.abbr.leads }

// splitUnits cuts a units cell into the units it lists. In Kazakh a unit's
// name begins with the body's abbreviation ("Қ Р МҚІжСЖҚА Әкімшілік
// департаменті"), in Russian it ends with it ("Административный
// департамент АДГСПК"); a cell that begins with such an abbreviation is
// cut before each one, a cell that ends with one after each one. A run of
// abbreviations counts as one.
func (a abbrevs) splitUnits(cell string) [][]unitWord {
	ws := a.words(cell)
	if len(ws) == 0 {
		return nil
	}
	before := leading(ws[0])
	if !before && !leading(ws[len(ws)-1]) {
		return [][]unitWord{ws}
	}
	var out [][]unitWord
	start := 0
	for i := 1; i < len(ws); i++ {
		cut := before && leading(ws[i]) && !leading(ws[i-1]) ||
			!before && leading(ws[i-1]) && !leading(ws[i])
		if cut {
			out = append(out, ws[start:i])
			start = i
		}
	}
	return append(out, ws[start:])
}

// newUnit describes a unit from its words, in the language of the act.
func newUnit(ws []unitWord, lang string) *unit {
	u := &unit{written: []string{joinWords(ws, func(w unitWord) string { return w.text })}}
	u.canon = joinWords(ws, func(w unitWord) string {
		if w.abbr != nil {
			return compact(w.abbr.short)
		}
		return fold(w.text)
	})
	var expanded []string
	for i, w := range ws {
		switch {
		case w.abbr == nil:
			expanded = append(expanded, w.text)
		case lang == "kk" && i < len(ws)-1:
			expanded = append(expanded, kazakhGenitive(w.abbr.full))
		case lang != "kk" && i > 0:
			expanded = append(expanded, russianGenitive(w.abbr.full))
		default:
			expanded = append(expanded, w.abbr.full)
		}
	}
	u.name = strings.Join(expanded, " ")
	u.short = u.written[0]
	if body := bodyless(ws); len(body) > 0 && len(body) < len(ws) {
		u.short = joinWords(body, func(w unitWord) string { return w.text })
	}
	return u
}

// bodyless returns a unit's words without the abbreviations of the act's
// key at its start and end: the unit's own name within its body.
func bodyless(ws []unitWord) []unitWord {
	for len(ws) > 0 && ws[0].abbr != nil && ws[0].abbr.fromAct {
		ws = ws[1:]
	}
	for len(ws) > 0 && ws[len(ws)-1].abbr != nil && ws[len(ws)-1].abbr.fromAct {
		ws = ws[:len(ws)-1]
	}
	return ws
}

func joinWords(ws []unitWord, f func(unitWord) string) string {
	parts := make([]string, len(ws))
	for i, w := range ws {
		parts[i] = f(w)
	}
	return strings.Join(parts, " ")
}

// stopWords are left out of unit keys: conjunctions, prepositions, and the
// word for a department, which most units share.
var stopWords = map[string]bool{
	"мен": true, "жане": true, "жониндеги": true, "жанындагы": true,
	"бойынша": true, "саласындагы": true, "департаменти": true,
	"и": true, "по": true, "при": true, "в": true, "во": true, "на": true,
	"с": true, "со": true, "за": true, "для": true, "департамент": true,
}

// keyWords returns the words a unit's key is made of, in Latin letters:
// the words of its name without the body's and the Republic's
// abbreviations and without stop words.
func keyWords(ws []unitWord) []string {
	var out []string
	for _, w := range ws {
		if w.abbr != nil && w.abbr.leads {
			continue
		}
		for _, part := range strings.FieldsFunc(w.text, func(r rune) bool {
			return !unicode.IsLetter(r) && !unicode.IsDigit(r)
		}) {
			if s := slug(part); s != "" && !stopWords[fold(part)] {
				out = append(out, s)
			}
		}
	}
	if len(out) == 0 {
		for _, w := range ws {
			out = append(out, slug(compact(w.text)))
		}
	}
	return out
}

// assignKey gives u a key made of two of its key words, or more of them
// when another unit has that key, or a number after them when it has all
// of them. The words are the last ones in Kazakh, where a name ends with
// what the unit is ("... басқару қызметі"), the first ones in Russian,
// where it begins with it ("Служба управления ..."). Units are given keys
// in the order the act first names them, so the same text always gives
// the same keys.
func assignKey(u *unit, ws []unitWord, lang string, taken map[string]bool) {
	words := keyWords(ws)
	some := func(n int) string {
		if lang == "kk" {
			return strings.Join(words[len(words)-n:], "-")
		}
		return strings.Join(words[:n], "-")
	}
	for n := min(2, len(words)); n <= len(words); n++ {
		k := some(n)
		if len(k) > 48 {
			break
		}
		if !taken[k] {
			u.key = k
			taken[k] = true
			return
		}
	}
	base := some(min(2, len(words)))
	if len(base) > 48 {
		base = strings.Trim(base[:48], "-")
	}
	for i := 2; ; i++ {
		if k := base + "-" + strconv.Itoa(i); !taken[k] {
			u.key = k
			taken[k] = true
			return
		}
	}
}
