// Whether a mention is a happening: what anchors a trigger to one (an
// ordinal, a date, named parties, a place, a verb of holding, "during a"),
// and what makes it none. Constructions: a plan or a habit without a day
// is none ("are planning to ...", "the signing ... will be held at the
// next meeting", "invited him to undertake a visit", "will pay a visit to
// all ten countries", "agreed on holding an exhibition", "visited Thailand
// each year"), nor an infinitive after a word of planning whatever its day
// ("are planned to visit four cities"), nor items of a programme ("the
// other plans during his stay included meetings with"), nor a
// commemoration ("the 60th anniversary of the signing"), nor a launch long
// ago ("launched many years ago"), nor a happening asked for or proposed
// ("called for an emergency meeting", "last week proposed direct talks",
// unless a day after the verb dates it, event.requested), nor talks as a
// process ("pledged to resume peace talks", "to concentrate on talks with
// Y", unless a day after the verb dates a sitting: "resumed talks on
// Monday", event.process), nor without a day the kind a place or means
// serves ("a venue for talks", "a platform for regular meetings",
// event.purpose) or what one has a chance to do ("will have a chance to
// cover events such as the X Congress", event.opportunity).

package extract

import (
	"strings"

	"github.com/mediakg/mediakg/nlp/document"
)

// planningBefore reports a word of planning (planningWords) within three
// words before token j of sentence s: "are planned to", "agreed to".
func planningBefore(v *view, s, j int) bool {
	st0, _ := v.sentenceTokens(s)
	for k := j - 1; k >= st0 && k >= j-3; k-- {
		if v.in(planningWords, k) {
			return true
		}
	}
	return false
}

// duringPhrase reports whether the trigger at token t0 of sentence s
// follows "during" and at most a determiner or possessive and modifiers
// ("During 10-day trip", "during his working visit", "During a visit").
func duringPhrase(v *view, s, t0 int) bool {
	st0, _ := v.sentenceTokens(s)
	for j := t0 - 1; j >= st0 && j >= t0-6; j-- {
		w := v.low(j)
		if w == "during" {
			return true
		}
		if !(w == "a" || w == "an" || w == "the" || w == "his" || w == "her" || w == "their" || w == "its" || w == "-" || adjective(v, j) || w == "working" || w == "official") {
			if _, num := atoi(w); !num {
				return false
			}
		}
	}
	return false
}

// infinitiveTriggers are trigger nouns that are also verbs: after a bare
// "to" they are infinitives ("to visit Laos").
var infinitiveTriggers = newWordSet(map[string]bool{
	"visit": true, "tour": true, "launch": true, "meet": true, "sign": true, "exhibit": true, "summit": false,
})

// planWords after an indefinite named event make it a plan or a kind:
// "an Annual Indo-Russian Forum ... be organized".
var planWords = newWordSet(map[string]bool{
	"be": true, "should": true, "would": true, "will": true, "could": true, "might": true,
	"may": true, "proposed": true, "planned": true, "shall": true,
})

// planned reports whether the indefinite named event at [t0, t1) of
// sentence s is a plan or a kind rather than a happening.
func (x *Extractor) planned(v *view, s, t0, t1 int) bool {
	if strings.EqualFold(v.tok(t0), "annual") {
		return true
	}
	_, st1 := v.sentenceTokens(s)
	for j := t1; j < st1 && j < t1+10; j++ {
		if v.in(planWords, j) {
			return true
		}
	}
	return false
}

// anchorSet says what ties a trigger to a specific happening.
type anchorSet struct {
	ordinal, date, actors, location, happening bool
	// passive: the happening verb is the passive predicate after the
	// trigger's noun phrase (event.anchor.passive)
	passive bool
}

func (a anchorSet) strong() bool { return a.ordinal || a.date || a.actors || a.location }

// objectEnds are prepositions and conjunctions, which no modifier of a
// trigger is ("held at the next meeting").
var objectEnds = newWordSet(map[string]bool{
	"at": true, "in": true, "on": true, "for": true, "to": true, "with": true, "by": true, "of": true,
	"from": true, "and": true, "or": true, "after": true, "before": true, "during": true, "that": true,
	"which": true, "as": true, "into": true, "than": true,
})

// introducers are the prepositions that, before an indefinite trigger,
// place something in a specific happening ("during a meeting", "on a
// visit to").
var introducers = newWordSet(map[string]bool{"during": true, "at": true, "on": true, "amid": true, "in": true, "throughout": true})

