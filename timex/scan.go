package timex

import (
	"unicode"
	"unicode/utf8"
)

// token kinds.
const (
	kWord  = iota + 1 // letters, with inner apostrophes and abbreviation dots
	kDigit            // digits, with thousands commas or one decimal point
	kPunct            // any other single character
)

// token flags.
const (
	fSpace   = 1 << iota // white space before the token
	fNewline             // a line break before the token
	fCap                 // starts with an upper-case letter
	fEd                  // lower-case word ending in "ed": a likely past tense
	fQuote               // inside quotation marks
)

// token is one unit of the scanner. Numbers are split from letters
// ("9am" is "9" "am") and hyphens, slashes and colons are tokens of their
// own, so "third-quarter" and "third quarter" match the same rule.
type token struct {
	start, end int
	e          *entry  // lexicon entry of the lower-cased word, or nil
	val        float64 // value of a digit token
	nd         int     // digit count of a plain digit token (0 for "2.5", "1,000")
	kind       uint8
	flags      uint8
	sent       int32 // sentence number
	ch         rune  // the character of a punctuation token
}

func (t *token) has(f uint8) bool { return t.flags&f != 0 }

// w returns the interned lower-case word, or "" when it is not in the lexicon.
func (t *token) w() string {
	if t.e == nil {
		return ""
	}
	return t.e.word
}

// scanner holds the reusable buffers of one Tag call.
type scanner struct {
	lex   map[string]*entry
	buf   [32]byte
	toks  []token
	sents []int // index of each sentence's first token
}

// isLetterByte reports whether b is an ASCII letter.
func isLetterByte(b byte) bool { return b|0x20 >= 'a' && b|0x20 <= 'z' }

func isDigitByte(b byte) bool { return b >= '0' && b <= '9' }

// scan splits text into tokens, marking sentences and quotations.
func (sc *scanner) scan(text string) {
	sc.toks = sc.toks[:0]
	sc.sents = sc.sents[:0]
	var flags uint8
	inQuote := false
	newlines := 0
	i := 0
	for i < len(text) {
		c := text[i]
		switch {
		case c == ' ' || c == '\t' || c == '\r':
			flags |= fSpace
			i++
			continue
		case c == '\n':
			flags |= fSpace | fNewline
			newlines++
			if newlines > 1 {
				inQuote = false // quotation marks do not run across paragraphs here
			}
			i++
			continue
		}
		t := token{start: i, flags: flags}
		var r rune = rune(c)
		n := 1
		if c >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(text[i:])
		}
		switch {
		case isDigitByte(c):
			t.kind = kDigit
			t.end, t.val, t.nd = scanNumber(text, i)
		case isLetterByte(c) || (c >= utf8.RuneSelf && unicode.IsLetter(r)):
			t.kind = kWord
			t.end = scanLetters(text, i)
			sc.lookup(&t, text[i:t.end])
		case c == '\'' || r == '’':
			if j := i + n; j < len(text) && (text[j] == 's' || text[j] == 'S') && (j+1 >= len(text) || !isLetterByte(text[j+1])) {
				t.kind = kWord // possessive 's
				t.end = j + 1
				sc.lookup(&t, "'s")
				break
			}
			fallthrough
		default:
			if unicode.IsSpace(r) {
				flags |= fSpace
				i += n
				continue
			}
			t.kind = kPunct
			t.ch = r
			t.end = i + n
		}
		if r == '“' || r == '”' || r == '"' {
			switch {
			case r == '“':
				inQuote = true
			case r == '”':
				inQuote = false
			default:
				inQuote = !inQuote
			}
		} else if inQuote {
			t.flags |= fQuote
		}
		sc.markSentence(text, &t)
		sc.toks = append(sc.toks, t)
		i = t.end
		flags = 0
		newlines = 0
	}
}

// markSentence gives t its sentence number: a new sentence starts after a
// line break, or after . ! ? (and closing quotes) before a capital, a digit
// or an opening quote, unless the dot ends a short abbreviation.
func (sc *scanner) markSentence(text string, t *token) {
	n := len(sc.toks)
	if n == 0 {
		sc.sents = append(sc.sents, 0)
		return
	}
	t.sent = sc.toks[n-1].sent
	boundary := t.has(fNewline)
	if !boundary && t.has(fSpace) && startsSentence(text, t) {
		k := n - 1
		for k > 0 && sc.toks[k].kind == kPunct && isCloser(sc.toks[k].ch) {
			k--
		}
		p := &sc.toks[k]
		if p.kind == kPunct && (p.ch == '.' || p.ch == '!' || p.ch == '?') {
			boundary = p.ch != '.' || k == 0 || !shortAbbrev(text, &sc.toks[k-1])
		}
	}
	if boundary {
		t.sent++
		sc.sents = append(sc.sents, n)
	}
}

