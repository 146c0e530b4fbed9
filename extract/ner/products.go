package ner

import (
	"strings"

	"github.com/kgnews/kg"
)

// Products, indices and other named things: a model designator after a
// product's name belongs to it ("iPhone 3G", "Windows 11", "Boeing 737
// MAX", "FTSE 100"), as does a lower-case head the text gives it ("the
// iTunes store"); a plural ("iPhones") is the product itself.

// designates reports whether the number ws[j] after the run ws[i:last+1]
// is a model designator of a product or an index: the run ends in a
// product-shaped word ("iPhone", "Galaxy"), an index's name ("Nikkei"),
// or is an acronym or a lone word after "the" ("the FTSE 100", "the S&P
// 500", "the Switch 3"); and the
// number is shaped like a model ("3G", "4s", "2.0", "737") and no quantity
// ("iPhone 4 million" is not).
func (r *Recognizer) designates(ws []word, i, last, j int) bool {
	if !designator(ws[j].text) || ws[j].start-ws[last].end != 1 {
		return false
	}
	if n := j + 1; n < len(ws) && ws[n].sent == ws[j].sent && (r.lx.isLower(ws[n].text, cUnit) || ws[n].start == ws[j].end && ws[n].text != "," && ws[n].text != ".") {
		return false // "iPhone 4 million", "Galaxy 3-1"
	}
	w := ws[last].text
	if r.productWord(w) || r.productWord(ws[i].text) || r.lx.is(w, hIndexLine) {
		return true
	}
	return i > 0 && ws[i-1].text == "the" && (acronymRun(ws[i:last+1]) || i == last && !ws[i].initial && titleWord(ws[i].text) && !r.lx.is(ws[i].text, cNonEntity|cCalendar|cTitle))
}

// productWord reports whether w names a product line: camel-case
// ("iPhone", "PlayStation") or a listed brand that takes model numbers.
func (r *Recognizer) productWord(w string) bool {
	return r.camel(w) || r.lx.is(w, hProductLine)
}

// camel reports whether w is shaped like a product name (see camel),
// counting a surname prefix before a common word too: "MacBook", but not
// "McDonald" or "MacArthur".
func (r *Recognizer) camel(w string) bool {
	if camel(w) {
		return true
	}
	for _, p := range [...]string{"Mac", "Mc"} {
		if rest, ok := strings.CutPrefix(w, p); ok && titleWord(rest) && r.lx.isCommon(rest) {
			return true
		}
	}
	return false
}

// designator reports whether w is shaped like a model designator: up to
// four digits, digits with up to three letters after them ("3G", "3GS",
// "4s"), or a version number ("2.0", "1.1.1").
func designator(w string) bool {
	d := 0
	for d < len(w) && w[d] >= '0' && w[d] <= '9' {
		d++
	}
	if d == 0 || d > 4 {
		return false
	}
	rest := w[d:]
	if len(rest) > 1 && rest[0] == '.' {
		return strings.Trim(rest, ".0123456789") == "" && len(rest) <= 6 && !strings.Contains(rest, "..") && !strings.HasSuffix(rest, ".")
	}
	for k := 0; k < len(rest); k++ {
		if c := rest[k]; !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
			return false
		}
	}
	return len(rest) <= 3
}

// acronymRun reports whether ws is an acronym, possibly with "&" inside
// ("TSX", "S & P").
func acronymRun(ws []word) bool {
	for _, w := range ws {
		if !w.caps && !isInitial(w.text) && w.text != "&" {
			return false
		}
	}
	return len(ws) > 0
}

// lowerHead reports whether ws[j] is a lower-case head that the name
// ws[i:last+1] takes: a store after a camel-case product ("the iTunes
// store"), a programme after a name that follows "the" ("the Erasmus
// programme"; not an acronym's or a known name's: "the NASA programme").
func (r *Recognizer) lowerHead(s string, ws []word, i, last, j int) bool {
	if ws[j].cap || ws[j].start-ws[last].end != 1 {
		return false
	}
	if r.lx.is(ws[j].text, cServiceHead) {
		return r.camel(ws[last].text)
	}
	if !r.lx.is(ws[j].text, cProgrammeHead) || i == 0 || ws[i-1].text != "the" {
		return false
	}
	_, gaz := r.gazetteer(s, ws, i, last+1)
	return !gaz && !acronymRun(ws[i:last+1])
}

