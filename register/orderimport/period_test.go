package orderimport

import (
	"strings"
	"testing"

	"opendata/schedule"
)

func TestParsePeriod(t *testing.T) {
	tests := []struct {
		cell string
		want schedule.PeriodKind
	}{
		// Kazakh, as order 113 writes them.
		{"жыл сайын", schedule.Annual},
		{"тоқсан сайын", schedule.Quarterly},
		{"жарты жылда бір рет", schedule.Semiannual},
		{"ай сайын", schedule.Monthly},
		{"талдау жүргізу қорытындысы бойынша", schedule.OnEvent},
		{"бекіту қорытындысы бойынша", schedule.OnEvent},
		// Kazakh, other spellings and typos.
		{"Жыл сайын", schedule.Annual},
		{"жылына бір рет", schedule.Annual},
		{"токсан сайын", schedule.Quarterly},
		{"тоқсанына бір рет", schedule.Quarterly},
		{"жарты жыл сайын", schedule.Semiannual},
		{"айына бір рет", schedule.Monthly},
		{"талдау жүргізу\nқорытындысы бойынша", schedule.OnEvent},
		// Russian.
		{"ежегодно", schedule.Annual},
		{"Ежегодно", schedule.Annual},
		{"1 раз в год", schedule.Annual},
		{"ежеквартально", schedule.Quarterly},
		{"раз в квартал", schedule.Quarterly},
		{"1 раз в полугодие", schedule.Semiannual},
		{"раз в полугодие", schedule.Semiannual},
		{"один раз в полгода", schedule.Semiannual},
		{"ежемесячно", schedule.Monthly},
		{"по итогам проведения анализа", schedule.OnEvent},
		{"по итогам утверждения", schedule.OnEvent},
		{"по мере утверждения", schedule.OnEvent},
	}
	for _, tt := range tests {
		got, err := parsePeriod(tt.cell)
		if err != nil || got != tt.want {
			t.Errorf("parsePeriod(%q) = %v, %v; want %v", tt.cell, got, err, tt.want)
		}
	}
}

func TestParsePeriodErrors(t *testing.T) {
	tests := []struct {
		cell, want string
	}{
		{"", "no period known"},
		{"қажеттілігіне қарай", "no period known"},
		{"сайын", "no period known"},
		{"жылсайын", "no period known"}, // words must stand apart
		{"жыл сайын, тоқсан сайын", "more than one period (quarterly, annual)"},
		{"ежегодно и ежемесячно", "more than one period (monthly, annual)"},
	}
	for _, tt := range tests {
		_, err := parsePeriod(tt.cell)
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("parsePeriod(%q): error %v, want one saying %q", tt.cell, err, tt.want)
		}
	}
}
