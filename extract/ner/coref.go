package ner

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// entity is an in-document cluster of candidates.
type entity struct {
	key      string
	canon    string   // gazetteer canonical name, if any
	words    []string // the words of its fullest form
	intr     scores   // the strongest intrinsic evidence of any mention
	ctx      scores   // context evidence summed over mentions
	club     bool
	mentions []int    // candidate indices, in text order
	why      []string // one line per alias merged by a rule
}

// coref groups the candidates into entities: exact and gazetteer forms
// first, then short forms (surnames, given names, acronyms, shortened
// organisation names) by rule. Weak candidates that name no entity are
// dropped (ent stays -1).
type coref struct {
	r     *Recognizer
	s     string
	ws    []word
	cs    []cand
	ents  []*entity
	byKey map[string]int
}

func (r *Recognizer) corefer(s string, ws []word, cs []cand) []*entity {
	c := &coref{r: r, s: s, ws: ws, cs: cs, byKey: map[string]int{}}
	for i := range cs {
		if c.full(i) {
			c.assign(i, c.entityFor(i), "")
		}
	}
	c.mergeFull()
	for i := range cs {
		if cs[i].ent < 0 {
			c.resolve(i)
		}
	}
	return c.ents
}

func (c *coref) key(i int) string {
	if c.cs[i].gaz {
		return "g:" + lower(c.cs[i].canon)
	}
	return lower(c.cs[i].text)
}

// full reports whether candidate i stands for itself: a name of two or
// more words, a gazetteer name or a dateline place.
func (c *coref) full(i int) bool {
	x := &c.cs[i]
	if x.weak {
		return false
	}
	return x.b-x.a >= 2 || x.gaz || c.ws[x.a].dateline
}

func (c *coref) entityFor(i int) int {
	k := c.key(i)
	if e, ok := c.byKey[k]; ok {
		return e
	}
	x := &c.cs[i]
	e := &entity{key: k, canon: x.canon}
	for w := x.a; w < x.b; w++ {
		e.words = append(e.words, c.ws[w].text)
	}
	c.ents = append(c.ents, e)
	c.byKey[k] = len(c.ents) - 1
	return len(c.ents) - 1
}

func (c *coref) assign(i, e int, why string) {
	x := &c.cs[i]
	x.ent = e
	ent := c.ents[e]
	ent.mentions = append(ent.mentions, i)
	for t := range ent.intr {
		ent.intr[t] = max(ent.intr[t], x.intrinsic[t])
		ent.ctx[t] += x.context[t]
	}
	ent.club = ent.club || x.club
	if why != "" && !slices.Contains(ent.why, why) {
		ent.why = append(ent.why, why)
	}
	if x.b-x.a > len(ent.words) && !x.gaz {
		ent.words = ent.words[:0]
		for w := x.a; w < x.b; w++ {
			ent.words = append(ent.words, c.ws[w].text)
		}
	}
}

// merge moves every mention of entity b into a.
func (c *coref) merge(a, b int, why string) {
	eb := c.ents[b]
	for _, m := range eb.mentions {
		c.assign(m, a, "")
	}
	c.ents[a].why = append(c.ents[a].why, why)
	c.ents[a].why = append(c.ents[a].why, eb.why...)
	eb.mentions = nil
	c.byKey[eb.key] = a
}

// mergeFull joins full forms of one entity: "Finance Ministry" with
// "Ministry of Finance", "Marko Anton Zelenc" with "Marko Zelenc".
func (c *coref) mergeFull() {
	for a, ea := range c.ents {
		if len(ea.mentions) == 0 {
			continue
		}
		for b, eb := range c.ents {
			if a == b || len(eb.mentions) == 0 || len(eb.words) >= len(ea.words) {
				continue
			}
			switch {
			case reordered(ea.words, eb.words) && c.r.lx.is(ea.words[0], hOrg|hCompany):
				c.merge(a, b, c.text(eb)+": reordering of "+c.text(ea))
			case len(eb.words) >= 2 && ea.words[0] == eb.words[0] && last(ea.words) == last(eb.words) && c.personish(ea) && c.personish(eb):
				c.merge(a, b, c.text(eb)+": same first name and surname as "+c.text(ea))
			}
		}
	}
}

// reordered reports whether long is "H of Y..." and short is "Y... H".
func reordered(long, short []string) bool {
	if len(long) < 3 || long[1] != "of" || len(short) != len(long)-1 || short[len(short)-1] != long[0] {
		return false
	}
	for k, w := range long[2:] {
		if short[k] != w {
			return false
		}
	}
	return true
}

func last(ws []string) string { return ws[len(ws)-1] }

// text is the surface of an entity's first mention.
func (c *coref) text(e *entity) string {
	if len(e.mentions) == 0 {
		return strings.Join(e.words, " ")
	}
	return c.cs[e.mentions[0]].text
}

