package event

import (
	"fmt"
	"strings"

	"github.com/kgnews/kg"
)

// narrate dates an undated event told in the main line of a paragraph
// right after a dated one: news narrative keeps its reference time until
// a time expression moves it ("X won on Sunday. Rival Y called X and
// conceded." puts the call and the concession on Sunday). DateWhy says
// the date was inferred and from what.
//
// Scope: both events are asserted simple-past verbs of a main or
// coordinated clause outside quotations, in the same paragraph, the
// undated one at most two sentences after the dated one (or after one
// dated this way); no time expression of a main, coordinated or
// subordinate clause stands between them or in the undated event's
// sentence (the time of a planned event, "to be released in 2011", is no
// shift), and that sentence has no time clause of its own ("while he ran
// the ministry"). A past perfect ("had approved"), a present perfect
// ("has resigned") or a participle after its noun ("The memo, published
// on Friday, showed") is not the narrative line.
//
// A past-tense event opening with "immediately" in a later paragraph with
// no reference time of its own follows on the story's lead event, the
// first one dated in the text.
func (d *doc) narrate(ts []*trig) {
	plans := map[int]bool{} // clauses whose time is a planned or possible event's
	for _, t := range ts {
		if !t.drop && t.ownDate && (t.mod == kg.Planned || t.mod == kg.Possible) {
			plans[d.words[t.i].clause] = true
		}
	}
	shifts, clauses := map[int]bool{}, map[int]bool{} // per sentence, computed once
	shifted := func(s int) bool {
		v, ok := shifts[s]
		if !ok {
			v = d.timeShift(s, plans)
			shifts[s] = v
		}
		return v
	}
	timeClause := func(t *trig) bool {
		s := d.words[t.i].sent
		v, ok := clauses[s]
		if !ok {
			v = d.timeClause(t)
			clauses[s] = v
		}
		return v
	}
	var ref, lead *trig // lead: the story's first dated narrative event
	last := -1          // the sentence the reference time last reached
	for _, t := range ts {
		if t.drop {
			continue
		}
		s := d.words[t.i].sent
		if ref != nil && (d.words[t.i].para != d.words[ref.i].para || s > last+2 || s > last && shifted(last+1) || s > last+1 && shifted(s)) {
			ref = nil // sentences up to last were checked when the time reached them
		}
		if !d.narrativeLine(t) {
			if t.date != "" && d.dateSetter(t) {
				ref, last = t, s
			}
			continue
		}
		switch {
		case t.date != "":
			ref, last = t, s
			if lead == nil {
				lead = t
			}
		case ref != nil && !timeClause(t):
			last = s
			t.dateLike(ref)
			t.why = fmt.Sprintf("narrative: the date the story last set, %s (%q %s), carries on to this past-tense event of the same paragraph", ref.date, d.words[ref.i].Text, ref.why)
		case ref == nil && lead != nil && d.immediately(t) && !timeClause(t):
			ref, last = t, s // the story goes on from here
			t.dateLike(lead)
			t.why = fmt.Sprintf("narrative: %q follows on the story's lead event, %q (%s)", "immediately", d.words[lead.i].Text, lead.date)
		}
	}
}

// dateSetter reports whether a dated event that is no past-tense verb
// still sets the story's time: an asserted event noun or "-ing" form of a
// main or coordinated clause outside quotations, dated by a time
// expression of its own ("Jobs gave the opening keynote on Monday").
func (d *doc) dateSetter(t *trig) bool {
	w := d.words[t.i]
	k := d.clauses[w.clause].kind
	return (t.noun || t.form == formIng) && t.ownDate && t.mod == kg.Asserted && !w.quoted && (k == mainClause || k == coordClause)
}

// immediately reports whether an adverb of immediate sequence stands
// right before verb t: "Vance immediately appointed ...".
func (d *doc) immediately(t *trig) bool {
	for k := t.i - 1; k >= 0 && k >= t.i-2; k-- {
		if sequenceAdverbs[d.words[k].low] {
			return true
		}
	}
	return false
}

