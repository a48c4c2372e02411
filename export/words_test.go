package export

import (
	"testing"

	"opendata/schedule"
)

func TestDetectLanguage(t *testing.T) {
	tests := []struct {
		name string
		env  map[string]string
		want string
	}{
		{"nothing set", nil, "kk"},
		{"OPENDATA_LANG wins", map[string]string{"OPENDATA_LANG": "en", "LC_ALL": "ru_RU.UTF-8", "LANG": "kk_KZ.UTF-8"}, "en"},
		{"LC_ALL before LC_MESSAGES and LANG", map[string]string{"LC_ALL": "ru_RU.UTF-8", "LC_MESSAGES": "en_US.UTF-8", "LANG": "en_GB.UTF-8"}, "ru"},
		{"LC_MESSAGES before LANG", map[string]string{"LC_MESSAGES": "en_US.UTF-8", "LANG": "ru_RU.UTF-8"}, "en"},
		{"LANG alone", map[string]string{"LANG": "ru_KZ.UTF-8"}, "ru"},
		{"Kazakh locale", map[string]string{"LANG": "kk_KZ.UTF-8"}, "kk"},
		{"the first set variable decides", map[string]string{"LC_ALL": "C.UTF-8", "LANG": "ru_RU.UTF-8"}, "kk"},
		{"unsupported locale", map[string]string{"LANG": "de_DE.UTF-8"}, "kk"},
		{"bare code", map[string]string{"LANG": "en"}, "en"},
	}
	for _, tt := range tests {
		got := DetectLanguage(func(k string) string { return tt.env[k] })
		if got != tt.want {
			t.Errorf("%s: DetectLanguage = %q, want %q", tt.name, got, tt.want)
		}
	}
}

func TestPeriodText(t *testing.T) {
	q1 := schedule.Period{Kind: schedule.Quarterly, Year: 2017, N: 1}
	h2 := schedule.Period{Kind: schedule.Semiannual, Year: 2017, N: 2}
	y := schedule.Period{Kind: schedule.Annual, Year: 2016}
	m := schedule.Period{Kind: schedule.Monthly, Year: 2017, N: 3}
	tests := []struct {
		p          schedule.Period
		kk, ru, en string
	}{
		{q1, "1-ші тоқсан 2017", "I квартал 2017", "Q1 2017"},
		{h2, "2-ші жартыжылдық 2017", "II полугодие 2017", "H2 2017"},
		{y, "2016 жыл", "2016 год", "2016"},
		{m, "наурыз 2017", "март 2017", "March 2017"},
	}
	for _, tt := range tests {
		for lang, want := range map[string]string{"kk": tt.kk, "ru": tt.ru, "en": tt.en} {
			if got := PeriodText(tt.p, lang); got != want {
				t.Errorf("PeriodText(%s, %s) = %q, want %q", tt.p, lang, got, want)
			}
		}
	}
}

func TestReasonInEveryLanguage(t *testing.T) {
	c, err := schedule.DefaultCalendar()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		d          schedule.Date
		kk, ru, en string
	}{
		{schedule.D(2026, 10, 25), "жексенбі, Республика күні", "воскресенье, День Республики", "Sunday, Republic Day"},
		{schedule.D(2026, 10, 26), "«Республика күні» орнына демалыс күні",
			"выходной вместо праздника «День Республики»", "substitute day off for Republic Day"},
		{schedule.D(2017, 4, 15), "сенбі", "суббота", "Saturday"},
		{schedule.D(2017, 3, 20), "18.03.2017 (сенбі) күнінен ауыстырылған демалыс күні",
			"выходной, перенесённый с 18.03.2017 (суббота)", "day off transferred from 18.03.2017 (Saturday)"},
		{schedule.D(2017, 4, 17), "", "", ""},
	}
	for _, tt := range tests {
		for lang, want := range map[string]string{"kk": tt.kk, "ru": tt.ru, "en": tt.en} {
			if got := Reason(c, tt.d, lang); got != want {
				t.Errorf("Reason(%s, %s) = %q, want %q", tt.d, lang, got, want)
			}
		}
	}
}

func TestSafeCell(t *testing.T) {
	tests := []struct{ in, want string }{
		{"=1+2", "'=1+2"},
		{"+7 777", "'+7 777"},
		{"-cmd", "'-cmd"},
		{"@SUM(A1)", "'@SUM(A1)"},
		{"\tx", "'\tx"},
		{"\rx", "'\rx"},
		{"-12", "-12"},
		{"2017-Q1", "2017-Q1"},
		{"", ""},
		{"ақпарат", "ақпарат"},
	}
	for _, tt := range tests {
		if got := SafeCell(tt.in); got != tt.want {
			t.Errorf("SafeCell(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
