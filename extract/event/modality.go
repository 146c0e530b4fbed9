package event

import "github.com/kgnews/kg"

// modality reads the words before a trigger in its clause: negation
// ("did not", "never", "no", a clause that someone "denied"), plans
// ("will", "is due to", "plans to", "planned"), possibility ("may",
// "could", "considering", "whether").
func (d *doc) modality(t *trig) kg.Modality {
	c := d.words[t.i].clause
	for k := t.i - 1; k >= 0 && k >= t.i-5; k-- {
		w := d.words[k]
		if w.clause != c || w.sent != d.words[t.i].sent {
			break
		}
		switch {
		case negators[w.low]:
			return kg.Negated
		case modalsPlan[w.low]:
			return kg.Planned
		case modalsPoss[w.low], possVerbs[w.low] && k == t.i-1:
			return kg.Possible
		case w.low == "to" && k > 0 && planVerbs[d.words[k-1].low]:
			return kg.Planned
		case t.noun && planAdjs[w.low]:
			return kg.Planned
		case t.noun && possAdjs[w.low]:
			return kg.Possible
		}
		if t.noun && (determiners[w.low] && w.low != "no" || prepositions[w.low]) {
			break
		}
		if !t.noun && (w.ment >= 0 || w.low == ",") {
			break
		}
	}
	start := d.clauseStart(c)
	if w := d.words[start].low; w == "whether" || w == "if" {
		return kg.Possible
	}
	if d.clauses[c].kind == compClause && start > 0 && denyVerbs[d.words[start-1].low] {
		return kg.Negated // "denied that he had approved it"
	}
	return kg.Asserted
}