// narrativeLine reports whether trigger t is an asserted simple-past verb
// of a main or coordinated clause outside quotations.
func (d *doc) narrativeLine(t *trig) bool {
	w := d.words[t.i]
	if t.noun || t.governor != nil || t.mod != kg.Asserted || w.quoted || t.reduced {
		return false
	}
	if t.form != formPast && t.form != formIrregOther && t.form != formIrregBase {
		return false
	}
	if k := d.clauses[w.clause].kind; k != mainClause && k != coordClause || d.setOffParticiple(t) {
		return false
	}
	for k := t.i - 1; k >= 0 && k >= t.i-3 && d.words[k].clause == w.clause; k-- {
		if perfectAux[d.words[k].low] {
			return false
		}
		if d.words[k].ment >= 0 {
			break
		}
	}
	return true
}

// timeShift reports whether sentence s has a date, a time or a duration
// before "later", "earlier", "after" or "before" outside relative
// clauses and quotations: the story moves in time there. A time in a
// clause in plans ("to be released in mid-2011") is a plan's, not the
// story's.
func (d *doc) timeShift(s int, plans map[int]bool) bool {
	r, ok := d.sentWords[s]
	if !ok {
		return false
	}
	for k := r[0]; k < r[1]; k++ {
		w := d.words[k]
		if w.tmx < 0 || w.quoted || d.clauses[w.clause].kind == relClause || plans[w.clause] {
			continue
		}
		switch d.tmxs[w.tmx].Type {
		case kg.Date, kg.Time:
			return true
		case kg.Duration: // "two days later" moves the story, "a two-year contract" does not
			if _, e := d.timexWords(w.tmx); e+1 < len(d.words) && shiftWords[d.words[e+1].low] {
				return true
			}
		}
	}
	return false
}

// setOffParticiple reports whether verb t is a participle set off after the
// noun phrase that opens its sentence: "The memo, published on Friday,
// showed ...", "The deal, first announced in May, values ...".
func (d *doc) setOffParticiple(t *trig) bool {
	a, _ := d.sentenceOf(t.i)
	k := t.i - 1
	for k > a && adverb(d.words[k].low) {
		k--
	}
	if k-a < 2 || k-a > 4 || d.words[k].low != "," || !determiners[d.words[a].low] {
		return false
	}
	for j := a + 1; j < k; j++ {
		if d.words[j].ment >= 0 || !d.words[j].IsWord() || d.isVerbForm(j) {
			return false
		}
	}
	return true
}

// adverb reports whether a word is an adverb that may stand before a
// participle: "-ly" words and a few time adverbs.
func adverb(w string) bool {
	return strings.HasSuffix(w, "ly") || participleAdverbs[w]
}

// timeClause reports whether t's sentence has a time clause of its own
// outside quotations ("while he ran the ministry", "as soon as it was
// announced"), or t's clause opens with a subordinator: the event keeps
// a time of its own. "shortly after ..." ties it to the narrative
// instead.
func (d *doc) timeClause(t *trig) bool {
	a, b := d.sentenceOf(t.i)
	for k := a; k < b; k++ {
		w := d.words[k]
		asSoon := w.low == "as" && k+1 < b && d.words[k+1].low == "soon"
		if w.quoted || !timeSubordinators[w.low] && !asSoon {
			continue
		}
		if k > a && closeAdverbs[d.words[k-1].low] {
			continue
		}
		return true
	}
	return false
}

// quoteDates dates an undated reporting verb by a time expression of the
// speaker's own now inside the quotation it attributes ("“... this
// evening,” the campaign said in a statement"): "this evening", "today"
// in a quotation name the day the words were said.
func (d *doc) quoteDates(ts []*trig) {
	for _, t := range ts {
		if !t.e.report || t.date != "" || t.noun || d.words[t.i].quoted {
			continue
		}
		k := t.i - 1
		for k >= 0 && k >= t.i-8 && !d.words[k].quoted && d.words[k].sent == d.words[t.i].sent {
			k--
		}
		for stop := k - 80; k >= 0 && k > stop && d.words[k].quoted; k-- {
			x := d.words[k].tmx
			if x < 0 || !speechNow[strings.ToLower(d.tmxs[x].Text)] {
				continue
			}
			if v := dateValue(d.tmxs[x]); len(v) == 10 {
				d.setDate(t, x, v, fmt.Sprintf("%q (%s) in the quotation it reports: the day the words were said", d.tmxs[x].Text, v))
				break
			}
		}
	}
}
