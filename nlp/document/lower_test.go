package document

import (
	"strings"
	"testing"
)

// lowerBytewise is LowerASCII one byte at a time: the reference.
func lowerBytewise(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c >= 'A' && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

// TestLowerASCII: the word-at-a-time LowerASCII agrees with lower-casing
// byte by byte, at every length and alignment, around the letters'
// edges ('@', '[', '`', '{'), on UTF-8 and on bytes with the top bit set;
// it returns its argument when nothing is upper case.
func TestLowerASCII(t *testing.T) {
	var all strings.Builder
	for c := 0; c < 256; c++ {
		all.WriteByte(byte(c))
	}
	texts := []string{"", "a", "A", "@AZ[`az{", "Beijing, Oct. 21 (Xinhua) -- ÄÖÜ Ünal İstanbul", all.String(),
		strings.Repeat("xinhua ", 9) + "Z", "Z" + strings.Repeat("xinhua ", 9), "\xc3\x80\xc3\x9aABC\xff\xfeQ"}
	for _, text := range texts {
		for i := 0; i <= len(text); i++ {
			for j := i; j <= len(text) && j <= i+40; j++ {
				s := text[i:j]
				if got, want := LowerASCII(s), lowerBytewise(s); got != want {
					t.Fatalf("LowerASCII(%q) = %q, want %q", s, got, want)
				}
			}
		}
	}
	s := "already lower case, with digits 2024 and ünïcode"
	if got := LowerASCII(s); got != s {
		t.Errorf("LowerASCII(%q) = %q", s, got)
	}
}
