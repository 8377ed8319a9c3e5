package schema

import (
	"strings"

	"github.com/mediakg/mediakg/nlp/document"
)

// entityTable is the one table from the NLP side's entity types and id
// prefixes to node labels. Date, Ordinal, Quantity and Title tags are not
// nodes: dates are properties, the others qualify what they are attached to.
var entityTable = []struct {
	Type   document.EntityType
	Prefix string
	Label  Label
}{
	{document.Country, document.PrefixCountry, Country},
	{document.Organization, document.PrefixOrg, Organization},
	{document.Person, document.PrefixPerson, Person},
	{document.Place, document.PrefixPlace, Place},
	{document.EventType, document.PrefixEvent, Event},
	{"", document.PrefixSeries, EventSeries},
	{document.Topic, document.PrefixTopic, Topic},
	{"", document.PrefixArticle, Article},
}

// LabelForEntityType returns the label of entities of type t; false for
// types that do not become nodes (Date, Ordinal, Quantity, Title).
func LabelForEntityType(t document.EntityType) (Label, bool) {
	if t == "" {
		return "", false
	}
	for _, e := range entityTable {
		if e.Type == t {
			return e.Label, true
		}
	}
	return "", false
}

// LabelForID returns the label of the node a canonical id ("country:CHN",
// "org:xinhua") names, from its prefix; false for unknown prefixes.
func LabelForID(id string) (Label, bool) {
	p := document.IDPrefix(id)
	if p == "" || len(id) == len(p)+1 {
		return "", false
	}
	for _, e := range entityTable {
		if e.Prefix == p {
			return e.Label, true
		}
	}
	return "", false
}

// KeyValue returns the value of label l's key property for the node with
// canonical id id: the upper-case ISO code for a Country ("country:chn" ->
// "CHN"), the id itself for every other label.
func KeyValue(l Label, id string) string {
	if l == Country {
		return strings.ToUpper(document.IDKey(id))
	}
	return id
}

// KeyProperty returns the name of label l's key property ("iso3" for
// Country, "id" for most).
func KeyProperty(l Label) string {
	if n, ok := NodeByLabel(l); ok {
		return n.Key
	}
	return "id"
}
