// Package schedule turns deadline rules into dated deadlines on the Kazakh
// working-day calendar.
//
// # The calendar
//
// A Calendar knows, for every date, whether it is a working day and why not:
// a weekend, a national or state holiday, a religious day off (Orthodox
// Christmas, the first day of Kurban Ait), a substitute day off for a holiday
// that fell on a weekend, or a day off transferred by a decree or order in
// exchange for a working Saturday or Sunday. DefaultCalendar holds the data
// for 2016-2027, embedded from kzcalendar.yaml; other years are computed from
// the statutory holidays and the substitute rule alone, and Calendar.Year
// says so (Coverage), so that callers can warn.
//
// Working days are counted the way the Civil Code and administrative
// procedure count terms: "N working days after D" starts counting on the day
// after D, so day 1 is the first working day after D, and working Saturdays
// and Sundays count. "N calendar days after D" is D + N. A deadline whose
// last day is not a working day moves to the next working day (Following);
// a register may choose Preceding or NoRoll instead.
//
// # Deadline rules
//
// Registers write each deadline as a short English phrase, parsed by
// ParseRule. Words are matched without regard to case; a leading "by" is
// allowed. The grammar:
//
//	rule     = fixed | month | offset
//	fixed    = DAY MONTH [ "of the reporting year" ]
//	month    = ( ORDINAL | "day" DAY | "last day" )
//	           "of the month after the reporting period"
//	offset   = N [ "working" | "calendar" ] ( "days" | "day" ) "after"
//	           ( "the end of the reporting period" | EVENT )
//
// DAY is 1 to 31, MONTH an English month name or its first three letters,
// ORDINAL a day with its suffix (1st, 2nd, 15th), N a number from 1 to
// 10000, and EVENT any words naming the event ("the certificate is
// signed"). "days" without "working" means calendar days. Examples:
//
//	20 February
//	1 July of the reporting year
//	15th of the month after the reporting period
//	last day of the month after the reporting period
//	30 days after the end of the reporting period
//	10 working days after the certificate is signed
//	10 calendar days after the plan is approved
//
// A fixed day closes the calendar year before the one it falls in (a data
// set due "by 20 February" publishes last year's figures), unless it says
// "of the reporting year". A day of the month after the reporting period
// closes each period of the obligation's kind: Q1 gives April, Q4 and H2
// give January of the next year, a year gives January of the next year. A
// day that does not exist in some month that can follow a period (31 April,
// 29 February) is an error (Rule.Check), never clamped.
//
// Event rules have no dates until the event is known: Resolve dates them
// only for the Happenings it is given.
package schedule
