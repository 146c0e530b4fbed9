package ingest

import (
	_ "embed"
	"strings"
	"unicode"
	"unicode/utf8"
)

//go:embed english.txt
var englishList string

// englishWords is the set of English function words from english.txt.
var englishWords = func() map[string]bool {
	set := map[string]bool{}
	for _, line := range strings.Split(englishList, "\n") {
		if strings.HasPrefix(line, "#") {
			continue
		}
		for _, w := range strings.Fields(line) {
			set[w] = true
		}
	}
	return set
}()

const (
	// englishSample is how many lower-case words of a document are looked at.
	englishSample = 200
	// englishMinWords is the fewest lower-case words a verdict is based
	// on; shorter documents (headlines, tables of results) pass as English.
	englishMinWords = 20
	// englishMinShare is the smallest share of function words among the
	// sampled words that English prose shows; running text in English has
	// about a third, other languages almost none.
	englishMinShare = 0.12
)

// englishShare returns the share of English function words among the first
// lower-case words of s and how many words were looked at. Capitalised
// words are passed over: they are mostly names, and German capitalises
// every noun.
func englishShare(s string) (share float64, words int) {
	hits := 0
	for words < englishSample && s != "" {
		var w string
		w, s = nextWord(s)
		if w == "" {
			break
		}
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsLower(r) {
			continue
		}
		words++
		if englishWords[w] {
			hits++
		}
	}
	if words == 0 {
		return 0, 0
	}
	return float64(hits) / float64(words), words
}

// looksEnglish reports whether s reads as English, or is too short to tell.
func looksEnglish(s string) bool {
	share, n := englishShare(s)
	return n < englishMinWords || share >= englishMinShare
}

// nextWord returns the first word of s (letters and inner apostrophes) and
// the rest of s after it, or "" when s holds no more words.
func nextWord(s string) (word, rest string) {
	start := strings.IndexFunc(s, unicode.IsLetter)
	if start < 0 {
		return "", ""
	}
	end := start
	for end < len(s) {
		r, size := utf8.DecodeRuneInString(s[end:])
		if !unicode.IsLetter(r) && !(r == '\'' || r == '’') {
			break
		}
		end += size
	}
	word = strings.TrimRight(strings.ReplaceAll(s[start:end], "’", "'"), "'")
	return word, s[end:]
}
