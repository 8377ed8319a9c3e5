// Organizers of events.
//
// Constructions: "organized by", "co-hosted by", "chaired by", "under the
// auspices of" and active organizer verbs ("TASS hosted the forum"); a
// host named only as host is a venue host; the organizing is joint when
// the text says so ("co-organized", "jointly", "together with", "the
// joint initiative was launched by"), and only then do the organizers
// cooperate (finish.go).

package extract

import (
	"strings"

	"github.com/mediakg/mediakg/nlp/document"
	"github.com/mediakg/mediakg/nlp/lexicon"
)

// hostWords make an organizer a host: "hosted by", "X hosts".
var hostWords = newWordSet(map[string]bool{"hosted": true, "hosts": true, "host": true})

// cueActors adds participants after "attended by", "brought together",
// "participants from" and organizers after "organized by", "hosted by",
// "chaired by" in sentence s.
func (x *Extractor) cueActors(v *view, e *event, s int) {
	st0, st1 := v.sentenceTokens(s)
	cues := lexicon.Bits(&x.lex.ParticipantCues, &x.lex.OrganizerCues)
	for j := v.nextIn(s, cues, st0, st1); j < st1; j = v.next(cues, j+1, st1) {
		_, n, isPart := x.lex.ParticipantCues.AtIDs(v, v.ids, v.gate, j)
		if isPart && n < 2 && v.low(j) != "from" {
			isPart = false // one-word cues only count right after a trigger
		}
		_, n2, isOrg := x.lex.OrganizerCues.AtIDs(v, v.ids, v.gate, j)
		if !isPart && !isOrg {
			continue
		}
		host, joint := false, false
		if isOrg {
			n = n2
			// "jointly organized by", "organized jointly by", "the joint
			// initiative was launched by"
			joint = jointWord(v.low(j)) || v.low(j+1) == "jointly" || v.jointBefore(st0, j)
			// joint hosts are co-organizers, not a venue's host
			host = v.in(hostWords, j) && !joint
		}
		// the organizers this cue names; those after "in collaboration
		// with" are organizers too (organizedWith pairs them with the hub)
		var named []string
		withPartners := false
		if isPart && v.low(j) == "from" && n == 1 {
			// "representatives from X": only after a people noun
			if !x.lex.AttendanceUnits.HasAtIDs(v, v.ids, v.gate, j-1) {
				continue
			}
		}
		for k, g := j+n, 0; k < st1 && g < 30; k, g = k+1, g+v.gap(k, k+1) {
			if isOrg {
				if v.supportPhrase(k) > k {
					// "jointly organized by X and Y with the support of
					// Z": a supporter is no (co-)organizer (rule
					// coop.co-organizers)
					break
				}
				if w := v.partnerPhrase(k); w > k {
					withPartners = true
					k = w - 1
					continue
				}
				if k > j+n && x.lex.OrganizerCues.HasAtIDs(v, v.ids, v.gate, k) {
					break // "jointly hosted by X and Y and organized by Z"
				}
			}
			if isOrg && (v.low(k) == ";" || v.low(k) == "," && (k+1 >= len(v.ent) || v.ent[k+1] == 0) && !listGoesOn(v, k) && v.partnerPhrase(k+1) < 0) {
				break
			}
			if v.locativeAt(k) {
				break // "... by CMG and the ASBU in Riyadh, Saudi Arabia"
			}
			if v.in(clauseConjunctions, k) {
				break // "attended by delegates from X and Y, while Z pulled out"
			}
			if e := v.aliasParen(k); e > k {
				k = e - 1 // "X (officially known as Y or Z)": the same member
				continue
			}
			if a, an, ok := v.pairAnaphorAt(k); ok {
				for _, id := range a {
					if isOrg {
						e.addOrganizerAs(id, s, host)
						named = append(named, id)
					} else {
						e.addParticipant(id, s)
					}
				}
				k += an - 1
				continue
			}
			_, m := v.actorAt(k)
			if m == nil {
				continue
			}
			_, mt1 := v.tokenSpan(m)
			if m.Type == document.Country && v.low(mt1) == "'s" {
				k = mt1 - 1
				continue
			}
			if v.parentOfPrevious(k) {
				// "Department of the Central Committee of the Communist
				// Party of China": the parent is part of the name
				k = mt1 - 1
				continue
			}
			switch {
			case isOrg && withPartners:
				e.addOrganizerAs(m.EntityID, s, host)
			case isOrg:
				e.addOrganizerAs(m.EntityID, s, host)
				named = append(named, m.EntityID)
			default:
				e.addParticipant(m.EntityID, s)
			}
			k = mt1 - 1
		}
		if joint {
			e.joint = true
			e.jointOrgs = append(e.jointOrgs, named...)
		}
		j += n - 1
	}
	x.speakers(v, e, s)
	// active organizer verbs: "TASS hosted the forum"
	verbs := lexicon.Bits(&x.lex.OrganizerVerbs)
	for j := v.nextIn(s, verbs, st0, st1); j < st1; j = v.next(verbs, j+1, st1) {
		if _, n, ok := x.lex.OrganizerVerbs.AtIDs(v, v.ids, v.gate, j); ok && v.low(j) != "held" && v.low(j) != "holds" {
			// the event is the object within four words ("organized a
			// two-day workshop": a hyphenated modifier is one word)
			obj := false
			for k, g := j+n, 0; k < st1 && g < 4; k, g = v.wordStep(k, st1), g+1 {
				if w := v.low(k); w == "-" || w == "–" {
					g--
				}
				if v.evm[k] != 0 && v.eventOfMention[v.evm[k]-1] == e {
					obj = true
				}
			}
			if !obj {
				continue
			}
			joint := jointWord(v.low(j)) || v.low(j-1) == "jointly" || v.low(j+n) == "jointly"
			if g, ok := v.subjectGroup(s, j, 6, true); ok && joint {
				// "The Lakeside Press Council and the Hill Country News
				// Agency co-hosted the workshop": the whole subject
				for _, id := range g.parties() {
					if document.IDPrefix(id) != document.PrefixPerson {
						e.addOrganizerAs(id, s, false)
						e.jointOrgs = append(e.jointOrgs, id)
					}
				}
				e.joint = true
				continue
			}
			for k := j - 1; k >= st0 && k >= j-6; k-- {
				if _, m := v.actorAt(k); m != nil && m.Type != document.Person {
					e.addOrganizerAs(m.EntityID, s, v.in(hostWords, j))
					if joint {
						e.joint = true
						e.jointOrgs = append(e.jointOrgs, m.EntityID)
					}
				}
			}
		}
	}
}

