package orderimport

import (
	"strings"
	"testing"
)

func TestParseDeadline(t *testing.T) {
	tests := []struct {
		cell string
		want string // Rule.String()
	}{
		// A day of the year, in the cases and typos of order 113.
		{"20 ақпанға", "20 February"},
		{"20 ақпаныға", "20 February"},
		{"15 қаңтарға", "15 January"},
		{"20 қаңтарға", "20 January"},
		{"1 шілдеге", "1 July"}, // "ші" here begins the month
		{"1-ші шілдеге", "1 July"},
		{"20 акпанға", "20 February"}, // к typed for қ
		{"20 ақпанына дейін", "20 February"},
		{"20 ақпан", "20 February"},
		{"31 желтоқсанға", "31 December"},
		{"25 наурызға", "25 March"},
		{"к 20 февраля", "20 February"},
		{"до 20 февраля", "20 February"},
		{"не позднее 1 мая", "1 May"},
		{"до 1-го июля", "1 July"},
		{"К 20 Февраля", "20 February"},

		// A day of the month after the reporting period.
		{"есеп беру кезеңінен кейінгі айдың 15 күніне", "15th of the month after the reporting period"},
		{"есеп беру кезеңінен кейінгі айдың 10-ші күніне", "10th of the month after the reporting period"},
		{"есеп беру кезеңінен кейінгі айдың 5 күніне", "5th of the month after the reporting period"},
		{"есеп беру кезеңінен\nкейінгі айдың 25 күніне", "25th of the month after the reporting period"},
		{"есепті кезеңнен кейінгі айдың 1-ші күніне", "1st of the month after the reporting period"},
		{"есеп беру кезеңінен кейінгі айдың соңғы күніне", "last day of the month after the reporting period"},
		{"до 15 числа месяца, следующего за отчетным периодом", "15th of the month after the reporting period"},
		{"до 10-го числа месяца, следующего за отчётным периодом", "10th of the month after the reporting period"},
		{"не позднее 2 числа месяца следующего за отчетным периодом", "2nd of the month after the reporting period"},
		{"последний день месяца, следующего за отчетным периодом", "last day of the month after the reporting period"},
		{"до последнего дня месяца, следующего за отчетным периодом", "last day of the month after the reporting period"},

		// Days after an event.
		{"анықтамаға қол қойған күннен бастап 10 жұмыс күні ішінде",
			"10 working days after the certificate of the analysis is signed"},
		{"оны бекіткен күннен бастап 10 күнтізбелік күн ішінде",
			"10 calendar days after the plan is approved"},
		{"Қ Р МҚІжСЖҚА стратегиялық жоспарына қол қойылған күннен бастап 10 күнтізбелік күн ішінде",
			"10 calendar days after the strategic plan is signed"},
		{"шешім қабылданған күннен бастап 5 жұмыс күнінен кешіктірмей",
			"5 working days after the event"},
		{"в течение 10 рабочих дней со дня подписания справки",
			"10 working days after the certificate of the analysis is signed"},
		{"в течение 10 календарных дней со дня его утверждения",
			"10 calendar days after the plan is approved"},
		{"в течение 10 календарных дней со дня подписания стратегического плана",
			"10 calendar days after the strategic plan is signed"},
		{"в течение 3 рабочих дней со дня проведения заседания",
			"3 working days after the event"},

		// Days after the end of the reporting period.
		{"есепті кезең аяқталғаннан кейін 10 жұмыс күні ішінде",
			"10 working days after the end of the reporting period"},
		{"в течение 15 календарных дней после окончания отчетного периода",
			"15 calendar days after the end of the reporting period"},
	}
	for _, tt := range tests {
		got, err := parseDeadline(tt.cell)
		if err != nil {
			t.Errorf("parseDeadline(%q): %v", tt.cell, err)
			continue
		}
		if got.rule.String() != tt.want || len(got.stages) != 0 {
			t.Errorf("parseDeadline(%q) = %q with %d stages, want %q", tt.cell, got.rule, len(got.stages), tt.want)
		}
	}
}

func TestParseDeadlineStage(t *testing.T) {
	tests := []struct {
		cell                  string
		final, key, stage, of string
	}{
		{
			cell:  "20 ақпанға бірге орындаушылар үшін: 5 ақпанға Қ Р МҚІжСЖҚА Жұртшылықпен байланыс департаментіне ақпарат ұсыну",
			final: "20 February", key: "co-executors", stage: "5 February",
			of: "Қ Р МҚІжСЖҚА Жұртшылықпен байланыс департаментіне ақпарат ұсыну",
		},
		{
			cell:  "к 20 февраля, для соисполнителей: к 5 февраля – представление информации в Департамент по связям с общественностью",
			final: "20 February", key: "co-executors", stage: "5 February",
			of: "представление информации в Департамент по связям с общественностью",
		},
		{
			cell:  "есеп беру кезеңінен кейінгі айдың 15 күніне аумақтық органдар үшін: есеп беру кезеңінен кейінгі айдың 5 күніне",
			final: "15th of the month after the reporting period", key: "stage",
			stage: "5th of the month after the reporting period", of: "аумақтық органдар",
		},
	}
	for _, tt := range tests {
		got, err := parseDeadline(tt.cell)
		if err != nil {
			t.Errorf("parseDeadline(%q): %v", tt.cell, err)
			continue
		}
		if got.rule.String() != tt.final || len(got.stages) != 1 {
			t.Errorf("parseDeadline(%q) = %q with %d stages, want %q and one stage", tt.cell, got.rule, len(got.stages), tt.final)
			continue
		}
		s := got.stages[0]
		if s.key != tt.key || s.rule.String() != tt.stage || s.name != tt.of {
			t.Errorf("parseDeadline(%q): stage {%q, %q, %q}, want {%q, %q, %q}",
				tt.cell, s.key, s.rule, s.name, tt.key, tt.stage, tt.of)
		}
	}
}

func TestParseDeadlineErrors(t *testing.T) {
	tests := []struct {
		cell, want string
	}{
		{"", "no deadline known"},
		{"уақтылы", "no deadline known"},
		{"31 ақпанға", "31 February does not exist"},
		{"есеп беру кезеңінен кейінгі айдың 32 күніне", "32 is out of range"},
		{"15 қаңтарға және 15 шілдеге", "more than one deadline"},
		{"к 20 февраля и 20 августа", "more than one deadline"},
		{"есеп беру кезеңінен кейінгі айдың соңғы жұмыс күніне", "no deadline known"},
	}
	for _, tt := range tests {
		_, err := parseDeadline(tt.cell)
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("parseDeadline(%q): error %v, want one saying %q", tt.cell, err, tt.want)
		}
	}
}