// introducedBy reports whether the trigger at token t0 of sentence s
// follows one of introducers and an indefinite article, with at most two
// modifiers between ("during an interaction forum", "on a working
// visit").
func introducedBy(v *view, s, t0 int) bool {
	st0, _ := v.sentenceTokens(s)
	for j, mods := t0-1, 0; j > st0 && mods <= 2; j, mods = j-1, mods+1 {
		w := v.low(j)
		if w == "a" || w == "an" {
			// "In a meeting between ..." opens the sentence; "took part in
			// a seminar" is a participation verb's object
			p := v.low(j - 1)
			return introducers.has(p) && (p != "in" || j-1 == st0)
		}
		// "on a two-day working visit", "during a week-long tour": a
		// length is one modifier
		if spanWords.has(w) && v.low(j-1) == "-" && j-2 > st0 {
			j -= 2
			continue
		}
		if !v.isWord(j) || objectEnds.has(w) || v.ent[j] != 0 || v.val[j] != 0 {
			return false
		}
	}
	return false
}

// spanWords end a hyphenated length before a trigger: "a two-day
// visit", "a week-long tour".
var spanWords = newWordSet(map[string]bool{"day": true, "days": true, "week": true, "month": true, "long": true})

// sequenceVerbs in a passive before "by" put a happening after or before
// another one ("The signing was followed by a workshop").
var sequenceVerbs = newWordSet(map[string]bool{"followed": true, "preceded": true})

// openingNouns before "of a" name the start of a happening ("the opening
// of a training workshop").
var openingNouns = newWordSet(map[string]bool{"opening": true, "launch": true, "start": true})

// sequencedAgent reports whether the trigger at token t0 of sentence s is
// the indefinite agent of "was followed by" or "were preceded by", with at
// most three modifiers between ("The signing was followed by a two-day
// workshop", "... by the opening of a two-week training workshop"): the
// clause tells the happening as taken place in a sequence of them
// (event.trigger.sequence). A future ("will be followed by") is not
// told as taken place.
func sequencedAgent(v *view, s, t0 int) bool {
	st0, _ := v.sentenceTokens(s)
	j := t0 - 1
	for mods := 0; j > st0 && mods <= 3 && v.low(j) != "a" && v.low(j) != "an"; j, mods = j-1, mods+1 {
		w := v.low(j)
		if w != "-" && (!v.isWord(j) || v.isCap(j) || objectEnds.has(w) || v.ent[j] != 0 || v.val[j] != 0 && v.d.Mentions[v.val[j]-1].Type == document.Date) {
			return false
		}
	}
	if w := v.low(j); w != "a" && w != "an" {
		return false
	}
	j--
	if v.low(j) == "of" && v.in(openingNouns, j-1) && v.low(j-2) == "the" {
		j -= 3
	}
	if j-3 < st0 || v.low(j) != "by" || !v.in(sequenceVerbs, j-1) {
		return false
	}
	aux := v.low(j - 2)
	return aux == "was" || aux == "were" || aux == "is" || aux == "are"
}

// sequenceSubject returns the event a definite trigger before "was
// followed by" in sentence s refers to ("The signing was followed by"),
// the trigger at t0 the agent: nil when none or when the verb is
// "preceded".
func (v *view) sequenceSubject(s, t0 int) *event {
	st0, _ := v.sentenceTokens(s)
	for j := st0; j < t0 && v.low(j) != "followed" && v.low(j) != "preceded"; j++ {
		if v.evm[j] != 0 {
			if e := v.eventOfMention[v.evm[j]-1]; e != nil {
				for k := j; k < t0; k++ {
					if v.low(k) == "followed" {
						return e
					}
				}
				return nil
			}
		}
	}
	return nil
}

// heldVerbs take a happening as their object ("held a meeting", "had a
// working session", "paid a courtesy call", "while chairing a meeting").
var heldVerbs = newWordSet(map[string]bool{"held": true, "had": true, "hold": true, "holds": true, "has": true,
	"convened": true, "paid": true, "pays": true, "hosted": true, "hosts": true, "hosting": true, "holding": true,
	"chaired": true, "chairing": true, "chairs": true, "attended": true, "attending": true, "attends": true,
	"made": true, "makes": true, "making": true, "undertook": true, "conducted": true})

