package register_test

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"gopkg.in/yaml.v3"

	"opendata/register"
	"opendata/schedule"
)

// labelledText is a piece of text and where it comes from, for messages.
type labelledText struct {
	label string
	text  schedule.Text
}

// wantLanguages reports every text that lacks one of the supported
// languages. It looks at each language itself, not at its fallback.
func wantLanguages(t *testing.T, texts []labelledText) {
	t.Helper()
	for _, lt := range texts {
		for _, lang := range schedule.Languages {
			if !lt.text.Has(lang) {
				t.Errorf("%s: no %s text", lt.label, lang)
			}
		}
	}
}

func TestEmbeddedTrilingual(t *testing.T) {
	r, err := register.Embedded()
	if err != nil {
		t.Fatal(err)
	}

	texts := []labelledText{
		{"act title", r.Act.Title},
		{"act issuer", r.Act.Issuer},
		{"act kind", r.Act.Kind},
	}
	if r.Act.Repealed != nil {
		texts = append(texts, labelledText{"repealing act title", r.Act.Repealed.Title})
	}
	for _, key := range r.UnitKeys {
		u := r.Units[key]
		texts = append(texts,
			labelledText{"unit " + key + " name", u.Name},
			labelledText{"unit " + key + " short", u.Short})
		if u.Note != nil {
			texts = append(texts, labelledText{"unit " + key + " note", u.Note})
		}
	}
	stages := 0
	for _, o := range r.Obligations {
		texts = append(texts, labelledText{fmt.Sprintf("obligation %d name", o.No), o.Name})
		if o.Note != nil {
			texts = append(texts, labelledText{fmt.Sprintf("obligation %d note", o.No), o.Note})
		}
		for _, d := range o.Deadlines {
			if d.Stage != "" {
				stages++
				label := fmt.Sprintf("obligation %d stage %s name", o.No, d.Stage)
				texts = append(texts, labelledText{label, d.StageName})
			}
		}
	}
	if stages == 0 {
		t.Error("the embedded register has no stages; obligation 23 should have one")
	}
	wantLanguages(t, texts)
}

func TestHolidayNamesTrilingual(t *testing.T) {
	c, err := schedule.DefaultCalendar()
	if err != nil {
		t.Fatal(err)
	}
	keys := holidayKeys(t)
	if len(keys) == 0 {
		t.Fatal("no holidays listed in the calendar data")
	}

	var texts []labelledText
	for _, key := range keys {
		texts = append(texts, labelledText{"holiday " + key, c.HolidayName(key)})
	}
	wantLanguages(t, texts)
}

// holidayKeys returns the keys under "holidays" in the calendar data that
// schedule embeds, in the order the file lists them.
func holidayKeys(t *testing.T) []string {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("..", "schedule", "kzcalendar.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Holidays yaml.Node `yaml:"holidays"`
	}
	if err := yaml.Unmarshal(data, &doc); err != nil {
		t.Fatal(err)
	}
	var keys []string
	for i := 0; i+1 < len(doc.Holidays.Content); i += 2 {
		keys = append(keys, doc.Holidays.Content[i].Value)
	}
	return keys
}
