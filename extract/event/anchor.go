package event

import (
	"fmt"

	"github.com/kgnews/kg"
)

// propagate gives undated asserted triggers the date of a dated trigger
// with the same ref (a coreferent mention of the same happening).
func (d *doc) propagate(ts []*trig) {
	byRef := map[int]*trig{}
	for _, t := range ts {
		if t.drop || t.date == "" || t.ref == 0 {
			continue
		}
		if o, ok := byRef[t.ref]; !ok || len(t.date) > len(o.date) {
			byRef[t.ref] = t
		}
	}
	for _, t := range ts {
		if t.drop || t.date != "" || t.mod != kg.Asserted {
			continue
		}
		if o := byRef[t.ref]; o != nil {
			t.dateLike(o)
			t.why = fmt.Sprintf("coreferent with %q (%s): %s", d.words[o.i].Text, o.date, o.why)
		}
	}
}

// anchor dates undated triggers through another event of the same
// clause: "two days before the election", "shortly after X",
// "in her victory speech".
func (d *doc) anchor(ts []*trig) {
	at := map[int]*trig{}
	for _, t := range ts {
		if !t.drop {
			at[t.i] = t
		}
	}
	for _, t := range ts {
		if t.drop || t.date != "" || t.mod != kg.Asserted {
			continue
		}
		if v, why := d.anchorOf(t, at); v != "" {
			t.date, t.why = v, why
		}
	}
}

// anchorOf looks in t's clause for a pattern that ties t to another event.
func (d *doc) anchorOf(t *trig, at map[int]*trig) (string, string) {
	c := d.words[t.i].clause
	a, b := d.window(t.i)
	for k := a; k < b; k++ {
		w := d.words[k]
		switch {
		case w.tmx >= 0 && d.tmxs[w.tmx].Type == kg.Duration && w.clause == c:
			_, e := d.timexWords(w.tmx)
			if e+1 >= len(d.words) {
				continue
			}
			rel := d.words[e+1].low
			if rel != "before" && rel != "after" && rel != "earlier" && rel != "later" {
				continue
			}
			o := d.eventAfter(e+2, at)
			if o == nil || len(o.date) != 10 {
				continue
			}
			if v := shift(o.date, d.tmxs[w.tmx].Value, rel == "before" || rel == "earlier"); v != "" {
				return v, fmt.Sprintf("%q %s the %s (%s): anchored to event", d.tmxs[w.tmx].Text, rel, d.words[o.i].Text, o.date)
			}
			k = e
		case (w.low == "shortly" || w.low == "soon" || w.low == "immediately" || w.low == "just") && k+1 < len(d.words) && d.words[k+1].low == "after" && k > t.i:
			if o := d.eventAfter(k+2, at); o != nil && len(o.date) == 10 {
				return o.date, fmt.Sprintf("%q after the %s (%s): anchored to event, same day", w.Text, d.words[o.i].Text, o.date)
			}
		case (w.low == "in" || w.low == "during" || w.low == "at") && w.clause == c && k+1 < len(d.words) && determiners[d.words[k+1].low]:
			if o := d.eventAfter(k+1, at); o != nil && o != t && o.noun && o.date != "" {
				return o.date, fmt.Sprintf("%q %s (%s): anchored to event, same time", w.Text, d.words[o.i].Text, o.date)
			}
		}
	}
	return "", ""
}

// eventAfter returns the trigger within the noun phrase starting at word
// k (determiners and modifiers skipped), or nil.
func (d *doc) eventAfter(k int, at map[int]*trig) *trig {
	for j := k; j < len(d.words) && j < k+4; j++ {
		if t := at[j]; t != nil {
			return t
		}
		w := d.words[j]
		if !w.IsWord() && !determiners[w.low] || prepositions[w.low] {
			return nil
		}
	}
	return nil
}

// reportDates dates an undated past event told in the complement of a
// dated verb of saying or announcing with the date of the report ("said Monday that he
// had telephoned her"): the nearest date the text gives, and DateWhy says
// so.
func (d *doc) reportDates(ts []*trig) {
	for k, r := range ts {
		if !r.e.reports() || r.date == "" || len(r.date) != 10 {
			continue
		}
		for _, t := range ts[k+1:] {
			if d.words[t.i].sent != d.words[r.i].sent {
				break
			}
			if t.i <= r.i || t.drop || t.date != "" || t.mod != kg.Asserted || t.noun {
				continue
			}
			c := d.words[t.i].clause
			if c == d.words[r.i].clause || !d.inClause(t.i, d.words[r.i].clause) || d.clauses[c].kind != compClause {
				continue
			}
			if t.form != formPast && t.form != formIrregOther && t.form != formIrregBase {
				continue
			}
			t.dateLike(r)
			t.why = fmt.Sprintf("reported by %q (%s): no date of its own; dated by the report", d.words[r.i].Text, r.date)
		}
	}
}
