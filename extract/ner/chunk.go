package ner

import (
	"strings"

	"github.com/kgnews/kg"
)

// maxChunk bounds a capitalised run, in words.
const maxChunk = 14

// particles join the parts of a person's name ("Charles de Gaulle").
var particles = map[string]bool{
	"de": true, "du": true, "des": true, "van": true, "von": true, "der": true, "den": true,
	"da": true, "di": true, "del": true, "della": true, "dos": true, "das": true, "bin": true,
	"ibn": true, "al": true, "el": true, "le": true, "la": true, "y": true, "ter": true,
	"ten": true, "zu": true, "bint": true, "abu": true, "es": true,
}

// articles join a name with a hyphen ("Bashar al-Assad", "Abd ar-Rahman").
var articles = map[string]bool{
	"al": true, "el": true, "ad": true, "ash": true, "as": true, "at": true, "an": true,
	"ar": true, "az": true, "ul": true, "bin": true, "ibn": true, "abu": true,
}

// inner may stand inside the complement of an organisation's name
// ("Office for the Suppression of Corruption and Organised Crime").
var inner = map[string]bool{"of": true, "for": true, "the": true, "and": true, "in": true, "on": true, "to": true}

func isPossessive(w string) bool { return w == "'s" || w == "’s" || w == "'S" || w == "’S" }

// joined reports whether b follows a on the same line with at most two
// blanks between them (masked junk leaves a wide gap).
func joined(s string, a, b word) bool {
	gap := b.start - a.end
	if gap > 2 || a.sent != b.sent {
		return false
	}
	return !strings.ContainsRune(s[a.end:b.start], '\n')
}

func (w word) nameWord() bool { return w.cap && !w.affix && w.isWord() }

// chunks returns the capitalised runs of ws as half-open word ranges.
func (r *Recognizer) chunks(s string, ws []word) [][2]int {
	var out [][2]int
	for i := 0; i < len(ws); {
		if !ws[i].nameWord() {
			i++
			continue
		}
		last := r.extend(s, ws, i)
		out = append(out, [2]int{i, last + 1})
		i = last + 1
	}
	return out
}

// extend returns the index of the last word of the run starting at ws[i].
func (r *Recognizer) extend(s string, ws []word, i int) int {
	last := max(i, r.gazetteerRun(s, ws, i))
	complement := false
	for j := last + 1; j < len(ws) && j-i < maxChunk; {
		w := ws[j]
		if !joined(s, ws[j-1], w) || ws[last].dateline != w.dateline {
			break
		}
		if r.lx.is(ws[last].text, hLegal) {
			break
		}
		if w.nameWord() {
			last, j = j, j+1
			continue
		}
		if w.isNumber() && j == last+1 && r.lx.is(ws[last].text, hNumbered) {
			return j
		}
		if w.isNumber() && j == last+1 && r.designates(ws, i, last, j) {
			last, j = j, j+1 // "iPhone 3G", "Boeing 737 MAX"
			continue
		}
		if r.lowerHead(s, ws, i, last, j) {
			ws[j].head = true
			return j
		}
		c := j
		for c < len(ws) && c-j < 3 && !ws[c].nameWord() && joined(s, ws[c-1], ws[c]) {
			c++
		}
		if c >= len(ws) || c == j || !ws[c].nameWord() || !joined(s, ws[c-1], ws[c]) {
			break
		}
		ok, comp := r.connects(s, ws, i, last, j, c, complement)
		if !ok {
			break
		}
		complement = complement || comp
		last, j = c, c+1
	}
	return last
}

