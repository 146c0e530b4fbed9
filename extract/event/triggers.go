package event

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kgnews/kg"
)

// trig is a candidate event trigger and what is found about it.
type trig struct {
	i, end  int // first and last word (the particle of a phrasal verb)
	e       *entry
	lemma   string // the reported lemma when a complement names the frame, else ""
	noun    bool
	form    form
	passive bool
	reduced bool // a participle after its noun: "a deal announced on Monday"
	frame   string
	typ     kg.EventType
	parts   []kg.Participant
	direct  bool // has a named direct object
	object  int  // index in doc triggers of an event noun it governs, or -1
	// governor is the verb trigger whose object this noun is ("completed
	// its takeover"); the noun joins its ref and takes no date of its own.
	governor *trig
	// verb is the verb that takes this event noun as its object and frame
	// ("won the vote", "filed a lawsuit"); its names count for the chain.
	verb *trig
	// content marks the object of a judging verb ("praised the vote"):
	// the happening judged, with a chain and a date of its own.
	content bool
	mod     kg.Modality
	date    string
	off     *int // date's offset from the publication day of an undated text
	ownDate bool // dated by a time expression of its own, not inferred
	why     string
	ref     int
	drop    bool
}

// findTriggers returns the candidate triggers of the document in order.
func (d *doc) findTriggers() []*trig {
	var out []*trig
	for i := range d.words {
		if t := d.trigger(i); t != nil {
			out = append(out, t)
		}
	}
	return out
}

// trigger decides whether word i is an event trigger.
func (d *doc) trigger(i int) *trig {
	w := d.words[i]
	if w.quoted || w.ment >= 0 || w.tmx >= 0 || !w.IsWord() {
		return nil
	}
	if r, _ := utf8.DecodeRuneInString(w.Text); unicode.IsUpper(r) && !d.sentenceInitial(i) {
		return nil
	}
	nounCtx, verbCtx := d.nounContext(i), d.verbContext(i)
	for _, c := range d.cands(i) {
		for _, e := range d.lx.entries[c.lemma] {
			end := i
			if e.particle != "" {
				k := d.particleAt(i, e.particle)
				if k < 0 {
					continue
				}
				end = k
			}
			noun, ok := pos(e, c.form, nounCtx, verbCtx, i > 0 && beForms[d.words[i-1].low])
			if !ok {
				continue
			}
			if !noun && c.form == formPast && d.attributive(i) {
				return nil // "retired teacher Dana Hollis"
			}
			if !noun && c.form == formIng && d.adjectival(i) {
				return nil // "his opening keynote", "the closing ceremony"
			}
			t := &trig{i: i, end: end, e: e, noun: noun, form: c.form, frame: e.frame, typ: e.typ, object: -1}
			if !noun {
				t.reduced = c.form == formPast && d.reducedRelative(i)
				t.passive = t.reduced || d.passiveAt(i, c.form)
			}
			return t
		}
	}
	return nil
}

// adjectival reports whether the "-ing" form at i modifies the noun after
// it inside a noun phrase: a determiner or modifier before, a common noun
// after ("his annual opening keynote"; not "the opening of the store").
func (d *doc) adjectival(i int) bool {
	if i == 0 || i+1 >= len(d.words) || d.words[i+1].sent != d.words[i].sent {
		return false
	}
	p := d.words[i-1].low
	return (determiners[p] && p != "'s" && p != "’s" || d.modifierWord(i-1)) && d.modifierWord(i+1)
}

// attributive reports whether the participle at i describes a title
// before a name: "retired teacher Dana Hollis", "jailed activist X".
func (d *doc) attributive(i int) bool {
	return i+2 < len(d.words) && d.modifierWord(i+1) && d.words[i+2].ment >= 0 && d.words[i+1].sent == d.words[i].sent
}

