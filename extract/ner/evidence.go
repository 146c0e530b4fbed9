package ner

import "strings"

// Evidence that only the whole document gives: how a name is referred to
// again. News calls a person by surname after the first mention, and a
// person "he" or "she"; a company keeps its full name and is "it".

// pronouns scores the first pronoun after a candidate that is a
// sentence's subject (it opens the sentence, or a speech verb follows it),
// before any other name could be meant: "he", "his", "she", "her" make it
// a person; "its" soon after a speech verb ("Kvist said its profit fell",
// "Kvist said on Monday its") makes it no person. A noun phrase on the
// way may be what the pronoun means ("said the council should cut its"),
// and "it" says nothing: "Castro said it was a mistake".
func (r *Recognizer) pronouns(ws []word, c *cand) {
	speech := -1
	for k := c.b; k < len(ws) && k < c.b+12 && ws[k].sent == ws[c.a].sent; k++ {
		if speech < 0 && k-c.b > 3 && !ws[c.a].initial {
			return // no subject of a speech verb: nothing can count
		}
		w := ws[k].text
		switch {
		case personPronoun(w):
			if speech >= 0 || ws[c.a].initial {
				c.context[tPerson] += wMedium + 1
			}
			return
		case w == "its":
			if speech >= 0 && k-speech <= 3 {
				c.context[tPerson] -= wStrong
			}
			return
		case w == "\"" || w == "“" || w == "their" || w == "the" || w == "a" || w == "an":
			return
		case speech < 0 && k-c.b <= 3 && r.lx.is(w, cSpeech):
			speech = k // "X said", "X on Monday said"
		case ws[k].nameWord() && !r.lx.is(w, cCalendar):
			return
		}
	}
}

// personPronoun reports whether w is a third-person pronoun of a person.
func personPronoun(w string) bool {
	switch w {
	case "he", "his", "him", "she", "her":
		return true
	}
	return false
}

// keptFullNames counts against a person the names of two or three words
// that the document repeats in full and never shortens, when it shortens
// at least as many people to their surnames: "Solberg Marine ... Solberg
// Marine said" beside "Halvor Brekke ... Brekke said". A text that keeps
// people's full names (a broadcast transcript) proves nothing, nor does
// a surname that other names share.
func (r *Recognizer) keptFullNames(ents []*entity, cs []cand) {
	shortened := 0
	for _, e := range ents {
		for _, w := range e.why {
			if strings.Contains(w, ": surname of ") {
				shortened++
				break
			}
		}
	}
	if shortened == 0 {
		return
	}
	surnames := map[string]int{} // entities naming each word: a shared surname must stay in full
	for _, e := range ents {
		if len(e.mentions) > 0 {
			for _, w := range e.words {
				surnames[w]++
			}
		}
	}
	var kept []*entity
	for _, e := range ents {
		if len(e.words) < 2 || len(e.words) > 3 || len(e.mentions) < 2 || e.canon != "" || e.intr[tPerson] >= wTitle {
			continue
		}
		full := true
		for _, m := range e.mentions {
			full = full && cs[m].b-cs[m].a == len(e.words)
		}
		if full && surnames[last(e.words)] <= 1 && r.nameShaped(e.words) {
			kept = append(kept, e) // only a name that would be taken for a person's, and not "Lazaro Gonzalez" beside "Elian Gonzalez"
		}
	}
	if len(kept) > shortened {
		return
	}
	for _, e := range kept {
		if shortened >= 2 || !r.lx.firstNames[e.words[0]] {
			e.ctx[tPerson] -= wMedium + 1 // a known given name needs a firm habit of shortening
		}
	}
}
