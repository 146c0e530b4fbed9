// Package ner finds the named entities of a news article (people,
// organisations, places, and other named things) and groups the mentions
// of one entity within the document: "Emmanuel Macron", "Macron" and
// "President-elect Emmanuel Macron" are one person; "Ministry of Finance"
// and "Finance Ministry" one organisation; "(NCB)" after a name its
// alias.
//
// Recognition relies on orthography and context, not on lists of people:
// capitalised runs (with connectors such as "of" and "and" inside
// organisation names), embedded gazetteers of places and well-known
// organisations, head words ("Ministry", "Partners", "County"), titles,
// appositions and the words around a name. Products keep their model
// designators ("iPhone 3G", "Boeing 737 MAX", "the FTSE 100") and a
// plural is the product itself ("iPhones"). Some evidence comes from the
// whole document: how a name is referred to again ("he", "its", a surname
// alone or never), and whether the text reports matches.
package ner

import (
	"sort"
	"strings"
	"sync"
	"unicode"

	"github.com/kgnews/kg"
	"github.com/kgnews/kg/text"
)

// Recognizer finds entity mentions. It holds read-only lexicons and is safe
// for concurrent use.
type Recognizer struct {
	lx *lexicon
}

// New returns a Recognizer with the embedded gazetteers loaded.
func New() *Recognizer { return &Recognizer{lx: loadLexicon()} }

// wordPool recycles the word arrays of finished documents.
var wordPool = sync.Pool{New: func() any { return new([]word) }}

