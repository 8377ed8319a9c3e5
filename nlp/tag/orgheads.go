// Organizations by their head noun.
//
// Constructions: a capitalised name with an organization head ("Arab
// States Broadcasting Union", "Ministry of Media", "Institute of ...",
// "Faculty of ..."), its parent when the name is a unit ("the Central
// Committee of the CPC"), a quoted part ("TV and Radio Company
// "Volga""), commas inside a long official name ("Commission on Trade,
// Economic and Technical Cooperation"), where a span ends (a person, a
// place, a portfolio list, a country tail), and street names that are no
// city.

package tag

import (
	"strings"

	"github.com/mediakg/mediakg/nlp/document"
	"github.com/mediakg/mediakg/nlp/lexicon"
)

// orgConnectors may join the words of an organization name.
var orgConnectors = map[string]bool{"of": true, "and": true, "for": true, "&": true, "-": true, "on": true, "the": true, "de": true, "du": true}

// fieldDealings are nouns of a field's dealings that "Broadcasting" before
// them makes an adjective of ("broadcasting cooperation").
var fieldDealings = map[string]bool{"cooperation": true, "co-operation": true, "collaboration": true, "collaborations": true,
	"partnership": true, "partnerships": true, "sector": true, "industry": true, "ties": true, "links": true, "exchange": true,
	"exchanges": true, "development": true, "reform": true, "reforms": true, "policy": true, "landscape": true, "market": true,
	"standards": true, "infrastructure": true, "rights": true}

// orgWord reports whether token i can be a word of an organization name:
// capitalised and not a stop word, or a country, place or organization
// already tagged ("Saudi", "Moscow", "SCO").
func (t *Tagger) orgWord(v *view, i int) bool {
	if i < 0 || i >= len(v.toks) {
		return false
	}
	if c, ok := v.entityAt(i); ok && c.m.Type != "" {
		return c.m.Type == document.Country || c.m.Type == document.Place || c.m.Type == document.Organization
	}
	if _, isOrd := t.ordinal(v, i); isOrd {
		return false
	}
	// "China’s", "Forum’s" written as one token: a possessive owns the
	// name after it, it is no word of it
	if tk := v.tok(i); strings.HasSuffix(tk, "’s") || strings.HasSuffix(tk, "'s") {
		return false
	}
	return v.isCap(i) && v.isWord(i) && v.gate[i]&bitStopCap == 0 && !v.has(&t.lex.Titles, i) && !v.has(&t.lex.Honorifics, i)
}

// headAt matches a capitalised organization head at token i ("News
// Agency", "Ministry") and returns its kind and length.
func (t *Tagger) headAt(v *view, i int) (string, int, bool) {
	k, n, ok := v.match(&t.lex.OrgHeads, i)
	if !ok {
		return "", 0, false
	}
	for j := i; j < i+n; j++ {
		// "Television and Radio": a connector inside the head
		if v.isWord(j) && !v.isCap(j) && (j == i || v.lows[j] != "and") {
			return "", 0, false
		}
	}
	return t.lex.OrgKinds[k], n, true
}

