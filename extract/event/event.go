// Package event finds the newsworthy happenings in one document: event
// triggers (verbs and event nouns from an embedded lexicon), their
// participants and roles, modality, the date each took place, and which
// mentions of a document describe the same happening. It reads the output
// of tokenisation, named-entity recognition and time tagging.
//
// Selection. Light verbs are not in the lexicon; reporting verbs ("said",
// "told") are events only when the statement is itself news (a named
// recipient and a date of its own, or a medium such as "in a statement"
// with a named recipient or a date); nothing inside quotation marks is an
// event; "-ing" statements after the main verb, the content of pledges
// and habitual activities fold into or drop out of the main event.
//
// Participants. Names in the trigger's clause take roles by position; a
// decision, an investigation or a reaction about another happening
// ("approved the deal", "the takeover requires approval", "welcomed the
// result") also names that happening's parties, as others.
//
// Dates. An event takes the time expression of its own clause (nearest
// first; one that modifies an event noun dates that noun only; "before
// Friday" is a bound, not a date, "Tuesday" without a known year is no
// date; a reporting verb takes "this evening" or "today" of the
// quotation it attributes, the day the words were said); else, in this
// order, the date of a coreferent mention, an anchor ("two days before
// the election", "shortly after the vote", "in her victory speech"), a
// dated report of it ("said Monday that he had telephoned"), or the
// narrative: a past-tense event of the main line right after a dated one
// in the same paragraph shares its date ("X won on Sunday. Y called X and
// conceded."), and "immediately" follows on the story's lead event; else
// none. DateWhy says which, and an inferred date says it was inferred.
//
// Frames. Coreference compares coarse frames, not words: a complement
// may name the frame ("ordered to leave" is an evacuation, reported with
// the lemma "order to leave"); a ruling and an approval are one decision;
// in one document the mentions of a contest join across its sides ("lost
// the election" / "was elected").
//
// Across documents. Events of one document with the same Ref are one
// happening: summarise each such group with GroupSummary, keep it for
// timelines when Reportable, and merge groups of different documents when
// Compatible.
package event

import (
	"github.com/kgnews/kg"
	"github.com/kgnews/kg/text"
)

// Extractor finds events. It is safe for concurrent use.
type Extractor struct {
	lx *lexicon
}

// New returns an Extractor with the embedded lexicons loaded.
func New() *Extractor { return &Extractor{lx: lexiconOnce()} }

// Input is one document after tokenisation, NER and time tagging. Text has
// junk masked to spaces; Tokens and Sentences are computed from Text when
// nil.
type Input struct {
	Doc       kg.Document
	Text      string
	Tokens    []text.Token
	Sentences []kg.Span
	Mentions  []kg.Mention
	Entities  []kg.Entity
	Timexes   []kg.Timex
}

// Extract returns the document's events in text order.
func (x *Extractor) Extract(in Input) (events []kg.Event) {
	defer func() {
		if recover() != nil {
			events = nil // a defect must not take the caller down; tests call extract
		}
	}()
	return x.extract(in)
}

// extract is Extract without the recovery, for tests and fuzzing.
func (x *Extractor) extract(in Input) []kg.Event {
	d := newDoc(&in, x.lx)
	defer d.release()
	ts := d.findTriggers()
	isVerb := make([]bool, len(d.words))
	for _, t := range ts {
		if !t.noun {
			isVerb[t.i] = true
		}
	}
	for _, t := range ts {
		d.participants(t, isVerb)
		t.mod = d.modality(t)
	}
	d.linkObjects(ts)
	d.specialise(ts)
	d.dateDirect(ts)
	d.quoteDates(ts)
	d.futureIsPlanned(ts)
	d.filter(ts)
	d.corefer(ts)
	d.contentParticipants(ts)
	d.propagate(ts)
	d.anchor(ts)
	d.reportDates(ts)
	d.narrate(ts)
	d.propagate(ts)
	return d.emit(ts)
}