// heldAfter are the passive verbs that say the happening before them
// took place ("A meeting was held", "the meeting took place").
var heldAfter = newWordSet(map[string]bool{"held": true, "convened": true, "organized": true, "organised": true})

// heldDirectly reports whether the trigger at [t0, t1) of sentence s is
// the object of a verb of holding ("held a closed-door meeting with")
// or the subject of "was held" / "took place" right after it.
func heldDirectly(v *view, s, t0, t1 int) bool {
	st0, st1 := v.sentenceTokens(s)
back:
	for j, mods := t0-1, 0; j >= st0 && j >= t0-4; j-- {
		w := v.low(j)
		if heldVerbs.has(w) {
			return w != "has" || v.low(j+1) == "a"
		}
		if (w == "was" || w == "were") && v.low(j-1) == "there" {
			return true // "there was an inauguration ceremony of books"
		}
		switch {
		case w == "a" || w == "an" || w == "the" || w == "their" || w == "its" || w == "his" || w == "her" || w == "-":
		case v.isWord(j) && !v.isCap(j) && v.ent[j] == 0 && v.val[j] == 0 && !objectEnds.has(w) && mods < 2:
			mods++ // "a closed-door meeting", "separate meetings"
		default:
			break back
		}
	}
	if t1+1 < st1 {
		a, b := v.low(t1), v.low(t1+1)
		if (a == "was" || a == "were" || a == "is" || a == "has") && heldAfter.has(b) ||
			a == "took" && b == "place" || a == "was" && b == "also" && v.in(heldAfter, t1+2) {
			return true
		}
		// "An annual meeting has been held in the capital between X
		// and Y": the present perfect of the same passive
		// (event.trigger.held)
		if (a == "has" || a == "have") && b == "been" && v.in(heldAfter, t1+2) {
			return true
		}
	}
	return false
}

// anchors looks around a trigger for what makes it a specific event: an
// ordinal before it, a date near it, named participants, a location, or a
// verb saying it happened.
func (x *Extractor) anchors(v *view, s, t0, t1 int) anchorSet {
	var a anchorSet
	if _, ok := v.ordinalBefore(t0); ok {
		a.ordinal = true
	}
	if _, ok := v.nearestValue(document.Date, s, t0, t1, 12); ok {
		a.date = true
	} else if d := v.low(t0 - 1); d == "a" || d == "an" || d == "the" || v.low(t0-2) == "-" && v.determinerBefore(s, t0) == "a" {
		// also after a hyphenated modifier: "a face-to-face training for
		// editors from X, Y and Z would take place ... from 10 to 12
		// February" (event.anchor.far-date)
		// "In a meeting between <two long titles> in Tehran on
		// Wednesday": a noun's date further on, nothing between
		_, a.date = v.farDate(s, t0, t1, 30)
	}
	if len(v.premodifierActors(t0)) > 0 || len(v.ppActors(t1, s)) > 0 {
		a.actors = true
	}
	if _, ok := v.locationNear(s, t1, 8); ok {
		a.location = true
	}
	st0, st1 := v.sentenceTokens(s)
	for j := maxi(st0, t0-6); j < mini(st1, t1+6); j++ {
		if x.lex.HappeningVerbs.HasAtIDs(v, v.ids, v.gate, j) {
			a.happening = true
			break
		}
	}
	if !a.happening {
		// "A photo exhibition on the ancient Silk Road was also unveiled
		// on the sidelines of the forum": the passive predicate of the
		// trigger's noun phrase further on (event.anchor.passive)
		for j := t1; j < mini(st1, t1+12); j++ {
			w := v.low(j)
			if w == "," || w == ";" || w == ":" || w == "which" || w == "that" {
				break
			}
			if w != "was" && w != "were" {
				continue
			}
			k := j + 1
			if v.in(passiveAdverbs, k) {
				k++
			}
			a.happening = x.lex.HappeningVerbs.HasAtIDs(v, v.ids, v.gate, k)
			a.passive = a.happening
			break
		}
	}
	return a
}

// passiveAdverbs may stand between "was" and the participle of holding:
// "was also unveiled", "was officially opened".
var passiveAdverbs = newWordSet(map[string]bool{"also": true, "officially": true, "formally": true, "jointly": true, "successfully": true})

