// Package dates finds date expressions in tokenised text and resolves them
// to ISO 8601 values: absolute dates ("Oct. 21, 2020", "6 August 2021",
// "2020-10-21"), partial ones ("in October", "in 2019", "October 2018"),
// relative ones ("Monday", "last week", "yesterday", "two years ago") and
// ranges ("October 17-26", "17-26 October 2018", "2018-2020").
//
// Relative expressions and dates without a year are resolved against an
// Anchor: the article's dateline date when it has one, else its
// publication date. A weekday is the last such day on or before the anchor
// ("launched Monday" in a Wednesday story), or the next one when the
// sentence speaks of the future ("will open Monday"). A day and month
// without a year take the year that puts them nearest to the anchor; with
// no anchor at all they keep the ISO 8601 form without a year ("--12-08").
//
// Files:
//   - dates.go: Anchor, Found, granularities, value formatting
//   - find.go:  Find and the patterns, one method each
package dates