// linkObjects finds the event noun each verb takes as its object ("filed
// a lawsuit", "opened an inquiry"); a light verb takes its frame.
func (d *doc) linkObjects(ts []*trig) {
	at := map[int]int{}
	for k, t := range ts {
		at[t.i] = k
	}
	for _, t := range ts {
		if t.noun {
			continue
		}
		if t.e.support && t.i >= 2 && (t.form == formPast || t.form == formIrregOther) {
			// "a lawsuit filed against ...", "the suit, lodged in ...": the
			// participle follows its noun
			p := t.i - 1
			if d.words[p].low == "," {
				p--
			}
			if k, ok := at[p]; ok && ts[k].noun {
				t.object, ts[k].verb = k, t
				t.frame, t.typ = ts[k].frame, ts[k].typ
				continue
			}
		}
		if k, ok := at[t.i-1]; ok && t.i > 0 && ts[k].noun && ts[k].governor == nil && d.words[t.i-1].sent == d.words[t.i].sent {
			ts[k].governor = t // "an earthquake struck", "the fire started": one happening
		}
		for j := t.end + 1; j < len(d.words) && j <= t.end+4; j++ {
			w := d.words[j]
			if k, ok := at[j]; ok {
				switch {
				case !ts[k].noun:
				case t.e.support || ts[k].frame == t.frame:
					t.object, ts[k].verb = k, t
					t.frame, t.typ = ts[k].frame, ts[k].typ
				case d.lx.judging[t.frame] != nil:
					ts[k].content = true // "praised the vote": the vote is judged
				default:
					ts[k].governor = t // "completed its takeover": one happening
				}
				break
			}
			if w.ment >= 0 && j+1 < len(d.words) && (d.words[j+1].low == "'s" || d.words[j+1].low == "’s") {
				continue // "lost Estonia's presidential election"
			}
			if w.sent != d.words[t.i].sent || subordinators[w.low] || !(determiners[w.low] || w.IsWord() && !prepositions[w.low] && w.ment < 0 && !d.isVerbForm(j)) {
				break
			}
		}
	}
}

// filter drops candidates that are not events in context: light verbs
// without an event noun, verbs that need a named object and have none,
// nouns that need a named participant, and reporting verbs that only
// attribute a quotation.
func (d *doc) filter(ts []*trig) {
	for k, t := range ts {
		switch {
		case t.e.support && t.object < 0 && t.e.frame == "":
			t.drop = true
		case t.e.needObj && !t.direct && t.object < 0 && !(t.passive && len(t.parts) > 0):
			t.drop = true
		case d.elaboration(t, ts[:k]), d.habitual(t):
			t.drop = true
		case t.e.nounObj && len(t.parts) == 0:
			t.drop = true
		case t.e.report:
			t.drop = !d.newsworthyStatement(t, ts[k+1:])
		}
	}
}

// newsworthyStatement reports whether a reporting verb is news itself: it
// names its recipient and is dated ("told Reuters on Monday"), or it is
// made through a medium ("said in a statement") and reports no other
// event of its own.
func (d *doc) newsworthyStatement(t *trig, later []*trig) bool {
	if t.direct && t.date != "" {
		return true
	}
	if !d.hasMedium(t) || !(t.date != "" || hasRole(t, kg.Recipient)) {
		return false
	}
	for _, o := range later {
		if d.words[o.i].sent != d.words[t.i].sent {
			break
		}
		if !o.e.report && !d.words[o.i].quoted && d.inClause(o.i, d.words[t.i].clause) {
			return false
		}
	}
	return true
}

func hasRole(t *trig, r kg.Role) bool {
	for _, p := range t.parts {
		if p.Role == r {
			return true
		}
	}
	return false
}