// plannedAfter are words right after an event's mention that present it
// as coming: "the forum to be held in June", "the summit scheduled for".
var plannedAfter = newWordSet(map[string]bool{"scheduled": true, "slated": true, "due": true, "planned": true, "set": true})

// plannedBefore are words right before an event's mention that present it
// as coming: "the upcoming summit", "to prepare for the forum".
var plannedBefore = newWordSet(map[string]bool{"upcoming": true, "forthcoming": true, "next": true, "coming": true, "future": true})

// presentedAsComing reports whether the event mention at [t0, t1) is
// told as a coming event.
func (v *view) presentedAsComing(t0, t1 int) bool {
	a, b := v.low(t1), v.low(t1+1)
	if a == "to" && b == "be" || a == "will" && (b == "be" || b == "take" || b == "open") || plannedAfter.has(a) ||
		a == "," && v.low(t1+1) == "which" && v.low(t1+2) == "will" {
		return true
	}
	for j := t0 - 1; j >= 0 && j >= t0-4; j-- {
		w := v.low(j)
		if plannedBefore.has(w) || w == "for" && (v.low(j-1) == "prepare" || v.low(j-1) == "preparations") || w == "ahead" && v.low(j+1) == "of" {
			return true
		}
		if w == "the" || w == "a" || w == "an" || v.ent[j] != 0 || v.val[j] != 0 || w == "-" {
			continue
		}
		break
	}
	// "The signing of an MoU on agreed topics between the PRD and Xinhua
	// will be held at the next meeting", "The signing of the agreement
	// between X and Y is scheduled for the autumn": the subject of a
	// sentence whose verb, further on, is in the future or a schedule
	if t0 >= 0 && t0 < len(v.toks) {
		st0, st1 := v.sentenceTokens(v.sent(t0))
		if t0-st0 <= 3 {
			for j, n := t1, 0; j < st1 && n < 20; j, n = v.wordStep(j, st1), n+1 {
				w := v.low(j)
				if w == "," || w == ";" || heldVerbs.has(w) || signVerbs.has(w) {
					break
				}
				if (w == "will" || w == "shall") && (v.low(j+1) == "be" || v.low(j+1) == "take") {
					return true
				}
				// "The signing of the agreement ... is scheduled for May"
				if (w == "is" || w == "are") && (v.in(plannedAfter, j+1) || v.low(j+1) == "expected") {
					return true
				}
			}
		}
	}
	return false
}

// plannedObject reports whether the trigger at token t0 of sentence s is
// the object of an infinitive or of a gerund after a word of planning:
// "invited him to undertake an official visit", "agreed on holding a
// joint exhibition" tell of a plan.
func plannedObject(v *view, s, t0 int) bool {
	st0, _ := v.sentenceTokens(s)
	j := t0 - 1
	for j > st0 && j >= t0-3 && adjective(v, j) && !(v.low(j-1) == "to" && j == t0-1) {
		j--
	}
	if w := v.low(j); w != "a" && w != "an" && w != "the" {
		return false
	}
	j--
	if j <= st0 || !v.isWord(j) || v.isCap(j) {
		return false
	}
	w, p := v.low(j), v.low(j-1)
	if (p == "will" || p == "shall") && !objectEnds.has(w) {
		return true // "President Moon will pay a visit to all ten countries by next year"
	}
	if p == "to" && !objectEnds.has(w) {
		// "invited him to undertake an official visit", "plans to hold
		// a forum"; not "thanked X for partnering with Y to hold an
		// exhibition", a purpose told of what happened
		// "to extend an invitation on his behalf to the Director General
		// of the agency Y, to undertake an official visit": the word of
		// planning may stand a long title before
		for k := j - 2; k >= st0 && k >= j-20; k-- {
			if v.in(planningWords, k) || v.in(planWords, k) && k >= j-10 {
				return true
			}
		}
		return false
	}
	return strings.HasSuffix(w, "ing") && gerundPlans.has(p)
}

// opportunityBefore reports whether the mention at token t0 of sentence
// s stands in an infinitive after a noun of possibility (rule
// event.opportunity): "participants have an opportunity to cover events,
// work in newsrooms and visit several provinces", "will have a chance to
// cover events such as the X Congress". What one may do is no happening
// told.
func opportunityBefore(v *view, s, t0 int) bool {
	st0, _ := v.sentenceTokens(s)
	for j := t0 - 2; j >= st0 && j >= t0-30; j-- {
		switch v.low(j) {
		case "opportunity", "opportunities", "chance", "chances":
			// "have a chance to", "a unique opportunity to"; "took the
			// opportunity to meet" tells that it happened
			a := v.low(j-1) == "a" || v.low(j-1) == "an" || v.low(j-2) == "a" || v.low(j-2) == "an"
			return a && v.low(j+1) == "to"
		case ";":
			return false
		}
	}
	return false
}

