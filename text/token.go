// Package text splits an article's text into tokens and sentences and finds
// the junk that scraped pages leave in it (related-link blobs, photo
// credits, copyright lines). It knows nothing of entities, times or events.
package text

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kgnews/kg"
)

// Token is a word, a number or a punctuation mark.
type Token struct {
	kg.Span
	Text string
}

// IsWord reports whether the token starts with a letter or digit.
func (t Token) IsWord() bool {
	r, _ := utf8.DecodeRuneInString(t.Text)
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// IsCapitalized reports whether the token starts with an upper-case letter.
func (t Token) IsCapitalized() bool {
	r, _ := utf8.DecodeRuneInString(t.Text)
	return unicode.IsUpper(r)
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) }

func isApostrophe(r rune) bool { return r == '\'' || r == '’' }

// Tokenize splits s into tokens. Words keep internal hyphens
// ("co-operation", "New York-based"), internal apostrophes ("don't") and
// the dots of abbreviations ("U.S.", "a.m.", "Oct."); numbers keep their
// separators ("18,000", "54.2"). A possessive "'s" is its own token.
func Tokenize(s string) []Token {
	toks := make([]Token, 0, len(s)/5)
	return AppendTokens(toks, s, 0, len(s))
}

// AppendTokens appends the tokens of s[start:end] to toks; offsets are into s.
func AppendTokens(toks []Token, s string, start, end int) []Token {
	i := start
	for i < end {
		r, n := utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(r) || r == utf8.RuneError && n <= 1 && !utf8.FullRuneInString(s[i:]) {
			i += n
			continue
		}
		if r == utf8.RuneError && n == 1 { // invalid byte: skip it
			i++
			continue
		}
		j := i + n
		if isWordRune(r) {
			j = scanWord(s, i, end)
		} else if isApostrophe(r) && j < end && (s[j] == 's' || s[j] == 'S') && (j+1 >= end || !isWordByte(s, j+1, end)) {
			j++ // possessive 's
		}
		toks = append(toks, Token{Span: kg.Span{Start: i, End: j}, Text: s[i:j]})
		i = j
	}
	return toks
}

func isWordByte(s string, i, end int) bool {
	if i >= end {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s[i:end])
	return isWordRune(r)
}

// scanWord returns the end of the word starting at i.
func scanWord(s string, i, end int) int {
	j := i
	for j < end {
		r, n := utf8.DecodeRuneInString(s[j:end])
		if isWordRune(r) {
			j += n
			continue
		}
		if j+n >= end {
			break
		}
		next, _ := utf8.DecodeRuneInString(s[j+n : end])
		prev, _ := utf8.DecodeLastRuneInString(s[i:j])
		switch {
		case r == '-' && isWordRune(next):
			j += n
			continue
		case isApostrophe(r) && unicode.IsLetter(next) && !isPossessive(s, j+n, end):
			j += n
			continue
		case (r == ',' || r == '.' || r == ':') && unicode.IsDigit(prev) && unicode.IsDigit(next):
			if r == ',' && !thousands(s, j+n, end) {
				break
			}
			j += n
			continue
		case r == '.' && unicode.IsLetter(next) && utf8.RuneCountInString(lastSegment(s[i:j])) == 1:
			// U.S, a.m: single letters joined by dots
			j += n
			continue
		}
		break
	}
	// abbreviation's final dot: "U.S." "a.m." "Oct." "Mr."
	if j < end && s[j] == '.' {
		w := s[i:j]
		if strings.Contains(w, ".") || IsAbbreviation(w) {
			j++
		}
	}
	return j
}

// thousands reports whether s[i:] starts with exactly three digits and no
// further digit: the group after a thousands separator.
func thousands(s string, i, end int) bool {
	k := i
	for k < end && k-i < 4 && s[k] >= '0' && s[k] <= '9' {
		k++
	}
	return k-i == 3
}

func isPossessive(s string, i, end int) bool {
	if i >= end || (s[i] != 's' && s[i] != 'S') {
		return false
	}
	return !isWordByte(s, i+1, end)
}

func lastSegment(w string) string {
	if k := strings.LastIndexByte(w, '.'); k >= 0 {
		return w[k+1:]
	}
	return w
}
