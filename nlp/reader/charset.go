package reader

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
)

// decoded is raw input turned into UTF-8, with what happened on the way.
type decoded struct {
	text     []byte
	charset  string // canonical name of the encoding used
	declared bool   // the charset came from a BOM or a declaration
	invalid  int    // invalid byte sequences replaced by U+FFFD
	warning  string // one-line note for Article.Warnings, or ""
}

// sniffLen is how far into a page the charset declaration is looked for.
// The HTML standard says 1024 bytes; real pages put it later, after long
// comments or scripts, so this looks further.
const sniffLen = 8192

// decodeHTML converts a page's raw bytes to UTF-8, honouring a byte order
// mark first, then a <meta charset> or http-equiv declaration. Without one,
// valid UTF-8 is taken as is and anything else is read as windows-1252 (the
// web's default) with a warning. Invalid sequences become U+FFFD and are
// counted, never passed on as garbage.
func decodeHTML(raw []byte) (decoded, error) { return decodeHTMLServed(raw, "") }

// decodeHTMLServed is decodeHTML for a page served over HTTP with header,
// the charset parameter of its Content-Type ("" when there is none). The
// order is the HTML standard's: a byte order mark, then the header, then the
// page's <meta> declaration, then the default. See servedCharset for when
// the header is passed over.
func decodeHTMLServed(raw []byte, header string) (decoded, error) {
	if err := checkBinary(raw); err != nil {
		return decoded{}, err
	}
	if enc, n := bomCharset(raw); enc != "" {
		return decodeAs(raw[n:], enc, true)
	}
	meta := sniffMetaCharset(raw)
	name, note := servedCharset(header, meta, raw)
	if name == "" {
		name = meta
	}
	d, err := decodeAs(raw, name, name != "")
	if err != nil {
		return decoded{}, err
	}
	d.warning = joinWarn(note, d.warning)
	return d, nil
}

// decodeText converts plain text: BOM, else UTF-8, else windows-1252.
func decodeText(raw []byte) (decoded, error) { return decodeTextServed(raw, "") }

// decodeTextServed converts plain text served with header, the charset of
// its Content-Type: BOM, else the header's charset, else UTF-8, else
// windows-1252.
func decodeTextServed(raw []byte, header string) (decoded, error) {
	if err := checkBinary(raw); err != nil {
		return decoded{}, err
	}
	if enc, n := bomCharset(raw); enc != "" {
		return decodeAs(raw[n:], enc, true)
	}
	name, note := servedCharset(header, "", raw)
	d, err := decodeAs(raw, name, name != "")
	if err != nil {
		return decoded{}, err
	}
	d.warning = joinWarn(note, d.warning)
	return d, nil
}

// servedCharset decides whether a Content-Type charset (header) is used
// for raw, whose page declares meta (or ""). It returns the label to decode
// with ("" to fall back to the page's own declaration) and a note for the
// article's warnings. The header wins, as in browsers, except when its label
// is unknown, or when it says utf-8 for bytes that are not and the page
// declares another charset: servers that label everything utf-8 are common,
// and the page's own declaration is then the better witness.
func servedCharset(header, meta string, raw []byte) (string, string) {
	header = strings.TrimSpace(header)
	if header == "" {
		return "", ""
	}
	enc, canon := charset.Lookup(header)
	if enc == nil {
		return "", fmt.Sprintf("unknown charset %q in the Content-Type header, ignored", header)
	}
	metaCanon := ""
	if meta != "" {
		if e, c := charset.Lookup(meta); e != nil {
			metaCanon = c
		}
	}
	if canon == "utf-8" && metaCanon != "" && metaCanon != "utf-8" && !utf8.Valid(raw) {
		return "", fmt.Sprintf("the Content-Type header says utf-8 but the bytes are not; read as %s, as the page declares", metaCanon)
	}
	if metaCanon != "" && metaCanon != canon {
		return header, fmt.Sprintf("the Content-Type header's %s overrides the page's declared %s", canon, metaCanon)
	}
	return header, ""
}