// pos decides whether an entry matches as a noun or a verb in context.
func pos(e *entry, f form, nounCtx, verbCtx, afterBe bool) (noun, ok bool) {
	nominal := f == formBase || f == formThird
	switch {
	case e.noun && e.verb:
		if nominal && (nounCtx || !verbCtx) {
			return true, true
		}
		return false, true
	case e.noun:
		return true, nominal
	default:
		if f == formThird && afterBe || f == formIrregBase && nounCtx {
			return false, false // "there are signs", "the price cut"
		}
		if f == formBase || f == formThird && nounCtx {
			return false, verbCtx && !nounCtx
		}
		return false, true
	}
}

// particleAt returns the index of particle p right after word i (or one
// word later: "took over the club", "take charge of"), or -1.
func (d *doc) particleAt(i int, p string) int {
	for k := i + 1; k <= i+2 && k < len(d.words); k++ {
		if d.words[k].low == p {
			return k
		}
		if d.words[k].ment >= 0 || !d.words[k].IsWord() {
			break
		}
	}
	return -1
}

func (d *doc) sentenceInitial(i int) bool {
	if i == 0 || d.words[i-1].sent != d.words[i].sent {
		return true
	}
	p := d.words[i-1].Text
	return quoteMarks[p] || p == "(" || p == "—" || p == "-"
}

// nounContext reports whether word i follows a determiner or preposition
// (through at most two modifiers): "the late release", "for talks".
func (d *doc) nounContext(i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		w := d.words[k]
		if w.sent != d.words[i].sent {
			return false
		}
		switch {
		case determiners[w.low] || quantifiers[w.low] || w.tmx >= 0 && k == i-1:
			return true
		case w.low == "to":
			return false
		case prepositions[w.low]:
			return k == i-1 || k == i-2
		case w.ment >= 0:
			return k < i-1 // "the SGP line": a name used as a modifier
		case !w.IsWord() || auxiliaries[w.low] || d.isVerbForm(k) || subjects[w.low]:
			return false
		}
	}
	return false
}

// verbContext reports whether word i follows a subject, an auxiliary, "to"
// or an adverb: "Dorn denied", "will meet", "to order".
func (d *doc) verbContext(i int) bool {
	if i == 0 {
		return false
	}
	p := d.words[i-1]
	if p.sent != d.words[i].sent {
		return false
	}
	switch {
	case p.ment >= 0, auxiliaries[p.low], subjects[p.low], p.low == "and", p.low == "or":
		return true
	case strings.HasSuffix(p.low, "ly") && len(p.low) > 4:
		return i >= 2 && d.verbContext(i-1) || i >= 2 && d.words[i-2].ment >= 0
	}
	return false
}

// reducedRelative reports whether the participle at i follows a common
// noun of a clause that already has its verb: "agreed to a deal announced
// on Monday", "the takeover agreed last week had ...".
func (d *doc) reducedRelative(i int) bool {
	if i < 2 || !d.modifierWord(i-1) || d.lx.orgNouns[d.words[i-1].low] || !determiners[d.words[i-2].low] && !d.modifierWord(i-2) {
		return false
	}
	c := d.words[i].clause
	for k := i - 2; k >= 0 && d.words[k].sent == d.words[i].sent && d.words[k].clause == c; k-- {
		if d.finiteVerb(k) {
			return true
		}
	}
	return false
}

// passiveAt reports whether the verb at i is a passive participle: a past
// form after a form of "be" (adverbs and "not" may come between).
func (d *doc) passiveAt(i int, f form) bool {
	if f != formPast && f != formIrregOther && f != formIrregBase {
		return false
	}
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		w := d.words[k].low
		if beForms[w] {
			return true
		}
		if !(strings.HasSuffix(w, "ly") || w == "not" || w == "n't" || w == "also" || w == "already") {
			break
		}
	}
	if i > 0 && d.words[i-1].ment >= 0 {
		return false
	}
	for k := i + 1; k < len(d.words) && k <= i+5; k++ {
		w := d.words[k]
		if w.low == "by" && k+1 < len(d.words) && d.words[k+1].ment >= 0 {
			return true
		}
		if w.ment >= 0 || w.low == "," || d.isVerbForm(k) {
			break
		}
	}
	return false
}
