// Package extract finds events and relations in a tagged, resolved
// document, with the rule, evidence sentence and confidence of each fact.
//
// Events come from named events ("China-Russia Media Forum") and trigger
// nouns ("video conference", "talks") that something anchors to a specific
// happening: an ordinal, a date, named participants, a location or a verb
// saying it happened. Definite mentions ("the conference", "the event")
// refer back to the last compatible event (article-level coreference).
// Each event collects the ordinal ("the 13th of its kind"), date, mode,
// attendance, location, participants and organizers its sentences state.
//
// Relations come from the trigger rules of the lexicon (relations.yaml),
// each with a frame that finds its arguments: "cooperation between X and
// Y", "X and Y ... cooperation", "X-Y cooperation", "X cooperates with Y",
// "X and Y signed an agreement", "both sides agreed ...", "X committed
// to ...". Pair anaphors ("the two sides", "both countries", "the two
// agencies") stand for the last pair of parties named. Participants,
// organizers and locations of events become PARTICIPATED_IN, ORGANIZED
// and HELD_IN; signings SIGNED. Relations carry CAMEO codes where one
// fits.
//
// Files:
//   - extract.go:   Extractor, New, Apply, the document view, sources
//   - pairs.go:     coordinated parties, pair anaphors
//   - events.go:        which words make an event (named events, triggers,
//     past editions, bodies and machinery named like events)
//   - eventverbs.go:    verbs that tell a happening (met, visited, launched,
//     received, a stay), retold verb events
//   - anchoring.go:     whether a mention is a happening: what anchors a
//     trigger, plans, habits, requests, processes, purposes
//   - coreference.go:   which earlier event a mention refers to; series keys
//   - participation.go: participants (names, premodifiers, "attended by",
//     speakers, delegations)
//   - organizers.go:    organizers and whether the organizing was joint
//   - dateplace.go:     dates, places, ordinals, mode and attendance of events
//   - speakers.go:      persons who spoke in a report and their parties
//   - titles.go:        the parties persons' titles name
//   - relations.go:     the frames' shared machinery and the dispatcher
//   - cooperation.go:   COOPERATES_WITH from statements of cooperation:
//     the trigger frames (between, of, pair, with) and the shared emitters
//   - coopclauses.go:   "in cooperation with", "organized by X with Y",
//     "under the agreement", "joined Y in"
//   - cooppartners.go:  partnerships, partners lists, content provided,
//     staff trained, a speaker's own organization
//   - coopjoint.go:     exchanges, joint undertakings, joint projects
//   - coophubs.go:      one hub with counted or listed partners
//   - coopfallback.go:  the fallback pair of a sentence that states
//     cooperation and names exactly two parties no frame read
//   - signing.go:       signing events, SIGNED, the cooperation a signing states
//   - stances.go:       AGREED_ON and COMMITTED_TO
//   - topics.go:    topics of cooperation, agreements and commitments
//   - finish.go:    event dates from outside their sentences, events told
//     twice merged, event ids, derived relations, sorting
//   - util.go:      small helpers, wordSet
//
// A rule tests a token against a word set with v.in(set, j), which reads
// one bit of the set for the token's word id (the tagger finds the ids;
// the sets register their words with the lexicon); set.has(w) tests a
// word that is no token (a suffix, a joined phrase).
package extract
