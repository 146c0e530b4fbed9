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
func (d *doc) entityAt(j int) (ref, bool) {
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
	limit := 3 // sentences to look back
	if want == kg.Org {
		limit = 1
	}
	for k := j - 1; k >= 0 && d.words[j].sent-d.words[k].sent <= limit; k-- {
		if m := d.words[k].ment; m >= 0 && d.ments[m].Type == want && !d.words[k].quoted {
			return ref{j, j, d.ments[m].Entity, want}, true
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
	if s > 0 && prepositions[d.words[s-1].low] && d.words[s-1].sent == d.words[s].sent {
		return d.words[s-1].low
	}
	return ""
}

// subject finds the subject of the trigger at word i: the last entity
// before it in its own clause that is not inside a prepositional phrase
// (nested clauses skipped); failing that, the antecedent of a relative
// clause or the subject of the clause a participle or "and" continues.
func (d *doc) subject(i int) (ref, bool) {
	c := d.words[i].clause
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
			i = d.clauseStart(c)
			c = cl.parent
			continue
		}
		return ref{}, false
	}
}

func (d *doc) clauseStart(c int) int {
	for k := range d.words {
		if d.words[k].clause == c {
			return k
		}
	}
	return 0
}

// subjectIn scans clause c leftwards from word i for a subject.
func (d *doc) subjectIn(i, c int) (ref, bool) {
	for k := i - 1; k >= 0 && d.words[k].sent == d.words[i].sent; k-- {
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
		if p := d.prepBefore(r.start); p != "" {
			continue
		}
		if d.appositive(r) {
			continue
		}
		return r, true
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
func (d *doc) objects(t *trig, isVerbTrig []bool) []objRef {
	var out []objRef
	c := d.words[t.i].clause
	prep := ""
	for k := t.end + 1; k < len(d.words) && k <= t.end+12 && len(out) < 3; k++ {
		w := d.words[k]
		if w.sent != d.words[t.i].sent || w.clause != c || w.low == "," || w.quoted {
			break
		}
		if isVerbTrig[k] {
			break
		}
		if prepositions[w.low] {
			prep = w.low
			continue
		}
		if w.low == "and" || w.low == "or" {
			continue // coordinated objects keep their preposition
		}
		if w.ment < 0 && !objectPronoun(w.low) {
			if isClauseWord(w.low) && prep == "" && len(out) == 0 {
				break
			}
			continue
		}
		r, ok := d.entityAt(k)
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
	return w == "him" || w == "her" || w == "it" || w == "its" || w == "his"
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
	}
	for _, o := range d.objects(t, isVerbTrig) {
		role, ok := objectRole(t, o)
		if !ok {
			continue
		}
		if o.prep == "" && !t.noun {
			t.direct = true
		}
		add(o.ref, role)
	}
}

// objectRole maps an entity after the trigger to a role by its preposition.
func objectRole(t *trig, o objRef) (kg.Role, bool) {
	place := o.typ == kg.GPE || o.typ == kg.Loc
	switch o.prep {
	case "":
		if t.noun {
			return "", false
		}
		if t.e.report || t.typ == kg.Statement && (t.e.lemma == "assure" || t.e.lemma == "warn") {
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
	return kg.Other, !strings.HasPrefix(o.prep, "as")
}
