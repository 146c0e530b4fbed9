package event

import (
	"strings"

	"github.com/kgnews/kg"
)

// ref is an entity found at a word: a mention or a resolved pronoun.
type ref struct {
	start, end int // word range
	name       string
	typ        kg.EntityType
}

// entityAt returns the entity at word j: the mention covering it, or the
// entity a personal pronoun there refers to.
func (d *doc) entityAt(j int) (ref, bool) { return d.entityExcept(j, "") }

// entityExcept is entityAt where a pronoun may not resolve to the entity
// named not (the subject of the clause an object pronoun sits in).
func (d *doc) entityExcept(j int, not string) (ref, bool) {
	w := d.words[j]
	if w.ment >= 0 {
		s := d.mentionStart(j)
		e := j
		for e+1 < len(d.words) && d.words[e+1].ment == w.ment {
			e++
		}
		m := d.ments[w.ment]
		return ref{s, e, m.Entity, m.Type}, true
	}
	var want kg.EntityType
	switch {
	case w.low == "he" || w.low == "him" || w.low == "his" || w.low == "she" || w.low == "her":
		want = kg.Person
	case w.low == "it" || w.low == "its" || d.orgNoun(j):
		want = kg.Org
	default:
		return ref{}, false
	}
	if possessivePronouns[w.low] {
		if r, ok := d.cataphor(j, want); ok {
			return r, true
		}
		if r, ok := d.subjectIn(j, w.clause); ok && r.typ == want && r.name != not && d.words[r.start].ment >= 0 {
			return ref{j, j, r.name, want}, true
		}
	}
	if d.orgNoun(j) {
		return d.salientOrg(j, not)
	}
	limit := 3 // sentences to look back
	if want == kg.Org {
		limit = 1
	}
	for k := j - 1; k >= 0 && d.words[j].sent-d.words[k].sent <= limit; k-- {
		if m := d.words[k].ment; m >= 0 && d.ments[m].Type == want && !d.words[k].quoted && d.ments[m].Entity != not {
			return ref{j, j, d.ments[m].Entity, want}, true
		}
	}
	return ref{}, false
}

// salientOrg resolves "the company" at word j to the organisation
// mentioned most often so far among those of the last three sentences
// (the most recent on ties), counting double one introduced with the same
// noun ("club Harbury Rovers", "the Farmers Party").
func (d *doc) salientOrg(j int, not string) (ref, bool) {
	noun := d.words[j].low
	count := map[string]int{}
	for k := 0; k < j; k++ {
		m := d.words[k].ment
		if m < 0 || k > 0 && d.words[k-1].ment == m || d.ments[m].Type != kg.Org {
			continue
		}
		e := d.ments[m].Entity
		count[e]++
		if strings.Contains(strings.ToLower(e), noun) || k > 0 && d.words[k-1].low == noun || k > 1 && d.words[k-2].low == noun {
			count[e] += 2 // "club Harbury Rovers", "the Farmers Party"
		}
	}
	best := ""
	for k := j - 1; k >= 0 && d.words[j].sent-d.words[k].sent <= 3; k-- {
		if m := d.words[k].ment; m >= 0 && d.ments[m].Type == kg.Org && d.ments[m].Entity != not && !d.words[k].quoted {
			if e := d.ments[m].Entity; best == "" || count[e] > count[best] {
				best = e
			}
		}
	}
	return ref{j, j, best, kg.Org}, best != ""
}

// orgNoun reports whether word j is "the company", "the club" and the
// like: a definite description that refers back to an organisation.
func (d *doc) orgNoun(j int) bool {
	return j > 0 && d.words[j-1].low == "the" && d.lx.orgNouns[d.words[j].low] &&
		(j+1 >= len(d.words) || d.words[j+1].ment < 0)
}

