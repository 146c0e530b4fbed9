package text

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kgnews/kg"
)

// abbreviations end with a dot that does not end a sentence (lower case).
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "sen": true, "rep": true,
	"gov": true, "gen": true, "col": true, "lt": true, "sgt": true, "capt": true, "cmdr": true,
	"adm": true, "maj": true, "st": true, "jr": true, "sr": true, "rev": true, "hon": true,
	"pres": true, "supt": true, "det": true, "insp": true, "fr": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true,
	"sep": true, "sept": true, "oct": true, "nov": true, "dec": true,
	"mon": true, "tue": true, "tues": true, "wed": true, "thu": true, "thur": true, "thurs": true, "fri": true, "sat": true, "sun": true,
	"inc": true, "corp": true, "co": true, "ltd": true, "bros": true, "plc": true, "llc": true,
	"no": true, "nos": true, "vs": true, "etc": true, "approx": true, "est": true, "dept": true,
	"univ": true, "assn": true, "ave": true, "blvd": true, "ft": true, "mt": true, "rd": true,
	"u.s": true, "u.k": true, "u.n": true, "e.g": true, "i.e": true, "a.m": true, "p.m": true,
}

// IsAbbreviation reports whether w (without its final dot) is a known
// abbreviation such as "Mr" or "Oct".
func IsAbbreviation(w string) bool { return abbreviations[strings.ToLower(w)] }

// abbreviations that often end a sentence as well ("in the U.S.").
var sentenceFinalAbbrev = map[string]bool{"u.s.": true, "u.k.": true, "etc.": true, "inc.": true, "corp.": true, "co.": true, "ltd.": true, "jr.": true, "a.m.": true, "p.m.": true}

// Sentences splits s into sentence spans. A sentence ends at . ! or ?
// (with any closing quotes or brackets) before white space and a capital,
// a digit or an opening quote, unless the dot belongs to an abbreviation;
// at a blank line; and at a line break unless the next line continues in
// lower case.
func Sentences(s string) []kg.Span {
	return SentencesOf(s, Tokenize(s))
}

// SentencesOf splits s into sentences using its tokens (as Tokenize
// returns them). Each boundary is decided once, left to right.
func SentencesOf(s string, toks []Token) []kg.Span {
	var out []kg.Span
	start := 0
	n := len(toks)
	for i := 0; i < n; i++ {
		end := -1
		if i+1 < n && lineBreakBetween(s, toks[i], toks[i+1]) {
			end = i
		} else if endsSentence(toks, i) {
			end = boundaryAfter(s, toks, i)
			if end >= 0 {
				i = end
			}
		}
		if end < 0 && i == n-1 {
			end = i
		}
		if end >= 0 {
			out = append(out, kg.Span{Start: toks[start].Start, End: toks[end].End})
			start = end + 1
		}
	}
	return out
}

// boundaryAfter returns the index of the last token of a sentence that the
// final mark toks[i] ends (closing quotes included), or -1 if it ends none.
func boundaryAfter(s string, toks []Token, i int) int {
	n := len(toks)
	j := i
	for j+1 < n && isCloser(toks[j+1].Text) && toks[j+1].Start == toks[j].End {
		j++
	}
	if j+1 >= n || lineBreakBetween(s, toks[j], toks[j+1]) {
		return j
	}
	next := toks[j+1]
	if !opensSentence(next) || next.Start == toks[j].End || middleInitial(toks, i) {
		return -1
	}
	w := strings.ToLower(toks[i].Text)
	if !isAbbrevToken(w) {
		return j
	}
	if sentenceFinalAbbrev[w] && startsNewClause(next) {
		return j
	}
	return -1
}

func isAbbrevToken(w string) bool {
	return strings.HasSuffix(w, ".") && len(w) > 1
}

// endsSentence reports whether toks[i] can end a sentence.
func endsSentence(toks []Token, i int) bool {
	w := toks[i].Text
	switch w {
	case ".", "!", "?", "…", "...":
		return true
	}
	return isAbbrevToken(w)
}

func isCloser(w string) bool {
	switch w {
	case "\"", "”", "’", "'", ")", "]", "»":
		return true
	}
	return false
}

func opensSentence(t Token) bool {
	r, _ := utf8.DecodeRuneInString(t.Text)
	return unicode.IsUpper(r) || unicode.IsDigit(r) || strings.ContainsRune("\"“‘'(«[`", r)
}

// startsNewClause guesses whether a capitalised word after "U.S." starts a
// sentence: pronouns and determiners usually do.
func startsNewClause(t Token) bool {
	switch strings.ToLower(t.Text) {
	case "the", "a", "an", "he", "she", "it", "they", "we", "i", "this", "that", "but", "in", "on", "at", "his", "her", "their", "there", "officials":
		return true
	}
	return false
}

// lineBreakBetween reports whether a line break between a and b ends a
// sentence: a blank line always does; a single one unless b continues in
// lower case.
func lineBreakBetween(s string, a, b Token) bool {
	gap := s[a.End:b.Start]
	k := strings.Count(gap, "\n")
	if k == 0 {
		return false
	}
	if k >= 2 {
		return true
	}
	r, _ := utf8.DecodeRuneInString(b.Text)
	return !unicode.IsLower(r)
}

// middleInitial reports whether the dot toks[i] closes a capital letter
// that follows a capitalised word: the middle initial of "John F. Kennedy".
func middleInitial(toks []Token, i int) bool {
	if toks[i].Text != "." || i < 2 || toks[i-1].End != toks[i].Start {
		return false
	}
	w := toks[i-1].Text
	return len(w) == 1 && w[0] >= 'A' && w[0] <= 'Z' && toks[i-2].IsCapitalized() && toks[i-2].End < toks[i-1].Start
}