// organizations tags organization names that the gazetteer does not know,
// from their head noun: "Arab States Broadcasting Union", "Kazinform News
// Agency", "Ministry of Media", "Chongyang Institute for Financial
// Studies". They get a lower confidence than gazetteer names.
func (t *Tagger) organizations(v *view) {
	// a head's first word, or any token when the heads have no gate bit
	// (lexicon.May)
	every := lexicon.Bits(&t.lex.OrgHeads) == 0
	heads := v.cues[cueHead]
	next := func(i int) int {
		if every {
			return i
		}
		return v.nextIn(i, &heads)
	}
	for i := next(0); i < len(v.toks); i = next(i + 1) {
		if v.ent[i] != 0 {
			continue
		}
		kind, n, ok := t.headAt(v, i)
		if !ok {
			continue
		}
		// "White House Press Secretary": a head that opens a title is
		// the title's; "the Honduran Press": "Press" after a country's
		// name or adjective alone is the country's press, no name
		if n == 1 && v.gate[i]&t.lex.Titles.Bit() != 0 && v.has(&t.lex.Titles, i) || v.lows[i] == "press" && n == 1 && t.isCountryEntity(v, i-1) && !t.orgWord(v, i-2) {
			continue
		}
		// "Lakeland-Hill Broadcasting Cooperation", "new Lakeland
		// Broadcasting collaborations": "Broadcasting" before a noun of
		// the field's dealings is the field, no name's head (rule
		// pat.org.head)
		if n == 1 && v.lows[i] == "broadcasting" && i+1 < len(v.toks) && v.sent(i+1) == v.sent(i) && fieldDealings[v.lows[i+1]] {
			continue
		}
		// "Tunisie Afrique Presse" ends with "Presse"; in "Agence
		// Malienne de Presse et Publicité" it is a word inside the name
		// that "Agence" opens
		if v.lows[i] == "presse" && (!v.isCap(i-1) || !v.isWord(i-1)) {
			continue
		}
		// "Lakeland Broadcasting and Information Service": a head that
		// "and", words of no name of their own and a later head follow is
		// inside the longer name, which the later head finds (rule
		// pat.org.head)
		if v.low(i+n) == "and" && v.sent(i+n) == v.sent(i) && !t.isOrgEntity(v, i+n+1) {
			k := i + n + 1
			for k < i+n+4 && t.orgWord(v, k) && v.ent[k] == 0 && !t.ownWordIn(v, k, k+1) {
				if _, _, ok := t.headAt(v, k); ok {
					break
				}
				k++
			}
			if _, _, ok := t.headAt(v, k); ok && k > i+n+1 && v.sent(k) == v.sent(i) {
				continue
			}
		}
		s := i
		owner := -1 // the token of a possessive owner before the name
		ownerNamed := false
		// "the broadcaster's First Channel", "GPB's Second Channel": a
		// capitalised ordinal names a channel after a possessive or "the"
		// (rule pat.org.ordinal-channel)
		ordinalChannel := false
		if v.lows[i] == "channel" && v.isCap(i-1) && v.sent(i-1) == v.sent(i) && (v.low(i-2) == "'s" || v.low(i-2) == "the") {
			if _, isOrd := t.ordinal(v, i-1); isOrd && v.isWord(i-1) {
				s, ordinalChannel = i-1, true
			}
		}
		for s > 0 && v.sent(s-1) == v.sent(i) && !ordinalChannel {
			if t.orgWord(v, s-1) && !(v.ent[s-1] != 0 && t.isOrgEntity(v, s-1) && s-1 < i-8) {
				s--
				continue
			}
			// "Dr MCR HRD Institute", "Dr. YSR University": a
			// doctor's title before the initials of the person a body
			// is named after is a word of its name (rule pat.org.head)
			if (v.lows[s-1] == "dr" || v.lows[s-1] == "dr.") && v.isCap(s-1) && s < i && v.isAllCaps(s) && len(v.tok(s)) >= 2 && v.ent[s] == 0 {
				s--
				break
			}
			// "Hilltown Today Agency", "Lakeland Today Magazine": "Today"
			// in capitals between a name's word and the head is a word of
			// the name, no date (rule pat.org.head)
			if v.lows[s-1] == "today" && v.isCap(s-1) && v.isWord(s-1) && t.orgWord(v, s-2) && v.sent(s-2) == v.sent(i) && !t.titleCase(v, i) {
				s--
				continue
			}
			// "All Nippon Airways", "the All Lakeland Press Union": "All"
			// in capitals inside a sentence opens the name (rule
			// pat.org.head)
			if v.lows[s-1] == "all" && v.isCap(s-1) && s < i && !sentenceStart(v, s-1) && v.tok(s-2) != ":" && !t.titleCase(v, i) {
				s--
				break
			}
			// "South Asia–Southeast Asia ...": an en dash inside a word;
			// "Lakeland – Hill Country Inter-Committee": a dash between
			// two countries
			if tk := v.tok(s - 1); (tk == "–" || tk == "—") && t.orgWord(v, s-2) && (v.adjacent(s-1) && v.adjacent(s) || t.isCountryEntity(v, s) && t.isCountryEntity(v, s-2)) {
				s -= 2
				continue
			}
			if (v.tok(s-1) == "-" || v.tok(s-1) == "&" || v.low(s-1) == "and" || v.low(s-1) == "of") && t.orgWord(v, s-2) && s-1 != i {
				// "Director General of Kazinform Agency",
				// "Editor-in-Chief of Lakeside Daily": a title before "of"
				// is no part of the name
				if v.low(s-1) == "of" && t.titleEndsAt(v, s-2) {
					break
				}
				// "Mie Oba of Kanagawa University", "Foreign Desk of
				// Lakeside Tribune": the words before "of" name an
				// organization only when they hold a head of their own
				// ("Faculty of Journalism of ...", "Information Department
				// of ...")
				if v.low(s-1) == "of" && !t.headInRunBefore(v, s-2) {
					break
				}
				// "the Balkans and Association of ...": a name that
				// starts with its head starts there
				if (v.low(s-1) == "and" || v.tok(s-1) == "&") && s == i {
					break
				}
				// "and" between two full names joins two organizations:
				// "Xinhua News Agency and Nation Media Group" (a known
				// organization before it), "the Riverside Post and Valley
				// Television" (a head before it and a proper word after)
				if (v.low(s-1) == "and" || v.tok(s-1) == "&") && (t.isOrgEntity(v, s-2) || t.headEndsAt(v, s-2) && t.properWordIn(v, s, i) && !t.fieldWordsOnly(v, s, i)) {
					break
				}
				// "broadcaster Fjordvision and Hillmark Media Group": a
				// one-word brand after an outlet noun, "and", then a name
				// with a proper word and a head are two names
				if v.low(s-1) == "and" && t.brandAfterNoun(v, s-2) && t.properWordIn(v, s, i) && !t.fieldWordsOnly(v, s, i) {
					break
				}
				// "Prime Minister Omar Felan and Lakeland Authority
				// President ...": a person's name before "and" and a
				// country after it start two names
				if v.low(s-1) == "and" && (t.isPersonEntity(v, s-2) || t.personName(v, s-2)) && t.isCountryEntity(v, s) {
					break
				}
				// "Hill Commission chief Sione Latu and Lakeland News
				// Agency": a name after a role noun in lower case before
				// "and" is a person's, no part of the organization's
				if v.low(s-1) == "and" && roleRunBefore(v, s-1) {
					break
				}
				// "Director General Mrs Chanda Mwansa-Phiri and SABC
				// Group Chief Executive": a name after an honorific before
				// "and" is a person's too (rule pat.org.head)
				if v.low(s-1) == "and" && t.honorificRunBefore(v, s-1) {
					break
				}
				// "PCI and Senate Foreign Affairs Committee": an acronym
				// before "and" is a name of its own (not "TV and Radio")
				if v.low(s-1) == "and" && v.acronym(s-2) && len(v.tok(s-2)) >= 3 && !v.has(&t.lex.OrgHeads, s-2) && s < i {
					break
				}
				// "such as Lakeview, Hillnews and Rivertown Daily": the
				// last two items of a list, one word that names no field
				// before "and" (not "Information, Culture and Tourism")
				if v.low(s-1) == "and" && v.tok(s-3) == "," && v.ent[s-2] == 0 && !t.lex.Vocabulary[v.lows[s-2]] && t.properWordIn(v, s, i) && seriesBefore(v, s-3) {
					break
				}
				s -= 2
				continue
			}
			// "People's Government of Zhejiang Province": a possessive
			// word that is no country or place belongs to the name, also
			// an owner's name ("LPU's General Secretariat"); an
			// organization's or event's head alone names the body that
			// owns the organ ("the Ministry's Centre for ...", "the
			// Forum's Organising Committee"), which is no part of its name
			if v.low(s-1) == "'s" && s >= 2 && v.ent[s-2] == 0 && t.orgWord(v, s-2) {
				if (t.headEndsAt(v, s-2) || v.gate[s-2]&bitNamedHead != 0) && !t.orgWord(v, s-3) {
					owner = s - 2
					break
				}
				// "Tajik National University's Faculty of Journalism": a
				// university's or academy's full name before the
				// possessive owns the faculty or school after it, which
				// is an organization of its own (rule
				// pat.org.head.owner-named); a party's or state's organ
				// keeps its owner ("the Central Committee's Propaganda
				// Department")
				if academicHeads[v.low(s-2)] && t.properWordIn(v, s-4, s-1) {
					owner, ownerNamed = s-2, true
					break
				}
				s -= 2
				continue
			}
			// "Statistical, Economic and Social Research ... Centre": a
			// comma list of adjectives that "and" closes inside the name
			if v.tok(s-1) == "," && s >= 2 && s < i && v.ent[s-2] == 0 && t.orgWord(v, s-2) && adjectiveForm(v.low(s-2)) && adjectiveForm(v.lows[s]) && andIn(v, s, i) {
				s -= 2
				continue
			}
			// '"Yeni Musavat" Media Group': a quoted name before the
			// head is part of the name
			if q := t.quotedBefore(v, s); q < s {
				s = q
				continue
			}
			// "Publicity (Propaganda) Department": an alternative name
			// of a word in parentheses
			if v.tok(s-1) == ")" && v.tok(s-3) == "(" && v.ent[s-2] == 0 && t.orgWord(v, s-2) && t.orgWord(v, s-4) {
				s -= 4
				continue
			}
			// "Lakeside Journalists' Union": a plural possessive inside
			// the name
			if tk := v.tok(s - 1); (tk == "'" || tk == "’") && v.adjacent(s-1) && strings.HasSuffix(v.low(s-2), "s") && v.ent[s-2] == 0 && t.orgWord(v, s-2) {
				s -= 2
				continue
			}
			break
		}
		// "Pacific Islands News Association Opens Media Hub", "Lakeland
		// Broadcasters Launch Danube Newsroom": in a headline in title
		// case, a headline's verb inside the words before a head ends the
		// subject's name; what follows the verb is its object, no name of
		// the verb's subject (rule pat.org.head.headline-verb)
		if s < i && t.headlineVerbIn(v, s, i) {
			i += n - 1
			continue
		}
		// "China's State Council Information Office": a country's
		// possessive that opens a known name is no part of the longer name
		possessive := false
		if s+2 < i && v.low(s+1) == "'s" && t.isCountryWord(v, s) {
			s += 2
			possessive = true
		}
		e := i + n
		// "Nile TV International", "the Philippine Daily Inquirer", "the
		// Pacific Climate Newsroom Hub": one word after the head that
		// ends an outlet's name (rule pat.org.head)
		if nameTails[v.low(e)] && v.isCap(e) && v.ent[e] == 0 && v.sent(e) == v.sent(i) && !(v.isCap(e+1) && v.isWord(e+1) && !v.has(&t.lex.Titles, e+1)) {
			e++
		}
		// "the Press Council Nepal", "Radio Television Malaysia": a
		// country's name right after a body's head ends its name (rule
		// pat.org.head-country); not before a possessive, a capital or
		// a comma
		countryEnd := false
		if c, ok := v.entityAt(e); ok && c.t0 == e && c.m.Type == document.Country && c.m.Rule == "gaz.country.name" && countryAfterHeads[v.lows[e-1]] &&
			v.sent(c.t1) == v.sent(i) && v.toks[e].Start == v.toks[e-1].End+1 && e > s+1 && !(v.isCap(c.t1) && v.isWord(c.t1)) && v.low(c.t1) != "'s" && v.tok(c.t1) != "-" {
			e = c.t1
			countryEnd = true
		}
		right, listedThe, under := false, false, false
		// "on" goes on only after the heads of bodies that sit on a
		// subject ("Commission on Trade", "Committee on Culture"); "the
		// Chinese Government on Eurasian Affairs" names a title's field
		if p := v.low(e); (p == "of" || p == "for" || p == "on" && onHeads[v.lows[e-1]] || p == "de" || p == "du") && v.sent(e) == v.sent(i) {
			k := e + 1
			if v.low(k) == "the" {
				k++
			}
			// "of the President of Kazakhstan": a title after "the" is
			// part of the name
			titled := func(k int) bool {
				return v.low(k-1) == "the" && v.isCap(k) && v.has(&t.lex.Titles, k)
			}
			// "Foundation for New Ibero-American Journalism": "New"
			// before a word of the name is a word of it (rule
			// pat.org.head)
			newWord := func(k int) bool {
				return v.low(k) == "new" && v.isCap(k) && v.sent(k+1) == v.sent(i) && t.orgWord(v, k+1)
			}
			if t.orgWord(v, k) || titled(k) || newWord(k) {
				k++
				listed := false
				for k < len(v.toks) && v.sent(k) == v.sent(i) {
					if t.orgWord(v, k) || newWord(k) {
						k++
						continue
					}
					if v.low(k) == "'s" && v.ent[k-1] == 0 && t.orgWord(v, k+1) {
						k++ // "the Chinese People's Political Consultative Conference"
						continue
					}
					// "Information Department of Lakeland's Ministry of
					// Foreign Affairs": the parent body of a country
					if v.low(k) == "'s" && v.ent[k-1] != 0 && t.isCountryEntity(v, k-1) && v.has(&t.lex.OrgPrefixHeads, k+1) && v.isCap(k+1) {
						k++
						continue
					}
					// "the Communist Party of China (CPC) Central Committee";
					// not "... Research (IIRMR) Anna Lind": a head follows
					if v.tok(k) == "(" && v.tok(k+2) == ")" && v.acronym(k+1) && t.orgWord(v, k+3) && t.headWithin(v, k+3, 3) {
						k += 3
						continue
					}
					// "Economic Co-operation", "Turkic-speaking countries":
					// a lower-case word joined by a hyphen
					if v.tok(k) == "-" && v.adjacent(k) && v.adjacent(k+1) && v.isWord(k+1) && !v.isCap(k+1) && len(v.tok(k+1)) >= 4 {
						k += 2
						if strings.HasSuffix(v.low(k-1), "speaking") && speakingNouns[v.low(k)] {
							k++
						}
						continue
					}
					// "National Television of Lakeland - Channel 8": the
					// number of a channel
					if channelWords[v.low(k-1)] && isNumberToken(v.tok(k)) {
						k++
						continue
					}
					// "TV and Radio Complex of the Lakeland President": the
					// title of a country's office ends the name
					if v.isCap(k) && v.has(&t.lex.Titles, k) && !v.has(&t.lex.OrgHeads, k) {
						if c, ok := v.entityAt(k - 1); ok && c.t1 == k && c.m.Type == document.Country && v.low(c.t0-1) == "the" {
							k++
							break
						}
					}
					// "... for Lakeside Radio and Television and RT": a
					// known organization after "and" is another one; so is
					// a person ("... Foreign Affairs and Alexey Lind of
					// ...")
					if (v.low(k) == "and" || v.tok(k) == "&") && (t.isOrgEntity(v, k+1) || t.personName(v, k+1) && !t.headWithin(v, k+1, 3)) {
						break
					}
					// "... Ministry of Information and Kenya's Media
					// Council": a possessive after "and" opens another name
					if v.low(k) == "and" && possessiveAfter(v, k+1) {
						break
					}
					if orgConnectors[v.low(k)] && (t.orgWord(v, k+1) || v.low(k) == "of" && v.low(k+1) == "the" && titled(k+2)) && v.low(k) != "on" {
						k += 2
						if titled(k) {
							k++
						}
						continue
					}
					// "... Central Committee of the Communist Party of
					// China": the parent body is part of the full name
					if v.low(k) == "of" && v.low(k+1) == "the" && t.orgWord(v, k+2) {
						k += 3
						continue
					}
					// "Ministry of Information, Culture and Tourism",
					// "Institute of Russian, Eastern European and Central
					// Asian Studies": a list of name words
					if v.tok(k) == "," && t.nameList(v, k) {
						k++
						listed = true
						continue
					}
					// "Union of News Agencies in OIC Member States",
					// "Federation of News Agencies in the Member States of
					// the ...": the members a body unites are part of its
					// name
					if v.low(k) == "in" {
						if m := memberStatesEnd(v, k+1); m > k {
							// the union's parent body after "of the" ends
							// the name: a holder's name may follow it
							k = m
							if v.low(k) == "of" && v.low(k+1) == "the" {
								if c, ok := v.entityAt(k + 2); ok && c.t0 == k+2 && c.m.Type == document.Organization {
									k = c.t1
								}
							}
							break
						}
					}
					// "State Committee for Radio under the Government of
					// Lakeland", "Agency for Information under the
					// President of Lakeland": the parent body or office
					// after "under the" is part of the full name (rule
					// pat.org.head-under)
					if v.low(k) == "under" && v.low(k+1) == "the" && v.isCap(k+2) && !t.isOrgEntity(v, k+2) && (titled(k+2) || v.has(&t.lex.OrgHeads, k+2)) {
						k += 3
						under = true
						continue
					}
					// "..., Communications and the Digital Economy": the
					// list's last item after "and the" (rule
					// pat.org.head-list-the)
					if listed && v.low(k) == "and" && v.low(k+1) == "the" && t.orgWord(v, k+2) && !t.isOrgEntity(v, k+2) && !t.headWithin(v, k+2, 4) {
						k += 3
						listed, listedThe = false, true
						continue
					}
					break
				}
				// "Amurskaya Pravda of the Amur region", "the Hill Times of
				// Lakeland state": a place noun in lower case after the
				// words makes them a place, no part of the name (rule
				// pat.org.head)
				if regionNouns[v.low(k)] && !v.isCap(k) && v.sent(k) == v.sent(i) {
					// back to the last "of": "Department of Culture of
					// the Amur region" keeps "of Culture"
					q := k - 1
					for q > e && v.low(q) != "of" {
						q--
					}
					k, right = q, q > e
				} else {
					right = true
				}
				e = k
			}
		}
		// 'TV and Radio Company "Volga"': a quoted name after the head
		// is part of the name
		if q := t.quotedName(v, e); q > e && !right {
			e = q
		}
		// "Lakeside TV 2", "... Channel 8": the number of a channel
		if !right && channelWords[v.low(e-1)] && isNumberToken(v.tok(e)) && v.sent(e) == v.sent(i) {
			e++
		}
		// "Lakeside Gas Co., Ltd.": the legal form after a comma
		if w := strings.TrimSuffix(v.low(e+1), "."); v.tok(e) == "," && !right && (w == "ltd" || w == "inc" || w == "llc") && v.sent(e+1) == v.sent(i) {
			e += 2
			if v.tok(e) == "." && v.adjacent(e) && !strings.HasSuffix(v.tok(e-1), ".") {
				e++
			}
		}
		// "the Lakeland Embassy in Kenya", "Embassy of Lakeland in
		// Nairobi", "Lakeland Embassy Nairobi": the host country or city
		// of an embassy or consulate is part of its name
		if missionHeads[v.low(i)] {
			k := e
			if v.low(k) == "in" {
				k++
			}
			if c, ok := v.entityAt(k); ok && c.t0 == k && (c.m.Type == document.Country || c.m.Type == document.Place) &&
				(k > e || !right && !v.isCap(c.t1)) {
				e = c.t1
			}
		}
		// "Dean of the Faculty of Journalism of Riverside University Anna
		// Petrova": a title's organization ends at its last head, and the
		// capitalised words after it name the holder
		var holder [2]int
		if title, ok := t.titledOf(v, s); ok {
			if cut, pe := t.holderAfterHead(v, i, e); cut > 0 {
				holder = [2]int{cut, pe}
				e = cut
				_ = title
			} else {
				// "... Provincial People's Congress Standing Committee
				// Wang Lin": the holder right after the name, also after
				// its acronym ("... Research (LRMR) Anna Lind")
				p := e
				if v.tok(p) == "(" && v.acronym(p+1) && v.tok(p+2) == ")" {
					p += 3
				} else if v.tok(p) == "(" && v.acronym(p+1) && v.tok(p+2) == "," {
					// "... News Agency (LNA, Lake News) Omar Felan": the
					// acronym and a short name (rule
					// pat.person.title-org-name)
					q := p + 3
					for q < p+8 && v.isCap(q) && v.isWord(q) {
						q++
					}
					if q > p+3 && v.tok(q) == ")" {
						p = q + 1
					}
				}
				if pe := t.nameRun(v, p); pe-p >= 2 && pe-p <= 4 && !v.isCap(pe) && v.low(pe) != "of" && v.tok(pe) != "(" {
					holder = [2]int{p, pe}
				}
			}
		}
		if s == i && !right {
			continue
		}
		// "Kenyatta International Convention Centre", "Dubai World Trade
		// Centre": a centre for conventions, exhibitions or trade fairs
		// is a venue, no organization (rule pat.org.head.venue)
		if w := v.lows[i]; (w == "centre" || w == "center") && !right && i > s {
			if p := v.low(i - 1); venueWords[p] || p == "trade" && v.low(i-2) == "world" {
				i = e - 1
				continue
			}
			// "held at the Lena Marsh Centre", "visited the Omar Taleb
			// Center": a centre named after a person only (two to four
			// name words, a given name first or a surname last) where
			// one is or goes is the building named after them (rule
			// pat.org.head.venue)
			if i-s >= 2 && i-s <= 4 && (t.nameKind(v, s)&givenName != 0 || t.nameKind(v, i-1)&familyName != 0) && !t.vocabularyIn(v, s, i) &&
				v.low(s-1) == "the" && (venueBefore[v.low(s-2)] || v.low(s-2) == "to" && venueBefore[v.low(s-3)]) {
				i = e - 1
				continue
			}
		}
		// "launched at Lakeland Radio's Media Complex", "visited the
		// Hill Press Complex": a complex where one is or goes is a
		// building (rule pat.org.head.venue)
		if v.lows[i] == "complex" && !right && (v.low(s-1) == "the" && venueBefore[v.low(s-2)] || v.low(s-1) == "'s" && venueBefore[v.low(s-3)]) {
			i = e - 1
			continue
		}
		// "Deputy Minister of Information, Publicity and Broadcasting
		// Services", "the Minister of Youth and Sports Services": the
		// words after a minister's "of" name the portfolio, no body (rule
		// pat.org.head.portfolio)
		if portfolioBefore(v, s) {
			i = e - 1
			continue
		}
		// "House of Journalists", "House of Representatives": "House"
		// names a body only before "of" ("Freedom House" is known by
		// name; "Lancaster House" is a building)
		if v.lows[i] == "house" && !right {
			i = e - 1
			continue
		}
		// "Times of Lakeland" names a paper; "Review of Lakeland
		// Broadcasting", "Journal of Media Studies" open with a newspaper's
		// head too but name a report or a periodical's field: a
		// newspaper's head that opens the name takes only a country or a
		// place after "of" (rule pat.org.prefix)
		if s == i && right && kind == document.KindNewspaper && v.low(i+n) == "of" {
			if c, ok := v.entityAt(i + n + 1); !ok || c.t0 != i+n+1 || c.t1 != e || (c.m.Type != document.Country && c.m.Type != document.Place) {
				i = e - 1
				continue
			}
		}
		// "a Turkish Company", "the Vietnamese Party", "State TV": a
		// country's adjective or a generic word before a company's, a
		// party's or a broadcaster's single head describes a body and
		// names none (rule pat.org.head.generic); a state's body keeps its
		// name ("the Turkish Embassy", "Kenyan Government")
		if n == 1 && s+1 == i && !right && t.describedOnly(v, s, i) {
			i = e - 1
			continue
		}
		// "India's Public Broadcaster", "the Kenyan State Broadcaster":
		// "Broadcaster" after generic words and countries only describes
		// an outlet; a name needs a word of its own ("Lakeland Public
		// Broadcaster")
		if v.lows[i] == "broadcaster" && !t.ownWordIn(v, s, i) {
			continue
		}
		// "Chinese TV series", "Lakeside Radio programmes": a broadcast
		// head before a noun of what is broadcast modifies it
		if contentNouns[v.low(e)] && !v.isCap(e) && broadcastHeads[v.low(e-1)] {
			i = e - 1
			continue
		}
		// "TV Lakes Started Broadcasting Its Programs": in a headline in
		// title case, a word the article writes in lower case elsewhere
		// is no word of a name
		if t.titleCase(v, i) && (t.plainWordIn(v, s, e) || allWrittenLower(v, s, e)) {
			i = e - 1
			continue
		}
		if t.beforeEventHead(v, e) {
			// "China-Arab States Radio and Television Cooperation Forum"
			// is an event's name, not an organization's
			i = e - 1
			continue
		}
		// an organization already tagged inside the name's left part
		// stays itself ("SCO Secretariat" is the SCO's body: keep SCO
		// only when nothing else precedes it)
		if e-s > 20 {
			continue
		}
		// a known organization plus a generic head is that organization:
		// "Sputnik News Agency", "Tass News Agency"; a body's own organ
		// is another organization ("ASEAN Secretariat", "CIS Executive
		// Committee": the longest name counts)
		if s+1 < i && len(v.tok(s)) >= 3 && v.tok(s) == strings.ToUpper(v.tok(s)) && v.tok(s) != v.tok(s+1) && strings.EqualFold(v.tok(s), v.tok(s+1)) {
			// "KAZINFORM Kazinform International News Agency": a credit
			// in capitals that the name repeats is no word of it
			s++
		}
		ks := s // "'Kazinform' International News Agency": a quoted known name
		if isQuote(v.tok(ks)) {
			ks++
		}
		// ... unless the head is of another kind: "Lakeside TV Academy"
		// is the broadcaster's academy
		// "KBC Channel 1": a numbered channel is a channel of its own
		// (rule pat.org.channel-number)
		numbered := v.lows[e-1] != "channel" && channelWords[v.low(e-2)] && isNumberToken(v.tok(e-1))
		if known, ok := v.entityAt(ks); ok && known.m.Type == document.Organization && known.t0 == ks && t.genericBetween(v, known.t1, i) && !numbered &&
			(!right || t.countryTail(v, i+n, e)) && !organHeads[v.low(e-1)] && (kind != document.KindOther || known.m.Kind == document.KindOther || known.m.Kind == "") &&
			!channelOfOutlet(kind, known.m.Kind) {
			m := known.m
			m.Rule += "+head"
			v.add(cand{m: m, t0: s, t1: e, layer: layerEntity, prio: 3})
			i = e - 1
			continue
		}
		channelOf := false
		if known, ok := v.entityAt(ks); ok && known.m.Type == document.Organization && known.t0 == ks && channelOfOutlet(kind, known.m.Kind) {
			channelOf = true
		}
		// "Tajikistan's National Information Agency Lakepress": a head
		// that generic words alone name, then a known organization of the
		// head's kind, is one name of that organization (rule
		// pat.org.generic-head-known)
		if !right && holder[1] == 0 && e < len(v.toks) && v.ent[e] != 0 {
			if known, ok := v.entityAt(e); ok && known.t0 == e && known.m.Type == document.Organization && known.m.Kind == kind && known.m.Kind != "" &&
				strings.HasPrefix(known.m.Rule, "gaz.") && v.sent(known.t1-1) == v.sent(i) && !t.ownWordIn(v, s, i) {
				m := known.m
				m.Rule, m.Confidence = "pat.org.generic-head-known", 0.8
				v.add(cand{m: m, t0: s, t1: known.t1, layer: layerEntity, prio: 3})
				i = known.t1 - 1
				continue
			}
		}
		// 'the forum "New Era of Journalism: Goodbye to Typical Press"':
		// words that close a quotation opened before them are the end of
		// a quoted title, no name
		if closingQuote(v.tok(e)) && quotedTitleEnd(v, s) {
			i = e - 1
			continue
		}
		v.headOrgs = true
		c := cand{t0: s, t1: e, layer: layerEntity, prio: 1}
		c.m.Parent = t.parentOf(v, s, i, e, owner)
		if possessive {
			// it wins over the known name it cut, of the same length
			c.prio = 4
		}
		c.m = document.Mention{Type: document.Organization, Kind: kind, Rule: "pat.org.head", Confidence: 0.7, Parent: c.m.Parent}
		if s == i {
			c.m.Rule = "pat.org.prefix"
		}
		switch {
		case channelOf:
			c.m.Rule = "pat.org.head.channel-of"
		case ownerNamed:
			c.m.Rule += ".owner-named"
		}
		if listedThe {
			c.m.Rule = "pat.org.head-list-the"
			c.m.Confidence = 0.65
		}
		if under {
			c.m.Rule = "pat.org.head-under"
			c.m.Confidence = 0.65
		}
		if countryEnd {
			c.m.Rule = "pat.org.head-country"
			c.m.Confidence = 0.65
		}
		if ordinalChannel {
			c.m.Rule = "pat.org.ordinal-channel"
			c.m.Confidence = 0.6
		}
		c.m.Country = t.homeCountry(v, s, e)
		name := cleanName(v.body[v.toks[s].Start:v.toks[e-1].End])
		// "Chinese Xinjiang Government": a country's adjective before a
		// region's or city's body describes it; the name goes without it
		// (the mention keeps it). "Thai Journalists Association",
		// "Turkish Grand National Assembly" keep it: it is their name's
		if d, ok := v.entityAt(s); ok && d.t0 == s && d.m.Type == document.Country && d.m.Rule == "gaz.country.demonym" && d.t1 < i {
			if p, ok := v.entityAt(d.t1); ok && p.t0 == d.t1 && p.m.Type == document.Place {
				name = cleanName(v.body[v.toks[d.t1].Start:v.toks[e-1].End])
			}
		}
		c.m.Name = name
		c.m.EntityID = t.orgID(name, kind, c.m.Country, v, s, e)
		// "the Forum's Organising Committee": an organ named by two words
		// only is known by its owner's name too
		// (org:forum-organising-committee), so that the organs of two
		// owners stay apart
		if owner >= 0 && e-s <= 2 {
			c.m.EntityID = document.OrgID(v.tok(owner) + " " + name)
		}
		// a name found by its form that the gazetteer knows (its alias
		// lost to a longer overlapping one) is that organization
		if en, _, ok := t.gaz.Lookup(name); ok && en.Type == document.Organization {
			c.m.EntityID, c.m.Name, c.m.Kind, c.m.Country = en.ID, en.Name, en.Kind, en.Country
		}
		v.add(c)
		if holder[1] > holder[0] {
			title, _ := t.titledOf(v, s)
			v.addPerson(holder[0], holder[1], "pat.person.title-org-name", 0.8, title)
			e = holder[1]
		}
		i = e - 1
	}
}