// jointBefore reports "joint" or "jointly" before the organizer cue at j
// in the cue's own clause, back to the sentence start (token from), a
// comma or the "by" of another organizer cue: "The joint initiative was
// launched by CMG and ASBU", "jointly hosted by X"; not "jointly hosted
// by X and Y and organized by Z" for Z.
func (v *view) jointBefore(from, j int) bool {
	for k := j - 1; k >= from; k-- {
		switch w := v.low(k); w {
		case "joint", "jointly":
			return true
		case ",", ";", "by":
			return false
		}
	}
	return false
}

// partnerPhrase returns the token after a partner phrase that starts at
// token k (", in collaboration with", "together with", "in cooperation
// with", "in partnership with", "in alliance with", "jointly with"), or
// -1.
func (v *view) partnerPhrase(k int) int {
	if v.low(k) == "," {
		k++
	}
	switch v.low(k) {
	case "together", "jointly":
		if v.low(k+1) == "with" {
			return k + 2
		}
	case "in":
		switch v.low(k + 1) {
		case "cooperation", "collaboration", "partnership", "conjunction", "association", "co-operation", "alliance":
			if v.low(k+2) == "with" {
				return k + 3
			}
		}
	}
	return -1
}

// supportPhrase returns the token after "with the support of", "with
// financial support from", "with the assistance of", "under the auspices
// of", "supported by", "funded by" at token k (after an optional comma),
// or -1.
func (v *view) supportPhrase(k int) int {
	if v.low(k) == "," {
		k++
	}
	switch v.low(k) {
	case "supported", "funded", "sponsored", "backed":
		if v.low(k+1) == "by" {
			return k + 2
		}
		return -1
	case "with", "under":
	default:
		return -1
	}
	j := k + 1
	if v.low(j) == "the" {
		j++
	}
	if w := v.low(j); w == "financial" || w == "technical" || w == "kind" || w == "generous" {
		j++
	}
	switch v.low(j) {
	case "support", "backing", "assistance", "help", "funding", "sponsorship", "auspices", "patronage":
		if w := v.low(j + 1); w == "of" || w == "from" {
			return j + 2
		}
	}
	return -1
}

// jointWord reports an organizer word that says the organizing was joint:
// "co-hosted", "co-organized by", "cosponsored", "jointly organized by".
func jointWord(w string) bool {
	return w == "co" || strings.HasPrefix(w, "co-") || w == "jointly" || w == "cohosted" || w == "cosponsored" || w == "coorganized"
}
