package event

import (
	"strings"

	"github.com/kgnews/kg"
)

// complement is a word (or "to" and a verb) that gives a trigger another
// frame: "ordered residents to leave" is an evacuation, "will meet
// investigators" a questioning.
type complement struct {
	words []string
	frame string
	typ   kg.EventType
	agent kg.EntityType // the type the agent must have, or ""
}

// specialise gives verb triggers the frame their complement names, within
// five words of the verb in its clause, and reports them with the lemma
// "<lemma> <complement>" so that other documents compare the same frame.
func (d *doc) specialise(ts []*trig) {
	for _, t := range ts {
		if t.noun {
			continue
		}
		for _, c := range d.lx.complements[t.e.lemma] {
			if d.hasComplement(t, c.words) && (c.agent == "" || d.typeOf(agentOf(t)) == c.agent) {
				t.frame, t.typ = c.frame, c.typ
				t.lemma = t.e.lemma + " " + strings.Join(c.words, " ")
				break
			}
		}
	}
}

// hasComplement reports whether words follow trigger t within five words
// of its clause, before any comma.
func (d *doc) hasComplement(t *trig, words []string) bool {
	c := d.words[t.i].clause
	for j := t.end + 1; j < len(d.words) && j <= t.end+5; j++ {
		w := d.words[j]
		if w.low == "," || w.sent != d.words[t.i].sent || !d.inClause(j, c) && w.low != "to" {
			return false
		}
		if w.low != words[0] || j+len(words) > len(d.words) {
			continue
		}
		ok := true
		for k, x := range words[1:] {
			ok = ok && d.words[j+1+k].low == x
		}
		if ok {
			return true
		}
	}
	return false
}

// lemmaName returns the lemma t is reported with: its entry's, or the
// specialised one a complement gave it ("order to leave").
func (t *trig) lemmaName() string {
	if t.lemma != "" {
		return t.lemma
	}
	return t.e.lemma
}

// typeOf returns the entity type of a participant name, or "".
func (d *doc) typeOf(name string) kg.EntityType {
	for _, m := range d.ments {
		if m.Entity == name || m.Entity == "" && m.Text == name {
			return m.Type
		}
	}
	return ""
}