// venueBefore are the words before "the" and a building's name: where
// one is or goes.
// ("a visit to the ...", "a trip to the ...")
var venueBefore = map[string]bool{"at": true, "in": true, "inside": true, "outside": true, "visited": true, "visit": true, "visiting": true, "toured": true,
	"trip": true, "tour": true, "excursion": true}

// venueWords before "Centre" make a venue's name ("Convention Centre").
var venueWords = map[string]bool{
	"convention": true, "conference": true, "exhibition": true, "expo": true, "congress": true,
	"shopping": true, "sports": true, "events": true,
}

// onHeads are the heads after which "on" and a subject belong to the name
// ("Commission on Trade, Economic and Technical Cooperation").
var onHeads = map[string]bool{
	"commission": true, "committee": true, "subcommittee": true, "council": true, "center": true, "centre": true,
	"institute": true, "group": true, "office": true, "conference": true, "forum": true, "assembly": true,
}

// broadcastHeads are heads that also modify a noun ("TV series").
var broadcastHeads = map[string]bool{"tv": true, "television": true, "radio": true}

// contentNouns are what is broadcast or sold: after a broadcast head they
// make it a modifier ("Chinese TV series", "Beijing TV dramas").
var contentNouns = map[string]bool{
	"series": true, "drama": true, "dramas": true, "show": true, "shows": true, "program": true, "programs": true,
	"programme": true, "programmes": true, "content": true, "contents": true, "industry": true, "market": true,
	"audiences": true, "audience": true, "viewers": true, "documentary": true, "documentaries": true,
	"films": true, "movies": true, "sets": true, "signal": true, "signals": true, "footage": true, "licence": true,
	"license": true, "ratings": true, "production": true, "productions": true, "serials": true,
}