// documentNouns name a document or body of a happening: "the X Summit
// Declaration", "the X Forum Secretariat".
var documentNouns = newWordSet(map[string]bool{
	"declaration": true, "declarations": true, "communique": true, "communiqué": true, "consensus": true,
	"secretariat": true, "charter": true, "resolution": true, "resolutions": true, "statement": true,
})

// documentAfter reports whether tokens from t1 on name a document or body
// that the event's name before them modifies: "Declaration", or one
// capitalised word and then such a noun ("Hilltop Declaration").
func (v *view) documentAfter(t1 int) bool {
	if t1 >= len(v.toks) {
		return false
	}
	return v.in(documentNouns, t1) || v.isCap(t1) && v.sent(t1+1) == v.sent(t1) && v.in(documentNouns, t1+1)
}

// requestedObject reports whether the trigger at token t0 of sentence s
// is the object of a verb of asking or proposing, with at most four
// modifiers between (rule event.requested): "called for an emergency
// meeting of the council", "proposed direct negotiations", "encouraged
// renewed peace talks", "urged a new summit". A happening asked for is
// not one that took place; the caller drops it unless a date after the
// verb ties it to a day. It gives the verb's token.
func requestedObject(v *view, s, t0 int) (int, bool) {
	st0, _ := v.sentenceTokens(s)
	for j := t0 - 1; j >= st0 && j >= t0-5; j-- {
		w := v.low(j)
		if requestVerbs.has(w) {
			return j, true
		}
		if w == "for" && v.in(requestBeforeFor, j-1) {
			return j - 1, true
		}
		if !v.isWord(j) || objectStops.has(w) || definiteWords.has(w) {
			// "urged the forum participants to ...": a happening told
			// elsewhere, addressed, not asked for
			return 0, false
		}
	}
	return 0, false
}

// proposedHappening reports whether the trigger at token t0 of sentence
// s is what a verb of proposing puts forward, as its object or in the
// clause it opens with "that" or "to", up to 15 words back and no
// semicolon or quote between (rule event.proposed): "proposed a joint
// workshop on safety in Dhaka in September", "suggested that the two
// agencies jointly organise a photo exhibition next year", "proposed to
// hold a seminar". A proposal is no happening, whatever the day it names.
func proposedHappening(v *view, s, t0 int) bool {
	st0, _ := v.sentenceTokens(s)
	for j := t0 - 1; j >= st0 && j >= t0-15; j-- {
		w := v.low(j)
		if w == ";" || w == "\"" || w == "“" || w == "”" || v.in(toldHeld, j) {
			return false
		}
		// "X proposed a plan, and the agencies held a seminar": a new
		// clause
		if w == "," && v.in(clauseOpeners, j+1) {
			return false
		}
		if !v.in(proposeVerbs, j) {
			continue
		}
		// "the proposed meeting" is one planned; "proposed by" is a
		// passive whose subject may be told as held
		if v.low(j-1) == "the" || v.low(j-1) == "a" || v.low(j+1) == "by" {
			return false
		}
		return true
	}
	return false
}

// toldHeld tell a happening as held; clauseOpeners open a new clause
// after a comma.
var (
	toldHeld      = newWordSet(map[string]bool{"held": true, "opened": true, "took": true, "hosted": true, "attended": true, "signed": true, "met": true, "organised": true, "organized": true})
	clauseOpeners = newWordSet(map[string]bool{"and": true, "while": true, "but": true, "which": true, "who": true, "where": true, "when": true})
)

// proposeVerbs put a happening forward without holding it.
var proposeVerbs = newWordSet(map[string]bool{
	"proposed": true, "proposes": true, "propose": true, "proposing": true,
	"suggested": true, "suggests": true, "suggest": true, "suggesting": true,
	"recommended": true, "recommends": true, "recommend": true,
})

