package extract

import (
	"strings"

	"github.com/mediakg/mediakg/nlp/document"
	"github.com/mediakg/mediakg/nlp/lexicon"
)

// topicNear returns the key of the lexicon topic nearest to a trigger at
// tokens [t0, t1) in sentence s: "media cooperation" -> media. "" when the
// sentence names none within 10 tokens.
func (v *view) topicNear(s, t0, t1 int) string {
	st0, st1 := v.sentenceTokens(s)
	best, bestD := "", 11
	mask := lexicon.Bits(&v.x.lex.TopicPhrases)
	for j := v.nextIn(s, mask, st0, st1); j < st1; j = v.next(mask, j+1, st1) {
		val, n, ok := v.x.lex.TopicPhrases.AtIDs(v, v.ids, v.gate, j)
		if !ok {
			continue
		}
		d := 0
		switch {
		case j+n <= t0:
			d = t0 - (j + n)
		case j >= t1:
			d = j - t1
		}
		if d < bestD {
			best, bestD = v.x.lex.Topics[val].Key, d
		}
		j += n - 1
	}
	return best
}

// stanceSkip are words stripped from the front of a stance topic: verbs of
// doing, modals, determiners, adverbs ("further carrying out press
// coordination" -> press coordination). The verbs of cooperating are
// among them: "agreed to cooperate in covering X", "work together to
// defend X" are about X.
var stanceSkip = newWordSet(map[string]bool{
	"to": true, "that": true, "the": true, "a": true, "an": true, "further": true, "also": true,
	"jointly": true, "actively": true, "continue": true, "continuing": true, "carrying": true,
	"carry": true, "out": true, "promoting": true, "promote": true, "strengthening": true,
	"strengthen": true, "deepening": true, "deepen": true, "expanding": true, "expand": true,
	"enhancing": true, "enhance": true, "developing": true, "develop": true, "boosting": true,
	"boost": true, "supporting": true, "support": true, "opposing": true, "oppose": true,
	"resisting": true, "resist": true, "stay": true, "firm": true, "in": true, "on": true,
	"make": true, "making": true, "work": true, "working": true, "together": true, "more": true,
	"better": true, "their": true, "its": true, "our": true, "report": true, "reporting": true,
	"advance": true, "advancing": true, "step": true, "up": true, "stepping": true, "for": true,
	"conduct": true, "conducting": true, "hold": true, "holding": true, "organize": true,
	"organise": true, "implement": true, "implementing": true, "effectively": true,
	"improve": true, "improving": true, "increase": true, "increasing": true, "use": true,
	"using": true, "establish": true, "establishing": true, "set": true, "create": true,
	"creating": true, "build": true, "building": true, "maintain": true, "maintaining": true,
	"ensure": true, "ensuring": true, "facilitate": true, "facilitating": true, "pursue": true,
	"pursuing": true, "encourage": true, "encouraging": true, "explore": true, "exploring": true,
	"intensify": true, "intensifying": true, "share": true, "sharing": true, "provide": true,
	"swap": true, "swapping": true, "host": true, "hosting": true, "send": true,
	"sending": true, "offer": true, "offering": true,
	"providing": true, "mutually": true, "closely": true, "well": true, "as": true, "with": true,
	"be": true, "is": true, "are": true, "was": true, "were": true, "have": true, "has": true,
	"been": true, "they": true, "it": true, "we": true, "other": true, "each": true,
	"cooperate": true, "cooperating": true, "collaborate": true, "collaborating": true,
	"co": true, "operate": true, "produce": true, "producing": true, "launch": true,
	"launching": true, "jointly-produce": true, "join": true, "joining": true, "hands": true,
	"forces": true, "seek": true, "seeking": true, "widen": true, "widening": true,
	"broaden": true, "broadening": true, "extend": true, "extending": true, "upgrade": true,
	"upgrading": true, "consolidate": true, "consolidating": true, "fight": true,
	"fighting": true, "counter": true, "countering": true, "combat": true, "combating": true,
	"defend": true, "defending": true, "protect": true, "protecting": true, "tackle": true,
	"tackling": true, "address": true, "addressing": true, "form": true, "forming": true,
	"publish": true, "broadcast": true, "cover": true, "covering": true, "train": true,
	// "work toward(s) X", "move towards X" are about X
	"toward": true, "towards": true, "move": true, "moving": true,
})