// elaboration reports whether a verb only elaborates another: a statement
// in an "-ing" phrase after the main verb (", calling the memo a
// forgery"), or the content of a pledge or agreement ("vowed to remain",
// "agreed to be sold").
//
// The dropped verb's participants join the verb it elaborates. The content
// of an agreement is kept in the agreement's ref, which takes its frame
// ("agreed to be sold" is a sale).
func (d *doc) elaboration(t *trig, before []*trig) bool {
	if t.noun {
		return false
	}
	var main *trig
	for j := len(before) - 1; j >= 0; j-- {
		b := before[j]
		if d.words[b.i].sent != d.words[t.i].sent {
			break
		}
		if !b.drop && !b.noun {
			main = b
			break
		}
	}
	if t.form == formIng && t.typ == kg.Statement && d.clauses[d.words[t.i].clause].kind == partClause {
		if main != nil { // ", warning X that ...": part of the main event
			mergeParts(main, t)
		}
		return true // ", accusing him of ...": elaborates a verb that is no event
	}
	if main == nil {
		return false
	}
	if t.form == formIng && t.typ == kg.Statement && d.inClause(t.i, d.words[main.i].clause) {
		mergeParts(main, t)
		return true
	}
	k := t.i - 1
	for k > 0 && (d.words[k].low == "be" || d.words[k].low == "have") {
		k--
	}
	if k == 0 || d.words[k].low != "to" || d.words[k].clause != d.words[main.i].clause {
		return false
	}
	if main.end == k-1 && main.e.frame == "agreement" && t.frame != "" {
		// "agreed to be sold": one happening, a sale
		main.frame, main.typ = t.frame, t.typ
		t.governor = main
		return false
	}
	if main.end == k-1 && (main.e.frame == "pledge" || main.e.frame == "agreement") {
		mergeParts(main, t)
		return true
	}
	if (main.typ == kg.Statement || main.typ == kg.Movement) && !main.e.report && k-main.end <= 5 && t.frame != "" {
		// purpose: "telephoned Ilves to congratulate her" is one happening
		t.governor = main
	}
	return false
}

// mergeParts adds the participants of t that main lacks, as "other".
func mergeParts(main, t *trig) {
	for _, p := range t.parts {
		dup := false
		for _, q := range main.parts {
			dup = dup || q.Name == p.Name
		}
		if !dup {
			main.parts = append(main.parts, kg.Participant{Name: p.Name, Role: kg.Other})
		}
	}
}

// habitual reports whether a set-valued time expression ("every
// Saturday") in the trigger's clause makes it a repeated activity rather
// than one happening.
func (d *doc) habitual(t *trig) bool {
	a, b := d.window(t.i)
	c := d.words[t.i].clause
	for k := a; k < b; k++ {
		if x := d.words[k].tmx; x >= 0 && d.tmxs[x].Type == kg.Set && d.words[k].clause == c {
			return true
		}
	}
	return false
}

// hasMedium reports whether "in a <medium>" (statement, telegram, letter,
// interview ...) goes with the trigger in its clause.
func (d *doc) hasMedium(t *trig) bool {
	c := d.words[t.i].clause
	a, b := d.window(t.i)
	for k := a; k < b; k++ {
		w := d.words[k]
		if w.clause != c || w.low != "in" {
			continue
		}
		for j := k + 1; j < len(d.words) && j <= k+4; j++ {
			if mediumNouns[d.words[j].low] {
				return true
			}
		}
	}
	return false
}

// emit turns the kept triggers into events.
func (d *doc) emit(ts []*trig) []kg.Event {
	var out []kg.Event
	for _, t := range ts {
		if t.drop {
			continue
		}
		w := d.words[t.i]
		lemma := t.lemmaName()
		ev := kg.Event{
			Span:         w.Span,
			Trigger:      w.Text,
			Lemma:        lemma,
			Type:         t.typ,
			Modality:     t.mod,
			Date:         t.date,
			Offset:       t.off,
			DateWhy:      t.why,
			Participants: t.parts,
			Sentence:     d.sentence(w.sent),
			Ref:          t.ref,
		}
		if ev.DateWhy == "" {
			ev.DateWhy = "undated: no time expression governs it and no dated event anchors it"
		}
		if ev.Participants == nil {
			ev.Participants = []kg.Participant{}
		}
		out = append(out, ev)
	}
	return out
}

// sentence returns the span of sentence s, or the empty span.
func (d *doc) sentence(s int) kg.Span {
	if s < len(d.sents) {
		return d.sents[s]
	}
	return kg.Span{}
}
