package ner

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kgnews/kg"
	"github.com/kgnews/kg/text"
)

// word is a token as the recogniser sees it: hyphenated tokens are split
// where a name meets an affix ("York-based" -> "York" "-based",
// "anti-Kremlin" -> "anti-" "Kremlin").
type word struct {
	start, end int
	text       string
	cap        bool // starts with a capital letter (or is iPhone-shaped)
	caps       bool // two or more letters, all capitals
	initial    bool // first word of a sentence (or of a title-case line)
	dateline   bool // the place of a dateline ("ZAGREB (Reuters) -")
	affix      bool // the affix split from a hyphenated name ("-based")
	head       bool // a lower-case head that a product's name takes ("the iTunes store")
	seen       bool // opens a run that also stands capitalised mid-sentence
	word       bool // starts with a letter or digit
	number     bool // starts with a digit
	sent       int  // index of its sentence
}

func (w word) isWord() bool { return w.word }

func (w word) isNumber() bool { return w.number }

func newWord(s string, start, end int) word {
	w := word{start: start, end: end, text: s[start:end]}
	r, n := utf8.DecodeRuneInString(w.text)
	w.cap = unicode.IsUpper(r)
	if !w.cap && (r == 'i' || r == 'e') && n < len(w.text) {
		r2, _ := utf8.DecodeRuneInString(w.text[n:])
		w.cap = unicode.IsUpper(r2) // iPhone, eBay
	}
	w.number = unicode.IsDigit(r)
	w.word = w.number || unicode.IsLetter(r)
	letters, upper := 0, 0
	for i := 0; i < len(w.text); i++ {
		c := w.text[i]
		switch {
		case c >= 'a' && c <= 'z':
			letters++
		case c >= 'A' && c <= 'Z':
			letters++
			upper++
		case c >= 0x80:
			letters, upper = countLetters(w.text)
			i = len(w.text)
		}
	}
	w.caps = letters >= 2 && upper == letters
	if w.cap && (w.text == "I" || contraction(w.text)) {
		w.cap = false // "I", "We're", "I'm"
	}
	return w
}

// countLetters counts the letters of w and the upper-case ones among them.
func countLetters(w string) (letters, upper int) {
	for _, c := range w {
		if unicode.IsLetter(c) {
			letters++
			if unicode.IsUpper(c) {
				upper++
			}
		}
	}
	return letters, upper
}

// words turns tokens into words, marks sentence starts, datelines and
// title-case lines.
func (r *Recognizer) words(s string, toks []text.Token, sents []kg.Span, buf []word) []word {
	ws := slices.Grow(buf[:0], len(toks)+len(toks)/8+8)
	for _, t := range toks {
		if t.Start >= 0 && t.Start < t.End && t.End <= len(s) {
			ws = r.appendSplit(ws, s, t)
		}
	}
	si := 0
	first := true
	for i := range ws {
		for si < len(sents) && ws[i].start >= sents[si].End {
			si++
			first = true
		}
		ws[i].sent = si
		if first && ws[i].isWord() {
			ws[i].initial = true
			first = false
		}
		if ws[i].isWord() && (afterColon(ws, i) || afterOpeningQuote(s, ws, i)) {
			ws[i].initial = true
		}
	}
	r.markDatelines(s, ws)
	r.markTitleCase(ws)
	return ws
}

// appendSplit appends t, split at a name/affix hyphen if it has one.
func (r *Recognizer) appendSplit(ws []word, s string, t text.Token) []word {
	w := newWord(s, t.Start, t.End)
	if h := strings.IndexByte(w.text, '-'); h > 0 && w.cap && r.placePair(w.text) {
		return append(ws, newWord(s, t.Start, t.Start+h), word{start: t.Start + h, end: t.Start + h + 1, text: "-"}, newWord(s, t.Start+h+1, t.End))
	}
	if h := strings.LastIndexByte(w.text, '-'); h > 0 && h < len(w.text)-1 && w.cap {
		if suf := w.text[h+1:]; r.lx.isLower(suf, cHyphen) || suf == lower(suf) && (strings.HasSuffix(suf, "ed") || strings.HasSuffix(suf, "ing")) {
			return append(ws, newWord(s, t.Start, t.Start+h), word{start: t.Start + h, end: t.End, text: w.text[h:], affix: true})
		}
	}
	if h := strings.IndexByte(w.text, '-'); h == 1 && w.cap && r.lx.isPlace(w.text[2:]) {
		// "R-Ohio": a party letter and a state
		return append(ws, word{start: t.Start, end: t.Start + 2, text: w.text[:2], affix: true}, newWord(s, t.Start+2, t.End))
	}
	if h := strings.IndexByte(w.text, '-'); h > 0 && w.cap && r.adjectival(w.text[:h], w.text[h+1:]) {
		w.cap = false // "Spanish-language", "Cuban-American", "Third-quarter", "T-shirts"
		return append(ws, w)
	}
	if h := strings.IndexByte(w.text, '-'); h > 0 && !w.cap && articles[w.text[:h]] && h+1 < len(w.text) && newWord(s, t.Start+h+1, t.End).cap {
		w.cap = true // "al-Assad" continues a name
		return append(ws, w)
	}
	if h := strings.IndexByte(w.text, '-'); h > 0 && !w.cap && r.lx.isLower(w.text[:h], cHyphenPrefix) {
		rest := newWord(s, t.Start+h+1, t.End)
		if rest.cap {
			return append(ws, word{start: t.Start, end: t.Start + h + 1, text: w.text[:h+1], affix: true, word: true}, rest)
		}
	}
	return append(ws, w)
}

