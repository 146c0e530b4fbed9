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
	for k, t := range ts {
		roles := d.lx.judging[t.frame]
		if t.drop || roles == nil {
			continue
		}
		ref := 0
		if c := d.contentAfter(t, at); c != nil {
			ref = c.ref
		} else if c := d.contentBefore(t, at); c != nil {
			ref = c.ref
		} else if frames := d.happeningNounAfter(t); frames != nil {
			ref = nearestChain(ts, k, frames)
		}
		if ref == 0 || ref == t.ref {
			continue
		}
		for _, o := range ts {
			if o.ref == ref && !o.drop {
				addOthers(t, o.parts, roles)
			}
		}
	}
}

// contentAfter returns the event noun trigger heading the phrase after t.
func (d *doc) contentAfter(t *trig, at map[int]*trig) *trig {
	j := d.contentStart(t)
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
// right after a verb, after "on", "into", "of", "for" after a noun (or
// after a verb's object noun: "deliver its verdict on"), or -1.
func (d *doc) contentStart(t *trig) int {
	j := t.end + 1
	if j < len(d.words) && contentPreps[d.words[j].low] {
		return j + 1
	}
	if t.noun {
		return -1
	}
	return j
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
// heading the content phrase after t, or nil.
func (d *doc) happeningNounAfter(t *trig) []string {
	j := d.contentStart(t)
	if t.noun && j < 0 && t.i+1 < len(d.words) && d.words[t.i+1].low == "on" {
		j = t.i + 2
	}
	for ; j >= 0 && j < len(d.words) && j <= t.end+6; j++ {
		if f, ok := d.lx.happeningNouns[d.words[j].low]; ok {
			return f
		}
		if !determiners[d.words[j].low] && !d.modifierWord(j) {
			return nil
		}
	}
	return nil
}

// nearestChain returns the ref of the chain nearest trigger k (earlier
// first) whose frame is one of frames and that names a participant, or 0.
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
	for j := k - 1; j >= 0; j-- {
		if ok(ts[j]) {
			return ts[j].ref
		}
	}
	for j := k + 1; j < len(ts); j++ {
		if ok(ts[j]) {
			return ts[j].ref
		}
	}
	return 0
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