// processObject reports whether the talks at token t0 of sentence s are
// the object of a verb that takes negotiations as a process, with at most
// four modifiers between (rule event.process): "resumed direct talks",
// "to restart negotiations", "concentrate on talks with", "the
// resumption of peace talks". It gives the verb's token and whether the
// verb is an infinitive or a noun (a plan or a process, whatever its day).
func processObject(v *view, s, t0 int) (int, bool, bool) {
	st0, _ := v.sentenceTokens(s)
	for j := t0 - 1; j >= st0 && j >= t0-5; j-- {
		w := v.low(j)
		if processVerbs.has(w) {
			return j, v.low(j-1) == "to", true
		}
		if w == "-" || w == "–" {
			// "Lakeside-Hilltop talks"
			continue
		}
		if (w == "on" || w == "to" || w == "of") && v.in(processBeforePrep, j-1) {
			return j - 1, v.low(j-2) == "to" || v.low(j-1) == "resumption" || v.low(j-1) == "continuation", true
		}
		if !v.isWord(j) || objectStops.has(w) || definiteWords.has(w) {
			return 0, false, false
		}
	}
	return 0, false, false
}

// processVerbs take negotiations as a process that goes on, stops or
// starts again.
var processVerbs = newWordSet(map[string]bool{
	"resume": true, "resumed": true, "resumes": true, "resuming": true,
	"restart": true, "restarted": true, "restarts": true, "restarting": true,
	"renew": true, "renewed": true, "renews": true, "renewing": true,
	"revive": true, "revived": true, "revives": true, "reviving": true,
	"relaunch": true, "relaunched": true, "relaunches": true, "relaunching": true,
	"suspend": true, "suspended": true, "suspends": true, "suspending": true,
	"stall": true, "stalled": true, "derail": true, "derailed": true, "jeopardize": true,
	"jeopardise": true, "undermine": true, "undermined": true, "boycott": true, "boycotted": true,
})

// processBeforePrep take negotiations as a process through a preposition:
// "concentrate on", "return to", "the resumption of".
var processBeforePrep = newWordSet(map[string]bool{
	"concentrate": true, "concentrated": true, "concentrating": true, "focus": true, "focusing": true,
	"return": true, "returned": true, "returning": true, "resumption": true, "continuation": true,
	"commitment": true, "committed": true,
})

// purposeOf reports whether the trigger at token t0 of sentence s names
// what a place or means serves, with at most three modifiers between
// (rule event.purpose): "a venue for talks between the two", "a
// platform for regular meetings", "a mechanism for annual consultations".
// It tells of a kind of happening, not one that took place.
func purposeOf(v *view, s, t0 int) bool {
	st0, _ := v.sentenceTokens(s)
	for j := t0 - 1; j > st0 && j >= t0-4; j-- {
		w := v.low(j)
		if w == "for" {
			return v.in(purposeNouns, j-1)
		}
		if !v.isWord(j) || objectStops.has(w) || definiteWords.has(w) {
			// "the venue for the summit": the place of a happening
			return false
		}
	}
	return false
}

// purposeNouns before "for" and a trigger name what serves a kind of
// happening.
var purposeNouns = newWordSet(map[string]bool{
	"venue": true, "venues": true, "platform": true, "platforms": true, "framework": true, "mechanism": true,
	"mechanisms": true, "basis": true, "channel": true, "channels": true, "space": true, "forum": true,
})

// requestVerbs take a happening as the object asked for or proposed.
var requestVerbs = newWordSet(map[string]bool{
	"proposed": true, "proposes": true, "propose": true, "proposing": true,
	"urged": true, "urges": true, "urge": true, "urging": true,
	"encouraged": true, "encourages": true, "encourage": true, "encouraging": true,
	"suggested": true, "suggests": true, "suggest": true, "suggesting": true,
	"demanded": true, "demands": true, "demand": true, "demanding": true,
	"requested": true, "requests": true, "request": true, "requesting": true,
	"sought": true, "seeks": true, "seek": true, "seeking": true,
	"advocated": true, "advocates": true, "advocate": true, "advocating": true,
})

// requestBeforeFor ask for what follows "for": "called for", "pushed for".
var requestBeforeFor = newWordSet(map[string]bool{
	"called": true, "calls": true, "call": true, "calling": true, "pushed": true, "pushes": true,
	"push": true, "pushing": true, "asked": true, "asks": true, "ask": true, "asking": true,
	"appealed": true, "appeals": true, "lobbied": true, "pressed": true,
})

