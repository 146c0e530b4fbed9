package event

import (
	"strings"

	"github.com/kgnews/kg"
)

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
		if w.ment < 0 && !d.orgNoun(k) && (!objectPronoun(w.low) || w.low == "her" && d.modifierNoun(k)) {
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

// possessor returns the owner of a noun trigger: "Dorn's resignation",
// "her victory speech", "the NCB inquiry".
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
	} else if r, ok := d.subject(t.i); ok && !t.reduced {
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
	if cl := d.clauses[d.words[t.i].clause]; !t.noun && cl.kind == relClause && cl.ante >= 0 && !t.passive && !t.direct && len(t.parts) > 0 {
		if r, ok := d.entityAt(cl.ante); ok && r.name != t.parts[0].Name {
			add(r, kg.Patient) // "Orlen, which Brel bought last year": the antecedent is the object
		}
	}
	if t.e.frame == "denial" && !t.noun {
		if r, ok := d.deniedSubject(t); ok {
			add(r, kg.Other)
		}
	}
	if t.noun && !hasRole(t, kg.Agent) && !d.verbTriggerBefore(t, isVerbTrig) {
		for _, r := range d.clauseNames(t) {
			add(r, kg.Other)
		}
	}
}

// deniedSubject returns the subject of the clause a denial governs:
// "denied Moscow meddles" involves Moscow.
func (d *doc) deniedSubject(t *trig) (ref, bool) {
	k := t.end + 1
	if k < len(d.words) && d.words[k].low == "that" {
		k++
	}
	if k >= len(d.words) || d.clauses[d.words[k].clause].kind != compClause || d.clauses[d.words[k].clause].parent != d.words[t.i].clause {
		return ref{}, false
	}
	return d.entityAt(k)
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
// leads to ("led Rovers to promotion", "travel to Tallinn for talks"),
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
		if t.e.takesRecipient() {
			return kg.Recipient, true
		}
		if t.e.report {
			return "", false // "said Dorn will ...": the name belongs to the reported clause
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
	case "against", "into":
		return kg.Patient, true // "sued X", "an inquiry into X"
	case "of":
		if t.noun {
			return kg.Patient, true // "the takeover of Rovers"
		}
		return kg.Other, true // "south of Bend": a name inside a phrase
	case "'s":
		return "", false
	}
	if t.noun && o.prep != "with" && o.prep != "between" && o.prep != "from" {
		return "", false
	}
	return kg.Other, !strings.HasPrefix(o.prep, "as")
}
