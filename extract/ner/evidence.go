package ner

import "strings"

// Evidence that only the whole document gives: how a name is referred to
// again. News calls a person by surname after the first mention, and a
// person "he" or "she"; a company keeps its full name and is "it".

// pronounAfterSpeech scores the pronoun that a sentence's speech verb
// after the candidate uses: "Kvist said it would appeal", "Kvist said in
// a statement that its profit fell" make Kvist no person; "... said he"
// makes it one. The scan stops at another name, which could be meant.
func (r *Recognizer) pronounAfterSpeech(ws []word, c *cand) {
	k := c.b
	if k < len(ws) && isPossessive(ws[k].text) {
		return
	}
	for n := 0; n < 3 && k < len(ws) && ws[k].sent == ws[c.a].sent && !r.lx.is(ws[k].text, cSpeech); n++ {
		if ws[k].nameWord() && !r.lx.is(ws[k].text, cCalendar) {
			return // "X on Monday said" may go on; "X and Y said" may not
		}
		k++
	}
	if k >= len(ws) || !r.lx.is(ws[k].text, cSpeech) {
		return
	}
	for n := 0; n < 8 && k+1 < len(ws) && ws[k+1].sent == ws[c.a].sent; n++ {
		k++
		switch w := ws[k].text; {
		case w == "it" || w == "its":
			c.context[tOrg] += wStrong
			return
		case w == "he" || w == "his" || w == "she" || w == "her":
			c.context[tPerson] += wMedium
			return
		case ws[k].nameWord() || ws[k].text == "\"" || ws[k].text == "“":
			return
		}
	}
}

// keptFullNames gives organisation evidence to names of two or three
// words that the document repeats in full and never shortens, when it
// shortens other people to their surnames: "Solberg Marine ... Solberg
// Marine said" beside "Halvor Brekke ... Brekke said".
func (r *Recognizer) keptFullNames(ents []*entity, cs []cand) {
	shortens := false
	for _, e := range ents {
		for _, w := range e.why {
			shortens = shortens || strings.Contains(w, ": surname of ")
		}
	}
	if !shortens {
		return
	}
	for _, e := range ents {
		if len(e.words) < 2 || len(e.words) > 3 || len(e.mentions) < 2 || e.canon != "" || e.intr[tPerson] >= wTitle || !r.nameShaped(e.words) {
			continue // only a name that would be taken for a person's
		}
		full := true
		for _, m := range e.mentions {
			full = full && cs[m].b-cs[m].a == len(e.words)
		}
		if full {
			e.ctx[tOrg] += wMedium + 1
		}
	}
}