func decodeAs(raw []byte, name string, declared bool) (decoded, error) {
	if name == "" {
		name = "utf-8"
	}
	enc, canon := charset.Lookup(name)
	if enc == nil {
		// An unknown label: fall back to UTF-8 and say so.
		d := decodeUTF8(raw, false)
		d.warning = joinWarn(fmt.Sprintf("unknown charset %q, read as utf-8", name), d.warning)
		return d, nil
	}
	if canon == "utf-8" {
		d := decodeUTF8(raw, declared)
		if !declared && d.invalid > 0 {
			// Not UTF-8 and nothing declared: the web's default applies.
			w, _ := charset.Lookup("windows-1252")
			out, err := w.NewDecoder().Bytes(raw)
			if err != nil {
				return decoded{}, fmt.Errorf("decode as windows-1252: %w", err)
			}
			return decoded{text: out, charset: "windows-1252",
				warning: "no charset declared and not valid utf-8, read as windows-1252"}, nil
		}
		if err := tooBroken(d); err != nil {
			return decoded{}, err
		}
		return d, nil
	}
	if declared && (canon == "windows-1252" || canon == "iso-8859-1") && hasMultibyteUTF8(raw) {
		// Pages often declare Latin-1 and serve UTF-8; decoding as declared
		// would turn every accented letter into two garbage characters.
		d := decodeUTF8(raw, false)
		d.warning = joinWarn("declared "+canon+" but the bytes are utf-8; read as utf-8", d.warning)
		return d, nil
	}
	if enc == encoding.Replacement {
		return decoded{}, fmt.Errorf("charset %q cannot be decoded safely", name)
	}
	out, err := enc.NewDecoder().Bytes(raw)
	if err != nil {
		return decoded{}, fmt.Errorf("decode as %s: %w", canon, err)
	}
	d := decoded{text: out, charset: canon, declared: declared}
	if n := bytes.Count(out, []byte("\uFFFD")) - bytes.Count(raw, []byte("\uFFFD")); n > 0 && canon != "utf-16le" && canon != "utf-16be" {
		d.invalid = n
	}
	if d.invalid > 0 {
		d.warning = fmt.Sprintf("%d invalid byte sequence(s) in %s input replaced by U+FFFD", d.invalid, canon)
	}
	if err := tooBroken(d); err != nil {
		return decoded{}, err
	}
	return d, nil
}

// decodeUTF8 copies valid UTF-8 through and replaces each invalid sequence
// with U+FFFD, counting them.
func decodeUTF8(raw []byte, declared bool) decoded {
	d := decoded{charset: "utf-8", declared: declared}
	if utf8.Valid(raw) {
		d.text = raw
		return d
	}
	out := make([]byte, 0, len(raw)+16)
	for len(raw) > 0 {
		r, n := utf8.DecodeRune(raw)
		if r == utf8.RuneError && n <= 1 {
			d.invalid++
			out = append(out, "\uFFFD"...)
			raw = raw[1:]
			// Swallow the rest of a broken sequence as one error.
			for len(raw) > 0 && raw[0]&0xC0 == 0x80 {
				raw = raw[1:]
			}
			continue
		}
		out = append(out, raw[:n]...)
		raw = raw[n:]
	}
	d.text = out
	d.warning = fmt.Sprintf("%d invalid byte sequence(s) in utf-8 input replaced by U+FFFD", d.invalid)
	return d
}

// tooBroken rejects a decoding where more than a tenth of the characters
// are replacements: the declared charset is wrong and the text is garbage.
func tooBroken(d decoded) error {
	if d.invalid == 0 {
		return nil
	}
	if n := utf8.RuneCount(d.text); n > 0 && d.invalid*10 > n {
		return fmt.Errorf("%d of %d characters are not valid %s: wrong charset or not text", d.invalid, n, d.charset)
	}
	return nil
}

func joinWarn(a, b string) string {
	switch {
	case a == "":
		return b
	case b == "":
		return a
	}
	return a + "; " + b
}

// ErrBinary says an input is not text.
var ErrBinary = errors.New("binary data, not text")

// ErrEmpty says an input holds nothing to read.
var ErrEmpty = errors.New("empty input")

// checkBinary rejects empty inputs and data that holds NUL bytes or many
// control characters (images, archives, executables). UTF-16 with a BOM is
// text despite its NULs.
func checkBinary(raw []byte) error {
	if len(bytes.TrimSpace(raw)) == 0 {
		return ErrEmpty
	}
	if enc, _ := bomCharset(raw); strings.HasPrefix(enc, "utf-16") {
		return nil
	}
	head := raw
	if len(head) > 4096 {
		head = head[:4096]
	}
	ctl := 0
	for _, c := range head {
		if c == 0 {
			return ErrBinary
		}
		if c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' {
			ctl++
		}
	}
	if ctl*20 > len(head) {
		return ErrBinary
	}
	return nil
}

// bomCharset returns the encoding named by a byte order mark and its length.
func bomCharset(raw []byte) (string, int) {
	switch {
	case bytes.HasPrefix(raw, []byte{0xEF, 0xBB, 0xBF}):
		return "utf-8", 3
	case bytes.HasPrefix(raw, []byte{0xFF, 0xFE}):
		return "utf-16le", 2
	case bytes.HasPrefix(raw, []byte{0xFE, 0xFF}):
		return "utf-16be", 2
	}
	return "", 0
}

