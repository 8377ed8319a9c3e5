// Package limit names the per-document limits that the reader and the
// pipeline enforce (file size, line length, body size, DOM size, processing
// time), so that a document over one is reported as skipped with the limit
// it went over instead of failing the run or holding it up.
//
// Files:
//   - limit.go: Error, Time
package limit

import (
	"context"
	"errors"
	"fmt"
	"time"
)

// Error says a document went over a limit and was skipped. Name is the
// limit's configuration key ("input.max_file_bytes", "input.max_doc_time";
// "parser_max_depth" for the HTML parser's fixed nesting limit), Value its
// value as in effect.
type Error struct {
	Name   string
	Value  string
	Reason string // what happened, in a few words: "file too large (70000000 bytes)"
}

func (e *Error) Error() string {
	return fmt.Sprintf("%s (limit %s=%s)", e.Reason, e.Name, e.Value)
}

// TimeReason is the reason given for a document stopped by the time limit.
const TimeReason = "processing time over limit"

// Time is the error for a document stopped after taking longer than max.
func Time(max time.Duration) *Error {
	return &Error{Name: "input.max_doc_time", Value: max.String(), Reason: TimeReason}
}

// Bytes is the error for an input of n bytes over a byte limit.
func Bytes(name, what string, n, max int64) *Error {
	return &Error{Name: name, Value: fmt.Sprint(max), Reason: fmt.Sprintf("%s too large (%d bytes)", what, n)}
}

// WithTime returns ctx with a deadline max from now, or ctx itself (and a
// no-op cancel) when max is zero or less.
func WithTime(ctx context.Context, max time.Duration) (context.Context, context.CancelFunc) {
	if max <= 0 {
		return ctx, func() {}
	}
	return context.WithTimeout(ctx, max)
}

// Over turns a context error into a time-limit Error when the context's
// own deadline passed (parent cancellation, as on Ctrl-C, stays as it is).
func Over(ctx context.Context, parent context.Context, max time.Duration) error {
	err := ctx.Err()
	if err == nil {
		return nil
	}
	if errors.Is(err, context.DeadlineExceeded) && parent.Err() == nil {
		return Time(max)
	}
	return err
}
