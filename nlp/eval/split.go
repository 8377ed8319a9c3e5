package eval

import (
	"crypto/sha1"
	"fmt"
)

// Parts of the gold set. Rules are tuned by looking at the errors of the
// tuning part only; the check part measures whether a change generalises.
const (
	PartAll   = "all"
	PartTune  = "tune"
	PartCheck = "check"
)

// PartOf returns the part an article belongs to: PartCheck when the first
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

// SelectPart returns the articles of gold in the given part (PartAll keeps
// them all).
func SelectPart(gold []Article, part string) ([]Article, error) {
	switch part {
	case PartAll, "":
		return gold, nil
	case PartTune, PartCheck:
	default:
		return nil, fmt.Errorf("gold part %q: want all, tune or check", part)
	}
	var out []Article
	for i := range gold {
		if PartOf(&gold[i]) == part {
			out = append(out, gold[i])
		}
	}
	return out, nil
}
