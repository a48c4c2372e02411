package main

import (
	"errors"
	"fmt"
	"io/fs"

	"opendata/export"
	"opendata/publog"
	"opendata/register"
	"opendata/schedule"
)

// logPath returns the publication log's file: --log, else $OPENDATA_LOG,
// else "".
func (a *app) logPath() string {
	if a.logFile != "" {
		return a.logFile
	}
	return a.env.Getenv("OPENDATA_LOG")
}

// needLog returns the publication log's file for a command that cannot
// do without one.
func (a *app) needLog(command string) (string, error) {
	path := a.logPath()
	if path == "" {
		return "", usagef("%s needs a publication log: give --log FILE or set OPENDATA_LOG", command)
	}
	return path, nil
}

// loadLog reads the publication log, when one is given, so that every
// row made afterwards carries its status. done reads the log itself,
// under the lock.
func (a *app) loadLog() error {
	path := a.logPath()
	if path == "" || a.log != nil || a.ownLog {
		return nil
	}
	l, err := publog.Load(path, a.reg)
	if err != nil {
		return logError(path, err)
	}
	a.log = l
	return nil
}

func logError(path string, err error) error {
	var le *register.LoadError
	switch {
	case errors.As(err, &le):
		return &inputError{err: err}
	case errors.Is(err, fs.ErrNotExist):
		return badf("publication log %s does not exist: opendata done creates it with the first record", path)
	}
	return badf("publication log %s: %v", path, err)
}

// updateLog changes the publication log at path: under its lock, it reads
// the log (a missing file is an empty log), calls change and, when change
// succeeds, replaces the file atomically. A log that does not parse, or a
// change that fails, leaves the file as it was. a.log is the new log.
func (a *app) updateLog(path string, change func(*publog.Log) error) error {
	unlock, err := publog.Lock(path)
	if err != nil {
		return badf("%v", err)
	}
	defer unlock()

	l, err := publog.LoadOrNew(path, a.reg)
	if err != nil {
		return logError(path, err)
	}
	if err := change(l); err != nil {
		return err
	}
	if err := export.WriteFile(path, l.Write); err != nil {
		return badf("writing the publication log: %v", err)
	}
	a.log = l
	return nil
}

// writeCSV writes rows as CSV, with the status columns whenever a log is
// given, even when there are no rows.
func (a *app) writeCSV(rows []export.Row) error {
	if a.log != nil {
		return export.TrackedCSV(a.stdout, rows, !a.noHeader)
	}
	return export.CSV(a.stdout, rows, !a.noHeader)
}

// actStart returns the first day the register's act applies.
func (a *app) actStart() schedule.Date {
	if a.reg.Act.InForce != 0 {
		return a.reg.Act.InForce
	}
	return a.reg.Act.Signed
}

// logMessages are what done, check and report tell people, by language.
var logMessages = map[string]map[string]string{
	schedule.Kazakh: {
		"recorded":  "жазылды: №%d, %s (мерзімі %s): %s",
		"replaced":  "қайта жазылды: №%d, %s (мерзімі %s): %s",
		"event":     "%s оқиғасы",
		"overdue":   "мерзімі өткен: %d",
		"dueToday":  "мерзімі бүгін: %d",
		"dueSoon":   "%s дейін: %d",
		"clear":     "мерзімі өткен де, %s дейін жарияланбаған да жоқ",
		"openCount": "жарияланбаған мерзімдер: %s",
		"total":     "Барлығы",
	},
	schedule.Russian: {
		"recorded":  "записано: №%d, %s (срок %s): %s",
		"replaced":  "перезаписано: №%d, %s (срок %s): %s",
		"event":     "событие %s",
		"overdue":   "просрочено: %d",
		"dueToday":  "срок сегодня: %d",
		"dueSoon":   "срок до %s: %d",
		"clear":     "нет ни просроченных, ни неопубликованных со сроком до %s",
		"openCount": "неопубликованные сроки: %s",
		"total":     "Итого",
	},
	schedule.English: {
		"recorded":  "recorded No. %d, %s (due %s): %s",
		"replaced":  "replaced No. %d, %s (due %s): %s",
		"event":     "event of %s",
		"overdue":   "%d overdue",
		"dueToday":  "%d due today",
		"dueSoon":   "%[2]d due by %[1]s",
		"clear":     "nothing is overdue or due by %s unpublished",
		"openCount": "deadlines not published: %s",
		"total":     "Total",
	},
}

func (a *app) logMsg(key string, args ...any) string {
	return fmt.Sprintf(logMessages[a.lang][key], args...)
}
