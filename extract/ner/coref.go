package ner

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// entity is an in-document cluster of candidates.
type entity struct {
	key       string
	canon     string   // gazetteer canonical name, if any
	singular  string   // the product a plural names ("iPhone" for "iPhones"), if any
	words     []string // the words of its fullest form
	intr      scores   // the strongest intrinsic evidence of any mention
	ctx       scores   // context evidence summed over mentions
	club      bool
	mentions  []int    // candidate indices
	why       []string // one line per alias merged by a rule
	starts    []int    // sorted starts of its full mentions
	lastShort int      // start of its latest short mention, -1 if none
}

// lastBefore returns the start of the entity's latest mention before at, or -1.
func (e *entity) lastBefore(at int) int {
	k, _ := slices.BinarySearch(e.starts, at)
	best := -1
	if k > 0 {
		best = e.starts[k-1]
	}
	if e.lastShort < at {
		best = max(best, e.lastShort)
	}
	return best
}

// firstAfter returns the start of the entity's first full mention after at, or -1.
func (e *entity) firstAfter(at int) int {
	k, found := slices.BinarySearch(e.starts, at)
	if found {
		k++
	}
	if k < len(e.starts) {
		return e.starts[k]
	}
	return -1
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
	index map[string][]int // "L:surname", "F:given name", "I:initials" -> entities of two or more words
	match bool             // the text gives a match score ("2-1"): a town's lone name is its club
}

func (r *Recognizer) corefer(s string, ws []word, cs []cand) []*entity {
	c := &coref{r: r, s: s, ws: ws, cs: cs, byKey: map[string]int{}}
	for k := range ws {
		c.match = c.match || ws[k].number && score(ws[k].text)
	}
	for i := range cs {
		if c.full(i) {
			e := c.entityFor(i)
			c.assign(i, e, c.variant(i, e))
		}
	}
	c.mergeFull()
	c.townClubs()
	c.buildIndex()
	for i := range cs {
		if cs[i].ent < 0 {
			c.resolve(i)
		}
	}
	c.mergePlurals()
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
	e := &entity{key: k, canon: x.canon, lastShort: -1}
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
	if c.index != nil {
		ent.lastShort = max(ent.lastShort, x.start)
	}
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
// "Ministry of Finance", "Marko Anton Vrabec" with "Tomaz Vrabec".
func (c *coref) mergeFull() {
	byEnds := map[string][]int{}
	for a, e := range c.ents {
		if len(e.words) >= 2 {
			k := e.words[0] + " " + last(e.words)
			byEnds[k] = append(byEnds[k], a)
		}
	}
	for a, ea := range c.ents {
		if len(ea.mentions) == 0 || len(ea.words) < 3 || ea.words[1] != "of" || !c.r.lx.is(ea.words[0], hOrg|hCompany) {
			continue
		}
		short := lower(strings.Join(ea.words[2:], " ") + " " + ea.words[0])
		if b, ok := c.byKey[short]; ok && b != a && len(c.ents[b].mentions) > 0 {
			c.merge(a, b, c.text(c.ents[b])+": reordering of "+c.text(ea))
		}
	}
	for a, ea := range c.ents {
		// "Nordic Yards" for "Nordic Yards SA": the same name less its company form
		n := len(ea.words)
		for n > 1 && c.r.lx.is(ea.words[n-1], hLegal|hCompany) {
			n--
		}
		if n == len(ea.words) || n < 2 || len(ea.mentions) == 0 || ea.intr[tProduct] > 0 {
			continue // "iPhone 18 Air" is a model of its own
		}
		short := lower(strings.Join(ea.words[:n], " "))
		if b, ok := c.byKey[short]; ok && b != a && len(c.ents[b].mentions) > 0 {
			c.merge(a, b, c.text(c.ents[b])+": short form of "+c.text(ea))
		}
	}
	for _, group := range byEnds {
		longest := group[0]
		for _, g := range group {
			if len(c.ents[g].words) > len(c.ents[longest].words) {
				longest = g
			}
		}
		ea := c.ents[longest]
		for _, b := range group {
			eb := c.ents[b]
			if b != longest && len(eb.mentions) > 0 && len(ea.mentions) > 0 && c.personish(ea) && c.personish(eb) {
				c.merge(longest, b, c.text(eb)+": same first name and surname as "+c.text(ea))
			}
		}
	}
	for _, e := range c.ents {
		e.starts = e.starts[:0]
		for _, m := range e.mentions {
			e.starts = append(e.starts, c.cs[m].start)
		}
		slices.Sort(e.starts)
	}
}

// townClubs makes "Bramley Town" a club in a text that gives match
// scores, unless the text puts something in it ("in Bramley Town").
func (c *coref) townClubs() {
	if !c.match {
		return
	}
	for _, e := range c.ents {
		if len(e.words) >= 2 && len(e.mentions) > 0 && e.canon == "" && e.ctx[tGPE] == 0 && c.r.lx.is(last(e.words), hGPE) {
			e.ctx[tOrg] += wHead + wStrong
			e.club = true
		}
	}
}

// buildIndex indexes the entities of two or more words by surname, given
// name and initials, for the short-form rules.
func (c *coref) buildIndex() {
	c.index = map[string][]int{}
	for k, e := range c.ents {
		if len(e.mentions) == 0 || len(e.words) < 2 {
			continue
		}
		c.index["L:"+last(e.words)] = append(c.index["L:"+last(e.words)], k)
		c.index["F:"+e.words[0]] = append(c.index["F:"+e.words[0]], k)
		c.index["I:"+initials(e.words)] = append(c.index["I:"+initials(e.words)], k)
		if len(e.words) >= 3 && c.r.lx.isPlace(e.words[0]) {
			// "FDA" for "U.S. Food and Drug Administration"
			c.index["I:"+initials(e.words[1:])] = append(c.index["I:"+initials(e.words[1:])], k)
		}
	}
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
	best := int32(0)
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
	if x.weak && !x.appos {
		return // a sentence-initial word that names nothing else in the text
	}
	c.assign(i, c.entityFor(i), "")
}

// variant explains an alias of an entity found by its gazetteer key: the
// gazetteer's other name ("AP" for "Associated Press"), or "".
func (c *coref) variant(i, e int) string {
	x := &c.cs[i]
	if x.gaz && !strings.EqualFold(x.text, x.canon) {
		return x.text + ": other name of " + x.canon
	}
	return ""
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
		if e := c.unique("I:"+w, func(e *entity) bool { return true }); e >= 0 {
			return e, "initials of"
		}
	}
	if e := c.nearest(i, "L:"+w, c.personish); e >= 0 {
		return e, "surname of"
	}
	if e := c.unique("F:"+w, c.personish); e >= 0 {
		return e, "given name of"
	}
	if e := c.nearest(i, "L:"+w, func(e *entity) bool { return e.club }); e >= 0 {
		return e, "short name of club"
	}
	if c.r.lx.is(w, hOrg) {
		if e := c.unique("L:"+w, c.orgish); e >= 0 {
			return e, "head word of" // "the Alliance" for "Civic Alliance"
		}
	}
	if c.clubContext(i) || c.match && x.context[tGPE] == 0 && !x.gaz {
		if e := c.nearest(i, "F:"+w, func(e *entity) bool { return e.club }); e >= 0 {
			return e, "town's name for its club" // "Glenmoor lost" for Glenmoor Athletic
		}
	}
	if _, place := c.r.lx.name(w); !place && !x.placed {
		if e := c.nearest(i, "F:"+w, c.orgish); e >= 0 { // "Tarsk Stock Exchange" for "Tarsk", but not "in Tarsk"
			return e, "short form of"
		}
	}
	return -1, ""
}

