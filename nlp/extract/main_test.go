package extract_test

import (
	"os"
	"testing"
	"time"

	"github.com/mediakg/mediakg/nlp/extract"
)

// TestMain fixes the day of reading far ahead, so that the invented
// stories of the tables (some dated after the day the tests run) keep
// their dates; TestAfterReading sets its own day to test the rule.
func TestMain(m *testing.M) {
	extract.SetReadingDay(time.Date(2099, 12, 31, 0, 0, 0, 0, time.UTC))
	os.Exit(m.Run())
}
