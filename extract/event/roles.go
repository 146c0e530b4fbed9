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
	switch w.low {
	case "he", "him", "his", "she", "her":
		want = kg.Person
	case "it", "its":
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

// cataphor resolves a possessive pronoun in a fronted phrase to the
// subject that follows it: "In her speech, Maras said".
func (d *doc) cataphor(j int, want kg.EntityType) (ref, bool) {
	s := d.words[j].sent
	if j == 0 || !prepositions[d.words[j-1].low] || j-1 > 0 && d.words[j-2].sent == s {
		return ref{}, false
	}
	for k := j + 1; k < len(d.words) && d.words[k].sent == s; k++ {
		w := d.words[k]
		if w.low == "," {
			if k+1 < len(d.words) && d.words[k+1].ment >= 0 && d.ments[d.words[k+1].ment].Type == want {
				return d.entityAt(k + 1)
			}
			return ref{}, false
		}
	}
	return ref{}, false
}

// inClause reports whether word k belongs to clause c or to a clause
// nested in c.
func (d *doc) inClause(k, c int) bool {
	for x := d.words[k].clause; x >= 0; x = d.clauses[x].parent {
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
		// "pledged to order", "telephoned Maras to congratulate her": the
		// subject of the verb before "to"
		for k := i - 2; k >= 0 && k >= i-12 && d.words[k].clause == c; k-- {
			if d.words[k].ment < 0 && d.isVerbForm(k) {
				i = k
				break
			}
		}
	}
	for {
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
// OSCE", "thousands of people in La Pine").
func (d *doc) subjectIn(i, c int) (ref, bool) {
	var inner ref
	found := false
	if len(d.words) == 0 {
		return inner, false
	}
	sent := d.words[min(i, len(d.words)-1)].sent
	for k := i - 1; k >= 0 && d.words[k].sent == sent; k-- {
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
		k = r.start
		if d.modifierName(r) {
			// "the Oregon town", "a CVP line": a name modifying the head
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
// with: "Rovers manager Lee Hartigan", "Ana Soldo, the editor of Tjednik".
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
// ("Maras, the leader of Forward Croatia, said").
func (d *doc) appositive(r ref) bool {
	s := r.start
	if s >= 2 && d.words[s-1].low == "," && d.words[s-2].ment >= 0 {
		return r.end+1 < len(d.words) && d.words[r.end+1].low == ","
	}
	return false
}

// objects returns the entities after the trigger in its clause with the
// preposition (or "") that introduces each, stopping at the next verb
// trigger, a comma or a clause boundary.
func (d *doc) objects(t *trig, isVerbTrig []bool, subj string) []objRef {
	var out []objRef
	c := d.words[t.i].clause
	prep := ""
	limit := t.end + 12
	if t.noun {
		if d.modifierNoun(t.i) {
			return nil
		}
		limit = t.end + 5
	}
	for k := t.end + 1; k < len(d.words) && k <= limit && len(out) < 3; k++ {
		w := d.words[k]
		if w.sent != d.words[t.i].sent || w.clause != c || w.low == "," || w.quoted {
			break
		}
		if isVerbTrig[k] || w.ment < 0 && d.isVerbForm(k) {
			break
		}
		if w.low == "to" && d.infinitive(k) {
			if t.passive {
				out = append(out, d.passiveAgent(k, c)...)
			}
			break
		}
		if prepositions[w.low] {
			prep = w.low
			continue
		}
		if w.low == "and" || w.low == "or" {
			continue // coordinated objects keep their preposition
		}
		if w.ment < 0 && (!objectPronoun(w.low) || w.low == "her" && d.modifierNoun(k)) {
			if isClauseWord(w.low) && prep == "" && len(out) == 0 {
				break
			}
			continue
		}
		r, ok := d.entityExcept(k, subj)
		if !ok {
			continue
		}
		out = append(out, objRef{r, prep})
		k = r.end
		if r.end+1 < len(d.words) && (d.words[r.end+1].low == "'s" || d.words[r.end+1].low == "’s") {
			prep = "'s"
		}
	}
	return out
}

func objectPronoun(w string) bool {
	return w == "him" || w == "her" || w == "it"
}

// passiveAgent finds "by <name>" later in clause c after word k: the
// agent of a passive whose infinitive comes first ("were ordered to leave
// their homes by the sheriff").
func (d *doc) passiveAgent(k, c int) []objRef {
	for j := k; j+1 < len(d.words) && j < k+10 && d.words[j].clause == c && d.words[j].low != ","; j++ {
		if d.words[j].low == "by" {
			for m := j + 1; m < len(d.words) && m <= j+3; m++ {
				if d.words[m].ment >= 0 {
					r, _ := d.entityAt(m)
					return []objRef{{r, "by"}}
				}
			}
		}
	}
	return nil
}

// infinitive reports whether "to" at k introduces a verb: the next word is
// not a name, a number, a determiner or a possessive.
func (d *doc) infinitive(k int) bool {
	if k+1 >= len(d.words) {
		return false
	}
	n := d.words[k+1]
	if n.ment >= 0 || n.tmx >= 0 || determiners[n.low] || objectPronoun(n.low) || !n.IsWord() {
		return false
	}
	r := n.Text[0]
	return !(r >= '0' && r <= '9')
}

// modifierNoun reports whether the noun at i modifies the noun after it
// ("evacuation order", "investment group").
func (d *doc) modifierNoun(i int) bool {
	if i+1 >= len(d.words) || d.words[i+1].sent != d.words[i].sent {
		return false
	}
	n := d.words[i+1]
	if n.ment >= 0 || n.tmx >= 0 || !n.IsWord() || prepositions[n.low] || determiners[n.low] ||
		auxiliaries[n.low] || isClauseWord(n.low) || relatives[n.low] || n.low == "and" || n.low == "or" || n.low == "but" {
		return false
	}
	return !d.isVerbForm(i+1) && !n.IsCapitalized()
}

// isClauseWord reports whether w starts an infinitive or subordinate
// clause after which later names are not the verb's objects.
func isClauseWord(w string) bool { return w == "to" || w == "that" || subordinators[w] }

// objRef is an entity after a trigger and its preposition.
type objRef struct {
	ref
	prep string
}

// possessor returns the owner of a noun trigger: "Kesic's resignation",
// "her victory speech", "the USKOK inquiry".
func (d *doc) possessor(i int) (ref, bool) {
	for k := i - 1; k >= 0 && k >= i-4 && d.words[k].sent == d.words[i].sent; k-- {
		w := d.words[k]
		switch {
		case w.low == "'s" || w.low == "’s":
			if k > 0 && d.words[k-1].ment >= 0 {
				return d.entityAt(k - 1)
			}
			return ref{}, false
		case possessivePronouns[w.low]:
			return d.entityAt(k)
		case w.ment >= 0:
			if k == i-1 || k >= i-2 {
				return d.entityAt(k)
			}
			return ref{}, false
		case determiners[w.low] || prepositions[w.low] || !w.IsWord() || d.isVerbForm(k):
			return ref{}, false
		}
	}
	return ref{}, false
}

// participants fills t.parts from the trigger's syntax.
func (d *doc) participants(t *trig, isVerbTrig []bool) {
	add := func(r ref, role kg.Role) {
		for _, p := range t.parts {
			if p.Name == r.name {
				return
			}
		}
		t.parts = append(t.parts, kg.Participant{Name: r.name, Role: role})
	}
	subj := ""
	if t.noun {
		if r, ok := d.possessor(t.i); ok {
			add(r, kg.Agent)
		}
	} else if r, ok := d.subject(t.i); ok {
		role := kg.Agent
		if t.passive {
			role = kg.Patient
		}
		add(r, role)
		subj = r.name
		if o, ok := d.affiliation(r); ok {
			add(o, kg.Other)
		}
	}
	for _, o := range d.objects(t, isVerbTrig, subj) {
		role, ok := objectRole(t, o)
		if !ok {
			continue
		}
		if o.prep == "" && !t.noun {
			t.direct = true
		}
		add(o.ref, role)
	}
	if t.noun && !hasRole(t, kg.Agent) && !d.verbTriggerBefore(t, isVerbTrig) {
		for _, r := range d.clauseNames(t) {
			add(r, kg.Other)
		}
	}
}

// verbTriggerBefore reports whether an event verb precedes noun t in its
// clause: then the noun belongs to that verb's event.
func (d *doc) verbTriggerBefore(t *trig, isVerbTrig []bool) bool {
	c := d.words[t.i].clause
	for k := t.i - 1; k >= 0 && d.words[k].sent == d.words[t.i].sent; k-- {
		if d.words[k].clause == c && isVerbTrig[k] {
			return true
		}
	}
	return false
}

// clauseNames returns, for an event noun that a verb outside the lexicon
// leads to ("led Rovers to promotion", "travel to Ljubljana for talks"),
// the subject and the names before it in its clause; none when the noun
// is not in such a phrase.
func (d *doc) clauseNames(t *trig) []ref {
	switch d.prepBefore(t.i) {
	case "to", "for", "into":
	default:
		return nil
	}
	c := d.words[t.i].clause
	var out []ref
	if r, ok := d.subject(t.i); ok {
		out = append(out, r)
	}
	if cl := d.clauses[c]; cl.kind == relClause && cl.ante >= 0 {
		if r, ok := d.entityAt(cl.ante); ok {
			out = append(out, r)
		}
	}
	for k := t.i - 1; k >= 0 && d.words[k].sent == d.words[t.i].sent && len(out) < 4; k-- {
		w := d.words[k]
		if w.clause != c {
			if d.inClause(k, c) {
				continue
			}
			break
		}
		if w.ment < 0 {
			continue
		}
		r, _ := d.entityAt(k)
		k = r.start
		if !d.modifierName(r) && (d.prepBefore(r.start) == "" || r.typ == kg.GPE || r.typ == kg.Loc) {
			out = append(out, r)
		}
	}
	return out
}

// objectRole maps an entity after the trigger to a role by its preposition.
func objectRole(t *trig, o objRef) (kg.Role, bool) {
	place := o.typ == kg.GPE || o.typ == kg.Loc
	switch o.prep {
	case "":
		if t.noun {
			return "", false
		}
		if t.e.report {
			return kg.Recipient, t.e.lemma == "tell"
		}
		if t.e.lemma == "assure" || t.e.lemma == "warn" {
			return kg.Recipient, true
		}
		return kg.Patient, true
	case "to":
		if place {
			return kg.Place, true
		}
		return kg.Recipient, true
	case "by":
		if t.passive || t.noun {
			return kg.Agent, true
		}
		return kg.Other, true
	case "in", "at", "near":
		if place {
			return kg.Place, true
		}
		return kg.Other, true
	case "of", "against":
		return kg.Patient, true
	case "'s":
		return "", false
	}
	if t.noun && o.prep != "with" && o.prep != "between" && o.prep != "from" {
		return "", false
	}
	return kg.Other, !strings.HasPrefix(o.prep, "as")
}
