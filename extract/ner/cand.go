package ner

import (
	"strings"

	"github.com/kgnews/kg"
)

// Type indices for evidence scores.
const (
	tPerson = iota
	tOrg
	tGPE
	tLoc
	tProduct
	tMisc
	nTypes
)

var typeOf = [nTypes]kg.EntityType{kg.Person, kg.Org, kg.GPE, kg.Loc, kg.Product, kg.Misc}

// scores holds evidence for each type.
type scores [nTypes]int32

// cand is a candidate mention: a range of words after trimming.
type cand struct {
	a, b       int // words [a, b)
	start, end int // bytes
	text       string
	weak       bool   // a sentence-initial common word: kept only if it names a known entity
	titled     bool   // a person's title stood before it
	canon      string // gazetteer canonical name
	gaz        bool   // found in a gazetteer
	club       bool   // a sports club ("Harbury Rovers")
	appos      bool   // an apposition typed it (", a consultancy,")
	placed     bool   // a place by its preposition ("reporters in Tarsk.")
	intrinsic  scores // evidence from the name itself
	context    scores // evidence from the words around it
	ent        int    // entity index after coreference, -1 if dropped
}

// candidates turns each capitalised run into zero or more candidates.
func (r *Recognizer) candidates(s string, ws []word) []cand {
	chunks := r.chunks(s, ws)
	out := make([]cand, 0, len(chunks)+len(chunks)/4)
	mid := map[string]bool{} // runs mid-sentence, and their starts of two or more words
	for _, ch := range chunks {
		if !ws[ch[0]].initial {
			for e := ch[0] + 1; e <= ch[1] && e-ch[0] <= 4; e++ {
				if e-ch[0] > 1 || !r.lx.isLower(ws[ch[0]].text, cStarter) { // "The" alone proves nothing
					mid[lower(s[ws[ch[0]].start:ws[e-1].end])] = true
				}
			}
			mid[lower(s[ws[ch[0]].start:ws[ch[1]-1].end])] = true
		}
	}
	for _, ch := range chunks {
		if a := ch[0]; ws[a].initial {
			for e := ch[1]; e > a; e-- {
				if _, ok := lookupLower(mid, s[ws[a].start:ws[e-1].end]); ok {
					ws[a].initial = false // the run, or its start, stands capitalised mid-sentence too
					ws[a].seen = true
					break
				}
			}
		}
		out = r.trim(s, ws, ch[0], ch[1], out)
	}
	return out
}

func (r *Recognizer) gazetteer(s string, ws []word, a, b int) (entry, bool) {
	if b-a > r.lx.maxWords {
		return entry{}, false
	}
	e, ok := r.lx.name(s[ws[a].start:ws[b-1].end])
	return e, ok
}

// endsInHead reports whether the run's last word (before a trailing number) is a head word.
func (r *Recognizer) endsInHead(ws []word, a, b int) bool {
	if b-a > 1 && ws[b-1].isNumber() {
		b--
	}
	return r.lx.is(ws[b-1].text, anyHead)
}

// endsInOrg reports whether the run ends in an organisation's or a named
// thing's head word: such a run keeps its title words ("Sheriff's Office").
func (r *Recognizer) endsInOrg(ws []word, a, b int) bool {
	return r.lx.is(ws[b-1].text, hOrg|hCompany|hClub|hMisc)
}