// cataphor resolves a possessive pronoun in a fronted phrase to the
// subject that follows it: "In her speech, Ilves said".
func (d *doc) cataphor(j int, want kg.EntityType) (ref, bool) {
	s := d.words[j].sent
	if j == 0 || !prepositions[d.words[j-1].low] || j-1 > 0 && d.words[j-2].sent == s {
		return ref{}, false
	}
	for k := j + 1; k < len(d.words) && d.words[k].sent == s; k++ {
		w := d.words[k]
		if w.low == "," {
			if k+1 < len(d.words) && d.words[k+1].ment >= 0 && d.ments[d.words[k+1].ment].Type == want {
				m := d.ments[d.words[k+1].ment]
				return ref{j, j, m.Entity, m.Type}, true // the pronoun's own place
			}
			return ref{}, false
		}
	}
	return ref{}, false
}

// maxNesting bounds how many clauses up the clause scans climb, so that a
// run-on chain of "and ..." clauses costs linear time.
const maxNesting = 16

// inClause reports whether word k belongs to clause c or to a clause
// nested in c (up to maxNesting levels).
func (d *doc) inClause(k, c int) bool {
	for x, n := d.words[k].clause, 0; x >= 0 && n < maxNesting; x, n = d.clauses[x].parent, n+1 {
		if x == c {
			return true
		}
	}
	return false
}

// prepBefore returns the preposition right before word s, or "".
func (d *doc) prepBefore(s int) string {
	k := s - 1
	for k >= 0 && k >= s-3 && (determiners[d.words[k].low] && !possessivePronouns[d.words[k].low] || d.modifierWord(k)) {
		k--
	}
	if k >= 0 && prepositions[d.words[k].low] && d.words[k].sent == d.words[s].sent {
		return d.words[k].low
	}
	return ""
}

// modifierWord reports whether word k can be an adjective or noun
// modifier inside a noun phrase: a lower-case word that is no verb form,
// preposition, pronoun or conjunction ("the center-left", "central").
func (d *doc) modifierWord(k int) bool {
	w := d.words[k]
	if !w.IsWord() || w.IsCapitalized() || w.ment >= 0 || w.tmx >= 0 || prepositions[w.low] || auxiliaries[w.low] || determiners[w.low] ||
		subjects[w.low] || isClauseWord(w.low) || relatives[w.low] || w.low == "and" || w.low == "or" || w.low == "but" {
		return false
	}
	return !d.isVerbForm(k)
}

// subject finds the subject of the trigger at word i: the last entity
// before it in its own clause that is not inside a prepositional phrase
// (nested clauses skipped); failing that, the antecedent of a relative
// clause or the subject of the clause a participle or "and" continues.
func (d *doc) subject(i int) (ref, bool) {
	c := d.words[i].clause
	if i > 0 && d.words[i-1].low == "to" {
		// "pledged to order", "telephoned Ilves to congratulate her": the
		// subject of the verb before "to"
		for k := i - 2; k >= 0 && k >= i-12 && d.words[k].clause == c; k-- {
			if d.words[k].ment < 0 && d.isVerbForm(k) {
				i = k
				break
			}
		}
	}
	for hops := 0; hops < maxNesting; hops++ {
		if r, ok := d.subjectIn(i, c); ok {
			return r, true
		}
		cl := d.clauses[c]
		switch cl.kind {
		case relClause:
			if cl.ante >= 0 {
				return d.entityAt(cl.ante)
			}
			return ref{}, false
		case partClause, coordClause:
			if cl.parent < 0 {
				return ref{}, false
			}
			c = cl.parent
			i = d.firstVerb(c, d.clauseStart(c))
			continue
		}
		return ref{}, false
	}
	return ref{}, false
}

// firstVerb returns the first verb form of clause c from word k on (the
// word after the clause when it has none), so that a subject found before
// it is the clause's own.
func (d *doc) firstVerb(c, k int) int {
	for ; k < len(d.words); k++ {
		if d.words[k].clause == c && d.isVerbForm(k) && d.words[k].ment < 0 {
			return k
		}
		if d.words[k].clause != c && !d.inClause(k, c) {
			return k
		}
	}
	return k
}

func (d *doc) clauseStart(c int) int { return max(d.clauses[c].start, 0) }

