package segment

import (
	"reflect"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/mediakg/mediakg/nlp/document"
)

// maxFuzzInput bounds the bodies FuzzSegment reads; `go test -timeout`
// catches a hang on the smaller ones.
const maxFuzzInput = 64 << 10

// checkSegments fails on any broken promise of Segment: tokens are
// non-empty, ordered, disjoint byte ranges of body with only white space
// between them; sentences partition the tokens in order, each spanning
// its first token's start to its last token's end; no sentence runs
// across the end of the dateline when that end falls between tokens.
func checkSegments(t *testing.T, body string, dl document.Span, sents []document.Sentence, toks []document.Token) {
	t.Helper()
	prev := 0
	for i, tk := range toks {
		if tk.Start < prev || tk.End <= tk.Start || tk.End > len(body) {
			t.Fatalf("token %d span %+v out of order or range (previous end %d, body %d bytes)", i, tk.Span, prev, len(body))
		}
		for k := prev; k < tk.Start; {
			r, size := utf8.DecodeRuneInString(body[k:])
			if !(unicode.IsSpace(r) || r == '\u200b' || r == '\ufeff') || r == utf8.RuneError && size == 1 {
				t.Fatalf("byte %d (%q) before token %d is in no token", k, r, i)
			}
			k += size
		}
		if utf8.ValidString(body) && !utf8.ValidString(body[tk.Start:tk.End]) {
			t.Errorf("token %d %q cuts a rune", i, body[tk.Start:tk.End])
		}
		prev = tk.End
	}
	if len(toks) == 0 {
		if len(sents) != 0 {
			t.Fatalf("%d sentences without tokens", len(sents))
		}
		return
	}
	next := 0
	for k, s := range sents {
		if s.TokenStart != next || s.TokenEnd <= s.TokenStart || s.TokenEnd > len(toks) {
			t.Fatalf("sentence %d tokens [%d,%d) do not follow on from %d (%d tokens)", k, s.TokenStart, s.TokenEnd, next, len(toks))
		}
		if s.Start != toks[s.TokenStart].Start || s.End != toks[s.TokenEnd-1].End {
			t.Fatalf("sentence %d span %+v is not the span of its tokens", k, s.Span)
		}
		for j := s.TokenStart; j < s.TokenEnd; j++ {
			if toks[j].Sentence != k {
				t.Fatalf("token %d says sentence %d, lies in %d", j, toks[j].Sentence, k)
			}
		}
		if dl.End > 0 && s.Start < dl.End && dl.End < s.End && !insideToken(toks, dl.End) {
			t.Errorf("sentence %d %+v runs across the dateline end %d", k, s.Span, dl.End)
		}
		next = s.TokenEnd
	}
	if next != len(toks) {
		t.Fatalf("sentences end at token %d of %d", next, len(toks))
	}
}

func insideToken(toks []document.Token, off int) bool {
	for _, tk := range toks {
		if tk.Start < off && off < tk.End {
			return true
		}
	}
	return false
}

// FuzzSegment splits arbitrary text into sentences and tokens. cut < 0
// takes the dateline FindDateline finds (as Apply does); otherwise the
// dateline is the first cut%(len+1) bytes, a span the caller vouches for.
func FuzzSegment(f *testing.F) {
	for _, s := range []string{
		"BEIJING, Oct. 21 (Xinhua) -- The forum opened. Dr. Li spoke at 3 p.m. to the U.S. delegation.",
		"MOSCOW, December 26. /TASS/. Talks went on. No. 5 was signed.",
		"NEW DELHI /India/, Nov. 4 -- Mr. A. B. Singh left.\n\nSecond paragraph without end",
		"Ellipsis... then more... and ?! marks?!  \u201cQuoted.\u201d (Parenthesised.) 3.5 per cent, 1,000 people.",
		"\u4e2d\u56fd\u65b0\u95fb\u7f51\u3002\u8bb0\u8005\u62a5\u9053\uff01\u4f1a\u8bae\u5f00\u5e55\u3002",
		"\u0627\u0644\u0645\u0646\u062a\u062f\u0649 \u0628\u062f\u0623. \u05e9\u05dc\u05d5\u05dd. \u202eTXET\u202c.",
		"zero\u200bwidth\u200d joiner\ufeff BOM \u00a0no-break\u2028line sep",
		"China\u2019s and People's, rock 'n' roll, 'quoted', ''s, \u2019s",
		"\xff\xfe broken \xc3 bytes. \xe2\x80 Next.",
		"e.g. i.e. etc. vs. Jan. Feb. Sept. U.N. A.",
		"I&B ministry, AT&T, a&b, 3,00 and 3,0000.",
		"---- .... -- .",
	} {
		f.Add(s, -1)
	}
	f.Add("CAIRO, Jan. 5 (MENA) -- Text", 14)
	f.Add("x", 1)
	seg, err := New()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, body string, cut int) {
		if len(body) > maxFuzzInput {
			t.Skip()
		}
		var dl document.Span
		if cut < 0 {
			if d, ok := FindDateline(body); ok {
				checkDateline(t, body, d)
				dl = d.Span
			}
		} else {
			dl = document.Span{End: cut % (len(body) + 1)}
		}
		sents, toks := seg.Segment(body, dl)
		checkSegments(t, body, dl, sents, toks)
		sents2, toks2 := seg.Segment(body, dl)
		if !reflect.DeepEqual(sents, sents2) || !reflect.DeepEqual(toks, toks2) {
			t.Errorf("second segmentation differs")
		}
		d := &document.Document{Article: document.Article{Body: body}}
		seg.Apply(d)
		checkSegments(t, body, document.Span{}, d.Sentences, d.Tokens)
		if len(d.Lower) != len(body) {
			t.Errorf("lower-cased body is %d bytes, body %d", len(d.Lower), len(body))
		}
	})
}

// checkDateline fails when a dateline FindDateline found is not a span
// of body that starts with its place.
func checkDateline(t *testing.T, body string, d Dateline) {
	t.Helper()
	if d.Span.Start < 0 || d.Span.End > len(body) || d.Span.Start >= d.Span.End {
		t.Fatalf("dateline span %+v out of range (body %d bytes)", d.Span, len(body))
	}
	text := body[d.Span.Start:d.Span.End]
	if d.Place == "" || !strings.HasPrefix(strings.ToLower(text), strings.ToLower(d.Place)) {
		t.Errorf("dateline %q does not start with its place %q", text, d.Place)
	}
	if d.Date != "" && !strings.Contains(text, d.Date) || d.Agency != "" && !strings.Contains(text, d.Agency) {
		t.Errorf("dateline %q lacks its date %q or agency %q", text, d.Date, d.Agency)
	}
}
