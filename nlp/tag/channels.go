// Channels of broadcasters.
//
// Constructions: a broadcaster the gazetteer knows followed by a channel's
// word, service or number ("Cubavisión Internacional", "CGTN Portuguese",
// "SABC 1", "KBC Channel 1"), not a count, date or share after it.

package tag

import (
	"strings"

	"github.com/mediakg/mediakg/nlp/document"
)

// academicHeads end the names of bodies whose faculties, schools and
// institutes are named after their possessive.
var academicHeads = map[string]bool{"university": true, "academy": true, "college": true, "institute": true, "polytechnic": true}

// channelOfOutlet reports whether a broadcast head after a known news
// agency or newspaper names the outlet's own channel, another organization
// ("Bernama TV", "Lakeside Post Radio"; rule pat.org.head.channel-of):
// a known broadcaster plus "TV" stays that broadcaster.
func channelOfOutlet(headKind, knownKind string) bool {
	return headKind == document.KindBroadcaster && (knownKind == document.KindNewsAgency || knownKind == document.KindNewspaper)
}

// channelTailWords name a broadcaster's channel or service after the
// broadcaster's name ("Cubavisión Internacional", "CGTN Portuguese").
var channelTailWords = map[string]bool{"internacional": true, "international": true, "internationale": true, "portuguese": true,
	"spanish": true, "arabic": true, "french": true, "english": true, "russian": true, "pacific": true, "info": true, "plus": true}

// channelServiceNouns after a language word make it a service of the
// broadcaster's, no channel's name ("the CGTN English service").
var channelServiceNouns = map[string]bool{"service": true, "services": true, "desk": true, "section": true, "edition": true,
	"version": true, "programme": true, "program": true, "programmes": true, "programs": true, "website": true, "site": true}

// channelTails tags a broadcaster the gazetteer knows followed by a
// channel's word or number as a channel of its own ("Cubavisión
// Internacional", "CGTN Portuguese", "Kenya Broadcasting Corporation
// Channel 1"; rule pat.org.channel-tail, confidence 0.7): only at the end
// of the capitalised run and not before a service noun. It reports
// whether it added any.
func (t *Tagger) channelTails(v *view) bool {
	added := false
	for n, k := len(v.cands), 0; k < n; k++ {
		c := v.cands[k]
		if c.layer != layerEntity || c.m.Type != document.Organization || c.m.Kind != document.KindBroadcaster {
			continue
		}
		e := c.t1
		if e >= len(v.toks) || v.ent[c.t0] != k+1 || v.sent(e) != v.sent(c.t0) || v.toks[e].Start != v.toks[e-1].End+1 {
			continue
		}
		// "aired on SABC 1 and ZTV", "KBS 1TV", "Télévision Lakeland 2
		// won": a channel's number right after a broadcaster's name, also
		// one the patterns found (rule pat.org.channel-number); not a
		// count ("ZBC 14 reporters") or a date ("Hill TV 5 May")
		if e+1 < len(v.toks) && channelNumber(v, e) && !bodyHeads[v.lows[e-1]] {
			name := cleanName(v.body[v.toks[c.t0].Start:v.toks[e].End])
			nc := cand{t0: c.t0, t1: e + 1, layer: layerEntity, prio: 1}
			nc.m = document.Mention{Type: document.Organization, Kind: document.KindBroadcaster, Name: name, EntityID: document.OrgID(name),
				Rule: "pat.org.channel-number", Confidence: 0.65, Country: c.m.Country}
			v.add(nc)
			added = true
			continue
		}
		if !v.isCap(e) || !strings.HasPrefix(c.m.Rule, "gaz.") {
			continue
		}
		// "the award went to ABC Australia": a country's name after the
		// broadcaster names its service for that country (rule
		// pat.org.channel-tail)
		if d, ok := v.entityAt(e); ok && d.t0 == e && d.m.Type == document.Country && d.m.Rule == "gaz.country.name" && d.t1-d.t0 == 1 &&
			v.ent[c.t0] == k+1 && !(v.isCap(d.t1) && v.isWord(d.t1)) && v.low(d.t1) != "'s" && v.tok(d.t1) != "(" && c.m.Country != "" {
			e = d.t1
			goto tail
		}
		// a language's word may be tagged as a country's adjective
		if d, ok := v.entityAt(e); ok && !(d.t0 == e && d.t1 == e+1 && d.m.Rule == "gaz.country.demonym") {
			continue
		}
		switch {
		case channelTailWords[v.lows[e]]:
			e++
		// "Al Jazeera Documentary channel": a channel's own word before
		// "channel" in lower case
		case v.ent[e] == 0 && v.isWord(e) && v.gate[e]&bitStopCap == 0 && v.low(e+1) == "channel" && !v.isCap(e+1) && v.sent(e+1) == v.sent(c.t0):
			e++
		case v.lows[e] == "channel" && e+1 < len(v.toks) && isDigits(v.tok(e+1)) && v.sent(e+1) == v.sent(c.t0):
			e += 2
		default:
			continue
		}
		if e < len(v.toks) && v.sent(e) == v.sent(c.t0) && (v.isCap(e) && v.isWord(e) || channelServiceNouns[v.low(e)] || v.tok(e) == "-") {
			continue
		}
		// "the Japanese Broadcasting Corporation, NHK International,":
		// in apposition with an organization's name, the words name that
		// organization again
		if a, ok := v.entityAt(c.t0 - 2); ok && v.tok(c.t0-1) == "," && a.m.Type == document.Organization {
			continue
		}
	tail:
		name := cleanName(v.body[v.toks[c.t0].Start:v.toks[e-1].End])
		nc := cand{t0: c.t0, t1: e, layer: layerEntity, prio: 1}
		nc.m = document.Mention{Type: document.Organization, Kind: document.KindBroadcaster, Name: name, EntityID: document.OrgID(name),
			Rule: "pat.org.channel-tail", Confidence: 0.7, Country: c.m.Country}
		v.add(nc)
		added = true
	}
	return added
}

