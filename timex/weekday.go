package timex

import (
	"strconv"
	"time"

	"github.com/kgnews/kg"
)

// weekday direction modes for resolveWeekday.
const (
	byTense = 0  // from the clause's tense
	lastOne = -1 // "last Friday": strictly before the publication date
	nextOne = 1  // "next Friday": strictly after it
)

var weekdayNames = [8]string{"", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}

// weekdayWord reports whether token i names a weekday: capitalised, and an
// abbreviation only with its dot.
func (s *state) weekdayWord(i int) (int, int, bool) {
	e := s.e(i)
	if e == nil || e.weekday == 0 || !s.toks[i].has(fCap) {
		return 0, i, false
	}
	if len(e.word) < 6 { // "Fri", "Thurs"
		if !s.punct(i+1, '.') || !s.tight(i+1) {
			return 0, i, false
		}
		return e.weekday, i + 2, true
	}
	return e.weekday, i + 1, true
}

// weekdayExpr matches "Friday", "Friday, Oct. 23", "Friday evening".
func (s *state) weekdayExpr(i int) (res, bool) {
	wd, j, ok := s.weekdayWord(i)
	if !ok {
		return res{}, false
	}
	k := j
	if s.punct(k, ',') {
		k++
	}
	if r, ok := s.monthDate(k); ok && len(r.val) == 10 {
		r.i, r.rule = i, "weekday and date: "+r.rule
		return r, true
	}
	if r, ok := s.dayMonth(k); ok && len(r.val) == 10 {
		r.i, r.rule = i, "weekday and date: "+r.rule
		return r, true
	}
	r := s.resolveWeekday(i, j, wd, byTense)
	return s.withPartOfDay(r), true
}

// withPartOfDay extends a day r with a following "morning", "evening",
// "night" into a TIME ("Friday evening": 2017-05-05TEV).
func (s *state) withPartOfDay(r res) res {
	if p := s.e(r.j); p != nil && p.part != "" && p.word != "overnight" {
		r.j++
		r.typ = kg.Time
		r.val += "T" + p.part
		r.rule += ", part of the day"
	}
	return r
}

// partThenDay matches a part of the day before its day: "afternoon
// yesterday", "(mid-)morning Tuesday", not after a determiner.
func (s *state) partThenDay(i int) (res, bool) {
	p := s.e(i)
	if p == nil || p.part == "" || p.word == "overnight" || s.is(i-1, "the", "a", "that", "this", "every", "each") {
		return res{}, false // "through the night yesterday": a noun phrase of its own
	}
	var r res
	var ok bool
	if s.is(i+1, "today", "yesterday", "tomorrow") {
		r, ok = s.dayWord(i + 1)
	} else {
		r, ok = s.weekdayExpr(i + 1)
	}
	if !ok || r.typ != kg.Date || len(r.val) != 10 {
		return res{}, false
	}
	r.i, r.typ, r.val, r.rule = i, kg.Time, r.val+"T"+p.part, p.word+" of "+r.rule
	return r, true
}

// resolveWeekday dates weekday wd named by tokens [i, j). In a past-tense
// (or tenseless) clause it is the latest such day on or before the
// publication date; in a future or present clause, or after "until", the
// earliest on or after it; "last" and "next" exclude the publication date
// itself.
func (s *state) resolveWeekday(i, j, wd, mode int) res {
	r := res{i: i, j: j, typ: kg.Date}
	if !s.dated {
		r.val, r.rule = "XXXX-WXX-"+strconv.Itoa(wd), "weekday, undated text"
		return r
	}
	var d time.Time
	name := weekdayNames[wd]
	switch mode {
	case lastOne:
		d = weekdayFrom(s.dct, wd, -1, true)
		r.rule = "last " + name + ": the one before the publication date"
	case nextOne:
		d = weekdayFrom(s.dct, wd, 1, true)
		r.rule = "next " + name + ": the one after the publication date"
	default:
		tn := s.tenseAt(i, j)
		if s.untilBefore(i) {
			tn = tenseFuture // a deadline: "postponed until Tuesday"
		}
		switch tn {
		case tenseFuture, tensePresent:
			d = weekdayFrom(s.dct, wd, 1, false)
			r.rule = "weekday in future clause: the next " + name
		default:
			d = weekdayFrom(s.dct, wd, -1, false)
			r.rule = "weekday in past-tense clause: the previous " + name
		}
		if d.Equal(s.dct) {
			r.rule = "weekday naming the publication day"
		}
	}
	r.val, r.anchor, r.day = fmtDay(d), s.anchorDCT(), d
	return r
}

// untilBefore reports whether "until" or "till" comes before the day at
// token i, past its modifiers and a clock time ("until 9 a.m. Tuesday"),
// after the verb it bounds: a sentence opening with it ("Until Thursday,
// police had not named him") tells of a state that lasted until then.
func (s *state) untilBefore(i int) bool {
	p := s.beforeModifiers(i)
	for p > 0 && (s.toks[p].kind == kDigit || s.punct(p, ':') || s.punct(p, ',') || timeZones[s.w(p)] ||
		s.is(p, "a.m.", "a.m", "am", "p.m.", "p.m", "pm", "noon", "midnight", "at")) {
		p--
	}
	return s.is(p, "until", "till") && s.sents[s.toks[p].sent] != p
}
