// Participants of events.
//
// Constructions: actors inside the name or premodifier ("China-Russia
// media forum") and its prepositional phrase ("talks between VNA and
// KPL"); the subject of "attended", "held talks", "signed"; "attended
// by", "brought together", "participants from"; speakers of a sentence
// about the event ("X and Y were among the speakers"); a delegation led
// by a person; never the sender of a message or a party spoken for ("on
// behalf of X"); unnamed parties ("Chinese media") take part but are no
// side of a relation.

package extract

import (
	"github.com/mediakg/mediakg/nlp/document"
	"github.com/mediakg/mediakg/nlp/lexicon"
)

// delegationLeader returns the person who leads a delegation named
// before token i: "(X) led by its Director General Y", "headed by Y"; ""
// when none is named within a few words.
func (v *view) delegationLeader(i, limit int) (string, int) {
	if v.tok(i) == "," {
		i++
	}
	if w := v.low(i); (w != "led" && w != "headed") || v.low(i+1) != "by" {
		return "", -1
	}
	for j := i + 2; j < limit && j < i+9; j++ {
		if _, m := v.mention(j); m != nil {
			if m.Type == document.Person {
				_, e := v.tokenSpan(m)
				return m.EntityID, e
			}
			if m.Type != document.Organization && m.Type != document.Country {
				return "", -1
			}
		}
		if w := v.low(j); w == "," || w == "." || w == "and" {
			return "", -1
		}
	}
	return "", -1
}

// unnamedParty reports whether a country mention is a demonym that heads
// an unnamed party: "Chinese media", "Chinese and Arab media
// organisations".
func (v *view) unnamedParty(m *document.Mention) bool {
	if m.Type != document.Country || m.Rule != "gaz.country.demonym" {
		return false
	}
	_, t1 := v.tokenSpan(m)
	for j := t1; j < len(v.toks) && j < t1+4 && v.sent(j) == m.Sentence; j++ {
		if v.x.lex.UnnamedPartyNouns.HasAtIDs(v, v.ids, v.gate, j) {
			return true
		}
		if w := v.low(j); w != "and" && w != "," && !v.isWord(j) {
			return false
		}
	}
	return false
}

// premodifierActors returns the parties right before a trigger: "China-
// Russia media forum", "Chinese and Russian media conference".
func (v *view) premodifierActors(t0 int) []string {
	j := t0 - 1
	for n := 0; n < 3 && j >= 0 && v.isWord(j) && !v.isCap(j) && v.ent[j] == 0; n++ {
		j--
	}
	if j < 0 || v.ent[j] == 0 {
		return nil
	}
	best := group{}
	for b := j; b >= 0 && b >= j-8; b-- {
		if _, m := v.actorAt(b); m == nil {
			continue
		}
		if g, ok := v.groupAt(b, j+1, false); ok && g.t1 == j+1 {
			best = g
		}
	}
	return best.ids
}

// premodifierParties is premodifierActors without unnamed parties.
func (v *view) premodifierParties(t0 int) []string {
	j := t0 - 1
	for n := 0; n < 3 && j >= 0 && v.isWord(j) && !v.isCap(j) && v.ent[j] == 0; n++ {
		j--
	}
	if j < 0 || v.ent[j] == 0 {
		return nil
	}
	best := group{}
	for b := j; b >= 0 && b >= j-8; b-- {
		if _, m := v.actorAt(b); m == nil {
			continue
		}
		if g, ok := v.groupAt(b, j+1, false); ok && g.t1 == j+1 {
			best = g
		}
	}
	if j+1 < t0 && v.x.lex.UnnamedPartyNouns.HasAtIDs(v, v.ids, v.gate, j+1) {
		// "Chinese and Arab media cooperation": unnamed parties
		var out []string
		for k, id := range best.ids {
			if m := &v.d.Mentions[best.mentions[minIdx(k, len(best.mentions)-1)]]; m.Rule != "gaz.country.demonym" {
				out = append(out, id)
			}
		}
		return out
	}
	return best.parties()
}

// ppActors returns the parties of a prepositional phrase right after a
// trigger: "a video conference for Chinese and Russian media", "talks
// between VNA and KPL".
func (v *view) ppActors(t1, s int) []string {
	p := v.low(t1)
	switch p {
	case "for", "of", "between", "among", "with", "from":
	default:
		return nil
	}
	j := t1 + 1
	// "a meeting between the two agencies"
	if ids, _, ok := v.pairAnaphorAt(j); ok {
		return ids
	}
	if v.low(j) == "the" || v.low(j) == "both" {
		j++
	}
	_, st1 := v.sentenceTokens(s)
	if g, ok := v.groupAt(j, st1, p == "with" || p == "between"); ok {
		return g.ids
	}
	return nil
}

// hasMessageNoun reports whether sentence s names a message or letter
// (lexicon message_nouns).
func (v *view) hasMessageNoun(s int) bool {
	t0, t1 := v.sentenceTokens(s)
	mask := lexicon.Bits(&v.x.lex.MessageNouns)
	for j := v.nextIn(s, mask, t0, t1); j < t1; j = v.next(mask, j+1, t1) {
		if v.x.lex.MessageNouns.HasAtIDs(v, v.ids, v.gate, j) {
			return true
		}
	}
	return false
}

// onBehalfOf reports whether the actor at token j follows "on behalf of",
// possibly after a title ("on behalf of SCO Secretary-General Norov").
func (v *view) onBehalfOf(j int) bool {
	for k := j - 1; k >= 0 && k >= j-6 && v.sent(k) == v.sent(j); k-- {
		if v.low(k) == "of" && v.low(k-1) == "behalf" {
			return true
		}
		if v.low(k) == "," || v.low(k) == "and" {
			return false
		}
	}
	return false
}

