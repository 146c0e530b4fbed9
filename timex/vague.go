package timex

import "github.com/kgnews/kg"

// vague matches references with no calendar value: "now", "currently",
// "right now", "recently", "more recently", "the past", "the future", "the
// near future", "soon", "recent years" (a vague duration), "for months".
func (s *state) vague(i int) (res, bool) {
	j := i
	switch {
	case s.is(j, "right") && s.is(j+1, "now"), s.is(j, "more") && s.is(j+1, "recently"):
		j++
	case s.is(j, "the") && s.is(j+1, "near") && s.is(j+2, "future"):
		j += 2
	case s.is(j, "the") && s.is(j+1, "past", "future") && !s.punct(j+2, '-') && !s.isNumber(j+2):
		val := "PAST_REF"
		if s.is(j+1, "future") {
			val = "FUTURE_REF"
		}
		return res{i: i, j: j + 2, typ: kg.Date, val: val, rule: "vague reference: the " + s.w(j+1)}, true
	case s.is(j, "in", "for", "over", "within") && i+1 < len(s.toks):
		// "for months": the plural unit alone, without the preposition
		if u := s.e(j + 1); u != nil && u.plural && u.unit != "" && u.unit != "Q" && !s.is(j+2, "ago", "of", "earlier", "later") {
			return res{i: j + 1, j: j + 2, typ: kg.Duration, val: durValue(-1, u.unit), rule: "plural unit alone"}, true
		}
		return res{}, false
	}
	e := s.e(j)
	if e == nil {
		return res{}, false
	}
	if e.word == "the" && s.is(j+1, "recent", "coming") || e.word == "the" && s.is(j+2, "ahead") {
		j++ // "the coming weeks", "the weeks ahead"
		e = s.e(j)
		if e != nil && e.plural && e.unit != "" && s.is(j+1, "ahead") {
			return res{i: i, j: j + 2, typ: kg.Duration, val: durValue(-1, e.unit), rule: "plural unit ahead"}, true
		}
		if e == nil {
			return res{}, false
		}
	}
	if (e.word == "recent" || e.word == "coming") && s.e(j+1) != nil && s.e(j+1).plural && s.e(j+1).unit != "" {
		return res{i: i, j: j + 2, typ: kg.Duration, val: durValue(-1, s.e(j+1).unit), rule: e.word + " plural unit"}, true
	}
	if e.plural && e.unit != "" && e.unit != "Q" && s.is(j+1, "ago") {
		return res{i: i, j: j + 2, typ: kg.Date, val: "PAST_REF", rule: "unknown distance ago"}, true
	}
	if e.vague == "" || e.word == "soon" && s.is(j+1, "as", "after") {
		return res{}, false // "as soon as", "soon after": a relation, not a time
	}
	if e.word == "future" && !s.is(i-1, "in") && i == j {
		return res{}, false // "future earnings": an adjective
	}
	return res{i: i, j: j + 1, typ: kg.Date, val: e.vague, rule: "vague reference: " + e.word}, true
}

// holidays with a rule rather than a fixed day: name → ISO weekday,
// month, n-th (−1 = last).
var movableHolidays = map[string][3]int{
	"thanksgiving": {4, 11, 4}, "labor": {1, 9, 1}, "memorial": {1, 5, -1},
}

// holiday matches "Christmas", "Christmas Day", "Thanksgiving", "Easter",
// "Labor Day", "New Year's Day", "Independence Day", "Election Day" in the
// year that fits the clause's tense ("last Thanksgiving": the one before).
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
	var m, d int
	var rule func(y int) (int, int)
	k := j + 1
	switch {
	case e.holiday != "":
		m, d = int(e.holiday[0]-'0')*10+int(e.holiday[1]-'0'), int(e.holiday[3]-'0')*10+int(e.holiday[4]-'0')
		if s.is(k, "day") || s.is(k, "eve") {
			if s.is(k, "eve") {
				d--
			}
			k++
		}
	case e.word == "new" && s.is(j+1, "year") && s.is(j+2, "'s"):
		k = j + 3
		m, d = 1, 1
		if s.is(k, "eve") {
			m, d = 12, 31
		}
		if !s.is(k, "day", "eve") {
			return res{}, false
		}
		k++
	case e.word == "independence" && s.is(k, "day"):
		m, d, k = 7, 4, k+1
	case e.month == 5 && s.is(k, "day"):
		m, d, k = 5, 1, k+1 // May Day
	case e.word == "easter":
		rule = func(y int) (int, int) { t := easter(y); return int(t.Month()), t.Day() }
		if s.is(k, "sunday", "day") {
			k++
		}
	case e.word == "election" && s.is(k, "day"):
		rule = func(y int) (int, int) { t := nthWeekday(y, 11, 1, 1).AddDate(0, 0, 1); return 11, t.Day() }
		k++
	default:
		h, ok := movableHolidays[e.word]
		if !ok || e.word != "thanksgiving" && !s.is(k, "day") {
			return res{}, false
		}
		rule = func(y int) (int, int) { t := nthWeekday(y, h[1], h[0], h[2]); return h[1], t.Day() }
		if s.is(k, "day") {
			k++
		}
	}
	r := res{i: i, j: k, typ: kg.Date, rule: "holiday"}
	if !s.dated {
		if rule != nil {
			r.val = "XXXX-XX-XX"
		} else {
			r.val = fmtMonthDay(-1, m, d)
		}
		return r, true
	}
	y := s.dct.Year()
	at := func(y int) (int, int) {
		if rule != nil {
			return rule(y)
		}
		return m, d
	}
	hm, hd := at(y)
	this := day(y, hm, hd)
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
		if pm, pd := at(y - 1); s.dct.Sub(day(y-1, pm, pd)) < this.Sub(s.dct) {
			y--
		} else if nm, nd := at(y + 1); day(y+1, nm, nd).Sub(s.dct) < s.dct.Sub(this) {
			y++
		}
	}
	hm, hd = at(y)
	t := day(y, hm, hd)
	r.val, r.anchor, r.day = fmtDay(t), s.anchorDCT(), t
	return r, true
}