func isCloser(r rune) bool { return r == '"' || r == '”' || r == '’' || r == '\'' || r == ')' }

func startsSentence(text string, t *token) bool {
	if t.kind == kDigit || t.has(fCap) {
		return true
	}
	return t.kind == kPunct && (t.ch == '"' || t.ch == '“' || t.ch == '‘' || t.ch == '(')
}

// shortAbbrev reports whether p, the word before a dot, is a title or a
// month abbreviation ("Mr", "Oct") or a single letter ("J").
func shortAbbrev(text string, p *token) bool {
	if p.kind != kWord || !p.has(fCap) {
		return false
	}
	w := text[p.start:p.end]
	if len(w) == 1 {
		return true
	}
	if p.e != nil && (p.e.month > 0 || p.e.weekday > 0) && len(w) <= 4 {
		return true
	}
	switch w {
	case "Mr", "Mrs", "Ms", "Dr", "St", "Gen", "Gov", "Sen", "Rep", "Col", "Lt", "Sgt", "Capt", "Prof", "Jr", "Sr", "No":
		return true
	}
	return false
}

// scanNumber returns the end and value of the number starting at i, and its
// digit count when it is a plain run of digits.
func scanNumber(text string, i int) (end int, val float64, nd int) {
	j := i
	for j < len(text) && isDigitByte(text[j]) {
		val = val*10 + float64(text[j]-'0')
		j++
	}
	nd = j - i
	// thousands groups: "18,000"
	for j+3 < len(text) && text[j] == ',' && isDigitByte(text[j+1]) && isDigitByte(text[j+2]) && isDigitByte(text[j+3]) && (j+4 >= len(text) || !isDigitByte(text[j+4])) {
		val = val*1000 + float64(text[j+1]-'0')*100 + float64(text[j+2]-'0')*10 + float64(text[j+3]-'0')
		j += 4
		nd = 0
	}
	// decimal fraction: "2.5"
	if j+1 < len(text) && text[j] == '.' && isDigitByte(text[j+1]) {
		scale := 0.1
		j++
		for j < len(text) && isDigitByte(text[j]) {
			val += float64(text[j]-'0') * scale
			scale /= 10
			j++
		}
		nd = 0
	}
	return j, val, nd
}

// scanLetters returns the end of the word starting at i: letters, inner
// apostrophes ("o'clock") and dotted single letters ("a.m.", "U.S.").
func scanLetters(text string, i int) int {
	j := i
	for j < len(text) {
		c := text[j]
		if isLetterByte(c) {
			j++
			continue
		}
		if c >= utf8.RuneSelf {
			r, n := utf8.DecodeRuneInString(text[j:])
			if unicode.IsLetter(r) || unicode.IsMark(r) {
				j += n
				continue
			}
			if r == '’' && j+n < len(text) && isLetterByte(text[j+n]) && !possessiveAt(text, j+n) {
				j += n
				continue
			}
			break
		}
		if c == '\'' && j+1 < len(text) && isLetterByte(text[j+1]) && !possessiveAt(text, j+1) {
			j++
			continue
		}
		if c == '.' && (j-i == 1 || j-2 >= i && text[j-2] == '.') {
			// a.m. p.m. U.S.: single letters joined by dots
			if j+1 < len(text) && isLetterByte(text[j+1]) && (j+2 >= len(text) || text[j+2] == '.') {
				j++
				continue
			}
			if j-2 >= i && text[j-2] == '.' {
				j++ // the final dot of "a.m."
			}
		}
		break
	}
	return j
}

func possessiveAt(text string, j int) bool {
	return (text[j] == 's' || text[j] == 'S') && (j+1 >= len(text) || !isLetterByte(text[j+1]))
}

// lookup sets the lexicon entry and case flags of word token t.
func (sc *scanner) lookup(t *token, w string) {
	c := w[0]
	if c >= 'A' && c <= 'Z' {
		t.flags |= fCap
	} else if c >= utf8.RuneSelf {
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
			t.flags |= fCap
		}
	}
	if len(w) > len(sc.buf) {
		return
	}
	b := sc.buf[:len(w)]
	for k := 0; k < len(w); k++ {
		c := w[k]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		b[k] = c
	}
	t.e = sc.lex[string(b)]
	if t.e == nil && len(b) > 4 && b[len(b)-2] == 'e' && b[len(b)-1] == 'd' && !t.has(fCap) {
		t.flags |= fEd
	}
}
