package publog

import (
	"testing"
	"time"

	"opendata/schedule"
)

func d(y int, m time.Month, day int) schedule.Date { return schedule.D(y, m, day) }

func calendar(t *testing.T) *schedule.Calendar {
	t.Helper()
	c, err := schedule.DefaultCalendar()
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// The state of a deadline around its due date, on the 2017 calendar:
// 17 April 2017 is the Monday that 15 April (a Saturday) rolls to;
// 18 March was a working Saturday and 20 March its day off; 21-23 March
// were Nauryz; 16-17 December Independence Day, 18-19 its substitutes;
// 1 July a working Saturday.
func TestClassify(t *testing.T) {
	c := calendar(t)
	never := schedule.Date(0)
	tests := []struct {
		name                  string
		due, published, today schedule.Date
		status                Status
		lateBy                int
	}{
		{"published on the due date", d(2017, 4, 17), d(2017, 4, 17), d(2017, 5, 2), OnTime, 0},
		{"published the working day before", d(2017, 4, 17), d(2017, 4, 14), d(2017, 5, 2), OnTime, 0},
		{"published on the nominal Saturday before the rolled due date", d(2017, 4, 17), d(2017, 4, 15), d(2017, 5, 2), OnTime, 0},
		{"published a day after", d(2017, 4, 17), d(2017, 4, 18), d(2017, 5, 2), Late, 1},
		{"published a week after", d(2017, 4, 17), d(2017, 4, 24), d(2017, 5, 2), Late, 5},
		{"published on the Saturday after a Friday deadline", d(2017, 4, 21), d(2017, 4, 22), d(2017, 5, 2), Late, 1},
		{"published on a working Saturday after a Friday deadline", d(2017, 3, 17), d(2017, 3, 18), d(2017, 5, 2), Late, 1},
		{"published on the day off moved from that Saturday", d(2017, 3, 17), d(2017, 3, 20), d(2017, 5, 2), Late, 1},
		{"published on a holiday", d(2017, 3, 17), d(2017, 3, 22), d(2017, 5, 2), Late, 1},
		{"published after the holidays", d(2017, 3, 17), d(2017, 3, 24), d(2017, 5, 2), Late, 2},
		{"published on a holiday the day after the deadline", d(2017, 12, 15), d(2017, 12, 16), d(2018, 1, 9), Late, 1},
		{"published on a substitute day off", d(2017, 12, 15), d(2017, 12, 19), d(2018, 1, 9), Late, 1},
		{"published the first working day after them", d(2017, 12, 15), d(2017, 12, 20), d(2018, 1, 9), Late, 1},
		{"due on a working Saturday, published that day", d(2017, 7, 1), d(2017, 7, 1), d(2017, 8, 1), OnTime, 0},
		{"due on a working Saturday, published on Monday", d(2017, 7, 1), d(2017, 7, 3), d(2017, 8, 1), Late, 1},
		{"not published, before the due date", d(2017, 4, 17), never, d(2017, 4, 16), Upcoming, 0},
		{"not published, on the due date", d(2017, 4, 17), never, d(2017, 4, 17), DueToday, 0},
		{"not published, a day after", d(2017, 4, 17), never, d(2017, 4, 18), Overdue, 1},
		{"not published, a week after", d(2017, 4, 17), never, d(2017, 4, 24), Overdue, 5},
		{"not published, the Saturday after a Friday deadline", d(2017, 4, 21), never, d(2017, 4, 22), Overdue, 1},
		{"published later than today: not yet, overdue", d(2017, 4, 17), d(2017, 4, 20), d(2017, 4, 18), Overdue, 1},
		{"published later than today: not yet, upcoming", d(2017, 4, 17), d(2017, 4, 14), d(2017, 4, 13), Upcoming, 0},
		{"published early, before today and the due date", d(2017, 4, 17), d(2017, 4, 14), d(2017, 4, 15), OnTime, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Classify(c, tt.due, tt.published, tt.today)
			if got.Status != tt.status || got.LateBy != tt.lateBy {
				t.Errorf("Classify(due %s, published %s, today %s) = %s late by %d, want %s late by %d",
					tt.due, tt.published, tt.today, got.Status, got.LateBy, tt.status, tt.lateBy)
			}
			wantPublished := tt.status.Published()
			if (got.Published != 0) != wantPublished || wantPublished && got.Published != tt.published {
				t.Errorf("Published = %s", got.Published)
			}
		})
	}
}

func TestStatusNames(t *testing.T) {
	want := map[Status]string{Untracked: "", Upcoming: "upcoming", DueToday: "due-today",
		Overdue: "overdue", OnTime: "on-time", Late: "late"}
	for s, name := range want {
		if s.String() != name {
			t.Errorf("%d.String() = %q, want %q", s, s.String(), name)
		}
	}
}
