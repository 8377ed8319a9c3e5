package reader

import (
	"os"
	"testing"
	"time"
)

// TestMain fixes the day of reading. The test pages are written with dates
// up to the 2030s (invented stories, so that they never describe real
// events); a fixed far day keeps their golden output independent of the
// day the tests run. TestNotFuture sets its own day to test the rule.
func TestMain(m *testing.M) {
	readingDay = func() time.Time { return time.Date(2099, 12, 31, 0, 0, 0, 0, time.UTC) }
	os.Exit(m.Run())
}
