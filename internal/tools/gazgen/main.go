// Command gazgen builds the generated gazetteer files of nlp/gazetteer/data
// from maintained public data sets, so that the lists can be rebuilt when
// the sources change instead of being typed entry by entry.
//
//	gazgen places -geonames cities100000.txt -dr5hn-countries countries.json \
//	    -dr5hn-cities DIR -wikidata-cities cities.ts -words /usr/share/dict/words \
//	    -names female.txt,male.txt -out nlp/gazetteer/data/cities.yaml
//	gazgen orgs -matrix State_Media_Matrix.csv -words /usr/share/dict/words \
//	    -names female.txt,male.txt -out nlp/gazetteer/data/state_media.yaml
//	gazgen media -entities newspapers/ -geonames cities100000.txt -words /usr/share/dict/words \
//	    -names female.txt,male.txt -out nlp/gazetteer/data/news_media.yaml
//	gazgen channels -channels channels.csv -geonames cities100000.txt -words /usr/share/dict/words \
//	    -names female.txt,male.txt -out nlp/gazetteer/data/broadcasters.yaml
//
// Both read the embedded gazetteer (gazetteer.Load) to leave out every name
// that a curated entry, a country or a person already claims, so the output
// never conflicts with the curated files. Because the generated files are
// embedded too, scripts/gazetteer.sh empties them before a rebuild (the
// command is compiled with whatever they hold). docs/gazetteer.md names the
// sources, their commits and licences.
//
// Files:
//   - main.go:   subcommands and flags
//   - places.go: cities from GeoNames with Wikidata ids, and their exclusions
//   - orgs.go:   state-affiliated media from the State Media Matrix
//   - media.go:  newspapers with Wikidata ids from Wikidata item records
//   - channels.go: news television channels from the iptv-org channel table
//   - common.go: word and name lists, the taken-name check, YAML output
package main

import (
	"flag"
	"fmt"
	"os"
)

func main() {
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: gazgen places|orgs|media|channels [flags]")
		os.Exit(2)
	}
	var err error
	switch os.Args[1] {
	case "places":
		err = placesMain(os.Args[2:])
	case "orgs":
		err = orgsMain(os.Args[2:])
	case "media":
		err = mediaMain(os.Args[2:])
	case "channels":
		err = channelsMain(os.Args[2:])
	default:
		err = fmt.Errorf("unknown subcommand %q (places, orgs, media, channels)", os.Args[1])
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "gazgen:", err)
		os.Exit(1)
	}
}

// commonFlags are the exclusion lists both subcommands read.
type commonFlags struct {
	words, names, out string
}

func (c *commonFlags) register(fs *flag.FlagSet) {
	fs.StringVar(&c.words, "words", "/usr/share/dict/words", "English word list, one word a line (Debian wamerican); lower-case entries are common words")
	fs.StringVar(&c.names, "names", "", "comma-separated first-name lists, one name a line")
	fs.StringVar(&c.out, "out", "", "output YAML file (default stdout)")
}
