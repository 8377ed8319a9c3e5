// Cooperation of one hub with many partners.
//
// Constructions: "X distributes the services of Y", "X rebroadcasts Y's
// programmes"; "with over 20 agencies" (a counted set of partners, no
// pair by itself) and the sentence after it that lists them ("A, B and
// many others"): the hub with each listed partner.

package extract

import (
	"github.com/mediakg/mediakg/nlp/document"
)

// distributesOf reads "X distributes the services of Y", "X rebroadcasts
// Y's programmes", "X relays Y news bulletins" with the verb at token k:
// a party that passes on another's content to its own audience works
// with it (rule coop.distributes). X is the name right before the verb
// (past auxiliaries), Y the party that owns the content nouns after it:
// "(the) <content noun> of (Country's) Y" or Y with its content nouns;
// both named, of one kind. A bare object ("distributes Y") is no pair:
// it may be a product sold, not a partner.
func (v *view) distributesOf(s, k, st1 int) {
	if v.low(k-1) == "to" {
		// "The ruling allows X to rebroadcast Y bulletins": an
		// infinitive states no practice (coop.agreement-allows reads
		// it under an agreement)
		return
	}
	x := v.verbSubjectName(k)
	if x == nil {
		return
	}
	// the name opens its clause ("The ruling lets X distribute" has X as
	// an object)
	st0, _ := v.sentenceTokens(s)
	if xt0, _ := v.tokenSpan(x); xt0 > st0 {
		q := xt0 - 1
		if v.low(q) == "the" {
			q--
		}
		if w := v.low(q); q >= st0 && w != "," && w != "that" && w != "and" && w != "\"" && w != "\u201c" {
			return
		}
	}
	a := v.pastThe(k + 1)
	_, y := v.actorAt(a)
	switch {
	case y != nil:
		if !v.contentOf(y, st1) {
			return
		}
	case v.in(contentNouns, a) && v.low(a+1) == "of":
		b := v.pastThe(a + 2)
		if _, cm := v.actorAt(b); cm != nil && cm.Type == document.Country {
			if _, ct1 := v.tokenSpan(cm); v.low(ct1) == "'s" || v.low(ct1) == "\u2019s" {
				b = ct1 + 1
			}
		}
		_, y = v.actorAt(b)
	}
	if !sameActorKind(x, y) || x.EntityID == y.EntityID {
		return
	}
	v.pairCooperation(x.EntityID, y.EntityID, s, k, "", "064", "coop.distributes", 0.7)
}

// countedWords count an unnamed set of partners: "with over 20 agencies",
// "with dozens of outlets", "with many foreign broadcasters".
var countedWords = newWordSet(map[string]bool{
	"many": true, "several": true, "dozens": true, "hundreds": true, "numerous": true, "scores": true,
})

// countedOutlets reports a counted plural of outlets at token a, the
// object of "with": "over 20 leading news agencies", "more than 30
// foreign media outlets", "dozens of broadcasters".
func (v *view) countedOutlets(a, limit int) bool {
	k := a
	for c := 0; c < 2 && k < limit; c++ {
		switch v.low(k) {
		case "over", "more", "than", "about", "around", "nearly", "almost", "some":
			k++
		}
	}
	if _, ok := atoi(v.low(k)); !ok && !v.in(countedWords, k) {
		return false
	}
	k++
	if v.low(k) == "of" {
		k++
	}
	for c := 0; c < 4 && k < limit; c, k = c+1, k+1 {
		if v.in(appositionOutlets, k) || v.low(k) == "media" || v.low(k) == "partners" {
			return true
		}
		if !v.isWord(k) || v.isCap(k) || v.ent[k] != 0 {
			return false
		}
	}
	return false
}

// appositionOutlets are plural outlet nouns.
var appositionOutlets = newWordSet(map[string]bool{
	"agencies": true, "broadcasters": true, "newspapers": true, "dailies": true, "channels": true,
	"outlets": true, "councils": true, "unions": true, "universities": true, "organizations": true,
	"organisations": true, "associations": true, "networks": true, "services": true,
})

// hubList reads a sentence soon after a hub's counted partners that
// opens with a list of organizations "and (many) other" outlets, or that
// "are among them": "X has signed agreements with over 20 agencies.
// TASS, Reuters, Xinhua and many other agencies ..." pairs X with each
// (rule coop.hub-list).
func (v *view) hubList(s, st0, st1 int) {
	g, ok := v.groupAt(v.pastThe(st0), st1, false)
	if !ok || len(g.ids) < 2 {
		return
	}
	k := g.t1
	switch {
	case v.low(k) == "and" && (v.low(k+1) == "other" || v.low(k+2) == "other"):
	case (v.low(k) == "are" || v.low(k) == "were") && v.low(k+1) == "among":
	default:
		return
	}
	var partners []string
	for _, id := range g.ids {
		if document.IDPrefix(id) == document.PrefixOrg && id != v.hub {
			partners = append(partners, id)
		}
	}
	if len(partners) < 2 {
		return
	}
	v.hubCooperation([]string{v.hub}, partners, s, v.span(k, k+1), "coop.hub-list", 0.7)
}