// trim strips the words of ws[a:b] that are not part of a name (leading
// "The", sentence-initial common words, titles, demonyms, dates) and
// appends what is left.
func (r *Recognizer) trim(s string, ws []word, a, b int, out []cand) []cand {
	if _, ok := r.gazetteer(s, ws, a, b); ok && ws[a].text == "The" {
		return r.add(s, ws, a, b, false, false, out) // "The Hague", "The Economist"
	}
	if ws[a].text == "The" && !ws[a].initial && b-a == 2 && !r.lx.is(ws[b-1].text, cCalendar|cNonEntity) {
		return r.add(s, ws, a, b, false, false, out) // a title mid-sentence: "told The Courier"
	}
	for a < b && (ws[a].initial || len(ws[a].text) <= 3) && r.lx.isLower(ws[a].text, cStarter) && !ws[a].caps {
		a++
	}
	if a >= b {
		return out
	}
	if k := r.placeSplit(s, ws, a, b); k > 0 {
		return r.trim(s, ws, k, b, r.trim(s, ws, a, k, out)) // "UK iTunes"
	}
	if k := r.acronymSplit(ws, a, b); k > 0 {
		return r.trim(s, ws, k, b, r.trim(s, ws, a, k, out))
	}
	_, gaz := r.gazetteer(s, ws, a, b)
	weak := false
	if b-a == 1 && ws[a].initial && !ws[a].caps && !gaz && r.lx.wordLike(ws[a].text) {
		weak = true // "Joblessness is at its highest"
	}
	if ws[a].initial && !ws[a].caps && !gaz && r.lx.isCommon(ws[a].text) {
		switch {
		case b-a == 1:
			weak = true
		case inflected(ws[a].text) && !r.lx.is(ws[a].text, cModifier):
			return r.trim(s, ws, a+1, b, out) // "Replied State Department"
		case b-a > 2 && strings.HasSuffix(ws[a].text, "s") && !r.lx.isCommon(ws[a+1].text) && !r.lx.is(ws[a].text, anyHead) && r.endsInHead(ws, a, b):
			return r.trim(s, ws, a+1, b, out) // "Holders Eastleigh Wanderers": a plural noun before a name
		case r.endsInHead(ws, a, b), r.lx.is(ws[a].text, cTitle|cModifier), r.headOf(ws, a, b):
		case r.lx.firstNames[ws[a].text] && !r.lx.isCommon(ws[a+1].text):
		default:
			return r.trim(s, ws, a+1, b, out)
		}
	}
	if k, _ := r.title(ws, a, b); k < 0 && !gaz && b-a > 2 && r.lx.is(ws[a].text, cTitle) && (ws[a+1].text == "of" || ws[a+1].text == "for") {
		rest := a + 2 // "Director of the Federal Bureau of Investigation"
		if ws[rest].text == "the" && rest+1 < b {
			rest++
		}
		return r.trim(s, ws, rest, b, out)
	}
	if !gaz && !r.endsInOrg(ws, a, b) {
		for b > a+1 && r.lx.is(ws[b-1].text, cTitle) && !inner[ws[b-2].text] {
			b-- // "Apple Chief Executive Officer"
			for b > a+1 && r.lx.is(ws[b-1].text, cTitle|cModifier) {
				b--
			}
		}
		if k, p := r.title(ws, a, b); k >= 0 {
			pre := k // "U.S. District Judge": the place before the title's modifiers
			for pre > a && r.lx.is(ws[pre-1].text, cModifier) {
				if pre-1 > a && r.lx.is(ws[pre-1].text, anyHead) && !r.lx.isPlace(ws[pre-2].text) && !r.lx.is(ws[pre-2].text, anyHead) {
					break // "Harris County Fire Marshal": the county stays
				}
				pre--
			}
			if !r.onlyModifiers(ws, a, pre) {
				out = r.trim(s, ws, a, pre, out)
			}
			return r.add(s, ws, p, b, false, true, out)
		}
	}
	if !gaz && !r.endsInHead(ws, a, b) {
		if b-a > 1 && !ws[a].seen && (r.lx.demonyms[ws[a].text] != "" || r.lx.is(ws[a].text, cNonEntity)) && r.restIsName(s, ws, a+1, b) {
			a++ // "American Owen Vance", but "Baltic Rail Freight"
		}
		for a < b && r.calendar(ws, a, b) {
			a++
		}
		for b > a && r.calendar(ws, b-1, b) {
			b--
		}
	}
	if a >= b {
		return out
	}
	return r.add(s, ws, a, b, weak, false, out)
}

// title finds a person's title in ws[a:b] ("Latvian President Marko
// Vrabec"): it returns the title's index and where the name after it (and
// after any "of Finance" complement) starts, or -1.
func (r *Recognizer) title(ws []word, a, b int) (int, int) {
	for k := a; k < b-1; k++ {
		if !r.lx.is(ws[k].text, cTitle) || k == a && b-a == 2 && r.lx.is(ws[k].text, cNameTitle) {
			continue
		}
		p := k + 1
		for p < b && r.lx.is(ws[p].text, cTitle|cModifier) {
			p++
		}
		if p < b && (ws[p].text == "of" || ws[p].text == "for") {
			p++
			for p < b && (ws[p].text == "the" || r.lx.isCommon(ws[p].text) && !r.lx.firstNames[ws[p].text] || r.lx.isPlace(ws[p].text)) {
				p++
			}
		}
		if p >= b || b-p > 4 {
			return -1, -1
		}
		return k, p
	}
	return -1, -1
}

// onlyModifiers reports whether ws[a:b] holds nothing but words that may
// precede a title ("Former", "Deputy Prime", "Latvian").
func (r *Recognizer) onlyModifiers(ws []word, a, b int) bool {
	for k := a; k < b; k++ {
		w := ws[k].text
		if !r.lx.is(w, cTitle|cModifier) && r.lx.demonyms[w] == "" && !r.lx.isLower(w, cStarter) {
			return false
		}
	}
	return true
}