// stanceDeterminers inside a topic phrase are dropped ("produce a weekly
// program" -> weekly program).
var stanceDeterminers = newWordSet(map[string]bool{"a": true, "an": true, "the": true, "their": true, "its": true, "our": true, "this": true, "these": true})

// stanceModals split a clause: the topic follows the modal and its verb
// ("the mainstream media should report major international events").
var stanceModals = newWordSet(map[string]bool{"should": true, "will": true, "would": true, "must": true, "can": true, "could": true, "shall": true, "need": true})

// stanceCut ends a topic phrase: prepositions and participles after its
// head ("publishing of brilliant works" -> publishing).
// adverbialOpeners open a phrase after a comma that ends a topic list:
// prepositions of place, time and occasion, relatives and participles
// of a comment clause.
var adverbialOpeners = newWordSet(map[string]bool{
	"at": true, "during": true, "in": true, "on": true, "after": true, "before": true,
	"following": true, "amid": true, "while": true, "when": true, "under": true, "within": true,
	"ahead": true, "upon": true, "which": true, "who": true, "saying": true, "adding": true,
	"noting": true, "stressing": true, "where": true, "as": false,
	// participles of saying and stance open a comment clause, never a
	// list item: "agreed to ..., pledging coordination with the UN"
	"pledging": true, "vowing": true, "calling": true, "urging": true, "expressing": true,
	"reaffirming": true, "emphasizing": true, "emphasising": true, "underlining": true,
	"underscoring": true, "highlighting": true, "describing": true, "citing": true,
	"warning": true, "welcoming": true, "praising": true, "stating": true, "voicing": true,
})

var stanceCut = newWordSet(map[string]bool{
	"of": true, "in": true, "from": true, "to": true, "for": true, "with": true, "between": true,
	"on": true, "intended": true, "aimed": true, "at": true, "by": true, "within": true,
	"through": true, "among": true, "under": true, "via": true, "which": true, "that": true,
	"so": true, "who": true, "during": true, "amid": true, "about": true, "into": true,
	"across": true, "along": true, "over": true, "until": true, "since": true, "starting": true,
	"toward": true, "towards": true, "against": true,
})

// adjectiveEndings mark a last word that is no noun ("impartial").
var adjectiveEndings = []string{"al", "ive", "ous", "ful", "ic", "able", "ible", "less"}

// nounsLikeAdjectives end like adjectives but are nouns.
var nounsLikeAdjectives = newWordSet(map[string]bool{
	"festival": true, "journal": true, "proposal": true, "portal": true, "potential": true,
	"material": true, "materials": true, "capital": true, "topic": true, "music": true,
	"public": true, "republic": true, "traffic": true, "initiative": true, "initiatives": true,
	"archive": true, "archives": true, "objective": true, "objectives": true, "signal": true,
	"channel": true, "terminal": true, "approval": true, "arrival": true, "renewal": true,
	"editorial": true, "editorials": true, "periodical": true, "periodicals": true,
	"documentary": true, "native": true, "representative": true, "detective": true,
	"executive": true, "perspective": true, "incentive": true, "logic": true, "graphic": true,
	"graphics": true, "table": true, "cable": true, "variable": true,
})

// lightNouns take their meaning from their complement: "plans for
// expanding cooperation" is about cooperation.
var lightNouns = newWordSet(map[string]bool{
	"plans": true, "plan": true, "ways": true, "way": true, "measures": true, "steps": true,
	"efforts": true, "mechanisms": true, "opportunities": true, "possibilities": true,
	"prospects": true, "issues": true, "questions": true, "matters": true,
})

