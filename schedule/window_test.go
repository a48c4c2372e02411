package schedule

import "testing"

func TestMonthsAround(t *testing.T) {
	tests := []struct {
		day      Date
		n        int
		from, to Date
	}{
		{d(2017, 3, 10), 1, d(2017, 2, 1), d(2017, 4, 30)},
		{d(2017, 3, 10), 0, d(2017, 3, 1), d(2017, 3, 31)},
		{d(2017, 3, 10), -2, d(2017, 3, 1), d(2017, 3, 31)},
		// Across the ends of a year.
		{d(2017, 1, 1), 1, d(2016, 12, 1), d(2017, 2, 28)},
		{d(2017, 12, 31), 1, d(2017, 11, 1), d(2018, 1, 31)},
		// February of a leap year ends on the 29th.
		{d(2024, 1, 31), 1, d(2023, 12, 1), d(2024, 2, 29)},
		{d(2024, 3, 31), 1, d(2024, 2, 1), d(2024, 4, 30)},
		// A whole year around midsummer.
		{d(2017, 7, 15), 5, d(2017, 2, 1), d(2017, 12, 31)},
	}
	for _, tt := range tests {
		got := MonthsAround(tt.day, tt.n)
		if got.From != tt.from || got.To != tt.to {
			t.Errorf("MonthsAround(%s, %d) = %s, want %s..%s", tt.day, tt.n, got, tt.from, tt.to)
		}
	}
}
