package bench

import (
	"fmt"
	"math/rand/v2"
	"strings"

	"github.com/mediakg/mediakg/nlp/document"
)

// Synthetic returns n documents shaped like the extraction output of a
// media-cooperation report: a few countries, organizations with a home
// country, persons and a place, one or two events (some of them numbered
// members of a series) and the cooperation, participation and agreement
// facts between them, each with an evidence sentence. Names and sentences
// are made up; the same seed gives the same documents. It stands in for the
// real extraction output where the NLP pipeline is not available.
func Synthetic(n int, seed uint64) []*document.Document {
	rng := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	docs := make([]*document.Document, n)
	for i := range docs {
		docs[i] = synthDoc(rng, i)
	}
	return docs
}

var eventTypes = []string{"conference", "forum", "meeting", "visit", "signing", "video_conference"}

func synthDoc(rng *rand.Rand, i int) *document.Document {
	var body strings.Builder
	d := &document.Document{}
	say := func(s string) document.Evidence {
		if body.Len() > 0 {
			body.WriteString(" ")
		}
		st := body.Len()
		body.WriteString(s)
		return document.Evidence{Text: s, Start: st, End: body.Len()}
	}
	type ent struct {
		id, name string
		typ      document.EntityType
	}
	var countries, orgs, persons []ent
	addEntity := func(e ent, kind, country string) {
		ev := say(fmt.Sprintf("Synthetic sentence naming %s for article %d.", e.name, i))
		d.Entities = append(d.Entities, document.Entity{
			ID: e.id, Type: e.typ, Name: e.name, Kind: kind, Country: country, Confidence: 1,
			Aliases:  []string{strings.ToUpper(e.name[:3]) + " alias"},
			Mentions: []document.EntityMention{{Text: e.name, Start: ev.Start + 25, End: ev.Start + 25 + len(e.name), Rule: "synth"}},
		})
	}
	for _, k := range pick(rng, 30, 2+rng.IntN(3)) {
		c := ent{fmt.Sprintf("country:X%02d", k), fmt.Sprintf("Country %02d", k), document.Country}
		countries = append(countries, c)
		addEntity(c, "", "")
	}
	for _, k := range pick(rng, 200, 2+rng.IntN(4)) {
		o := ent{fmt.Sprintf("org:agency-%03d", k), fmt.Sprintf("Agency %03d", k), document.Organization}
		orgs = append(orgs, o)
		addEntity(o, document.KindNewsAgency, fmt.Sprintf("country:X%02d", k%30))
	}
	for _, k := range pick(rng, 400, rng.IntN(4)) {
		p := ent{fmt.Sprintf("person:person-%03d", k), fmt.Sprintf("Person %03d", k), document.Person}
		persons = append(persons, p)
		addEntity(p, "", fmt.Sprintf("country:X%02d", k%30))
	}
	place := ent{fmt.Sprintf("place:city-%02d", rng.IntN(60)), "", document.Place}
	place.name = "City " + place.id[len(place.id)-2:]
	addEntity(place, "", fmt.Sprintf("country:X%02d", rng.IntN(30)))
	parties := append(append([]ent{}, countries...), orgs...)

	nEvents := 1 + rng.IntN(2)
	for e := 0; e < nEvents; e++ {
		typ := eventTypes[rng.IntN(len(eventTypes))]
		day := fmt.Sprintf("20%02d-%02d-%02d", 15+rng.IntN(10), 1+rng.IntN(12), 1+rng.IntN(28))
		ev := document.Event{Type: typ, Date: day, DateGranularity: "day", Rule: "synth.event", Confidence: 0.8, Location: place.id}
		if rng.IntN(3) == 0 {
			s := rng.IntN(12)
			ev.Series = fmt.Sprintf("series:synthetic-%02d", s)
			ev.Ordinal = 1 + rng.IntN(20)
			ev.Name = fmt.Sprintf("%dth Synthetic Forum %02d", ev.Ordinal, s)
			ev.ID = fmt.Sprintf("event:synthetic-%02d-%d", s, ev.Ordinal)
		} else {
			ev.ID = fmt.Sprintf("event:%s-%s-a%d-%d", typ, day, i, e)
		}
		for _, k := range pick(rng, len(parties), min(len(parties), 2+rng.IntN(3))) {
			ev.Participants = append(ev.Participants, parties[k].id)
		}
		if len(persons) > 0 {
			ev.Participants = append(ev.Participants, persons[0].id)
		}
		ev.Organizers = []string{ev.Participants[0]}
		ev.Evidence = say(fmt.Sprintf("The synthetic %s of article %d took place on %s in %s.", typ, i, day, place.name))
		d.Events = append(d.Events, ev)
		for a := 0; a < len(ev.Participants); a++ {
			for b := a + 1; b < len(ev.Participants); b++ {
				if strings.HasPrefix(ev.Participants[a], "person:") || strings.HasPrefix(ev.Participants[b], "person:") {
					continue
				}
				d.Relations = append(d.Relations, document.Relation{
					Type: document.CooperatesWith, From: ev.Participants[a], To: ev.Participants[b], Event: ev.ID,
					Topic: []string{"media", "translation", "news exchange", "training"}[rng.IntN(4)], CAMEO: "036",
					Evidence: say(fmt.Sprintf("Synthetic parties %d and %d of article %d agreed to cooperate.", a, b, i)),
					Rule:     "synth.cooperate", Confidence: 0.5 + float64(rng.IntN(50))/100,
				})
			}
		}
		if typ == "signing" {
			d.Relations = append(d.Relations, document.Relation{Type: document.Signed, From: ev.Participants[0], To: ev.ID,
				Evidence: say(fmt.Sprintf("A synthetic memorandum was signed in article %d.", i)), Rule: "synth.sign", Confidence: 0.9})
		}
	}
	for _, k := range pick(rng, 20, rng.IntN(3)) {
		d.Relations = append(d.Relations, document.Relation{
			Type: document.AgreedOn, From: parties[rng.IntN(len(parties))].id, Topic: fmt.Sprintf("synthetic topic %02d", k),
			Evidence: say(fmt.Sprintf("Synthetic agreement on topic %d in article %d.", k, i)), Rule: "synth.agree", Confidence: 0.6,
		})
	}
	pub := orgs[0]
	d.Article = document.Article{
		ID: fmt.Sprintf("synthetic:%06d", i), URL: fmt.Sprintf("https://example.org/synthetic/%06d", i),
		Title: fmt.Sprintf("Synthetic report %d", i), Publisher: pub.name, PublisherID: pub.id,
		Published: fmt.Sprintf("2020-%02d-%02d", 1+i%12, 1+i%28), Language: "en", Body: body.String(),
		Origin: fmt.Sprintf("synthetic:%d", i), ContentHash: fmt.Sprintf("synthetic-%06d", i),
	}
	if len(orgs) > 1 {
		d.Article.Source, d.Article.SourceID = orgs[1].name, orgs[1].id
	}
	return d
}

// pick returns k distinct numbers below n.
func pick(rng *rand.Rand, n, k int) []int {
	if k > n {
		k = n
	}
	return rng.Perm(n)[:k]
}