// clubContext reports whether the words beside candidate i speak of a
// sports club rather than a town: "Glenmoor lost", "fined Glenmoor",
// "Glenmoor, who are".
func (c *coref) clubContext(i int) bool {
	x := &c.cs[i]
	at := func(k int) string {
		if k >= 0 && k < len(c.ws) && c.ws[k].sent == c.ws[x.a].sent {
			return c.ws[k].text
		}
		return ""
	}
	n := at(x.b)
	if n == "," {
		n = at(x.b + 1)
	}
	return c.r.lx.is(n, cClubVerb) || c.r.lx.is(at(x.a-1), cClubVerb)
}

// unique returns the one live indexed entity under key that ok accepts, or -1.
func (c *coref) unique(key string, ok func(*entity) bool) int {
	found := -1
	for _, k := range c.index[key] {
		if e := c.ents[k]; len(e.mentions) > 0 && ok(e) {
			if found >= 0 {
				return -1
			}
			found = k
		}
	}
	return found
}

// nearest returns the indexed entity under key that ok accepts whose
// latest mention before candidate i is closest to it, else the one
// mentioned first after it.
func (c *coref) nearest(i int, key string, ok func(*entity) bool) int {
	best, bestPos, after, afterPos := -1, -1, -1, len(c.s)+1
	at := c.cs[i].start
	for _, k := range c.index[key] {
		e := c.ents[k]
		if len(e.mentions) == 0 || !ok(e) {
			continue
		}
		if p := e.lastBefore(at); p > bestPos {
			best, bestPos = k, p
		}
		if p := e.firstAfter(at); p >= 0 && p < afterPos {
			after, afterPos = k, p
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
