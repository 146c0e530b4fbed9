package event

import (
	"slices"
	"strings"

	"github.com/kgnews/kg"
)

// contentParticipants gives an event that judges or examines another
// happening (a decision, an investigation) the named participants of that
// happening, as "other": "the league approved the deal" concerns the
// parties to the deal, "the takeover requires approval" the parties to the
// takeover. The content is the event noun or happening noun ("deal",
// "waiver") after the trigger in its clause (through "on", "into", "of",
// "for"), or the event noun subject of "requires", "needs" or "awaits"
// before a judging noun; a happening noun stands for the nearest chain of
// its frames that names someone.
func (d *doc) contentParticipants(ts []*trig) {
	at := map[int]*trig{}
	for _, t := range ts {
		if !t.drop {
			at[t.i] = t
		}
	}
	var parties map[int][]kg.Participant // chain ref -> its distinct parties, built on first use
	for k, t := range ts {
		roles := d.lx.judging[t.frame]
		if t.drop || roles == nil {
			continue
		}
		ref := 0
		if c := d.contentAfter(t, ts, at); c != nil {
			ref = c.ref
		} else if c := d.contentBefore(t, at); c != nil {
			ref = c.ref
		} else if frames, j := d.happeningNounAfter(t, ts); frames != nil {
			if r := d.relativeAfter(j, at); r != nil {
				ref = r.ref // "a tax waiver that Dorn approved"
			} else {
				ref = nearestChain(ts, k, frames)
			}
		}
		if ref == 0 || ref == t.ref {
			continue
		}
		if parties == nil {
			parties = chainParties(ts)
		}
		addOthers(t, parties[ref], roles)
	}
}

// contentAfter returns the event noun trigger heading the phrase after t.
func (d *doc) contentAfter(t *trig, ts []*trig, at map[int]*trig) *trig {
	j := d.contentStart(t, ts)
	for ; j >= 0 && j < len(d.words) && j <= t.end+6; j++ {
		if o := at[j]; o != nil {
			if o.noun && o != t {
				return o
			}
			return nil
		}
		if !determiners[d.words[j].low] && !d.modifierWord(j) {
			return nil
		}
	}
	return nil
}

// contentStart returns the first word of the content phrase after t:
// right after a verb, or after "on", "into", "of", "for" that follow the
// trigger or the event noun it takes as its object, time expressions
// skipped ("opened an inquiry last week into ..."); -1 if none.
func (d *doc) contentStart(t *trig, ts []*trig) int {
	e := t.end
	if t.object >= 0 {
		e = ts[t.object].i
	}
	j := e + 1
	for j < len(d.words) && d.words[j].tmx >= 0 {
		j++
	}
	switch {
	case j < len(d.words) && contentPreps[d.words[j].low]:
		return j + 1
	case t.noun || t.object >= 0:
		return -1
	}
	return j
}

// relativeAfter returns the verb trigger of a relative clause right after
// the noun at word j ("a waiver that the ministry granted"), or nil.
func (d *doc) relativeAfter(j int, at map[int]*trig) *trig {
	if j+1 >= len(d.words) || !relatives[d.words[j+1].low] && d.words[j+1].low != "that" {
		return nil
	}
	for k := j + 2; k < len(d.words) && k <= j+6; k++ {
		if o := at[k]; o != nil && !o.noun && d.clauses[d.words[k].clause].kind == relClause {
			return o
		}
	}
	return nil
}

// contentBefore returns the event noun subject of "requires", "needs" or
// "awaits" right before a judging noun: "The takeover requires approval".
func (d *doc) contentBefore(t *trig, at map[int]*trig) *trig {
	if !t.noun || t.i < 2 || !needVerbs[d.words[t.i-1].low] {
		return nil
	}
	if o := at[t.i-2]; o != nil && o.noun && d.words[o.i].sent == d.words[t.i].sent {
		return o
	}
	return nil
}

// happeningNounAfter returns the frames of a happening noun ("the deal")
// heading the content phrase after t, and its word; nil if none.
func (d *doc) happeningNounAfter(t *trig, ts []*trig) ([]string, int) {
	j := d.contentStart(t, ts)
	if t.noun && j < 0 && t.i+1 < len(d.words) && d.words[t.i+1].low == "on" {
		j = t.i + 2
	}
	for stop := j + 6; j >= 0 && j < len(d.words) && j <= stop; j++ {
		if f, ok := d.lx.happeningNouns[d.words[j].low]; ok {
			return f, j
		}
		if !determiners[d.words[j].low] && !d.modifierWord(j) {
			return nil, -1
		}
	}
	return nil, -1
}

// chainReach bounds how many triggers away a happening noun's chain is
// looked for, so a long document costs linear time.
const chainReach = 200

// nearestChain returns the ref of the chain nearest trigger k (earlier
// first, within chainReach triggers) whose frame is one of frames and
// that names a participant, or 0.
func nearestChain(ts []*trig, k int, frames []string) int {
	ok := func(o *trig) bool {
		if o.drop || o.ref == ts[k].ref || len(partNames(o)) == 0 {
			return false
		}
		for _, f := range frames {
			if o.frame == f {
				return true
			}
		}
		return false
	}
	for j := k - 1; j >= 0 && j >= k-chainReach; j-- {
		if ok(ts[j]) {
			return ts[j].ref
		}
	}
	for j := k + 1; j < len(ts) && j <= k+chainReach; j++ {
		if ok(ts[j]) {
			return ts[j].ref
		}
	}
	return 0
}

// chainParties returns, per chain, the distinct participants of its
// triggers (by name and role).
func chainParties(ts []*trig) map[int][]kg.Participant {
	out := map[int][]kg.Participant{}
	for _, o := range ts {
		if o.drop {
			continue
		}
		for _, p := range o.parts {
			if !slices.Contains(out[o.ref], p) {
				out[o.ref] = append(out[o.ref], p)
			}
		}
	}
	return out
}

// addOthers adds the parties in ps that t lacks and whose role is one of
// roles ("the league approved the deal": buyer and bought; "welcomed the
// result": the winner), as "other".
func addOthers(t *trig, ps []kg.Participant, roles []kg.Role) {
	for _, p := range ps {
		if !slices.Contains(roles, p.Role) {
			continue
		}
		dup := false
		for _, q := range t.parts {
			dup = dup || strings.EqualFold(q.Name, p.Name)
		}
		if !dup {
			t.parts = append(t.parts, kg.Participant{Name: p.Name, Role: kg.Other})
		}
	}
}