// subjectIn scans clause c leftwards from word i for a subject; failing
// a bare name it takes one inside the subject phrase ("observers from the
// OSCE", "thousands of people in Pine Bluff").
func (d *doc) subjectIn(i, c int) (ref, bool) {
	var inner ref
	found := false
	if len(d.words) == 0 {
		return inner, false
	}
	sent := d.words[min(i, len(d.words)-1)].sent
	for k := i - 1; k >= 0 && k >= i-reach && d.words[k].sent == sent; k-- {
		if d.words[k].clause != c {
			if d.inClause(k, c) {
				continue // a nested clause: skip it
			}
			break
		}
		r, ok := d.entityAt(k)
		if !ok {
			continue
		}
		if r.start < k { // skip the rest of a multi-word name; never move right
			k = r.start
		}
		if d.modifierName(r) {
			// "the Nevada town", "a SGP line": a name modifying the head
			if !found && r.typ != kg.GPE && r.typ != kg.Loc {
				inner, found = r, true
			}
			continue
		}
		if p := d.prepBefore(r.start); p != "" {
			if !found && (p == "of" || p == "from" || p == "at") {
				inner, found = r, true
			}
			continue
		}
		if d.appositive(r) {
			continue
		}
		return r, true
	}
	return inner, found
}

// modifierName reports whether the name r modifies a common noun after it.
func (d *doc) modifierName(r ref) bool {
	if d.words[r.start].ment < 0 || r.end+1 >= len(d.words) {
		return false
	}
	n := d.words[r.end+1]
	if n.ment >= 0 || n.tmx >= 0 || !n.IsWord() || n.IsCapitalized() || prepositions[n.low] || auxiliaries[n.low] ||
		isClauseWord(n.low) || relatives[n.low] || n.low == "and" || n.low == "or" || n.low == "but" || d.isVerbForm(r.end+1) {
		return false
	}
	for _, c := range d.cands(r.end + 1) {
		for _, e := range d.lx.entries[c.lemma] {
			if e.verb && !e.noun {
				return false
			}
		}
	}
	return !strings.HasSuffix(n.low, "ly")
}

// affiliation returns the organisation a person subject is introduced
// with: "Rovers manager Sean Brennan", "Iva Brnic, the editor of Glasnik".
func (d *doc) affiliation(r ref) (ref, bool) {
	if r.typ != kg.Person || d.words[r.start].ment < 0 {
		return ref{}, false
	}
	for k := r.start - 1; k >= 0 && k >= r.start-3; k-- { // title words before the name
		w := d.words[k]
		if w.ment >= 0 {
			o, _ := d.entityAt(k)
			if o.typ == kg.Org && k < r.start-1 {
				return o, true
			}
			break
		}
		if !w.IsWord() || determiners[w.low] || prepositions[w.low] || d.isVerbForm(k) {
			break
		}
	}
	k := r.end + 1
	if k+1 >= len(d.words) || d.words[k].low != "," || !determiners[d.words[k+1].low] {
		return ref{}, false
	}
	for j := k + 2; j < len(d.words) && j <= k+7; j++ { // ", the <title> of <Org>,"
		w := d.words[j]
		if w.low == "of" {
			for m := j + 1; m < len(d.words) && m <= j+2; m++ {
				if d.words[m].ment >= 0 {
					o, _ := d.entityAt(m)
					if o.typ == kg.Org && o.end+1 < len(d.words) && d.words[o.end+1].low == "," {
						return o, true
					}
					return ref{}, false
				}
			}
			return ref{}, false
		}
		if !w.IsWord() || w.ment >= 0 || d.isVerbForm(j) {
			break
		}
	}
	return ref{}, false
}

// appositive reports whether r sits between commas after another name
// ("Ilves, the leader of Forward Party, said").
func (d *doc) appositive(r ref) bool {
	s := r.start
	if s >= 2 && d.words[s-1].low == "," && d.words[s-2].ment >= 0 {
		return r.end+1 < len(d.words) && d.words[r.end+1].low == ","
	}
	return false
}