// add appends the candidate ws[a:b] unless it is a lone word that names
// nothing (a title, a head word, a date, a demonym).
func (r *Recognizer) add(s string, ws []word, a, b int, weak, titled bool, out []cand) []cand {
	for b > a && !ws[b-1].nameWord() && !ws[b-1].isNumber() && !ws[b-1].head {
		b--
	}
	if a >= b {
		return out
	}
	if a > 0 && ordinal(ws[a-1].text) && ws[a].start-ws[a-1].end == 1 && ws[a-1].sent == ws[a].sent && r.lx.is(ws[b-1].text, hOrg) {
		a-- // "9th U.S. Circuit Court of Appeals", "82nd Airborne Division"
	}
	c := cand{a: a, b: b, start: ws[a].start, end: ws[b-1].end, weak: weak, titled: titled, ent: -1}
	c.text = s[c.start:c.end]
	e, gaz := r.gazetteer(s, ws, a, b)
	if !gaz && r.lx.demonyms[c.text] != "" {
		return out // "Latin American"
	}
	inParens := a > 0 && b < len(ws) && ws[a-1].text == "(" && ws[b].text == ")"
	if b-a == 1 && !gaz && r.stateAbbrev(ws, a, b) == "" && !(inParens && ws[a].caps) {
		w := ws[a].text
		if r.lx.is(w, cTitle|cNonEntity|cCalendar) || len(w) < 2 || r.numberWord(w) || roman(w) {
			return out
		}
		if r.lx.is(w, anyHead|cModifier) {
			if !r.lx.is(w, hClub|hOrg) {
				return out
			}
			c.weak = true // "Rovers", "the Alliance": kept only as a known entity's short name
		}
	}
	if canon := r.stateAbbrev(ws, a, b); canon != "" {
		gaz, e = true, entry{canon: canon, typ: kg.GPE}
	}
	if gaz {
		c.gaz, c.canon = true, e.canon
	}
	return append(out, c)
}

// acronymSplit returns where a run like "Lisa Stark ABC" or "Steven Snyder
// TWA" should be cut: before an acronym that follows a title-case word
// which is no head word. It returns 0 for no cut.
func (r *Recognizer) acronymSplit(ws []word, a, b int) int {
	for k := a + 1; k < b; k++ {
		if ws[k].caps && !strings.Contains(ws[k].text, ".") && titleWord(ws[k-1].text) && !r.lx.is(ws[k-1].text, anyHead|cTitle|cModifier) && !r.lx.is(ws[k].text, hCompany|hLegal|hClub) {
			return k
		}
	}
	return 0
}

// inflected reports whether w looks like an inflected verb or an adverb
// ("Replied", "Turning", "Obviously"), which a name rarely starts with.
func inflected(w string) bool {
	return len(w) > 4 && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ly"))
}

// numberWord reports whether every hyphen-separated part of w is a number
// word ("Thirty-two").
func (r *Recognizer) numberWord(w string) bool {
	for _, p := range strings.Split(w, "-") {
		if !r.lx.isLower(p, cNumber) {
			return false
		}
	}
	return true
}

// stateAbbrev returns the state that an AP-style abbreviation after a
// comma stands for ("Salem, Ore." -> "Nevada"), or "".
func (r *Recognizer) stateAbbrev(ws []word, a, b int) string {
	if b-a != 1 || a == 0 || ws[a-1].text != "," {
		return ""
	}
	w := ws[a].text
	if b < len(ws) && ws[b].text == "." && ws[b].start == ws[a].end {
		w += "."
	}
	return r.lx.abbrevs[w]
}

// roman reports whether w is a Roman numeral of a name ("II", "IV").
func roman(w string) bool {
	return strings.Trim(w, "IVX") == "" && len(w) <= 4
}

// restIsName reports whether ws[a:b], left after a demonym, stands as a
// name by itself: nothing, one word, a person's name or a gazetteer name.
func (r *Recognizer) restIsName(s string, ws []word, a, b int) bool {
	if b-a <= 1 {
		return true
	}
	if _, ok := r.gazetteer(s, ws, a, b); ok {
		return true
	}
	words := make([]string, 0, b-a)
	for k := a; k < b; k++ {
		words = append(words, ws[k].text)
	}
	return r.nameShaped(words)
}

// ordinal reports whether w is a numeral ordinal: "9th", "21st", "82nd".
func ordinal(w string) bool {
	n := len(w)
	if n < 3 || w[0] < '0' || w[0] > '9' {
		return false
	}
	switch w[n-2:] {
	case "st", "nd", "rd", "th":
		return strings.Trim(w[:n-2], "0123456789") == ""
	}
	return false
}

// calendar reports whether ws[k], in a run ending before ws[b], is a date
// word: a weekday or holiday always; a month ("March", "Jan") only before
// a number or standing alone, since "Jan van Hoorn" and "Theresa May" are
// people.
func (r *Recognizer) calendar(ws []word, k, b int) bool {
	w := ws[k].text
	if !r.lx.is(w, cCalendar) {
		return false
	}
	if !r.lx.is(w, cMonth) {
		return true
	}
	return k+1 < len(ws) && ws[k+1].isNumber() || k+1 == b && k > 0 && !ws[k-1].nameWord()
}

// headOf reports whether ws[a:b] holds an organisation's head before "of",
// "for" or "on" ("Central Bank of Kenya Governor ...").
func (r *Recognizer) headOf(ws []word, a, b int) bool {
	for k := a + 1; k < b-1; k++ {
		if t := ws[k].text; (t == "of" || t == "for" || t == "on") && r.lx.is(ws[k-1].text, hOrg|hCompany) {
			return true
		}
	}
	return false
}
