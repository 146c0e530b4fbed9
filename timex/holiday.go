package timex

import (
	"time"

	"github.com/kgnews/kg"
)

// holiday matches a holiday name: fixed-date ones ("Christmas", "Christmas
// Eve", "Independence Day") and ones set by rule ("Thanksgiving", "Labor
// Day") from the lexicon, and "Easter", "Election Day", "New Year's Day"
// and "May Day". "last"/"next"/"this" or the clause's tense pick the year.
func (s *state) holiday(i int) (res, bool) {
	j := i
	which := ""
	if s.is(j, "last", "next", "this") {
		which, j = s.w(j), j+1
	}
	e := s.e(j)
	if e == nil || !s.toks[j].has(fCap) {
		return res{}, false
	}
	on, k, ok := s.holidayRule(e, j)
	if !ok {
		return res{}, false
	}
	r := res{i: i, j: k, typ: kg.Date, rule: "holiday"}
	if !s.dated {
		r.val = "XXXX-XX-XX"
		if t := on(2000); e.movable[1] == 0 && e.word != "easter" && e.word != "election" {
			r.val = fmtMonthDay(-1, int(t.Month()), t.Day()) // a fixed date keeps its day
		}
		return r, true
	}
	y := s.dct.Year()
	this := on(y)
	tn := tenseNone
	if which == "" {
		tn = s.tenseAt(i, k)
	}
	switch {
	case which == "last" || tn == tensePast:
		if !this.Before(s.dct) {
			y--
		}
	case which == "next" || tn == tenseFuture:
		if this.Before(s.dct) {
			y++
		}
	case which == "":
		// no tense: the occurrence nearest the publication date
		if s.dct.Sub(on(y-1)) < this.Sub(s.dct) {
			y--
		} else if on(y+1).Sub(s.dct) < s.dct.Sub(this) {
			y++
		}
	}
	t := on(y)
	r.val, r.anchor, r.day = fmtDay(t), s.anchorDCT(), t
	return r, true
}

// holidayRule returns the day of the holiday named at token j in a given
// year and the index after its name.
func (s *state) holidayRule(e *entry, j int) (func(y int) time.Time, int, bool) {
	k := j + 1
	withDay := s.is(k, "day") && s.toks[k].has(fCap)
	if e.needsDay && !withDay {
		return nil, j, false
	}
	switch {
	case e.holiday != "":
		m := int(e.holiday[0]-'0')*10 + int(e.holiday[1]-'0')
		d := int(e.holiday[3]-'0')*10 + int(e.holiday[4]-'0')
		if s.is(k, "'s") {
			k++ // "Valentine's Day"
			withDay = s.is(k, "day")
		}
		if s.is(k, "eve") && !e.needsDay {
			d-- // "Christmas Eve"
			k++
		} else if withDay {
			k++
		}
		return func(y int) time.Time { return day(y, m, d) }, k, true
	case e.movable[1] > 0:
		h := e.movable
		if withDay {
			k++
		}
		return func(y int) time.Time { return nthWeekday(y, h[1], h[0], h[2]) }, k, true
	case e.word == "easter":
		if s.is(k, "sunday", "day") {
			k++
		}
		return easter, k, true
	case e.word == "election" && withDay:
		// the Tuesday after the first Monday of November (US)
		return func(y int) time.Time { return nthWeekday(y, 11, 1, 1).AddDate(0, 0, 1) }, k + 1, true
	case e.month == 5 && withDay:
		return func(y int) time.Time { return day(y, 5, 1) }, k + 1, true // May Day
	case e.word == "new" && s.is(k, "year") && s.is(k+1, "'s") && s.is(k+2, "day", "eve"):
		if s.is(k+2, "eve") {
			return func(y int) time.Time { return day(y, 12, 31) }, k + 3, true
		}
		return func(y int) time.Time { return day(y, 1, 1) }, k + 3, true
	}
	return nil, j, false
}
