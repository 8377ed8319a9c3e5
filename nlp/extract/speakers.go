package extract

import (
	"strings"

	"github.com/mediakg/mediakg/nlp/document"
)

// A report of a gathering goes on after the sentence that names it with
// what its speakers said: "The forum opened on Tuesday. Minister X said
// ... Y, president of Z, called for ...". reportSpeakers follows such a
// report sentence by sentence and adds who speaks in it to the gathering.

// speechVerb reports whether w is a verb whose subject speaks ("said",
// "called for", "delivered the opening remarks", "gave a keynote
// speech"). A switch, not a map: it runs on every token of a report.
func speechVerb(w string) bool {
	switch w {
	case "said", "says", "noted", "stressed", "underlined", "underscored",
		"emphasized", "emphasised", "added", "told", "called", "urged",
		"described", "highlighted", "delivered", "gave", "spoke",
		"addressed", "welcomed", "hailed", "proposed", "suggested",
		"praised", "lauded", "reiterated", "remarked", "observed",
		"pointed", "recalled", "explained", "outlined", "presented", "expressed":
		return true
	}
	return false
}

// otherOccasionWord reports whether w marks a sentence that tells of
// another occasion than the gathering reported ("In an interview ...",
// "in a statement", "in his message", "earlier", "two years ago").
func otherOccasionWord(w string) bool {
	switch w {
	case "interview", "statement", "earlier", "previously", "ago",
		"message", "letter", "article", "op-ed", "column", "once":
		return true
	}
	return false
}

// reportSpeakers adds the speakers of sentence s to the gathering the
// report is about: in a sentence that names the gathering, a speaker
// named by a pronoun ("'...,' he said at the opening session"); in the
// two sentences after it (and after each speaker sentence), a person who
// is the subject of a speech verb, or the pronoun of one, unless the
// sentence tells of another occasion by a date of its own or a word like
// "interview".
func (x *Extractor) reportSpeakers(v *view, s int, here []*event) {
	if len(here) > 0 {
		v.report = nil
		// the first event the sentence names, past signings, is what it
		// is about ("held a meeting ... to discuss content for the BRICS
		// summit" is about the meeting)
		for _, e := range here {
			if e.typ == "signing" {
				continue
			}
			if publicGathering(e) && !v.reportedIn(s, e) {
				v.report, v.reportS = e, s
			}
			break
		}
		if v.report != nil {
			if p := v.pronounSpeaker(s); p != "" {
				v.report.addParticipant(p, s)
			}
		}
		return
	}
	e := v.report
	if e == nil || s-v.reportS > 2 {
		v.report = nil
		return
	}
	if v.otherOccasion(s) {
		v.report = nil
		return
	}
	found := false
	st0, st1 := v.sentenceTokens(s)
	for j := st0; j < st1; j++ {
		_, m := v.actorAt(j)
		if m == nil {
			continue
		}
		mt0, mt1 := v.tokenSpan(m)
		if m.Type == document.Person && !strings.HasPrefix(m.Rule, "pat.person.byline") && (v.speechAfter(mt1, st1) || v.speechBefore(mt0, st0)) {
			e.addParticipant(m.EntityID, s)
			found = true
		}
		j = mt1 - 1
	}
	if p := v.pronounSpeaker(s); p != "" {
		e.addParticipant(p, s)
		found = true
	}
	if found {
		v.reportS = s
	}
}

// publicGathering reports whether e is a gathering where people give
// speeches (a forum, conference, summit, seminar or session), not a
// meeting or talks, of which what a participant says afterwards is a
// statement rather than a speech at it.
func publicGathering(e *event) bool {
	switch e.typ {
	case "forum", "conference", "video_conference", "summit", "seminar", "session", "press_conference":
		return !e.planned
	}
	return false
}

// reportedIn reports whether event e is named in sentence s only inside
// what someone says ("He pointed out that in 2019 TASS put together the
// first forum"): a speech verb and then "that" come before its mention.
func (v *view) reportedIn(s int, e *event) bool {
	st0, st1 := v.sentenceTokens(s)
	speech := false
	for k := st0; k < st1; k++ {
		if v.evm[k] != 0 && v.eventOfMention[v.evm[k]-1] == e {
			return false
		}
		w := v.low(k)
		if speech && w == "that" {
			return true
		}
		speech = speech || speechVerb(w)
	}
	return false
}

// speechAfter reports whether a speech verb follows the subject that ends
// at token t, past an apposition set off by commas (", president of the
// CIPG,") and adverbs ("also").
func (v *view) speechAfter(t, end int) bool {
	if v.low(t) == "," {
		k := t + 1
		for ; k < end && k < t+16 && v.low(k) != ","; k++ {
			if speechVerb(v.low(k)) {
				return false // "X, who said ...": not the subject
			}
		}
		if k >= end || v.low(k) != "," {
			return false
		}
		t = k + 1
	}
	for k := t; k < end && k < t+3; k++ {
		w := v.low(k)
		if speechVerb(w) {
			return true
		}
		if w != "also" && w != "further" && w != "then" && w != "later" && !strings.HasSuffix(w, "ly") {
			return false
		}
	}
	return false
}

// speechBefore reports whether a speech verb stands right before the
// subject that starts at token t ("..., said Guo Weimin, vice-minister").
func (v *view) speechBefore(t, start int) bool {
	return t-1 >= start && (v.low(t-1) == "said" || v.low(t-1) == "says" || v.low(t-1) == "added")
}

// heShe are the pronouns pronounSpeaker resolves.
var heShe = sentenceCue(newWordSet(map[string]bool{"he": true, "she": true}))

// pronounSpeaker resolves "he"/"she" before a speech verb in sentence s to
// the first person named in the nearest sentence before that names one.
func (v *view) pronounSpeaker(s int) string {
	if !v.hasCue(s, heShe) {
		return ""
	}
	st0, st1 := v.sentenceTokens(s)
	for j := st0; j < st1-1; j++ {
		if !v.in(heShe, j) {
			continue
		}
		if w := v.low(j); (w == "he" || w == "she") && speechVerb(v.low(j+1)) {
			for p := s - 1; p >= 0 && p >= s-3; p-- {
				p0, p1 := v.sentenceTokens(p)
				for k := p0; k < p1; k++ {
					if _, m := v.actorAt(k); m != nil && m.Type == document.Person {
						return m.EntityID
					}
				}
			}
			return ""
		}
	}
	return ""
}

// otherOccasion reports whether sentence s has a date of its own or a
// word that tells of another occasion than the reported gathering.
func (v *view) otherOccasion(s int) bool {
	st0, st1 := v.sentenceTokens(s)
	for j := st0; j < st1; j++ {
		if otherOccasionWord(v.low(j)) {
			return true
		}
		if v.val[j] != 0 && v.d.Mentions[v.val[j]-1].Type == document.Date {
			return true
		}
	}
	return false
}