// objectStops end the search for a verb before an object: prepositions,
// conjunctions, auxiliaries and relative words belong to another phrase
// ("urged cooperation at the meeting").
var objectStops = newWordSet(map[string]bool{
	"at": true, "in": true, "on": true, "during": true, "with": true, "of": true, "to": true,
	"from": true, "by": true, "after": true, "before": true, "and": true, "or": true, "but": true,
	"that": true, "which": true, "who": true, "was": true, "were": true, "is": true, "are": true,
	"had": true, "has": true, "have": true, "be": true, "been": true, "as": true, "since": true,
	"ahead": true, "following": true, "into": true, "under": true, "over": true, "via": true,
})

// gerundPlans before a gerund make its object a plan: "agreed on
// holding", "discussed organizing".
var gerundPlans = newWordSet(map[string]bool{
	"on": true, "about": true, "of": true, "for": true, "discussed": true, "considered": true,
	"proposed": true, "suggested": true, "considering": true, "discussing": true, "proposing": true,
})

// planningWords before an infinitive make its object a plan: "invited
// him to undertake a visit", "agreed to hold a forum".
var planningWords = newWordSet(map[string]bool{
	"invite": true, "invited": true, "invites": true, "invitation": true, "asked": true, "ask": true,
	"plan": true, "plans": true, "planned": true, "planning": true, "agreed": true, "agree": true,
	"want": true, "wants": true, "hope": true, "hopes": true, "hoped": true, "intend": true,
	"intends": true, "expected": true, "decided": true, "decide": true, "propose": true,
	"ready": true, "willing": true, "urged": true, "aims": true, "aim": true, "seeks": true,
	"authorized": true, "authorised": true, "instructed": true, "tasked": true, "mandated": true,
})

// conditionWords open a clause of condition: "until he met X", "if they
// meet", "unless the minister visits".
var conditionWords = newWordSet(map[string]bool{"if": true, "unless": true, "until": true, "whether": true, "till": true})

// conditional reports whether the event verb at token t0 of sentence s
// stands in a clause of condition: the condition word up to four words
// before it, with no comma or other clause word between.
func conditional(v *view, s, t0 int) bool {
	st0, _ := v.sentenceTokens(s)
	for j := t0 - 1; j >= st0 && j >= t0-5; j-- {
		w := v.low(j)
		if conditionWords.has(w) {
			return true
		}
		if w == "," || w == ";" || w == "and" || w == "that" || w == "who" || w == "which" {
			return false
		}
	}
	return false
}

// experiential reports whether the event verb at token t0 is a perfect in
// a relative clause ("who have visited", "that has met"): what some
// people have done at any time, no one happening.
func experiential(v *view, t0 int) bool {
	j := t0 - 1
	if w := v.low(j); w == "ever" || w == "already" || w == "never" {
		j--
	}
	if w := v.low(j); w != "have" && w != "has" {
		return false
	}
	w := v.low(j - 1)
	return w == "who" || w == "that"
}

// habitualMarkers tell of a habit, not a happening: "visited Thailand
// each year", "meets regularly".
var habitualMarkers = newWordSet(map[string]bool{"annually": true, "regularly": true, "usually": true, "often": true, "routinely": true, "traditionally": true,
	"yearly": true, "monthly": true, "weekly": true, "biennially": true, "periodically": true})

// habitualMonth reports whether the date mention dm is a month named
// without a year or a day after a word of habit ("held yearly in March",
// "every year in May", "annually each September"): the month of every
// year, not the day of one happening.
func (v *view) habitualMonth(dm *document.Mention) bool {
	if dm == nil || dm.Kind != "month" {
		return false
	}
	for _, r := range v.body[dm.Start:dm.End] {
		if r >= '0' && r <= '9' {
			return false
		}
	}
	t0, _ := v.tokenSpan(dm)
	for j := t0 - 1; j >= 0 && j >= t0-4; j-- {
		w := v.low(j)
		if habitualMarkers.has(w) || periodNouns.has(w) && (v.low(j-1) == "every" || v.low(j-1) == "each") {
			return true
		}
	}
	return false
}

