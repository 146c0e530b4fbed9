package timex

import "github.com/kgnews/kg"

// matcher tries one family of patterns at token i.
type matcher func(s *state, i int) (res, bool)

// matchers are tried at every candidate token; the longest match wins,
// the earlier matcher on ties.
var matchers = [...]matcher{
	(*state).numericDate,
	(*state).monthDate,
	(*state).dayMonth,
	(*state).weekdayExpr,
	(*state).partThenDay,
	(*state).clock,
	(*state).dayWord,
	(*state).deictic,
	(*state).earlierLater,
	(*state).quarter,
	(*state).theQuarter,
	(*state).duration,
	(*state).yearOrDecade,
	(*state).set,
	(*state).holiday,
	(*state).vague,
	(*state).theDay,
	(*state).yearAgoAdj,
	(*state).yearEnd,
	(*state).ordinalDay,
	(*state).unitLong,
	(*state).seasonYear,
	(*state).rangeDay,
}

// core returns the longest expression starting at token i.
func (s *state) core(i int) (res, bool) {
	var best res
	found := false
	for _, m := range matchers {
		if r, ok := m(s, i); ok && (!found || r.j > best.j) {
			best, found = r, true
		}
	}
	return best, found
}

// match returns the expression at token i, with any modifier before it
// ("early", "the end of", "about", "more than").
func (s *state) match(i int) (res, bool) {
	if k, mod, amount := s.modifier(i); k > i {
		if r, ok := s.core(k); ok && r.i == k && s.modifies(r, mod, amount) {
			r.i = i
			if r.mod == "" {
				r.mod = mod
			}
			return r, true
		}
	}
	r, ok := s.core(i)
	if ok && s.punct(r.j, '-') && s.tight(r.j) && s.tight(r.j+1) && !(len(r.val) == 10 && s.isDay(r.j+1)) {
		return res{}, false // part of a compound: "the year-ago quarter", "1998-99", not "Aug. 3-5"
	}
	return r, ok
}

// modifies reports whether a modifier can qualify r: a point modifier
// ("early", "the end of") a date or time; an amount modifier ("more than",
// "nearly") a duration or a distance ("about two years ago"); "around" and
// "about" anything.
func (s *state) modifies(r res, mod string, amount bool) bool {
	switch {
	case !amount:
		return r.typ == kg.Date || r.typ == kg.Time
	case mod == "APPROX" || r.typ == kg.Duration:
		return true
	}
	return r.typ == kg.Date && (r.val == "PAST_REF" || s.w(r.j-1) == "ago")
}

// modifier reads a TimeML modifier before an expression and returns the
// index after it, the mod value, and whether it qualifies an amount rather
// than a point in time.
func (s *state) modifier(i int) (int, string, bool) {
	j := i
	switch s.w(j) {
	case "about", "around", "roughly", "approximately":
		return j + 1, "APPROX", true
	case "some":
		if s.isNumber(j + 1) {
			return j + 1, "APPROX", true
		}
	case "nearly", "almost":
		return j + 1, "LESS_THAN", true
	case "more", "less", "fewer":
		if s.is(j+1, "than") {
			if s.is(j, "more") {
				return j + 2, "MORE_THAN", true
			}
			return j + 2, "LESS_THAN", true
		}
	case "at":
		if s.is(j+1, "least") {
			return j + 2, "EQUAL_OR_MORE", true
		}
	case "over":
		if s.isNumber(j + 1) {
			return j + 1, "MORE_THAN", true
		}
	case "no":
		if s.is(j+1, "more") && s.is(j+2, "than") {
			return j + 3, "EQUAL_OR_LESS", true
		}
	case "early", "late", "mid":
		return s.hyphen(j + 1), modifierMods[s.w(j)], false
	case "the":
		switch {
		case s.is(j+1, "early", "late", "mid"):
			return s.hyphen(j + 2), modifierMods[s.w(j+1)], false
		case s.is(j+1, "end", "beginning", "start", "middle") && s.is(j+2, "of"):
			return j + 3, modifierMods[s.w(j+1)], false
		}
	case "end":
		if s.is(j+1, "of") {
			return j + 2, "END", false
		}
	}
	return i, "", false
}

// modifierMods are the TimeML mods of the words that place a time within
// a period ("early May", "the end of 1990").
var modifierMods = map[string]string{"early": "START", "late": "END", "mid": "MID",
	"end": "END", "beginning": "START", "start": "START", "middle": "MID"}

// dayOffsets are the day shifts of "the next day", "the previous day".
var dayOffsets = map[string]int{"next": 1, "following": 1, "previous": -1, "same": 0}

// isNumber reports whether token j starts a number, in digits or words.
func (s *state) isNumber(j int) bool {
	if j < len(s.toks) && s.toks[j].kind == kDigit {
		return true
	}
	e := s.e(j)
	return e != nil && (e.isNum || e.tens > 0)
}

// theDay resolves "that day", "the same day", "the next day", "the day
// before", "the following day", "the next morning", "that night" against
// the text's last named day.
func (s *state) theDay(i int) (res, bool) {
	if !s.is(i, "the", "that") {
		return res{}, false
	}
	j := i + 1
	off, part := 0, ""
	switch {
	case s.is(j, "same", "next", "following", "previous") && s.is(j+1, "day"):
		off = dayOffsets[s.w(j)]
		j += 2
	case s.is(j, "same", "next", "following", "previous") && s.partOfDay(j+1):
		off, part = dayOffsets[s.w(j)], s.e(j+1).part // "the next morning"
		j += 2
	case s.is(i, "that") && s.is(j, "day"):
		j++
	case s.is(i, "that") && s.partOfDay(j):
		part = s.e(j).part // "that night"
		j++
	case s.is(i, "the") && s.is(j, "day") && s.is(j+1, "before", "after"):
		off = 1
		if s.is(j+1, "before") {
			off = -1
		}
		for _, f := range [...]func(int) (res, bool){s.deictic, s.weekdayExpr, s.monthDate, s.dayMonth} {
			if d, ok := f(j + 2); ok && !d.day.IsZero() && d.typ == kg.Date {
				// "the day before last Tuesday's hearing": a day from that day
				t := d.day.AddDate(0, 0, off)
				return res{i: i, j: d.j, typ: kg.Date, val: fmtDay(t), anchor: d.val + " (" + s.text[s.toks[j+2].start:s.toks[d.j-1].end] + ")", rule: "a day from the date after it", day: t}, true
			}
		}
		// else only at a clause's end: "the day before the vote" is anchored on the vote
		if j+2 < len(s.toks) && s.toks[j+2].kind != kPunct {
			return res{}, false
		}
		j += 2
	default:
		return res{}, false
	}
	if s.ref.IsZero() {
		return res{}, false
	}
	d := s.ref.AddDate(0, 0, off)
	r := res{i: i, j: j, typ: kg.Date, val: fmtDay(d), anchor: s.anchorRef(), rule: "day relative to the text's last date", day: d}
	if part != "" {
		r.typ, r.val, r.rule = kg.Time, r.val+"T"+part, "part of a day relative to the text's last date"
	}
	return r, true
}

// partOfDay reports whether token j is "morning", "afternoon", "evening"
// or "night".
func (s *state) partOfDay(j int) bool {
	e := s.e(j)
	return e != nil && e.part != "" && e.word != "overnight"
}
