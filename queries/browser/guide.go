package browser

import (
	"bytes"
	"fmt"
	"html/template"
	"strings"

	"github.com/mediakg/mediakg/queries"
	"github.com/mediakg/mediakg/schema"
)

// GuideTitle is the guide's <title>; Browser shows it at the top of the
// guide drawer.
const GuideTitle = "mediakg: exploring the media cooperation graph"

// TourQuery is the saved query the guide's first slide runs, and the one the
// end-to-end test clicks: it returns a graph, so Browser draws it.
const TourQuery = "event-graph"

// guideQuery is one saved query as the guide shows it.
type guideQuery struct {
	Name, Description string
	// Params is the `:params {...}` command that sets the defaults; empty
	// when the query takes none.
	Params string
	// Required lists parameters without default, to be filled in.
	Required []string
	CLI      string
	Source   string
}

type guideData struct {
	Title, Base, StylePath, FavoritesPath string
	Nodes                                 []schema.Node
	Rels                                  []relRow
	Provenance                            []schema.Property
	Tour                                  guideQuery
	Groups                                []guideGroup
}

type relRow struct {
	Type, From, To, Description string
	Extracted                   bool
}

type guideGroup struct {
	Title   string
	Queries []guideQuery
}

// groups orders the saved queries into slides; a query not named here lands
// in "More questions", so a new file always appears in the guide.
var groups = []struct {
	title string
	names []string
}{
	{"Who cooperates with whom", []string{"partners-of-country", "new-partners-per-year", "timeline-between"}},
	{"Events and series", []string{"series-timeline", "events-in-range", "event-neighbourhood", "event-graph"}},
	{"Organizations", []string{"active-organizations", "co-participation", "organizations-by-country"}},
	{"Evidence: why the graph says so", []string{"article-facts", "edge-provenance"}},
	{"Data quality", []string{"quality-mentioned-once", "quality-events-without-date", "quality-orphans"}},
}

// Guide renders the Browser guide for the queries of lib. base is the URL
// the guide's own files are served from (http://localhost:7480); the style
// command on the first slide points there.
func Guide(lib *queries.Catalog, base string) ([]byte, error) {
	d := guideData{
		Title: GuideTitle, Base: strings.TrimRight(base, "/"), StylePath: StylePath, FavoritesPath: FavoritesPath,
		Provenance: schema.Provenance,
	}
	for _, n := range schema.Nodes {
		if n.Label != schema.SchemaInfo {
			d.Nodes = append(d.Nodes, n)
		}
	}
	for _, r := range schema.Relationships {
		d.Rels = append(d.Rels, relRow{string(r.Type), joinLabels(r.From), joinLabels(r.To), r.Description, r.Extracted})
	}
	tour, err := lib.Get(TourQuery)
	if err != nil {
		return nil, err
	}
	d.Tour = toGuideQuery(tour)
	placed := map[string]bool{}
	for _, g := range groups {
		gg := guideGroup{Title: g.title}
		for _, name := range g.names {
			q, err := lib.Get(name)
			if err != nil {
				return nil, fmt.Errorf("guide group %q: %w", g.title, err)
			}
			gg.Queries = append(gg.Queries, toGuideQuery(q))
			placed[name] = true
		}
		d.Groups = append(d.Groups, gg)
	}
	more := guideGroup{Title: "More questions"}
	for _, q := range lib.All() {
		if !placed[q.Name] {
			more.Queries = append(more.Queries, toGuideQuery(q))
		}
	}
	if len(more.Queries) > 0 {
		d.Groups = append(d.Groups, more)
	}
	var b bytes.Buffer
	if err := guideTmpl.Execute(&b, d); err != nil {
		return nil, fmt.Errorf("render guide: %w", err)
	}
	return b.Bytes(), nil
}

func joinLabels(ls []schema.Label) string {
	parts := make([]string, len(ls))
	for i, l := range ls {
		parts[i] = string(l)
	}
	return strings.Join(parts, ", ")
}