// cooperationNouns take their topic from a complement in "in"/"on":
// "deepen cooperation in news exchange" is about news exchange (as
// "cooperate in the information sphere" is about the information
// sphere).
var cooperationNouns = newWordSet(map[string]bool{
	"cooperation": true, "co-operation": true, "collaboration": true, "partnership": true,
	"partnerships": true, "exchanges": true, "ties": true, "relations": true,
})

// sourceAt reports whether token j starts a mention that cites the
// report's source ("Trend reports").
func (v *view) sourceAt(j int) bool {
	k, m := v.mention(j)
	return m != nil && v.source[k]
}

// nounlessWords are last words that make no topic.
var nounlessWords = newWordSet(map[string]bool{"way": true, "manner": true, "way.": true, "time": true, "level": true, "bid": true, "efforts": true, "steps": true, "step": true})

// reportingVerbs close a clause that names who said it: ", Yonhap said in
// a statement", ", the minister told reporters".
var reportingVerbs = newWordSet(map[string]bool{
	"said": true, "says": true, "told": true, "reported": true, "reports": true, "added": true,
	"announced": true, "noted": true, "stated": true, "explained": true, "stressed": true,
	"according": true, "citing": true, "quoted": true, "wrote": true,
})

// reportingClause reports whether the comma at token j opens a clause
// that names the speaker of what comes before ("..., Yonhap said in a
// statement.", "..., WAM Director General X said on Wednesday", "...,
// according to a joint press release").
func (v *view) reportingClause(j, b int) bool {
	if v.sourceAt(j+1) || v.low(j+1) == "according" || v.low(j+1) == "citing" {
		return true
	}
	for k := j + 1; k < b && k <= j+10; k++ {
		w := v.low(k)
		if reportingVerbs.has(w) {
			return k > j+1
		}
		if w == "," || w == ";" || w == "and" || w == "to" || w == "that" || stanceModals.has(w) {
			return false
		}
		// the speaker: a name, a title, a pronoun or a determiner
		if v.ent[k] == 0 && !v.isCap(k) && !v.x.lex.Titles.HasAtIDs(v, v.ids, v.gate, k) && !titleModifier.has(w) &&
			w != "he" && w != "she" && w != "they" && w != "it" && w != "the" && w != "its" && w != "his" && w != "her" && w != "'s" {
			return false
		}
	}
	return false
}