// Recognize finds entity mentions in s (with scraped junk already masked
// to spaces) given its tokens and sentences. It returns the mentions in
// text order, each naming its in-document entity, and the entities with
// their canonical names, aliases and a Why line per alias merged by rule.
func (r *Recognizer) Recognize(s string, toks []text.Token, sents []kg.Span) ([]kg.Mention, []kg.Entity) {
	buf := wordPool.Get().(*[]word)
	ws := r.words(s, toks, sents, *buf)
	defer func() {
		clear(ws)
		*buf = ws[:0]
		wordPool.Put(buf)
	}()
	cs := r.candidates(s, ws)
	for i := range cs {
		r.intrinsic(s, ws, &cs[i])
		r.context(s, ws, &cs[i])
	}
	ents := r.corefer(s, ws, cs)
	r.keptFullNames(ents, cs)
	r.placesOfClubs(ents)
	r.placesOfBodies(ents)
	out := make([]kg.Entity, 0, len(ents))
	name := make([]string, len(ents))
	used := map[string]kg.EntityType{}
	typ := make([]kg.EntityType, len(ents))
	for k, e := range ents {
		if len(e.mentions) == 0 {
			continue
		}
		typ[k] = r.decide(e, cs, ws)
		name[k] = canonical(e, cs, ws)
		if prev, ok := used[name[k]]; ok && prev != typ[k] {
			name[k] += " (" + strings.ToLower(string(typ[k])) + ")" // "Jordan" the country and "Jordan" a person
		}
		used[name[k]] = typ[k]
		al := aliases(e, cs, name[k])
		for _, a := range al {
			if a != name[k] && strings.EqualFold(a, name[k]) {
				e.why = append(e.why, a+": case variant of "+name[k])
			}
		}
		out = append(out, kg.Entity{Name: name[k], Type: typ[k], Aliases: al, Why: e.why})
	}
	var ms []kg.Mention
	for _, c := range cs {
		if c.ent < 0 {
			continue
		}
		ms = append(ms, kg.Mention{Span: kg.Span{Start: c.start, End: c.end}, Text: c.text, Type: typ[c.ent], Entity: name[c.ent]})
	}
	sort.SliceStable(ms, func(i, j int) bool { return ms[i].Start < ms[j].Start })
	sort.SliceStable(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return ms, out
}

// placesOfClubs types the place in a club's name as a place when it stands
// alone: "Harbury" beside "Harbury Rovers".
func (r *Recognizer) placesOfClubs(ents []*entity) {
	byKey := map[string]*entity{}
	for _, e := range ents {
		byKey[e.key] = e
	}
	for _, club := range ents {
		if club.club && len(club.words) >= 2 {
			if e, ok := byKey[lower(strings.Join(club.words[:len(club.words)-1], " "))]; ok {
				e.ctx[tGPE] += wStrong
			}
		}
	}
}

// placesOfBodies types a lone name that completes a body's name as a
// place: "Veldoria" beside "Bank of Veldoria" or "University of Veldoria".
func (r *Recognizer) placesOfBodies(ents []*entity) {
	byKey := map[string]*entity{}
	for _, e := range ents {
		if len(e.words) == 1 && len(e.mentions) > 0 && e.canon == "" {
			byKey[e.key] = e
		}
	}
	if len(byKey) == 0 {
		return
	}
	for _, body := range ents {
		if w := body.words; len(body.mentions) > 0 && len(w) == 3 && w[1] == "of" && r.lx.is(w[0], hOrg|hCompany) {
			if e, ok := byKey[lower(w[2])]; ok {
				e.ctx[tGPE] += wStrong
			}
		}
	}
}

// decide returns the entity's type: the strongest intrinsic evidence plus
// the context evidence of all its mentions. Without evidence, a name of
// several name-shaped words is taken for a person (for an organisation
// when the evidence says it is no person), an acronym or an unknown word
// for an organisation, and anything else for a named thing.
func (r *Recognizer) decide(e *entity, cs []cand, ws []word) kg.EntityType {
	best, bestScore := -1, int32(0)
	for t := range e.intr {
		v := e.intr[t] + e.ctx[t]
		if v > bestScore || v == bestScore && v > 0 && e.intr[t] > e.intr[best] {
			best, bestScore = t, v
		}
	}
	if best >= 0 {
		return typeOf[best]
	}
	if r.nameShaped(e.words) {
		if e.intr[tPerson]+e.ctx[tPerson] < 0 {
			return kg.Org // a name-shaped thing that is no person: "Solberg Marine ... its"
		}
		return kg.Person
	}
	if len(e.words) == 1 && !r.lx.isCommon(e.words[0]) {
		return kg.Org
	}
	return kg.Misc
}

// canonical returns the entity's name: the gazetteer's, else its longest
// form, preferring one not in capitals ("Tartu" over "ZAGREB").
func canonical(e *entity, cs []cand, ws []word) string {
	if e.canon != "" {
		return e.canon
	}
	if e.singular != "" {
		return e.singular
	}
	best := ""
	bestCaps := true
	for _, m := range e.mentions {
		t := cs[m].text
		caps := ws[cs[m].a].caps && cs[m].b-cs[m].a > 0 && allCaps(t)
		nt, nb := strings.Count(t, " "), strings.Count(best, " ")
		better := nt > nb || nt == nb && (bestCaps && !caps || len(t) > len(best) && caps == bestCaps && !pluralOf(t, best) || pluralOf(best, t))
		if best == "" || better {
			best, bestCaps = t, caps
		}
	}
	if bestCaps && ws[cs[e.mentions[0]].a].dateline {
		return titleCase(best)
	}
	return best
}

func allCaps(s string) bool {
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
	}
	return true
}

// titleCase turns "LA PINE" into "Pine Bluff".
func titleCase(s string) string {
	b := []rune(strings.ToLower(s))
	up := true
	for i, r := range b {
		if up && unicode.IsLetter(r) {
			b[i] = unicode.ToUpper(r)
		}
		up = r == ' ' || r == '-'
	}
	return string(b)
}

// aliases returns every surface form of the entity and its name, sorted.
func aliases(e *entity, cs []cand, name string) []string {
	seen := map[string]bool{name: true}
	out := []string{name}
	for _, m := range e.mentions {
		if t := cs[m].text; !seen[t] {
			seen[t] = true
			out = append(out, t)
		}
	}
	sort.Strings(out)
	return out
}