// productEvidence scores a name that carries a model designator ("iPhone
// 4", "Galaxy S24", "Airbus A380") or a model word ("Vision Pro") as a
// product, above an index's bare number and the brand's organisation.
func (r *Recognizer) productEvidence(ws []word, c *cand) {
	n := c.b - c.a
	if n < 2 {
		return
	}
	first, lastW := ws[c.a].text, ws[c.b-1]
	coded := false // a model code: a designator, or letters and digits ("A380")
	for k := c.a + 1; k < c.b; k++ {
		if t := ws[k].text; alnum(t) && !ws[k].isNumber() || designator(t) {
			coded = true
		}
	}
	if !coded && !lastW.head && !r.lx.is(lastW.text, hModel) {
		return // the common case: nothing of a product about it
	}
	switch {
	case r.lx.is(first, hIndexLine) || acronymRun(ws[c.a:c.b-1]) && lastW.isNumber():
		// an index: the number alone already scores it a named thing
	case coded && (r.productWord(first) || !lastW.isNumber() && alnum(lastW.text)):
		c.intrinsic[tProduct] += wHead + 1
	case lastW.head && r.lx.is(lastW.text, cProgrammeHead):
		c.intrinsic[tMisc] += wHead + 1
	case lastW.head || r.lx.is(lastW.text, hModel) && r.brand(ws[c.a].text):
		c.intrinsic[tProduct] += wHead + 1
	}
}

// brand reports whether w names a product line or a known organisation
// whose model a following model word names ("iPod Nano", "Apple Pro").
func (r *Recognizer) brand(w string) bool {
	e, ok := r.lx.name(w)
	return r.productWord(w) || ok && e.typ == kg.Org
}

// placeSplit returns where a run like "UK iTunes" is cut: after a
// gazetteer place that stands before a camel-case product. It returns 0
// for no cut.
func (r *Recognizer) placeSplit(s string, ws []word, a, b int) int {
	for k := a + 1; k < b && k <= a+3; k++ {
		if r.camel(ws[k].text) {
			if e, ok := r.gazetteer(s, ws, a, k); ok && (e.typ == kg.GPE || e.typ == kg.Loc) {
				return k
			}
			return 0
		}
	}
	return 0
}

// mergePlurals joins a plural ("iPhones", "iPod Touches") to the product
// it names when the text also names it in the singular.
func (c *coref) mergePlurals() {
	for b, eb := range c.ents {
		if len(eb.mentions) == 0 || eb.canon != "" {
			continue
		}
		merged := false
		for _, suf := range []string{"es", "s"} {
			k := strings.TrimSuffix(eb.key, suf)
			if len(k) == len(eb.key) || k == "" || strings.ContainsAny(last(strings.Fields(k)), "0123456789") {
				continue // "iPhone 3GS" is no plural of "iPhone 3G"
			}
			if a, ok := c.byKey[k]; ok && a != b && len(c.ents[a].mentions) > 0 && c.ents[a].intr[tProduct] > 0 {
				c.merge(a, b, c.text(eb)+": plural of "+c.text(c.ents[a]))
				merged = true
				break
			}
		}
		if !merged {
			c.counted(eb)
		}
	}
}

// counted names a lone camel-case product in the singular when the text
// counts it ("3 billion iPhones", "many iPads"): "iTunes" is never counted.
func (c *coref) counted(e *entity) {
	if len(e.words) != 1 || e.intr[tProduct] == 0 || !strings.HasSuffix(e.words[0], "s") || !c.r.camel(e.words[0]) {
		return
	}
	for _, m := range e.mentions {
		if a := c.cs[m].a; a > 0 && c.ws[a-1].sent == c.ws[a].sent && (c.ws[a-1].number || c.r.lx.isLower(c.ws[a-1].text, cNumber|cQuantity)) {
			w := e.words[0]
			e.singular = w[:len(w)-1]
			e.why = append(e.why, w+": plural of "+e.singular)
			return
		}
	}
}

// pluralOf reports whether t is name plus a plural ending ("iPhones").
func pluralOf(t, name string) bool {
	rest, ok := strings.CutPrefix(t, name)
	return ok && name != "" && (rest == "s" || rest == "es")
}
