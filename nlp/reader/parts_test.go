package reader

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestNormalizeDate(t *testing.T) {
	cases := []struct{ in, want string }{
		{"2020-10-22T11:45:00+08:00", "2020-10-22T11:45:00+08:00"},
		{"2019-11-19T04:58:46Z", "2019-11-19T04:58:46Z"},
		{"2019-11-19T04:58:46.123+0000", "2019-11-19T04:58:46Z"},
		{"2024-12-26 14:57:36", "2024-12-26"},
		{"2020-10-22", "2020-10-22"},
		{"20201022", "2020-10-22"},
		{"Thu, 22 Oct 2020 11:45:00 +0800", "2020-10-22T11:45:00+08:00"},
		{"October 22, 2020", "2020-10-22"},
		{"Oct. 22, 2020", "2020-10-22"},
		{"22 October 2020", "2020-10-22"},
		{"Updated: Sept. 4th, 2019", "2019-09-04"},
		{"1603338300", "2020-10-22T03:45:00Z"},
		{"08/12/2023 14:39", "2023-12-08"},
		{"12/31/2023", "2023-12-31"},
		{"3 марта 2021 года", "2021-03-03"},
		{"2020年10月22日 11:45", "2020-10-22"},
		{"yesterday", ""},
		{"1066-10-14", ""},
	}
	for _, c := range cases {
		if got := normalizeDate(c.in); got != c.want {
			t.Errorf("normalizeDate(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestURLDate(t *testing.T) {
	cases := []struct{ in, want string }{
		{"https://nypost.com/2019/11/18/chinese-hunter/", "2019-11-18"},
		{"https://example.com/news/2020-10-22/story.html", "2020-10-22"},
		{"https://sputniknews.com/russia/201809121067953547-story/", "2018-09-12"},
		{"https://example.com/2021/06/story", "2021-06"},
		{"https://example.com/c_20201022.htm", ""},
		{"https://example.com/story/12345", ""},
	}
	for _, c := range cases {
		if got := urlDate(c.in); got != c.want {
			t.Errorf("urlDate(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestFindStamp(t *testing.T) {
	cases := []struct{ in, want string }{
		{"(Xinhua) 11:45, October 22, 2020", "2020-10-22"},
		{"Published October 22, 2020 at 11:45 am", "2020-10-22"},
		{"2020-10-22 11:45 Source: Xinhua", "2020-10-22"},
		{"Source: Xinhua Published: 2020/10/22 11:45:02", "2020-10-22"},
		{"10-22-2020 09:15 BJT", "2020-10-22"},
		{"08-11-2021 16:40", "2021-11-08"},
		{"ref 10-22-2020", ""},
		{"Posted 3:05 PM EST, Nov 18, 2019", "2019-11-18"},
		{"October 22, 2020", ""},
	}
	for _, c := range cases {
		if got := findStamp(c.in); got != c.want {
			t.Errorf("findStamp(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestParseDateline(t *testing.T) {
	cases := []struct {
		name, para, published      string
		place, date, agency, cover string
	}{
		{"xinhua", "BEIJING, Oct. 21 (Xinhua) -- China and Russia will step up", "2020-10-22", "Beijing", "2020-10-21", "Xinhua", "BEIJING, Oct. 21 (Xinhua) --"},
		{"xinhua region", "AUCKLAND, New Zealand, Sept. 5 (Xinhua) -- The media has", "2011-09-05", "Auckland", "2011-09-05", "Xinhua", "AUCKLAND, New Zealand, Sept. 5 (Xinhua) --"},
		{"tass", "MOSCOW, March 3 /TASS/. The port opened", "2031-03-04", "Moscow", "2031-03-03", "TASS", "MOSCOW, March 3 /TASS/."},
		{"tass region", "IGORA /Leningrad Region/, December 26. /TASS/. Presidents met", "2024-12-26", "Igora", "2024-12-26", "TASS", "IGORA /Leningrad Region/, December 26. /TASS/."},
		{"ap underscore", "UNITED NATIONS (AP) _ Delegates agreed", "", "United Nations", "", "AP", "UNITED NATIONS (AP) _"},
		{"reuters", "LONDON, Feb 11 (Reuters) - An airline ordered", "2031-02-11", "London", "2031-02-11", "Reuters", "LONDON, Feb 11 (Reuters) -"},
		{"reuters no date", "NEW YORK (Reuters) - Stocks fell", "", "New York", "", "Reuters", "NEW YORK (Reuters) -"},
		{"year rollover", "BEIJING, Dec. 31 (Xinhua) -- The year ended", "2021-01-02", "Beijing", "2020-12-31", "Xinhua", "BEIJING, Dec. 31 (Xinhua) --"},
		{"cnn desk", "Hong Kong (CNN Business) A muddled view", "", "Hong Kong", "", "CNN", "Hong Kong (CNN Business)"},
		{"sputnik", "VLADIVOSTOK (Sputnik) - The agency will", "", "Vladivostok", "", "Sputnik", "VLADIVOSTOK (Sputnik) -"},
		{"place date", "TEHRAN, Iran, October 26. Iran and China agreed", "2022-10-26", "Tehran", "2022-10-26", "", "TEHRAN, Iran, October 26."},
		{"place dash", "WASHINGTON — The Senate voted", "", "Washington", "", "", "WASHINGTON —"},
		{"chinese", "新华社北京10月21日电 两国媒体", "2020-10-22", "北京", "2020-10-21", "Xinhua", "新华社北京10月21日电"},
		{"armenpress", "YEREVAN, NOVEMBER 17, ARMENPRESS. The memorandum of cooperation", "2017-11-17", "Yerevan", "2017-11-17", "ARMENPRESS", "YEREVAN, NOVEMBER 17, ARMENPRESS."},
		{"gna", "Accra, Oct. 21, GNA – The drive towards stronger ties", "2019-10-21", "Accra", "2019-10-21", "GNA", "Accra, Oct. 21, GNA –"},
		{"kazinform", "MOSCOW. KAZINFORM - The member states held a meeting", "", "Moscow", "", "Kazinform", "MOSCOW. KAZINFORM -"},
		{"tass russian", "МОСКВА, 3 марта. /ТАСС/. Северный порт открыл", "2021-03-03", "Москва", "2021-03-03", "TASS", "МОСКВА, 3 марта. /ТАСС/."},
		{"ria russian", "САНКТ-ПЕТЕРБУРГ, 14 июн — РИА Новости. Форум открылся", "2021-06-14", "Санкт-Петербург", "2021-06-14", "RIA Novosti", "САНКТ-ПЕТЕРБУРГ, 14 июн — РИА Новости."},
		{"numeric date and slash credit", "LAKESIDE, 28.07.2017 /HCNA/. Today the director met", "", "Lakeside", "2017-07-28", "", "LAKESIDE, 28.07.2017 /HCNA/."},
		{"date inside a credit in parentheses", "LAKESIDE, (Hill Post / Valley News - 15th Jun, 2022 ) :The spokesperson said", "", "Lakeside", "2022-06-15", "", "LAKESIDE, (Hill Post / Valley News - 15th Jun, 2022 ) :"},
		{"place, date, agency as a paragraph", "Lakeside, March 3, HCNA", "2024-03-04", "Lakeside", "2024-03-03", "HCNA", "Lakeside, March 3, HCNA"},
		{"agency outside the outlet list after a place and a date", "Addis Ababa, March 4 (ENA) - A delegation held talks", "2025-03-05", "Addis Ababa", "2025-03-04", "ENA", "Addis Ababa, March 4 (ENA) -"},
		{"one-word credit in mixed case after a date", "Lakeside, 20 August (Kabar) - The council met", "2025-08-21", "Lakeside", "2025-08-20", "Kabar", "Lakeside, 20 August (Kabar) -"},
		{"mixed-case acronym credit and a full stop", "Lakeside, 12 March (UzA). The forum opened today", "2026-03-13", "Lakeside", "2026-03-12", "UzA", "Lakeside, 12 March (UzA)."},
		{"year after a slash", "Lakeside, April 15/2026 (ENA) - Two schools signed", "2026-04-16", "Lakeside", "2026-04-15", "ENA", "Lakeside, April 15/2026 (ENA) -"},
		{"a known outlet written with a typographic apostrophe", "Lakeside, Oct. 26 (People’s Daily Online) On October 24, editors met", "2019-10-29", "Lakeside", "2019-10-26", "People's Daily", "Lakeside, Oct. 26 (People’s Daily Online)"},
		{"a weekday in parentheses is no credit", "Lakeside, March 4 (Monday) Two schools signed", "2026-03-05", "", "", "", ""},
		{"day first, month in lower case", "Dakar, 14 nov (APS) - The forum will", "2025-11-15", "Dakar", "2025-11-14", "APS", "Dakar, 14 nov (APS) -"},
		{"day first in capitals", "LAKESIDE, 3 MAY (HCNA) - Editors met", "2024-05-04", "Lakeside", "2024-05-03", "HCNA", "LAKESIDE, 3 MAY (HCNA) -"},
		{"day first with an ordinal suffix and a year after a comma", "LAKESIDE, 21st June, 2024 (HCNA) -- Editors met", "2024-06-22", "Lakeside", "2024-06-21", "HCNA", "LAKESIDE, 21st June, 2024 (HCNA) --"},
		{"day first with an ordinal suffix, no year", "Port Town, 3rd March (HCNA) - The board met", "2025-03-04", "Port Town", "2025-03-03", "HCNA", "Port Town, 3rd March (HCNA) -"},
		{"mixed place and acronym without a date", "Lake Town (HCNA) signed a memorandum", "", "", "", "", ""},
		{"subject with its agency's acronym", "Russian News Agency (TASS) signed agreements with", "", "", "", "", ""},
		{"place and agency before a sentence in lower case", "LAKESIDE (Reuters) and partners met", "", "", "", "", ""},
		{"capitals, comma, no date", "NOTE, the talks began", "", "", "", "", ""},
		{"org and acronym", "Vietnam News Agency (VNA) General Director Vu Viet Trang met", "", "", "", "", ""},
		{"ordinary sentence", "The conference, which is the 13th of its kind, was attended", "", "", "", "", ""},
		{"acronym sentence", "NATO (the alliance) said on Monday", "", "", "", "", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := parseDateline(c.para, c.published)
			if c.cover == "" {
				if d != nil {
					t.Fatalf("found dateline %+v in an ordinary sentence", *d)
				}
				return
			}
			if d == nil {
				t.Fatal("no dateline")
			}
			if d.Place != c.place || d.Date != c.date || d.Agency != c.agency {
				t.Errorf("got place %q date %q agency %q", d.Place, d.Date, d.Agency)
			}
			if got := strings.TrimSpace(c.para[d.Span.Start:d.Span.End]); got != c.cover {
				t.Errorf("span covers %q, want %q", got, c.cover)
			}
		})
	}
}

func TestDecodeHTML(t *testing.T) {
	dir := filepath.Join("testdata", "cases")
	cases := []struct {
		file, charset, contains, warning string
	}{
		{"gbk.html", "gbk", "两国媒体加强合作", ""},
		{"windows-1252.html", "windows-1252", "Café owners back the new market", ""},
		{"koi8-r.html", "koi8-r", "Новая паромная линия", ""},
		{"utf8-bom.html", "utf-8", "Harbour festival", ""},
		{"utf16le-bom.html", "utf-16le", "Harbour festival", ""},
		{"invalid-utf8.html", "utf-8", "Harbour festival", "2 invalid byte sequence(s)"},
	}
	for _, c := range cases {
		t.Run(c.file, func(t *testing.T) {
			raw, err := os.ReadFile(filepath.Join(dir, c.file))
			if err != nil {
				t.Fatal(err)
			}
			d, err := decodeHTML(raw)
			if err != nil {
				t.Fatal(err)
			}
			if d.charset != c.charset {
				t.Errorf("charset %q, want %q", d.charset, c.charset)
			}
			if !strings.Contains(string(d.text), c.contains) {
				t.Errorf("decoded text lacks %q", c.contains)
			}
			if !strings.Contains(d.warning, c.warning) || (c.warning == "" && d.warning != "") {
				t.Errorf("warning %q, want %q", d.warning, c.warning)
			}
		})
	}
}

func TestDecodeUndeclared(t *testing.T) {
	// Latin-1 bytes with no declaration: read as windows-1252, with a note.
	d, err := decodeHTML([]byte("<p>Caf\xe9 cr\xe8me</p>"))
	if err != nil {
		t.Fatal(err)
	}
	if string(d.text) != "<p>Café crème</p>" || !strings.Contains(d.warning, "windows-1252") {
		t.Errorf("got %q, warning %q", d.text, d.warning)
	}
	// Declared Latin-1, served as UTF-8: read as UTF-8, with a note.
	d, err = decodeHTML([]byte("<meta charset=iso-8859-1><p>Café crème</p>"))
	if err != nil || !strings.Contains(string(d.text), "Café crème") || !strings.Contains(d.warning, "read as utf-8") {
		t.Errorf("latin-1 declared utf-8: %q, %q, %v", d.text, d.warning, err)
	}
	// Declared UTF-8 that is mostly not: rejected, not passed on as garbage.
	bad := []byte("<meta charset=utf-8><p>" + strings.Repeat("\xff\xfe\xfd", 50) + "</p>")
	if _, err := decodeHTML(bad); err == nil {
		t.Error("mostly invalid utf-8 was accepted")
	}
	for _, in := range []string{"", "   \n", "\x00\x01\x02binary"} {
		if _, err := decodeHTML([]byte(in)); err == nil {
			t.Errorf("decodeHTML(%q) gave no error", in)
		}
	}
}

func TestOutlets(t *testing.T) {
	o := knownOutlets()
	cases := []struct{ host, key string }{
		{"english.news.cn", "xinhua"}, {"www.xinhuanet.com", "xinhua"}, {"en.people.cn", ""},
		{"en.people.com.cn", "peoples-daily"}, {"tass.com", "tass"}, {"www.reuters.com", "reuters"},
		{"apnews.com", "ap"}, {"example.org", ""},
	}
	for _, c := range cases {
		got, ok := o.byHost(c.host)
		if (c.key == "" && ok) || (c.key != "" && got.Key != c.key) {
			t.Errorf("byHost(%q) = %q, %v; want %q", c.host, got.Key, ok, c.key)
		}
	}
	if got, ok := o.byName("ITAR-TASS"); !ok || got.Key != "tass" {
		t.Errorf("byName(ITAR-TASS) = %+v", got)
	}
	if got, ok := o.find("Please follow People's Daily on Twitter"); !ok || got.Key != "peoples-daily" {
		t.Errorf("find = %+v", got)
	}
	for _, ot := range o.list {
		if ot.Key == "" || ot.Name == "" || ot.Kind == "" {
			t.Errorf("incomplete row %+v", ot)
		}
	}
}

func TestCutSiteName(t *testing.T) {
	cases := []struct{ title, site, host, want string }{
		{"Lakeside towns open observatory - Example Wire", "Example Wire", "", "Lakeside towns open observatory"},
		{"Story headline | Site", "", "", "Story headline"},
		{"SignOnSanDiego.com > News > World -- Rival factions clash in Gaza again", "", "signonsandiego.com", "Rival factions clash in Gaza again"},
		{"The Hindu Business Line : A new car, a new way", "", "www.thehindubusinessline.com", "A new car, a new way"},
		{"Philippine president orders evacuations_English_Xinhua", "Xinhua", "news.xinhuanet.com", "Philippine president orders evacuations"},
		{"Opinion: Why the bridge matters", "", "example.com", "Opinion: Why the bridge matters"},
	}
	for _, c := range cases {
		if got := cutSiteName(c.title, c.site, "", c.host); got != c.want {
			t.Errorf("cutSiteName(%q) = %q, want %q", c.title, got, c.want)
		}
	}
}

func TestShingleCounts(t *testing.T) {
	gold := "one two three four five"
	if tp, fp, fn := ShingleCounts(gold, gold); tp != 1 || fp != 0 || fn != 0 {
		t.Errorf("identical: %v %v %v", tp, fp, fn)
	}
	// Half the shingles right: 2 of gold's shingles, 2 extra.
	tp, fp, fn := ShingleCounts(gold, "one two three four x y")
	if tp == 0 || fp == 0 || fn == 0 {
		t.Errorf("partial: %v %v %v", tp, fp, fn)
	}
	if got := wordTokens("Don't stop_me, 2020年 Москва!"); strings.Join(got, "|") != "Don|t|stop_me|2020年|Москва" {
		t.Errorf("wordTokens = %v", got)
	}
}

func TestRepairMojibake(t *testing.T) {
	cases := []struct {
		in, want string
		fixed    int
	}{
		{"Abbas\u00e2\u0080\u0099s troops \u00e2\u0080\u0094 said", "Abbas’s troops — said", 2},
		{"Abbasâ€™s plan", "Abbas’s plan", 1},
		{"CafÃ© crÃ¨me", "Café crème", 2},
		{"café crème, naïve", "café crème, naïve", 0},
		{"plain ascii", "plain ascii", 0},
		{"Москва и Пекин", "Москва и Пекин", 0},
	}
	for _, c := range cases {
		got, n := repairMojibake([]byte(c.in))
		if string(got) != c.want || n != c.fixed {
			t.Errorf("repairMojibake(%q) = %q, %d; want %q, %d", c.in, got, n, c.want, c.fixed)
		}
	}
}

func TestChromeLines(t *testing.T) {
	cases := []struct {
		line   string
		chrome bool
	}{
		{"This photo taken on July 25, 2031 shows the opening session in the city hall. (Xinhua/Some Photographer)", true},
		{"The delegates arrive at the venue. (AP Photo/Jane Roe)", true},
		{"Yersina pestis causes the plague (Image: GETTY)", true},
		{"Advertisement", true},
		{"READ MORE: Bridge project postponed", true},
		{"Get the day's top headlines delivered to your inbox every morning by subscribing to our newsletter.", true},
		{"Follow us on Twitter and Facebook", true},
		{"[button link=\"/x\"] Send us your review[/button]", true},
		{"Related Roundup: Bridges", true},
		{"The agency said the photo exhibition would open in the capital on Monday and run for two weeks.", false},
		{"Reporters were told the agreement covers news exchange (Xinhua and TASS will share photos).", false},
		{"More than 40 representatives attended the conference, which followed a year of talks.", false},
		{"Anzeige", true},
		{"Читайте также:", true},
		{"Baca juga: Menteri bertemu delegasi", true},
		{"Lire aussi : la conférence de presse", true},
		{"Foto: Agência Brasil", true},
		{"© 2019 Exemplo Notícias. Todos os direitos reservados.", true},
		{"相关新闻", true},
		{"Der Minister sagte, die Zusammenarbeit der Agenturen werde im nächsten Jahr ausgebaut.", false},
		{"Министр заявил, что сотрудничество агентств будет расширено в следующем году.", false},
	}
	for _, c := range cases {
		b := &block{}
		b.runes, b.words, b.stops, b.commas = textStats([]byte(c.line))
		if got := isChromeLine([]byte(c.line), b); got != c.chrome {
			t.Errorf("isChromeLine(%q) = %v, want %v", c.line, got, c.chrome)
		}
	}
}

func TestClosingSentenceKept(t *testing.T) {
	body := "Editors from the region met in the capital on Tuesday to discuss the coverage of elections, the training of young reporters and the exchange of news between their agencies.\n\n" +
		"The director said the two agencies would open a joint desk before the end of the year and would train twenty reporters in data journalism and verification.\n\n"
	cases := []struct {
		name, tail string
		kept       bool
	}{
		{"one-line closing sentence", "The summit closes on Thursday.", true},
		{"short closing sentence with a place", "Talks resume in Lakeside next month.", true},
		{"photo credit", "Photo: Lakeside Post", false},
		{"agency credit", "VNA/VNS", false},
		{"three words", "More to follow.", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a := ParseText("Editors Meet In Lakeside\n\n" + body + c.tail + "\n")
			if got := strings.Contains(a.Body, c.tail); got != c.kept {
				t.Errorf("tail %q in body = %v, want %v; body %q", c.tail, got, c.kept, a.Body)
			}
		})
	}
}

// TestInlineRelatedLine pins inlinePointer: a "Related: <title>" line
// between two paragraphs of the story is a link inside the body (the
// story goes on after it), a list of them at the end stops the body.
func TestInlineRelatedLine(t *testing.T) {
	first := "Editors from the region met in the capital on Tuesday to discuss the coverage of elections, the training of young reporters and the exchange of news between their agencies.\n" +
		"The director said the two agencies would open a joint desk before the end of the year and would train twenty reporters in data journalism and verification.\n"
	after := "Delegates also observed a minute of silence for a veteran broadcaster who chaired the previous meeting in the port city two years ago.\n"
	cases := []struct {
		name, text string
		kept       bool
	}{
		{"one related line inside the story", first + "Related: Lakeside Post marks 30 years\n" + after, true},
		{"a list of related lines at the end", first + "Related: Lakeside Post marks 30 years\nRelated: Hill Radio opens a new studio\n" + after, false},
		{"a related line before a short teaser", first + "Related: Lakeside Post marks 30 years\nRead the full story here.\n", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a := ParseText("Editors Meet In Lakeside\n\n" + c.text)
			if strings.Contains(a.Body, "Related:") {
				t.Errorf("the related line is in the body: %q", a.Body)
			}
			if got := strings.Contains(a.Body, "Delegates also observed") || strings.Contains(a.Body, "Read the full story"); got != c.kept {
				t.Errorf("text after the related line in body = %v, want %v; body %q", got, c.kept, a.Body)
			}
		})
	}
}

// A dateline on a line of its own between the headline and the body opens
// the body, so that it anchors the report's relative dates.
func TestDatelineLineAboveBody(t *testing.T) {
	text := "Press Clubs of Two Cities Meet in Lakeside\n" +
		"Lakeside, 3 May, HCNA\n" +
		"The press clubs of Lakeside and Hilltown held their first joint meeting today at the city library, with more than forty reporters and editors taking part.\n" +
		"The clubs agreed to hold the next meeting in Hilltown in the autumn and to exchange two young reporters every year.\n"
	a := parseTextDated(text, "Press Clubs of Two Cities Meet in Lakeside", "", true)
	if !strings.HasPrefix(a.Body, "Lakeside, 3 May, HCNA\n\nThe press clubs") {
		t.Fatalf("body opens %q", a.Body[:min(len(a.Body), 60)])
	}
	if d := findDateline(a.Body, paragraphSpans(a.Body), "2024-05-04"); d == nil || d.Date != "2024-05-03" {
		t.Fatalf("dateline %+v", d)
	}
}

// A stamp line of numbers above the headline dates a text that has no
// other date: "MM-DD-YYYY hh:mm" and "YYYY/MM/DD hh:mm:ss".
func TestNumericStampLineDates(t *testing.T) {
	body := "Editors from the region met in the capital on Tuesday to discuss the coverage of elections, the training of young reporters and the exchange of news between their agencies.\n" +
		"The director said the two agencies would open a joint desk before the end of the year and would train twenty reporters in data journalism and verification.\n"
	cases := []struct{ name, stamp, want string }{
		{"month first with dashes and a zone", "09-17-2019 08:20 GMT", "2019-09-17"},
		{"year first with slashes and seconds", "Source: Lakeside Post Published: 2019/09/17 08:20:41", "2019-09-17"},
		{"numbers without a clock are no stamp", "Ref 09-17-2019", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a := ParseText("Home > World\n" + c.stamp + "\nEditors Meet In Lakeside\n" + body)
			if a.Published != c.want {
				t.Errorf("published %q, want %q", a.Published, c.want)
			}
		})
	}
}

// A sentence that a scraper broke in two at a link, the second half in a
// lower-case line of its own, is one paragraph again; a short line or
// one that starts with a capital stays apart.
func TestBrokenSentenceJoined(t *testing.T) {
	lead := "Editors from the region met in the capital on Tuesday to discuss the coverage of elections and the training of young reporters.\n\n"
	cases := []struct {
		name, text, want string
	}{
		{"lower-case half after a sentence cut at a word", "The director stressed the importance of joint regional media\n\nefforts to publish content in several languages by the end of 2026.\n",
			"The director stressed the importance of joint regional media efforts to publish content in several languages by the end of 2026."},
		{"a capital after the cut starts a paragraph", "The director stressed the importance of joint regional media\n\nEfforts to publish content in several languages will follow in 2026.\n",
			"Efforts to publish content in several languages will follow in 2026."},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a := ParseText("Editors Meet In Lakeside\n\n" + lead + c.text)
			found := false
			for _, p := range strings.Split(a.Body, "\n\n") {
				if p == c.want {
					found = true
				}
			}
			if !found {
				t.Errorf("no paragraph %q in body %q", c.want, a.Body)
			}
		})
	}
	t.Run("a headline in title case keeps its line", func(t *testing.T) {
		a := ParseText("Lakeside Editors Host Twenty Hilltop Reporters\nphoto (not from the story) from the archive\n" + lead)
		if strings.Contains(a.Title, "Reporters photo") || strings.Contains(a.Body, "Reporters photo") {
			t.Errorf("the headline was joined to the line after it: title %q", a.Title)
		}
	})
}

// TestListAfterColon pins markListItems: the short lines that a sentence
// of the story ending in a colon introduces are a list of the body (one
// partner a line), where short lines after a full stop end it.
func TestListAfterColon(t *testing.T) {
	first := "Editors from the region met in the capital on Tuesday to discuss the coverage of elections, the training of young reporters and the exchange of news between their agencies.\n"
	cases := []struct {
		name, text string
		kept       []string
		dropped    []string
	}{
		{"partners one a line", first + "This year the partner institutions are:\nHill College of Media Studies, Lakeside University\n" +
			"Lakeside Press Institute, Hilltown\nSchool of Journalism, Coast University, St. Marys\nRiver State University\n",
			[]string{"Hill College of Media Studies", "Lakeside Press Institute", "Coast University", "River State University"}, nil},
		{"bulleted items", first + "The agencies taking part include:\n- Lakeside News Agency\n- Hill Radio\n",
			[]string{"Lakeside News Agency", "Hill Radio"}, nil},
		{"no colon: short lines end the body", first + "Lakeside News Agency\nHill Radio\nCoast Television\n",
			nil, []string{"Lakeside News Agency", "Hill Radio"}},
		{"share bar after a colon", first + "Share this story with friends:\nFacebook\nTwitter\nEmail\n",
			nil, []string{"Facebook", "Twitter"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a := ParseText("Editors Meet In Lakeside\n\n" + c.text)
			for _, w := range c.kept {
				if !strings.Contains(a.Body, w) {
					t.Errorf("%q not in body %q", w, a.Body)
				}
			}
			for _, w := range c.dropped {
				if strings.Contains(a.Body, w) {
					t.Errorf("%q in body %q", w, a.Body)
				}
			}
		})
	}
}

// TestCutEnd pins markCutEnd: the last line of a record cut off in
// mid-sentence after the story's prose is a line of the body; a short
// furniture line or a bulleted one at the end is not.
func TestCutEnd(t *testing.T) {
	body := "Editors from the region met in the capital on Tuesday to discuss the coverage of elections, the training of young reporters and the exchange of news between their agencies.\n" +
		"The director said the two agencies would open a joint desk before the end of the year and would train twenty reporters.\n"
	cases := []struct {
		name, tail string
		kept       bool
	}{
		{"a sentence cut off", "He thanked the Lakeside Post and its editor Omar Felan for opening the c", true},
		{"a quotation cut off", "“We hope that the new desk will serve readers in all the provinces of", true},
		{"a bulleted furniture line", "• Please scan the code to follow us on our channel today", false},
		{"a short line", "Lakeside Post staff", false},
		{"words in capitals only", "Lakeside Post Hill Radio Coast Television Lake Courier River News", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a := ParseText("Editors Meet In Lakeside\n\n" + body + c.tail)
			if got := strings.Contains(a.Body, c.tail); got != c.kept {
				t.Errorf("tail %q in body = %v, want %v; body %q", c.tail, got, c.kept, a.Body)
			}
		})
	}
}
