// Package publog keeps the publication log: the record of which data sets
// of a register were published, and when. It reads and writes the log file,
// tells where each deadline stands against it (published on time, late by
// so many working days, overdue, due today, upcoming), and sums a year up.
//
// The log is a YAML file meant to live in a git repository beside the
// register. Each publication is one line, a flow mapping, so that a new
// record is a one-line diff:
//
//	# Publication log of the open data register.
//	publications:
//	  - {no: 4, period: 2017-Q1, published: 2017-04-14, by: "a.seitkali"}
//	  - {no: 15, event: 2017-03-17, published: 2017-04-04}
//
// The fields are no (the obligation's number), period (the reporting
// period's label: 2016, 2017-H1, 2017-Q1, 2017-03) or, for an obligation
// that counts from an event, event (the event's date), published (the day
// the data set went out), and optionally url, by (who recorded it) and
// note. Write writes the records sorted by obligation, then by period, with
// the comment block that opens the file kept as it is; other comments are
// not kept. Parse reports every problem of a file at once, with its line
// and column.
//
// The log records publications, not the hand-ins before them: stage
// deadlines (entry 23's co-executors) have no status.
//
// Nothing in this package reads the clock: "today" is always an argument.
package publog
