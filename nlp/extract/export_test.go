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

// SetWordIDs turns the word sets' test by token id (view.in) on or off
// for a test and returns the function that restores it.
func SetWordIDs(on bool) (restore func()) {
	old := useWordIDs
	useWordIDs = on
	return func() { useWordIDs = old }
}