// stanceTopics returns what an agreement or commitment is about: the noun
// phrases of the clause [a, b) after the trigger, split at commas and
// conjunctions and stripped of verbs and modifiers. Purpose clauses ("in a
// bid to ...", "in order to ...") and a clause naming the speaker (",
// Yonhap said") end it.
func (v *view) stanceTopics(a, b int) []string {
	var out []string
	seen := map[string]bool{}
	seg := []int{}
	flush := func() {
		defer func() { seg = seg[:0] }()
		// after a modal, the topic is the object of its verb
		for k, j := range seg {
			if v.in(stanceModals, j) {
				seg = seg[k+1:]
				break
			}
		}
		k := 0
		for k < len(seg) && (v.in(stanceSkip, seg[k]) || !v.isWord(seg[k])) {
			k++
		}
		var words []string
		for ; k < len(seg); k++ {
			w := v.low(seg[k])
			// "plans for expanding cooperation", "ways to improve X": the
			// complement of a light noun is the topic; so is that of
			// cooperation in or on something
			if len(words) >= 1 && (len(words) == 1 && lightNouns.has(words[0]) && (w == "for" || w == "to" || w == "of") ||
				cooperationNouns.has(words[len(words)-1]) && (w == "in" || w == "on")) {
				words = words[:0]
				for k+1 < len(seg) && v.in(stanceSkip, seg[k+1]) {
					k++
				}
				continue
			}
			if stanceCut.has(w) && len(words) > 0 {
				break
			}
			if !v.isWord(seg[k]) && w != "-" {
				break
			}
			if stanceDeterminers.has(w) {
				continue
			}
			// "a joint news desk covering Gulf affairs": a participle
			// with an object after the head ends the phrase
			if len(words) > 0 && strings.HasSuffix(w, "ing") && len(w) > 5 && k+1 < len(seg) && v.isWord(seg[k+1]) && !v.in(stanceCut, seg[k+1]) {
				break
			}
			words = append(words, w)
		}
		if len(words) == 0 || len(words) > 5 {
			return
		}
		last := words[len(words)-1]
		if nounlessWords.has(last) || stanceSkip.has(last) {
			return
		}
		if !nounsLikeAdjectives.has(last) {
			for _, e := range adjectiveEndings {
				if strings.HasSuffix(last, e) && !strings.HasSuffix(last, "ment") && !strings.HasSuffix(last, "tion") {
					return
				}
			}
		}
		t := document.Slug(strings.Join(words, " "))
		if t != "" && !seen[t] && len(out) < 8 {
			seen[t] = true
			out = append(out, t)
		}
	}
	for j := a; j < b; j++ {
		w := v.low(j)
		if (w == "in" && (v.low(j+1) == "a" && v.low(j+2) == "bid" || v.low(j+1) == "order")) || (w == "so" && v.low(j+1) == "as") || (w == "with" && v.low(j+1) == "a" && v.low(j+2) == "view") {
			break
		}
		if w == "," && v.reportingClause(j, b) {
			break // "..., Trend reports.", "..., Yonhap said in a statement."
		}
		if w == "," && v.in(adverbialOpeners, j+1) {
			// "vowed to deepen cooperation in news exchange, at a meeting
			// in Geneva": a phrase that opens with a preposition or a
			// relative or participle after the comma is an adverbial of
			// the clause, not one more object
			break
		}
		if v.val[j] != 0 {
			continue // dates and numbers are no topic ("agreed on Thursday to ...")
		}
		if w == "and" && v.secondClause(j+1) {
			// "agreed to expand video exchange and joint coverage and
			// said ...", "pledged to train photographers and will host
			// ...": a finite verb after "and" opens a second clause
			break
		}
		if w == "," || w == ";" || w == "and" || w == "or" || w == "." {
			flush()
			continue
		}
		if w == "as" && v.low(j+1) == "well" && v.low(j+2) == "as" {
			flush()
			j += 2
			continue
		}
		seg = append(seg, j)
	}
	flush()
	return out
}

// secondClause reports whether a finite verb starts at token j (after
// "also", "then", "later"): a modal or auxiliary ("will", "would", "has")
// or a verb of saying or signing in the past ("said", "signed"). After
// "and" it opens a clause of its own, which is no topic of the stance
// before it; an infinitive ("and deepen cooperation") goes on with the
// list.
func (v *view) secondClause(j int) bool {
	for n := 0; n < 2 && v.in(clauseAdverbs, j); n++ {
		j++
	}
	return v.in(finiteVerbs, j)
}

// clauseAdverbs may stand between "and" and the verb of a second clause.
var clauseAdverbs = newWordSet(map[string]bool{"also": true, "then": true, "later": true, "further": true, "still": true})

// finiteVerbs open a second clause after "and" in a stance's topic list.
var finiteVerbs = newWordSet(map[string]bool{
	"will": true, "would": true, "shall": true, "should": true, "can": true, "could": true,
	"may": true, "might": true, "must": true, "is": true, "are": true, "was": true,
	"were": true, "has": true, "have": true, "had": true, "did": true, "does": true,
	"said": true, "says": true, "told": true, "noted": true, "added": true, "stressed": true,
	"announced": true, "stated": true, "signed": true, "called": true, "hoped": true,
	"expressed": true, "praised": true, "thanked": true, "welcomed": true, "agreed": true,
	"pledged": true, "vowed": true, "discussed": true, "reviewed": true, "decided": true,
})
