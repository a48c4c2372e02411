package schedule

import (
	"crypto/sha256"
	"encoding/hex"
)

// calendarSnapshot is the embedded calendar parsed ahead of time, as Go
// (kzcalendar_snapshot.go, written by TestCalendarSnapshot with -update),
// so that a run does not spend milliseconds reading YAML. The YAML stays
// the source: the snapshot is used only while the embedded YAML has the
// checksum the snapshot was made from. A change to kzcalendar.yaml alone
// therefore takes effect, read at run time, and the test fails until the
// snapshot is written again.
var calendarSnapshot struct {
	sum   string // hex SHA-256 of the YAML
	build func() *Calendar
}

// embeddedCalendarName is the embedded calendar's name in messages.
const embeddedCalendarName = "kzcalendar.yaml"

// loadEmbeddedCalendar returns the calendar in data, the embedded YAML,
// from the snapshot when the snapshot was made from data.
func loadEmbeddedCalendar(data []byte) (*Calendar, error) {
	if s := calendarSnapshot; s.build != nil && s.sum == checksum(data) {
		return s.build(), nil
	}
	return ParseCalendar(embeddedCalendarName, data)
}

func checksum(data []byte) string {
	sum := sha256.Sum256(data)
	return hex.EncodeToString(sum[:])
}