// quotedTitleEnd reports whether the words from token s lie inside a
// quotation opened earlier in the sentence, with other words between the
// opening quote and s.
func quotedTitleEnd(v *view, s int) bool {
	for k := s - 1; k >= 0 && k >= s-20 && v.sent(k) == v.sent(s); k-- {
		switch v.tok(k) {
		case "“", "«", "\"":
			// '“The Lakeside Post”': the quotation is the name with
			// its article (rule pat.org.head)
			return k < s-1 && !(k == s-2 && v.tok(s-1) == "The")
		case "”", "»":
			return false
		}
	}
	return false
}

// memberStatesEnd returns the end of "[the] [up to three capitalised
// words] Member States" from token k, or -1.
func memberStatesEnd(v *view, k int) int {
	if v.low(k) == "the" {
		k++
	}
	for n := 0; n < 4 && v.isCap(k) && v.sent(k) == v.sent(k-1); n++ {
		if v.low(k) == "member" && v.low(k+1) == "states" && v.isCap(k+1) {
			return k + 2
		}
		k++
	}
	return -1
}

// countryAfterHeads are the heads after which a country's name may end
// the body's name ("Press Council Nepal", "Radio Television Malaysia").
var countryAfterHeads = map[string]bool{"council": true, "television": true, "radio": true, "association": true, "federation": true, "union": true, "tv": true}