// aliasWords open a parenthesis that gives another name of the member
// before it: "(officially known as China International Publishing Group
// or CIPG)", "(formerly ...)".
var aliasWords = newWordSet(map[string]bool{"known": true, "formerly": true, "officially": true, "also": true, "called": true, "renamed": true})

// aliasParen returns the token after the closing parenthesis when token k
// opens a parenthesis naming the member before it again, else -1.
func (v *view) aliasParen(k int) int {
	if v.tok(k) != "(" || !v.in(aliasWords, k+1) {
		return -1
	}
	for j := k + 2; j < len(v.toks) && j < k+20 && v.sent(j) == v.sent(k); j++ {
		if v.tok(j) == ")" {
			return j + 1
		}
	}
	return -1
}

// parentOfPrevious reports whether the organization at token k follows
// another one with "of" ("... Committee of the Communist Party of China"),
// naming its parent rather than a new member of a list.
func (v *view) parentOfPrevious(k int) bool {
	j := k - 1
	if v.low(j) == "the" {
		j--
	}
	if v.low(j) != "of" {
		return false
	}
	_, m := v.mention(j - 1)
	return m != nil && m.Type == document.Organization
}

// listGoesOn reports whether the comma at token k continues a list of
// names: ", the Chinese Academy ...", ", and the ASBU".
func listGoesOn(v *view, k int) bool {
	j := k + 1
	if v.low(j) == "and" {
		j++
	}
	if v.low(j) == "the" {
		j++
	}
	return j < len(v.ent) && v.ent[j] != 0
}

// subjectParticipants adds the actors before "attended", "held talks",
// "took part in" and similar verbs right before the trigger.
func (x *Extractor) subjectParticipants(v *view, e *event, s, t0 int) {
	st0, _ := v.sentenceTokens(s)
	verb := -1
	// the verb right before the trigger, past a determiner and
	// hyphenated modifiers: "are attending the two-day meeting"
	near := t0
	for near-1 > st0 && (v.low(near-1) == "-" || v.low(near-2) == "-" && v.isWord(near-1) && !v.isCap(near-1)) {
		near--
	}
	for j := near - 1; j >= st0 && j >= near-4; j-- {
		if _, n, ok := x.lex.ParticipantVerb.AtIDs(v, v.ids, v.gate, j); ok && j+n <= near+1 {
			verb = j
			break
		}
	}
	if verb < 0 || v.negated(verb) {
		return // "The Bahrain News Agency did not attend the meeting"
	}
	start := st0
	if v.in(introWords, st0) {
		// an introductory phrase before the subject: "On Tuesday, ..."
		for j := st0 + 1; j < verb; j++ {
			if v.low(j) == "," {
				start = j + 1
				break
			}
		}
	}
	for j := start; j < verb; j++ {
		_, m := v.actorAt(j)
		if m == nil {
			continue
		}
		_, mt1 := v.tokenSpan(m)
		if m.Type == document.Country && v.low(mt1) == "'s" {
			j = mt1 - 1
			continue
		}
		e.addParticipant(m.EntityID, s)
		j = mt1 - 1
	}
	if len(e.participants) == 0 {
		if a, _, ok := v.pairAnaphorAt(start); ok {
			for _, id := range a {
				e.addParticipant(id, s)
			}
		}
	}
}

// clauseConjunctions start a new clause, so a list of actors does not go
// on past them.
var clauseConjunctions = newWordSet(map[string]bool{
	"while": true, "whereas": true, "but": true, "although": true, "though": true, "however": true,
	"which": true, "who": true, "where": true,
})

// introWords open an introductory phrase that a comma closes before the
// subject: "On Tuesday, ...", "During the forum, ...".
var introWords = newWordSet(map[string]bool{
	"on": true, "in": true, "during": true, "at": true, "after": true, "before": true,
	"earlier": true, "later": true, "meanwhile": true, "yesterday": true, "today": true,
	"last": true, "this": false, "according": true, "besides": true, "also": true,
	"however": true, "moreover": true, "furthermore": true, "speaking": true, "addressing": true,
	"following": true, "since": true, "under": true, "with": true, "as": true, "for": true,
})

// speakers adds the parties and persons of sentence s as participants
// of e when the sentence lists who spoke or took part: "X and the heads
// of Y were among the speakers", "Among the participants were X and Y",
// "Speakers included X".
func (x *Extractor) speakers(v *view, e *event, s int) {
	if v.sentenceFlags(s)&flagSpeakers == 0 {
		return
	}
	st0, st1 := v.sentenceTokens(s)
	for j := st0; j < st1; j++ {
		_, m := v.actorAt(j)
		if m == nil {
			continue
		}
		_, mt1 := v.tokenSpan(m)
		if m.Type == document.Country && (v.low(mt1) == "'s" || v.modifiesOrg(m) || v.unnamedParty(m)) {
			j = mt1 - 1
			continue
		}
		if v.evm[j] == 0 {
			e.addParticipant(m.EntityID, s)
		}
		j = mt1 - 1
	}
}

// speakerNouns name the people who take part in an event.
var speakerNouns = newWordSet(map[string]bool{
	"speakers": true, "participants": true, "attendees": true, "guests": true, "panelists": true,
	"panellists": true, "delegates": true, "presenters": true, "moderators": true,
})