// sniffMetaCharset finds <meta charset="..."> or <meta http-equiv=
// "Content-Type" content="...; charset=..."> in the page's first bytes.
func sniffMetaCharset(raw []byte) string {
	head := raw
	if len(head) > sniffLen {
		head = head[:sniffLen]
	}
	lower := bytes.ToLower(head)
	for off := 0; ; {
		i := bytes.Index(lower[off:], []byte("<meta"))
		if i < 0 {
			return ""
		}
		start := off + i
		end := bytes.IndexByte(lower[start:], '>')
		if end < 0 {
			return ""
		}
		tag := lower[start : start+end]
		off = start + end
		j := bytes.Index(tag, []byte("charset"))
		if j < 0 {
			continue
		}
		v := bytes.TrimLeft(tag[j+len("charset"):], " \t\r\n")
		if len(v) == 0 || v[0] != '=' {
			continue
		}
		v = bytes.TrimLeft(v[1:], " \t\r\n\"'")
		k := bytes.IndexAny(v, "\"'; \t\r\n/>")
		if k >= 0 {
			v = v[:k]
		}
		if len(v) > 0 {
			return string(v)
		}
	}
}

// hasMultibyteUTF8 reports valid UTF-8 that holds non-ASCII characters.
func hasMultibyteUTF8(raw []byte) bool {
	if !utf8.Valid(raw) {
		return false
	}
	for _, c := range raw {
		if c >= 0x80 {
			return true
		}
	}
	return false
}

// cp1252High maps the windows-1252 characters of bytes 0x80-0x9F back to
// their bytes, for undoing mojibake made through that code page.
var cp1252High = map[rune]byte{
	'€': 0x80, '‚': 0x82, 'ƒ': 0x83, '„': 0x84, '…': 0x85, '†': 0x86, '‡': 0x87,
	'ˆ': 0x88, '‰': 0x89, 'Š': 0x8A, '‹': 0x8B, 'Œ': 0x8C, 'Ž': 0x8E, '‘': 0x91,
	'’': 0x92, '“': 0x93, '”': 0x94, '•': 0x95, '–': 0x96, '—': 0x97, '˜': 0x98,
	'™': 0x99, 'š': 0x9A, '›': 0x9B, 'œ': 0x9C, 'ž': 0x9E, 'Ÿ': 0x9F,
}

// latinByte returns the byte a Latin-1 or windows-1252 decoder would have
// made r from.
func latinByte(r rune) (byte, bool) {
	if r >= 0x80 && r <= 0xFF {
		return byte(r), true
	}
	b, ok := cp1252High[r]
	return b, ok
}

// repairMojibake undoes UTF-8 text that was decoded as Latin-1 or
// windows-1252 before it reached the reader ("Abbasâ\u0080\u0099s" ->
// "Abbas’s"), as scraped dumps often hold. Each run of such characters is
// replaced only when its bytes form valid multi-byte UTF-8, so real Latin-1
// text ("café") is left alone. It returns the text and the runs repaired.
func repairMojibake(s []byte) ([]byte, int) {
	if !mayHoldMojibake(s) {
		return s, 0
	}
	var out []byte
	fixed := 0
	last := 0 // bytes of s copied to out so far
	var run []byte
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRune(s[i:])
		b, ok := latinByte(r)
		if !ok || r < 0x80 {
			i += size
			continue
		}
		// A run of Latin characters starting at i.
		start := i
		run = run[:0]
		for i < len(s) {
			r, size = utf8.DecodeRune(s[i:])
			if b, ok = latinByte(r); !ok || r < 0x80 {
				break
			}
			run = append(run, b)
			i += size
		}
		if len(run) < 2 || !utf8.Valid(run) || !multibyteOnly(run) {
			continue
		}
		out = append(out, s[last:start]...)
		out = append(out, run...)
		last = i
		fixed++
	}
	if fixed == 0 {
		return s, 0
	}
	return append(out, s[last:]...), fixed
}

// mayHoldMojibake is a fast test for repairMojibake: a UTF-8 lead byte
// read as Latin-1 is one of Â-ô, which UTF-8 encodes as C3 xx, and the
// next character is a continuation byte read as Latin-1 (C2 xx) or
// windows-1252 (€, ™, ‚ ... encode as C5, C6, CB or E2 xx xx).
func mayHoldMojibake(s []byte) bool {
	for off := 0; ; {
		i := bytes.IndexByte(s[off:], 0xC3)
		if i < 0 {
			return false
		}
		i += off
		if i+2 < len(s) {
			switch s[i+2] {
			case 0xC2, 0xC5, 0xC6, 0xCB, 0xE2:
				return true
			}
		}
		off = i + 1
	}
}

// multibyteOnly reports that b is made of multi-byte UTF-8 sequences.
func multibyteOnly(b []byte) bool {
	for len(b) > 0 {
		_, n := utf8.DecodeRune(b)
		if n < 2 {
			return false
		}
		b = b[n:]
	}
	return true
}