func toGuideQuery(q *queries.Query) guideQuery {
	gq := guideQuery{Name: q.Name, Description: q.Description, Source: q.Source, CLI: "mediakg query run " + q.Name}
	var set []string
	for _, p := range q.Params {
		if !p.HasDefault {
			gq.Required = append(gq.Required, p.Name)
			set = append(set, p.Name+": \"...\"")
			gq.CLI += " --param " + p.Name + "=..."
			continue
		}
		set = append(set, p.Name+": "+CypherLiteral(p))
	}
	if len(set) > 0 {
		gq.Params = ":params {" + strings.Join(set, ", ") + "}"
	}
	return gq
}

// CypherLiteral writes a parameter's default as a Cypher literal for
// `:params` (DATE as date("...")).
func CypherLiteral(p queries.Param) string {
	if p.Type == queries.Date {
		return "date(" + p.DefaultText + ")"
	}
	return p.DefaultText
}

var guideTmpl = template.Must(template.New("guide").Parse(`<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>{{.Title}}</title>
</head>
<body>
<article class="guide">
<carousel class="deck container-fluid">
<slide class="row-fluid">
<h3>Welcome to the mediakg graph</h3>
<p class="lead">News articles about international media cooperation, turned into a graph: who cooperates with whom, at which event, when, and the sentence that says so.</p>
<p>First give every label its colour, size and caption (click the line, then run it):</p>
<pre class="code runnable">:style {{.Base}}{{.StylePath}}</pre>
<p>Then look at one event series. Set the parameters, then run the query:</p>
{{- with .Tour}}
<pre class="code runnable">{{.Params}}</pre>
<pre class="code runnable">{{.Source}}</pre>
{{- end}}
<p>Countries are red, organizations blue, events green. Double-click a node to expand it; click one to see its properties.</p>
<p>The saved queries are also Browser favourites: drop <a href="{{.Base}}{{.FavoritesPath}}">{{.Base}}{{.FavoritesPath}}</a> on the Favorites (star) drawer.</p>
</slide>
<slide class="row-fluid">
<h3>The model: nodes</h3>
<p>Every node has an <code>id</code> such as <code>country:CHN</code>, <code>org:xinhua</code> or <code>event:...</code>; countries are also keyed by <code>iso3</code>.</p>
<table class="table-condensed">
<tr><th>Label</th><th>Key</th><th>What it is</th></tr>
{{- range .Nodes}}
<tr><td><code>:{{.Label}}</code></td><td><code>{{.Key}}</code></td><td>{{.Description}}</td></tr>
{{- end}}
</table>
<pre class="code runnable">CALL db.schema.visualization()</pre>
</slide>
<slide class="row-fluid">
<h3>The model: relationships</h3>
<table class="table-condensed">
<tr><th>Type</th><th>From</th><th>To</th><th>Meaning</th></tr>
{{- range .Rels}}
<tr><td><code>{{.Type}}</code>{{if .Extracted}} *{{end}}</td><td>{{.From}}</td><td>{{.To}}</td><td>{{.Description}}</td></tr>
{{- end}}
</table>
<p>* Extracted from a sentence: these carry their provenance as parallel lists, one element per supporting article:</p>
<ul>
{{- range .Provenance}}
<li><code>{{.Name}}</code> ({{.Type}}): {{.Description}}</li>
{{- end}}
</ul>
</slide>
{{- range .Groups}}
<slide class="row-fluid">
<h3>{{.Title}}</h3>
{{- range .Queries}}
<h4>{{.Name}}</h4>
<p>{{.Description}}{{if .Required}} Fill in: {{range $i, $r := .Required}}{{if $i}}, {{end}}<code>{{$r}}</code>{{end}}.{{end}}</p>
{{- if .Params}}
<pre class="code runnable">{{.Params}}</pre>
{{- end}}
<pre class="code runnable">{{.Source}}</pre>
<p>From a shell: <code>{{.CLI}}</code></p>
{{- end}}
</slide>
{{- end}}
<slide class="row-fluid">
<h3>From the command line</h3>
<p>Every saved query runs from the shell too, in read access mode, as a table, JSON or CSV:</p>
<pre>mediakg query list
mediakg query show partners-of-country
mediakg query run partners-of-country --param iso3=RUS --format json
mediakg cypher "MATCH (c:Country) RETURN c.iso3, c.name" --format csv</pre>
<p>A statement that writes needs <code>mediakg cypher --write</code>.</p>
</slide>
</carousel>
</article>
</body>
</html>
`))