// personish reports whether an entity may be a person: no evidence yet for
// a place, an organisation or a thing outweighs the evidence for a person.
func (c *coref) personish(e *entity) bool {
	best := 0
	for t := range e.intr {
		if t != tPerson {
			best = max(best, e.intr[t]+e.ctx[t])
		}
	}
	p := e.intr[tPerson] + e.ctx[tPerson]
	return p >= best && e.canon == "" && (p > 0 || c.r.nameShaped(e.words))
}

func (c *coref) orgish(e *entity) bool {
	return e.intr[tOrg] > 0 && e.intr[tOrg] >= e.intr[tPerson] && !e.club
}

// resolve links a short candidate to an entity by rule, or makes it one.
func (c *coref) resolve(i int) {
	x := &c.cs[i]
	w := x.text
	if e, ok := c.byKey[c.key(i)]; ok && len(c.ents[e].mentions) > 0 {
		c.assign(i, e, c.variant(i, e))
		return
	}
	if e := c.parenDefined(i); e >= 0 {
		c.assign(i, e, w+": defined in brackets after "+c.text(c.ents[e]))
		return
	}
	if x.b-x.a == 1 {
		if e, why := c.shortForm(i); e >= 0 {
			c.assign(i, e, w+": "+why+" "+c.text(c.ents[e]))
			return
		}
	}
	if x.weak && max(x.context[tPerson], x.context[tOrg], x.context[tGPE]) < wStrong {
		return // a sentence-initial word that names nothing else in the text
	}
	c.assign(i, c.entityFor(i), "")
}

// variant explains an alias that differs from the entity's first form only
// in case ("ZAGREB" for "Zagreb"), or returns "".
func (c *coref) variant(i, e int) string {
	first := c.text(c.ents[e])
	if c.cs[i].text == first || c.cs[i].gaz {
		return ""
	}
	return c.cs[i].text + ": case variant of " + first
}

// parenDefined returns the entity that "(ACR)" right after a name abbreviates.
func (c *coref) parenDefined(i int) int {
	x := &c.cs[i]
	if x.b-x.a != 1 || !c.ws[x.a].caps || x.a < 2 || x.b >= len(c.ws) {
		return -1
	}
	if c.ws[x.a-1].text != "(" || c.ws[x.b].text != ")" || i == 0 {
		return -1
	}
	p := &c.cs[i-1]
	if p.b != x.a-1 || p.ent < 0 || p.b-p.a < 2 {
		return -1
	}
	return p.ent
}

// shortForm finds the entity that a one-word candidate abbreviates: an
// acronym of its initials, a person's surname or given name, an
// organisation's first word, a club's last word.
func (c *coref) shortForm(i int) (int, string) {
	x := &c.cs[i]
	w := x.text
	if c.ws[x.a].caps {
		if e := c.unique(func(e *entity) bool { return len(e.words) >= 2 && initials(e.words) == w }); e >= 0 {
			return e, "initials of"
		}
	}
	if e := c.nearest(i, func(e *entity) bool { return len(e.words) >= 2 && last(e.words) == w && c.personish(e) }); e >= 0 {
		return e, "surname of"
	}
	if e := c.unique(func(e *entity) bool { return len(e.words) >= 2 && e.words[0] == w && c.personish(e) }); e >= 0 {
		return e, "given name of"
	}
	if e := c.nearest(i, func(e *entity) bool { return len(e.words) >= 2 && e.club && last(e.words) == w }); e >= 0 {
		return e, "short name of club"
	}
	if _, place := c.r.lx.names[lower(w)]; !place {
		if e := c.nearest(i, func(e *entity) bool { return len(e.words) >= 2 && e.words[0] == w && c.orgish(e) }); e >= 0 {
			return e, "short form of"
		}
	}
	return -1, ""
}

// unique returns the one live entity that ok accepts, or -1.
func (c *coref) unique(ok func(*entity) bool) int {
	found := -1
	for k, e := range c.ents {
		if len(e.mentions) > 0 && ok(e) {
			if found >= 0 {
				return -1
			}
			found = k
		}
	}
	return found
}

// nearest returns the entity that ok accepts whose latest mention before
// candidate i is closest to it, else the one mentioned first after it.
func (c *coref) nearest(i int, ok func(*entity) bool) int {
	best, bestPos, after, afterPos := -1, -1, -1, len(c.s)+1
	at := c.cs[i].start
	for k, e := range c.ents {
		if len(e.mentions) == 0 || !ok(e) {
			continue
		}
		for _, m := range e.mentions {
			p := c.cs[m].start
			if p < at && p > bestPos {
				best, bestPos = k, p
			}
			if p > at && p < afterPos {
				after, afterPos = k, p
			}
		}
	}
	if best >= 0 {
		return best
	}
	return after
}

// initials returns the capital initials of a name's words, skipping
// connectors: "Organization for Security and Co-operation in Europe" -> "OSCE".
func initials(words []string) string {
	var b strings.Builder
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) {
			continue
		}
		b.WriteRune(r)
		for k := 0; k+1 < len(w); k++ {
			if w[k] == '-' {
				if r2, _ := utf8.DecodeRuneInString(w[k+1:]); unicode.IsUpper(r2) {
					b.WriteRune(r2)
				}
			}
		}
	}
	return b.String()
}