// connects reports whether the words ws[j:c] join the capitalised words
// ws[last] and ws[c] into one name, and whether they open an
// organisation's complement ("Ministry of ...").
func (r *Recognizer) connects(s string, ws []word, i, last, j, c int, complement bool) (bool, bool) {
	conn := ws[j:c]
	first := conn[0].text
	switch {
	case len(conn) == 1 && first == "&":
		return true, false
	case len(conn) == 1 && first == "." && isInitial(ws[last].text) && conn[0].start == ws[last].end:
		return true, false // a middle initial: "Timothy D. Cook"
	case len(conn) == 1 && isPossessive(first):
		prev, saint := ws[last].text, ws[i].text == "St" || ws[i].text == "St." || ws[i].text == "Saint"
		alone := c+1 >= len(ws) || !ws[c+1].nameWord()                                                                            // the head ends the name
		return (r.lx.isCommon(prev) || r.lx.is(prev, cTitle) || saint) && alone && r.lx.is(ws[c].text, hOrg|hCompany|hLoc), false // "St David's Cathedral"
	}
	allParticles, allInner := true, true
	for _, w := range conn {
		allParticles = allParticles && particles[w.text]
		allInner = allInner && inner[w.text]
	}
	if allParticles && len(conn) <= 2 {
		return true, false
	}
	if !allInner {
		return false, false
	}
	if complement {
		// "Bank of Lithuania and the European Central Bank" is two names;
		// "in" goes on only into a region ("Co-operation in Europe").
		if first == "in" {
			e, _ := r.lx.name(ws[c].text)
			return e.typ == kg.Loc, false
		}
		return !(first == "and" && (len(conn) > 1 || r.runEndsInHead(ws, c))), false
	}
	if len(conn) == 1 && first == "and" && r.andJoins(s, ws, i, last, c) {
		return true, false
	}
	if first == "on" && r.lx.is(ws[last].text, hOrg) && !r.lx.is(ws[c].text, cCalendar) {
		return true, true // "Texas Commission on Environmental Quality"
	}
	if first == "of" || first == "for" {
		// An organisation's complement may go on ("Office for the
		// Suppression of Corruption and Organised Crime"); a place's
		// ("Gulf of Mexico", "District of Columbia") is one name.
		if r.lx.is(ws[last].text, hOrg|hCompany|hMisc|cTitle) {
			return true, true
		}
		if r.lx.is(ws[last].text, anyHead|hLocPrefix) {
			return true, false
		}
	}
	return false, false
}

// isInitial reports whether w is one capital letter, a middle initial.
func isInitial(w string) bool { return len(w) == 1 && w[0] >= 'A' && w[0] <= 'Z' }

// andJoins reports whether "and" joins two halves of one organisation's
// name ("Securities and Exchange Commission"): the run after it ends in an
// organisation's head word and the word before it is no known name.
func (r *Recognizer) andJoins(s string, ws []word, i, last, c int) bool {
	prev := ws[last].text
	if !titleWord(prev) || r.lx.isPlace(prev) || r.lx.firstNames[prev] || r.lx.is(prev, anyHead) {
		return false
	}
	if _, ok := r.lx.name(s[ws[i].start:ws[last].end]); ok {
		return false // "United States and Soviet Union"
	}
	return r.runEndsInHead(ws, c)
}

// runEndsInHead reports whether the capitalised run starting at ws[c] ends
// in an organisation's head word.
func (r *Recognizer) runEndsInHead(ws []word, c int) bool {
	e := c
	for e+1 < len(ws) && e-c < 4 && ws[e+1].nameWord() && ws[e+1].start-ws[e].end <= 1 {
		e++
	}
	return r.lx.is(ws[e].text, hOrg)
}

// gazetteerRun returns the last word of the longest gazetteer name that
// starts at ws[i] and has connectors inside ("Friends of the Earth",
// "Bosnia and Herzegovina"), or -1.
func (r *Recognizer) gazetteerRun(s string, ws []word, i int) int {
	n, _ := lookupLower(r.lx.runFirst, ws[i].text)
	for j := min(len(ws)-1, i+2*n); j > i; j-- {
		if !ws[j].nameWord() || ws[j].sent != ws[i].sent || ws[j].end-ws[i].start > 64 || !wordsOnly(ws[i:j]) {
			continue
		}
		if _, ok := r.lx.name(s[ws[i].start:ws[j].end]); ok && !strings.ContainsRune(s[ws[i].start:ws[j].end], '\n') {
			return j
		}
	}
	return -1
}

// wordsOnly reports whether ws holds words alone, no punctuation.
func wordsOnly(ws []word) bool {
	for _, w := range ws {
		if !w.isWord() {
			return false
		}
	}
	return true
}
