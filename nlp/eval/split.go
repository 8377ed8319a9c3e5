package eval

import (
	"crypto/sha1"
	"fmt"
)

// Parts of the gold set. Rules are tuned by looking at the errors of the
// tuning part only; the check part measures whether a change generalises.
//
// The check part is halved the same way: PartCheckA (its articles whose
// key's SHA-1 has an even second-to-last byte) and PartCheckB (the rest).
// A check part that has been scored at a freeze and whose failures are
// then read for rules stops measuring generalisation; halving it lets one
// half become training data while the other stays unread.
const (
	PartAll    = "all"
	PartTune   = "tune"
	PartCheck  = "check"
	PartCheckA = "check-a"
	PartCheckB = "check-b"
)

// PartOf returns the part an article belongs to: PartCheck when the last
// byte of the SHA-1 of its key (URL, else file) is divisible by 3 (about a
// third of the set), else PartTune. The split depends on nothing but the
// key, so it is the same on every machine and for articles added later.
func PartOf(a *Article) string {
	h := sha1.Sum([]byte(a.Key()))
	if h[len(h)-1]%3 == 0 {
		return PartCheck
	}
	return PartTune
}

// CheckHalfOf returns PartCheckA or PartCheckB for an article of the check
// part, and "" for one of the tune part.
func CheckHalfOf(a *Article) string {
	h := sha1.Sum([]byte(a.Key()))
	switch {
	case h[len(h)-1]%3 != 0:
		return ""
	case h[len(h)-2]%2 == 0:
		return PartCheckA
	}
	return PartCheckB
}

// SelectPart returns the articles of gold in the given part (PartAll keeps
// them all).
func SelectPart(gold []Article, part string) ([]Article, error) {
	switch part {
	case PartAll, "":
		return gold, nil
	case PartTune, PartCheck, PartCheckA, PartCheckB:
	default:
		return nil, fmt.Errorf("gold part %q: want all, tune, check, check-a or check-b", part)
	}
	var out []Article
	for i := range gold {
		if PartOf(&gold[i]) == part || CheckHalfOf(&gold[i]) == part {
			out = append(out, gold[i])
		}
	}
	return out, nil
}