// gluedChannels tags a known broadcaster's acronym with a channel's
// number glued to it ("LBC1", "HTV2"; rule pat.org.channel-glued,
// confidence 0.65): two to five capitals the gazetteer knows as a
// broadcaster's name or the article names a broadcaster by, then one
// or two digits, a word the tagger has not named; the channel is of the
// article's broadcaster's country. It reports whether it added any.
func (t *Tagger) gluedChannels(v *view) bool {
	added := false
	// the acronym's first capital starts the token
	for _, i := range v.caps {
		tk := v.texts[i]
		n := len(tk)
		if n < 3 || n > 7 || tk[0] < 'A' || tk[0] > 'Z' || tk[n-1] < '0' || tk[n-1] > '9' || v.ent[i] != 0 {
			continue
		}
		d := n - 1
		if tk[d-1] >= '0' && tk[d-1] <= '9' {
			d--
		}
		acr := tk[:d]
		if len(acr) < 2 || len(acr) > 5 || !upperLetters(acr) {
			continue
		}
		// the broadcaster the article names by the acronym, else the
		// gazetteer's ("RTS" is Serbia's in the gazetteer, Senegal's
		// where a Senegalese article defines it)
		country, found := "", false
		for k := range v.cands {
			if o := &v.cands[k]; o.layer == layerEntity && !o.dropped && o.m.Type == document.Organization && o.t1 == o.t0+1 && v.tok(o.t0) == acr {
				country, found = o.m.Country, o.m.Kind == document.KindBroadcaster || o.m.Kind == ""
				break
			}
		}
		if !found {
			en, _, ok := t.gaz.Lookup(acr)
			if !ok || en.Type != document.Organization || en.Kind != document.KindBroadcaster {
				continue
			}
			country = en.Country
		}
		c := cand{t0: i, t1: i + 1, layer: layerEntity, prio: 1}
		c.m = document.Mention{Type: document.Organization, Kind: document.KindBroadcaster, Name: tk, EntityID: document.OrgID(tk),
			Rule: "pat.org.channel-glued", Confidence: 0.65, Country: country}
		v.add(c)
		added = true
	}
	return added
}

// bodyHeads end the names of bodies, which number no channel ("the Lakeland
// Broadcasting Corporation 5" counts something).
var bodyHeads = map[string]bool{"corporation": true, "company": true, "authority": true, "union": true, "association": true,
	"group": true, "council": true, "commission": true, "agency": true, "ministry": true}

// channelCountVerbs end in "s" but follow a channel's number as its verb
// ("Lake TV 2 airs"), no counted noun.
var channelCountVerbs = map[string]bool{"has": true, "was": true, "is": true, "airs": true, "broadcasts": true, "carries": true, "shows": true, "runs": true}

// channelNumber reports whether token e is a channel's number: one or two
// digits, or digits with "TV" ("1TV"), not followed by a capitalised word
// (a month, a name), a counted plural noun, a dash or a unit.
func channelNumber(v *view, e int) bool {
	tk := v.tok(e)
	if !(isDigits(tk) && len(tk) <= 2 || len(tk) >= 3 && len(tk) <= 4 && isDigits(tk[:len(tk)-2]) && tk[len(tk)-2:] == "TV") {
		return false
	}
	if e+1 >= len(v.toks) || v.sent(e+1) != v.sent(e) {
		return true
	}
	n := v.tok(e + 1)
	switch w := v.lows[e+1]; {
	case v.isCap(e+1) && v.isWord(e+1), n == "-", n == "–", n == "%", n == "/", n == ".", n == ":", w == "percent", w == "per", w == "million", w == "of":
		return false
	case v.isWord(e+1) && strings.HasSuffix(w, "s") && !channelCountVerbs[w]:
		return false
	}
	return true
}
