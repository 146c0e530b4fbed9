package timex

import "github.com/kgnews/kg"

// timeZones are the zone abbreviations a clock time may carry.
var timeZones = map[string]bool{"gmt": true, "utc": true, "est": true, "edt": true, "cst": true,
	"cdt": true, "pst": true, "pdt": true, "bst": true, "cet": true}

// clock matches "9 a.m.", "10:35 a.m. EST", "14:30 GMT", "noon", "midnight
// Friday", "4 in the morning", optionally followed by the day it falls on.
func (s *state) clock(i int) (res, bool) {
	h, m, j, ok := s.clockTime(i)
	if !ok {
		return res{}, false
	}
	if timeZones[s.w(j)] {
		j++
	}
	r := res{i: i, j: j, typ: kg.Time, rule: "clock time"}
	// the day it falls on: "9 a.m. Tuesday", "5 p.m. EST, Nov. 9", "noon today"
	k := j
	if s.punct(k, ',') {
		k++
	}
	on := s.is(k, "on")
	if on {
		k++ // "midnight on Saturday": the day dates the time, and is tagged on its own
	}
	var d res
	found := false
	for _, f := range [...]func(int) (res, bool){s.weekdayExpr, s.monthDate, s.dayWord} {
		if x, ok := f(k); ok && !x.day.IsZero() && x.typ == kg.Date {
			d, found = x, true
			break
		}
	}
	switch {
	case found:
		r.anchor, r.rule, r.day = d.anchor, "clock time on "+s.text[s.toks[k].start:s.toks[d.j-1].end], d.day
		if !on {
			r.j = d.j
		}
	case s.lastDaySameSentence(i):
		r.day, r.anchor, r.rule = s.ref, s.anchorRef(), "clock time on the day named before it"
	case !s.ref.IsZero() && s.refSent < s.toks[i].sent && s.tenseAt(i, r.j) == tensePast:
		// a past event told at a clock time belongs to the day the story
		// last named ("He was shot on Friday. ... at 10 p.m.")
		r.day, r.anchor, r.rule = s.ref, s.anchorRef(), "clock time in a past-tense clause: the day the text last named"
	case s.dated:
		r.day, r.anchor, r.rule = s.dct, s.anchorDCT(), "clock time on the publication date"
	}
	b := make([]byte, 0, 16)
	if r.day.IsZero() {
		b = append(b, "XXXX-XX-XX"...)
	} else {
		b = append(b, fmtDay(r.day)...)
	}
	b = append(b, 'T')
	b = appendPad(b, h, 2)
	b = append(b, ':')
	b = appendPad(b, m, 2)
	r.val = string(b)
	return r, true
}

// lastDaySameSentence reports whether the last expression emitted named a
// day and ends at most three tokens before token i, in its sentence
// ("Friday at 9 a.m.").
func (s *state) lastDaySameSentence(i int) bool {
	if len(s.out) == 0 || s.ref.IsZero() {
		return false
	}
	last := s.out[len(s.out)-1]
	for k := i - 1; k >= 0 && k >= i-3 && s.toks[k].sent == s.toks[i].sent; k-- {
		if s.toks[k].end == last.End {
			return true
		}
	}
	return false
}

// clockTime reads the hour and minute at i and returns the index after them.
func (s *state) clockTime(i int) (h, m, j int, ok bool) {
	switch s.w(i) {
	case "noon", "midday":
		if s.is(i-1, "high") {
			return 0, 0, i, false // "high noon": a figure of speech
		}
		return 12, 0, i + 1, true
	case "midnight":
		return 24, 0, i + 1, true
	}
	h, ok = s.digits(i, 2)
	if !ok || h > 24 {
		return 0, 0, i, false
	}
	j = i + 1
	minutes := false
	if s.punct(j, ':') && s.tight(j) && s.tight(j+1) {
		if mm, ok := s.digits(j+1, 2); ok && s.toks[j+1].nd == 2 && mm < 60 {
			m, j, minutes = mm, j+2, true
		}
	}
	switch {
	case s.is(j, "a.m.", "a.m", "am"):
		if h > 12 {
			return 0, 0, i, false
		}
		if h == 12 {
			h = 0
		}
		return h, m, j + 1, true
	case s.is(j, "p.m.", "p.m", "pm"):
		if h > 12 {
			return 0, 0, i, false
		}
		if h < 12 {
			h += 12
		}
		return h, m, j + 1, true
	case s.is(j, "o'clock"):
		return h, m, j + 1, h <= 12
	case s.is(j, "in") && s.is(j+1, "the") && s.is(j+2, "morning", "afternoon", "evening") && h <= 12:
		if !s.is(j+2, "morning") && h < 12 {
			h += 12
		}
		return h, m, j + 3, true
	case minutes && h < 24 && (h >= 13 || timeZones[s.w(j)] || s.is(i-1, "at", "by", "from", "until", "before", "after", "around", "about", "since", "till")):
		return h, m, j, true
	}
	return 0, 0, i, false
}