func isDash(w string) bool { return w == "-" || w == "—" || w == "–" || w == "--" || w == "_" }

// afterOpeningQuote reports whether ws[i] opens a quotation: a quote mark
// glued to it with a blank (or the start of the text) before the mark.
func afterOpeningQuote(s string, ws []word, i int) bool {
	if i == 0 || ws[i-1].end != ws[i].start {
		return false
	}
	switch ws[i-1].text {
	case "\"", "“", "‘", "'", "``", "`":
	default:
		return false
	}
	k := i - 1 // "``Never": back over the marks of one quote
	for k > 0 && ws[k-1].end == ws[k].start && !ws[k-1].isWord() {
		k--
	}
	q := ws[k].start
	return q == 0 || s[q-1] == ' ' || s[q-1] == '\n' || s[q-1] == '('
}

// afterColon reports whether ws[i] follows a colon, with only quotes between.
func afterColon(ws []word, i int) bool {
	for k := i - 1; k >= 0 && k > i-4; k-- {
		switch ws[k].text {
		case ":":
			return true
		case "\"", "“", "'", "‘", "`", "``":
			continue
		}
		return false
	}
	return false
}

// markDatelines finds "ZAGREB (Reuters) -" and "LA PINE, Nevada (AP) —" at
// the start of a line: the capitals are a place and the next word starts a
// sentence.
func (r *Recognizer) markDatelines(s string, ws []word) {
	for i := 0; i < len(ws); i++ {
		if !ws[i].caps || !atLineStart(s, ws[i].start) {
			continue
		}
		k := i // "NEW YORK/LONDON (Reuters) -" has two places
		for k < len(ws) && (ws[k].caps || ws[k].text == "/" && k > i) && k-i < 6 {
			k++
		}
		if k >= len(ws) || (ws[k].text != "," && ws[k].text != "(" && !isDash(ws[k].text)) {
			continue
		}
		for j := k; j < len(ws) && j < k+14; j++ {
			if ws[j].text == "." || ws[j].sent != ws[i].sent && j > k+1 {
				break
			}
			if isDash(ws[j].text) {
				for m := i; m < k; m++ {
					ws[m].dateline = ws[m].caps
				}
				if j+1 < len(ws) {
					ws[j+1].initial = true
				}
				break
			}
		}
		i = k
	}
}

// atLineStart reports whether only blanks stand between offset i and the
// start of its line.
func atLineStart(s string, i int) bool {
	for i > 0 && (s[i-1] == ' ' || s[i-1] == '\t') {
		i--
	}
	return i == 0 || s[i-1] == '\n'
}

// markTitleCase treats every word of a title-case sentence ("Storm Forces
// Thousands To Flee") as sentence-initial, and its common words as lower
// case: capitals there say nothing. In a sentence in capitals ("STORM
// FORCES THOUSANDS TO FLEE") only gazetteer names stay names.
func (r *Recognizer) markTitleCase(ws []word) {
	for i := 0; i < len(ws); {
		j := i
		n, caps, fn, shout := 0, 0, 0, 0
		for j < len(ws) && ws[j].sent == ws[i].sent {
			if ws[j].isWord() && !ws[j].isNumber() {
				n++
				if ws[j].caps && !ws[j].dateline {
					shout++
				}
				if ws[j].cap {
					caps++
					if j > i && r.lx.isLower(ws[j].text, cStarter) && len(ws[j].text) <= 4 {
						fn++
					}
				}
			}
			j++
		}
		if n >= 3 && shout*5 >= n*4 {
			for k := i; k < j; k++ {
				ws[k].initial = true
				if ws[k].caps && !ws[k].dateline && !r.lx.isPlace(ws[k].text) {
					ws[k].cap = false // a headline in capitals: no acronyms there
				}
			}
		} else if n >= 4 && fn > 0 && caps*4 >= n*3 {
			for k := i; k < j; k++ {
				ws[k].initial = true
				w := ws[k].text
				if (r.lx.isCommon(w) || r.lx.isKnown(w)) && !r.lx.isPlace(w) && !r.lx.firstNames[w] {
					ws[k].cap = false // in a headline a common word breaks a name
				}
			}
		}
		i = j
	}
}

// placePair reports whether w joins two gazetteer places ("Iran-Iraq").
func (r *Recognizer) placePair(w string) bool {
	a, b, ok := strings.Cut(w, "-")
	if !ok {
		return false
	}
	_, okA := r.lx.name(a)
	_, okB := r.lx.name(b)
	return okA && okB
}

// contraction reports whether w is a pronoun or verb with a clitic: "We're",
// "I'm", "They'll", "Don't".
func contraction(w string) bool {
	k := strings.IndexAny(w, "'’")
	if k < 0 {
		return false
	}
	switch strings.ToLower(w[k:]) {
	case "'re", "’re", "'m", "’m", "'ve", "’ve", "'ll", "’ll", "'d", "’d", "'t", "’t":
		return true
	}
	return false
}

// adjectival reports whether a hyphenated capitalised word is no name: a
// demonym, number word or single letter before the hyphen.
func (r *Recognizer) adjectival(pre, rest string) bool {
	if len(pre) == 1 {
		return true
	}
	return r.lx.demonyms[pre] != "" || len(pre) > 3 && r.lx.is(pre, cNonEntity) || r.lx.isLower(pre, cNumber)
}