// nameTails are the words that end an outlet's name after its head.
var nameTails = map[string]bool{"international": true, "inquirer": true, "online": true, "plus": true, "digital": true, "global": true, "hub": true, "live": true, "express": true}

// brandAfterNoun reports whether token k is one capitalised word that
// names no field, head or title, right after an outlet noun in lower case
// ("the regional broadcaster Fjordvision", "the daily Lakepost").
func (t *Tagger) brandAfterNoun(v *view, k int) bool {
	if k < 1 || v.ent[k] != 0 || !v.isCap(k) || !v.isWord(k) || v.gate[k]&bitStopCap != 0 {
		return false
	}
	if w := v.lows[k]; t.lex.Vocabulary[w] || t.lex.TitleFields[w] || v.has(&t.lex.OrgHeads, k) || v.has(&t.lex.Titles, k) {
		return false
	}
	_, _, ok := outletNounAt(v, k-1)
	return ok
}

// plainWordIn reports whether a word of tokens [a, b) that is no head,
// generic word, title field or vocabulary word is one the article writes in
// lower case elsewhere ("Started" of a headline).
func (t *Tagger) plainWordIn(v *view, a, b int) bool {
	for k := a; k < b; k++ {
		w := v.lows[k]
		if !v.isWord(k) || v.ent[k] != 0 || genericWords[w] || t.lex.TitleFields[w] || t.lex.Vocabulary[w] || orgConnectors[w] {
			continue
		}
		if v.writtenLower(w) {
			return true
		}
	}
	return false
}

