package schedule

import (
	"fmt"

	"gopkg.in/yaml.v3"
)

// The languages that registers and the calendar carry text in. Kazakh is
// the language of the acts and the fallback for every other.
const (
	Kazakh  = "kk"
	Russian = "ru"
	English = "en"
)

// Languages lists the supported language codes, Kazakh first.
var Languages = []string{Kazakh, Russian, English}

// Text is a piece of text in several languages, keyed by language code.
type Text map[string]string

// In returns the text in lang, or the Kazakh text when there is none in
// lang.
func (t Text) In(lang string) string {
	if s := t[lang]; s != "" {
		return s
	}
	return t[Kazakh]
}

// Has reports whether the text exists in lang itself, without fallback.
func (t Text) Has(lang string) bool { return t[lang] != "" }

// UnmarshalYAML accepts either a plain string, taken as Kazakh, or a
// mapping from language codes to strings.
func (t *Text) UnmarshalYAML(n *yaml.Node) error {
	switch n.Kind {
	case yaml.ScalarNode:
		if n.Tag != "!!str" {
			return fmt.Errorf("line %d: expected text, found %s", n.Line, n.Tag)
		}
		*t = Text{Kazakh: n.Value}
		return nil
	case yaml.MappingNode:
		m := make(Text, len(n.Content)/2)
		for i := 0; i+1 < len(n.Content); i += 2 {
			k, v := n.Content[i], n.Content[i+1]
			if !knownLanguage(k.Value) {
				return fmt.Errorf("line %d: unknown language %q (want kk, ru or en)", k.Line, k.Value)
			}
			if v.Kind != yaml.ScalarNode || v.Tag != "!!str" {
				return fmt.Errorf("line %d: expected text for language %q", v.Line, k.Value)
			}
			m[k.Value] = v.Value
		}
		*t = m
		return nil
	}
	return fmt.Errorf("line %d: expected text or a mapping of languages to text", n.Line)
}

func knownLanguage(code string) bool {
	for _, l := range Languages {
		if l == code {
			return true
		}
	}
	return false
}
