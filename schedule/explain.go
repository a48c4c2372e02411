package schedule

// Step is one day of a count of days, as Explain gives it.
type Step struct {
	Day Day
	// Count is the day's number in the count (1 for the first day
	// counted), or 0 for a day that was skipped.
	Count int
	// Rolled marks the days after the count's last day that rolling
	// passed over, and the day it landed on.
	Rolled bool
}

// Explain returns the count of an event-driven rule from event day d, day
// by day: for working days, every day after d up to the answer, counted or
// skipped; for calendar days, every day counted; then the days that rolling
// by convention r passes over, and the due date. The last step's day is
// the due date.
func (c *Calendar) Explain(r Rule, d Date, roll Roll) []Step {
	var steps []Step
	n := 0
	for day := d + 1; n < r.Days; day++ {
		s := Step{Day: c.Day(day)}
		if !r.Working || s.Day.Working() {
			n++
			s.Count = n
		}
		steps = append(steps, s)
	}
	last := steps[len(steps)-1].Day.Date
	due := c.Roll(last, roll)
	for day := last; day != due; {
		if due > last {
			day++
		} else {
			day--
		}
		steps = append(steps, Step{Day: c.Day(day), Rolled: true})
	}
	return steps
}