// regionNouns in lower case after a name make it a place's ("the Amur
// region", "Lakeland state").
var regionNouns = map[string]bool{"region": true, "province": true, "district": true, "oblast": true, "state": true, "area": true,
	"county": true, "city": true, "territory": true, "prefecture": true, "governorate": true}

// allWrittenLower reports whether every word of tokens [a, b) is one the
// article writes in lower case elsewhere: in a headline in title case,
// "Journalists' Union Slams ..." or "Journalism School Hosts ..." is the
// body's "the union" or "the school", a generic short form, no name (rule
// pat.org.head, a guard). Connectors and possessive marks do not count.
func allWrittenLower(v *view, a, b int) bool {
	words := 0
	for k := a; k < b; k++ {
		if !v.isWord(k) || orgConnectors[v.lows[k]] {
			continue
		}
		if v.ent[k] != 0 || !v.writtenLower(v.lows[k]) {
			return false
		}
		words++
	}
	return words > 0
}

// parentOf returns the id of the organization that the organ named by
// tokens [s, e), with its head at token i, belongs to, or "": the owner
// of a possessive before it ("the Ministry's Centre for ..."), a known
// organization before an organ head ("ASEAN Secretariat"), or the
// organization after the first "of" that names one ("Information
// Department of the Lakeland Ministry of Media", "Faculty of Journalism of
// Riverside University": the part after an "of" that holds a head of its
// own before the next "of").
func (t *Tagger) parentOf(v *view, s, i, e, owner int) string {
	if owner >= 0 {
		if c, ok := v.entityAt(owner); ok && c.m.Type == document.Organization {
			return c.m.EntityID
		}
		return ""
	}
	if c, ok := v.entityAt(s); ok && c.m.Type == document.Organization && c.t0 == s && c.t1 <= i && organHeads[v.low(e-1)] {
		return c.m.EntityID // "ASEAN Secretariat"
	}
	for k := i + 1; k < e-1; k++ {
		if v.lows[k] != "of" {
			continue
		}
		a := k + 1
		if v.lows[a] == "the" {
			a++
		}
		// the part after this "of" holds a head before the next "of"
		kind, head := "", false
		for j := a; j < e && v.lows[j] != "of"; j++ {
			if kind, _, head = t.headAt(v, j); head {
				break
			}
		}
		if !head {
			continue
		}
		if c, ok := v.entityAt(a); ok && c.m.Type == document.Organization && c.t0 == a && c.t1 == e {
			return c.m.EntityID
		}
		name := cleanName(v.body[v.toks[a].Start:v.toks[e-1].End])
		if en, _, ok := t.gaz.Lookup(name); ok && en.Type == document.Organization {
			return en.ID
		}
		// the id the parent has when it is named on its own
		return t.orgID(name, kind, t.homeCountry(v, a, e), v, a, e)
	}
	return ""
}

// headEndsAt reports whether an organization head ends at token k
// ("Agency" of "News Agency", "Post", "Group").
func (t *Tagger) headEndsAt(v *view, k int) bool {
	for j := k; j >= 0 && j > k-4; j-- {
		if _, n, ok := t.headAt(v, j); ok && j+n-1 == k {
			return true
		}
	}
	return false
}

// properWordIn reports a capitalised word in tokens [a, b) that is no
// organization head: the proper part of a name ("Valley" of "Valley
// Television"); "Radio and Television Administration" has none after
// "and".
func (t *Tagger) properWordIn(v *view, a, b int) bool {
	for k := a; k < b; k++ {
		if v.isCap(k) && v.isWord(k) && !v.has(&t.lex.OrgHeads, k) && !t.headEndsAt(v, k) {
			return true
		}
	}
	return false
}

// quotedName returns the end of a quoted capitalised name right after
// token e ('Company "Volga"', 'Company “Volga”'), or e.
func (t *Tagger) quotedName(v *view, e int) int {
	open := v.tok(e)
	if open != "\"" && open != "“" && open != "«" {
		return e
	}
	for k := e + 1; k < len(v.toks) && k < e+6 && v.sent(k) == v.sent(e); k++ {
		switch v.tok(k) {
		case "\"", "”", "»":
			if k > e+1 {
				return k + 1
			}
			return e
		}
		// "Xalq so'zi", "Narodnoye slovo": after a capitalised first
		// word a native name goes on in lower case, also over an
		// apostrophe inside a word
		if k > e+1 && v.isCap(e+1) && (v.isWord(k) && !englishSmall[v.low(k)] || (v.tok(k) == "'" || v.tok(k) == "’") && v.adjacent(k) && v.adjacent(k+1)) {
			continue
		}
		if !v.isCap(k) && v.tok(k) != "-" {
			return e
		}
	}
	return e
}

// englishSmall are English words that no quoted native name goes on
// with: a quote that holds them is a phrase, not a name.
var englishSmall = map[string]bool{"of": true, "the": true, "and": true, "for": true, "in": true, "on": true, "to": true, "a": true,
	"an": true, "is": true, "are": true, "was": true, "with": true, "from": true, "by": true, "at": true, "as": true, "not": true, "we": true}

// titledOf reports whether the organization name starting at token s
// follows a title and "of" or "at" ("Dean of the Faculty ...", "Vice
// Chairperson of the ... Standing Committee"), and returns the title.
func (t *Tagger) titledOf(v *view, s int) (string, bool) {
	k := s
	if v.low(k-1) == "the" {
		k--
	}
	// "Head of Lakeland's High Council ...": a country's or
	// organization's possessive before the name
	if v.low(k-1) == "'s" {
		if c, ok := v.entityAt(k - 2); ok && (c.m.Type == document.Country || c.m.Type == document.Organization) {
			k = c.t0
		}
	}
	// "Secretary in the Ministry of ... Anna Berg": "in" joins a
	// title to its body too
	if w := v.low(k - 1); w != "of" && w != "at" && w != "for" && w != "in" {
		return "", false
	}
	of := k - 1
	for j := of - 1; j >= 0 && j >= of-6 && v.sent(j) == v.sent(s); j-- {
		if end, ok := t.titleAt(v, j); ok && end == of {
			return v.body[v.toks[j].Start:v.toks[end-1].End], true
		}
	}
	return "", false
}