// vaguePast reports a time long past and undated around tokens [t0, t1)
// of sentence s: "launched many years ago", "long ago".
func vaguePast(v *view, s, t0, t1 int) bool {
	_, st1 := v.sentenceTokens(s)
	for j := t1; j < st1 && j < t1+8; j++ {
		if v.low(j) != "ago" {
			continue
		}
		switch v.low(j - 1) {
		case "long":
			return true
		case "years", "decades":
			w := v.low(j - 2)
			return w == "many" || w == "several" || w == "some" || w == "few"
		}
	}
	return false
}

// programmeItem reports whether the trigger at token t0 of sentence s is
// an item of a programme told: "The other plans during his stay included
// meetings with ...", "The programme includes a visit to ...".
func programmeItem(v *view, s, t0 int) bool {
	st0, _ := v.sentenceTokens(s)
	for j := t0 - 1; j > st0 && j >= t0-6; j-- {
		switch v.low(j) {
		case "include", "includes", "included", "including":
			for k := j - 1; k >= st0 && k >= j-12; k-- {
				if v.in(programmeNouns, k) {
					return true
				}
			}
			return false
		case ",", ";", ".":
			return false
		}
	}
	return false
}

// topicOfTalks reports whether the trigger at [t0, t1) of sentence s is
// in the topic of talks or a meeting told before it in the clause, with
// no date of its own after it: "to hold talks on Thursday on joint
// coverage ... and a media training programme for journalists"
// (event.topic-of-talks). The topic's preposition stands right after
// the talks, or after their place and day.
func topicOfTalks(v *view, s, t0, t1 int) bool {
	st0, st1 := v.sentenceTokens(s)
	m := -1
	for j := t0 - 1; j > st0 && j >= t0-16; j-- {
		if w := v.low(j); w == ";" || w == "." || w == "," {
			return false
		}
		if v.evm[j] != 0 {
			m = j
			break
		}
	}
	if m < 0 {
		return false
	}
	if k := v.d.Mentions[v.evm[m]-1].Kind; k != "talks" && k != "meeting" {
		return false
	}
	isDate := func(a int) bool { return v.val[a] != 0 && v.d.Mentions[v.val[a]-1].Type == document.Date }
	a := m + 1
	for a < t0 {
		w := v.low(a)
		if (w == "in" || w == "at") && v.ent[a+1] != 0 {
			a += 2 // "in Kampala"
			continue
		}
		if w == "on" && isDate(a+1) || isDate(a) {
			a++
			for a < t0 && isDate(a) {
				a++
			}
			continue
		}
		break
	}
	if w := v.low(a); !(w == "on" || w == "about" || w == "regarding" || w == "concerning") || a >= t0 || v.low(a+1) == "the" && (v.low(a+2) == "sidelines" || v.low(a+2) == "margins") {
		return false
	}
	for b := t1; b < st1; b++ {
		if isDate(b) {
			return false
		}
	}
	return true
}

// programmeNouns name a plan whose items are no happenings told.
var programmeNouns = newWordSet(map[string]bool{
	"plan": true, "plans": true, "programme": true, "program": true, "agenda": true, "itinerary": true, "schedule": true,
})

// countWords before "times" count happenings: "held five times".
var countWords = newWordSet(map[string]bool{"two": true, "three": true, "four": true, "five": true, "six": true, "seven": true,
	"eight": true, "nine": true, "ten": true, "several": true, "many": true, "multiple": true, "numerous": true, "countless": true})

// periodNouns name the period of a habit: "each year", "every two years".
var periodNouns = newWordSet(map[string]bool{"year": true, "years": true, "month": true, "months": true, "week": true, "weeks": true})

// habitual reports whether the clause around tokens [t0, t1) of sentence
// s tells of a habit ("each year", "every month", "regularly").
func habitual(v *view, s, t0, t1 int) bool {
	st0, st1 := v.sentenceTokens(s)
	for j := max(st0, t0-6); j < min(st1, t1+8); j++ {
		w := v.low(j)
		if v.in(habitualMarkers, j) || (w == "each" || w == "every") && v.in(periodNouns, j+1) {
			return true
		}
		// "has been held five times", "met several times": a count of
		// happenings, none of them told
		if w == "times" && v.in(countWords, j-1) {
			return true
		}
		// "held every two years", "every other year"
		if w == "every" && v.in(periodNouns, j+2) {
			if _, n := groupNumbers[v.low(j+1)]; n || v.low(j+1) == "other" || v.low(j+1) == "few" {
				return true
			}
		}
	}
	return false
}
