package graph

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// Backoff between the loader's retries: the first wait, doubled after each
// failed attempt up to the cap.
const (
	retryFirstWait = 500 * time.Millisecond
	retryMaxWait   = 15 * time.Second
)

// transient reports whether err means the server is away or busy, so that
// the same work may succeed later: a lost or refused connection, a
// transient server error (shutting down, deadlock), or the driver giving
// up its own retries on one of those.
func transient(err error) bool {
	if err == nil {
		return false
	}
	if isUnavailable(err) || neo4j.IsRetryable(err) {
		return true
	}
	var tel *neo4j.TransactionExecutionLimit
	if errors.As(err, &tel) && len(tel.Errors) > 0 {
		return transient(tel.Errors[len(tel.Errors)-1])
	}
	return false
}

// retry runs f until it succeeds, fails with an error that is not
// transient, ctx ends, or c.RetryMax has passed since the first failure,
// waiting with exponential backoff between attempts and logging each retry
// with its attempt number. attempt is 1 for the first call. It returns the
// number of attempts made. When the time is up the error wraps
// ErrUnavailable and says so.
func (c *Client) retry(ctx context.Context, op string, f func(attempt int) error) (int, error) {
	err := f(1)
	if err == nil || !transient(err) || c.RetryMax <= 0 {
		return 1, err
	}
	first := time.Now()
	wait := retryFirstWait
	for attempt := 2; ; attempt++ {
		left := c.RetryMax - time.Since(first)
		if left <= 0 {
			return attempt - 1, fmt.Errorf("%w: %s did not come back within %s (neo4j.retry_max_seconds); %s stopped after %d attempts; "+
				"what committed stays, re-run the same command to finish: %v",
				ErrUnavailable, c.URI, c.RetryMax, op, attempt-1, err)
		}
		wait = min(wait, left)
		if c.Log != nil {
			c.Log.Warn("neo4j unavailable; retrying", "op", op, "attempt", attempt, "wait", wait.String(),
				"uri", c.URI, "error", err.Error())
		}
		select {
		case <-ctx.Done():
			return attempt - 1, ctx.Err()
		case <-time.After(wait):
		}
		err = f(attempt)
		if err == nil {
			if c.Log != nil {
				c.Log.Info("neo4j back; continuing", "op", op, "attempt", attempt, "down_for", time.Since(first).Round(time.Millisecond).String())
			}
			return attempt, nil
		}
		if !transient(err) {
			return attempt, err
		}
		wait = min(2*wait, retryMaxWait)
	}
}