// holderAfterHead finds a person's name at the end of tokens [i, e)
// right after an organization head: two to four name words, nothing after
// them in the name. It returns where the organization ends and where the
// name ends, or 0, 0.
func (t *Tagger) holderAfterHead(v *view, i, e int) (int, int) {
	for cut := e - 2; cut > i && cut >= e-4; cut-- {
		// the name ends at a head, a country, a field word, or the
		// holder's name starts with a given name or surname of the
		// lexicon or an initial ("... Reconciliation Lena Marsh",
		// "... Regulation S. Nour")
		if v.initialEndsAt(cut - 1) {
			continue // "S. El-Salhi": the name starts at the initial
		}
		if !t.headEndsAt(v, cut-1) && !t.nameEndsAt(v, cut-1) && !t.personName(v, cut) && !v.initialAt(cut) {
			continue
		}
		if pe := t.nameRun(v, cut); pe == e && pe-cut >= 2 {
			return cut, pe
		}
	}
	return 0, 0
}

// isQuote reports whether tok is a quotation mark.
func isQuote(tok string) bool {
	switch tok {
	case "\"", "“", "”", "‘", "’", "'", "«", "»":
		return true
	}
	return false
}

// isCountryWord reports whether token i, alone, names a country
// ("China" of "China's State Council").
func (t *Tagger) isCountryWord(v *view, i int) bool {
	en, _, ok := t.gaz.Lookup(v.tok(i))
	return ok && en.Type == document.Country
}

// headWithin reports whether an organization head starts among the n
// tokens from k, with name words before it ("Central Committee").
func (t *Tagger) headWithin(v *view, k, n int) bool {
	for j := k; j < k+n && j < len(v.toks); j++ {
		if _, _, ok := t.headAt(v, j); ok {
			return true
		}
		if !t.orgWord(v, j) {
			return false
		}
	}
	return false
}

// channelWords are heads a channel's number may follow ("Channel 8").
var channelWords = map[string]bool{"channel": true, "tv": true, "fm": true}

// speakingNouns follow "<Language>-speaking" inside a name ("Association
// of News Agencies of Turkic-speaking countries").
var speakingNouns = map[string]bool{"countries": true, "states": true, "nations": true, "peoples": true}

// isNumberToken reports whether tok is a number of one to four digits.
func isNumberToken(tok string) bool {
	if len(tok) == 0 || len(tok) > 4 {
		return false
	}
	for i := 0; i < len(tok); i++ {
		if tok[i] < '0' || tok[i] > '9' {
			return false
		}
	}
	return true
}

// initialAt reports whether an initial starts at token k ("S." or "S"
// ".").
func (v *view) initialAt(k int) bool {
	tk := v.tok(k)
	return v.isCap(k) && (len(tk) == 1 && v.tok(k+1) == "." || len(tk) == 2 && tk[1] == '.' || initials(tk))
}

// initialEndsAt reports whether an initial ends at token k.
func (v *view) initialEndsAt(k int) bool {
	return v.initialAt(k) && len(v.tok(k)) == 2 || v.tok(k) == "." && len(v.tok(k-1)) == 1 && v.isCap(k-1)
}

// missionHeads are the heads of diplomatic missions, whose host country or
// city belongs to their name.
var missionHeads = map[string]bool{"embassy": true, "consulate": true, "mission": true}

// genericWords between a known organization's name and a head leave it
// that organization: "Kazinform International News Agency", "Lakeside
// National News Agency".
var genericWords = map[string]bool{
	"international": true, "national": true, "state": true, "official": true, "media": true,
	"news": true, "information": true, "multimedia": true, "global": true, "world": true,
}

// describedHeads are the heads that a country's adjective or a generic
// word alone before them only describes ("a Turkish company", "State TV").
var describedHeads = map[string]bool{
	"company": true, "group": true, "corporation": true, "holding": true, "party": true,
	"tv": true, "television": true, "radio": true, "broadcaster": true, "channel": true,
	// "the Bolivian Agency ABI": an agency a country's adjective alone names
	"agency": true,
}

// describedOnly reports whether the one word s before the head at i is a
// country's adjective, a generic or a field word, and the head one of
// describedHeads: "Turkish Company", "State TV".
func (t *Tagger) describedOnly(v *view, s, i int) bool {
	if !describedHeads[v.lows[i]] {
		return false
	}
	switch w := v.lows[s]; {
	case w == "state" || w == "official" || w == "public":
		return true
	case broadcastHeads[v.lows[i]] || v.lows[i] == "channel" || v.lows[i] == "broadcaster":
		// "Cuban Television", "Lakeland Radio": a country's broadcaster
		// is named by its adjective
		return false
	}
	c, ok := v.entityAt(s)
	return ok && c.t0 == s && c.t1 == s+1 && c.m.Type == document.Country && !strings.EqualFold(v.tok(s), c.m.Name)
}

// adjectiveEndings end the adjectives of a name's comma list
// ("Statistical, Economic and Social").
var adjectiveEndings = []string{"al", "ic", "ive", "ary", "ous"}

// adjectiveForm reports whether w (lower case) ends like an adjective of
// adjectiveEndings and has at least five letters.
func adjectiveForm(w string) bool {
	if len(w) < 5 {
		return false
	}
	for _, e := range adjectiveEndings {
		if strings.HasSuffix(w, e) {
			return true
		}
	}
	return false
}

// andIn reports whether "and" is among tokens [a, b).
func andIn(v *view, a, b int) bool {
	for k := a; k < b; k++ {
		if v.lows[k] == "and" {
			return true
		}
	}
	return false
}

// fieldWordsOnly reports whether tokens [a, b) are untagged words of a
// title's field only ("Information" of "Lakeland Broadcasting and
// Information Service").
func (t *Tagger) fieldWordsOnly(v *view, a, b int) bool {
	for k := a; k < b; k++ {
		if v.ent[k] != 0 || !t.lex.TitleFields[v.lows[k]] {
			return false
		}
	}
	return a < b
}

// ownWordIn reports whether tokens [a, b) hold a word that is no generic
// word, no word of a title's field and no country: a word that names.
func (t *Tagger) ownWordIn(v *view, a, b int) bool {
	for k := a; k < b; k++ {
		if c, ok := v.entityAt(k); ok && c.m.Type == document.Country {
			k = c.t1 - 1
			continue
		}
		if v.isWord(k) && !genericWords[v.lows[k]] && !t.lex.TitleFields[v.lows[k]] {
			return true
		}
	}
	return false
}

// genericWord is genericWords[w] as a switch: cheaper than the map on the
// hot path of nameRun, which runs for most capitalised tokens.
func genericWord(w string) bool {
	switch w {
	case "international", "national", "state", "official", "media", "news", "information", "multimedia", "global", "world":
		return true
	}
	return false
}

// genericBetween reports whether tokens [a, b) are generic words or
// countries (demonyms) only: "International", "Romanian National"; a
// closing quote may come first ("'Kazinform' International").
func (t *Tagger) genericBetween(v *view, a, b int) bool {
	if a < b && isQuote(v.tok(a)) {
		a++
	}
	for k := a; k < b; k++ {
		if genericWords[v.low(k)] && v.isCap(k) {
			continue
		}
		if c, ok := v.entityAt(k); ok && c.m.Type == document.Country {
			k = c.t1 - 1
			continue
		}
		return false
	}
	return true
}

// countryTail reports whether tokens [a, b) are "of" and a country only
// ("... News Agency of Tajikistan").
func (t *Tagger) countryTail(v *view, a, b int) bool {
	if v.low(a) != "of" {
		return false
	}
	c, ok := v.entityAt(a + 1)
	return ok && c.m.Type == document.Country && c.t0 == a+1 && c.t1 == b
}

