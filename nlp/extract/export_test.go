package extract

import "time"

// SetReadingDay replaces the day of reading for a test and returns the
// function that restores it.
func SetReadingDay(day time.Time) (restore func()) {
	old := readingDay
	readingDay = func() time.Time { return day }
	return func() { readingDay = old }
}

// AfterDay exports afterDay for its table test.
var AfterDay = afterDay