// headInRunBefore reports whether the capitalised words that end at token
// k (joined by "of", "and", "the", "&") hold an organization head:
// "Faculty of Journalism", "Information Department".
func (t *Tagger) headInRunBefore(v *view, k int) bool {
	for j := k; j >= 0 && j > k-8 && v.sent(j) == v.sent(k); j-- {
		if t.orgWord(v, j) {
			if v.has(&t.lex.OrgHeads, j) || t.headEndsAt(v, j) || t.isOrgEntity(v, j) {
				return true
			}
			continue
		}
		if w := v.low(j); (w == "of" || w == "and" || w == "the" || w == "&") && t.orgWord(v, j-1) {
			continue
		}
		return false
	}
	return false
}

// quotedBefore returns where a quoted capitalised name that ends right
// before token s starts ('"Yeni Musavat" Media Group', "'Kazinform'
// International News Agency"), or s.
func (t *Tagger) quotedBefore(v *view, s int) int {
	if !closingQuote(v.tok(s-1)) && v.tok(s-1) != "'" {
		return s
	}
	for k := s - 2; k >= 0 && k > s-7 && v.sent(k) == v.sent(s); k-- {
		switch v.tok(k) {
		case "\"", "“", "«", "‘", "'":
			if k < s-2 {
				return k
			}
			return s
		}
		if !v.isCap(k) && v.tok(k) != "-" {
			return s
		}
	}
	return s
}

// nameEndsAt reports whether the name of an organization may end at token
// k before its holder's name: a country, place or organization ends there
// ("... of Iran Saeed Khatibzadeh"), a field word ("... Foreign Affairs
// Anna Lind") or an acronym in parentheses.
func (t *Tagger) nameEndsAt(v *view, k int) bool {
	if c, ok := v.entityAt(k); ok && c.t1 == k+1 {
		switch c.m.Type {
		case document.Country, document.Place, document.Organization:
			return true
		}
	}
	return v.tok(k) == ")" || v.isCap(k) && t.lex.TitleFields[v.low(k)]
}

// titleEndsAt reports whether a title of the lexicon ends at token k
// ("Chief" of "Editor-in-Chief", "General" of "Director General").
func (t *Tagger) titleEndsAt(v *view, k int) bool {
	for j := k; j >= 0 && j > k-6; j-- {
		if end, ok := t.titleAt(v, j); ok && end == k+1 {
			return true
		}
	}
	return false
}

// organHeads end the name of a body's own organ, another organization
// than the body: "ASEAN Secretariat", "CIS Executive Committee".
var organHeads = map[string]bool{
	"secretariat": true, "committee": true, "council": true, "commission": true, "department": true,
	"bureau": true, "office": true, "directorate": true, "presidium": true, "division": true,
}

// nameList reports whether the comma at token k continues a list of
// untagged name words that "and" closes within the name: ", Culture and
// Tourism", ", Eastern European and Central Asian Studies".
func (t *Tagger) nameList(v *view, k int) bool {
	item := 0 // words of the current item
	for j := k + 1; j < len(v.toks) && j < k+8 && v.sent(j) == v.sent(k); j++ {
		if item > 0 && t.headEndsAt(v, j) {
			// "Ministry of Communications, Diplomatic Academy and ...":
			// an item of several words ends with a head of its own
			return false
		}
		switch {
		case v.low(j) == "and":
			// "State Administration of Radio, Film, and Television";
			// not "..., Diplomatic Academy and Institute for ..."
			if w := v.low(j + 2); v.has(&t.lex.OrgPrefixHeads, j+1) && (w == "of" || w == "for") {
				return false
			}
			// "Ministry of Information, Communications and the Digital
			// Economy": an article may open the last item
			if v.low(j+1) == "the" && j > k+1 {
				if t.headWithin(v, j+2, 4) {
					return false // "..., Sports and the Arts Council": another body
				}
				j++
			}
			return (j > k+1 || v.tok(k-2) == ",") && t.orgWord(v, j+1) && !t.isOrgEntity(v, j+1)
		case v.tok(j) == ",":
			if j == k+1 {
				return false
			}
			item = 0
		case !t.orgWord(v, j) || t.isOrgEntity(v, j) || t.isPersonEntity(v, j):
			return false
		default:
			item++
		}
	}
	return false
}

func (t *Tagger) isPersonEntity(v *view, i int) bool {
	c, ok := v.entityAt(i)
	return ok && c.m.Type == document.Person
}

// aliasWords open a parenthesis that names the organization before it
// again: "(officially known as China International Publishing Group or
// CIPG)", "(formerly ...)", "(also called ...)".
var aliasWords = map[string]bool{"known": true, "formerly": true, "officially": true, "also": true, "renamed": true}

// aliasDefinitions gives the names inside such a parenthesis the
// organization's id: they are other names of the same body. Acronyms
// there are recorded in defs for later mentions.
func (v *view) aliasDefinitions(defs map[string]cand) {
	for _, i := range v.parens {
		if i < 1 || i+3 >= len(v.toks) || !aliasWords[v.low(i+1)] {
			continue
		}
		c, ok := v.entityAt(i - 1)
		if !ok || c.m.Type != document.Organization || c.t1 != i {
			continue
		}
		outer := c.m
		for j := i + 2; j < len(v.toks) && j < i+20 && v.sent(j) == v.sent(i) && v.tok(j) != ")"; j++ {
			if in, ok := v.entityAt(j); ok && in.m.Type == document.Organization {
				in.m.EntityID, in.m.Name, in.m.Country = outer.EntityID, outer.Name, outer.Country
				j = in.t1 - 1
				continue
			}
			if v.ent[j] == 0 && v.acronym(j) {
				m := outer
				m.Rule = "pat.org.acronym-def"
				m.Confidence = maxf(0.75, m.Confidence-0.05)
				v.add(cand{m: m, t0: j, t1: j + 1, layer: layerEntity, prio: 2})
				if _, seen := defs[v.tok(j)]; !seen {
					defs[v.tok(j)] = cand{m: outer}
				}
			}
		}
	}
}

// portfolioBefore reports whether the name from token s is, with the list
// before it, what a minister's title names after "of": "Minister of
// Information, Publicity and Broadcasting Services".
func portfolioBefore(v *view, s int) bool {
	k := s - 1
	for k > 0 && s-k <= 8 && v.sent(k) == v.sent(s) && (v.tok(k) == "," || v.low(k) == "and" || v.isCap(k) && v.isWord(k)) {
		k--
	}
	if v.low(k) != "of" {
		return false
	}
	w := v.low(k - 1)
	return w == "minister" || w == "ministers"
}

// streetHeads after a city's name make a street's or a quarter's name
// ("Auckland Park", "Moscow Road"), which names no city.
var streetHeads = map[string]bool{"park": true, "street": true, "road": true, "avenue": true, "square": true, "bridge": true,
	"drive": true, "lane": true, "boulevard": true}

// streetNames drops a city's mention that a capitalised street head
// follows: "SABC's Auckland Park studios" are in Johannesburg, not in
// New Zealand (rule gaz.place.street, a guard).
func (t *Tagger) streetNames(v *view) {
	for _, k := range v.entities {
		c := &v.cands[k]
		if c.m.Type != document.Place || c.t1 >= len(v.toks) || !v.isCap(c.t1) || !streetHeads[v.lows[c.t1]] || v.sent(c.t1) != v.sent(c.t0) {
			continue
		}
		c.m.Type = ""
	}
}
