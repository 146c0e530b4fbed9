package timex

import (
	"time"

	"github.com/kgnews/kg"
)

// dayWord matches today, yesterday, tomorrow, tonight, "the day before
// yesterday", with a following part of the day ("yesterday morning").
func (s *state) dayWord(i int) (res, bool) {
	j, off := i, 0
	if s.is(i, "the") && s.is(i+1, "day") && s.is(i+2, "before", "after") && s.is(i+3, "yesterday", "tomorrow") {
		j = i + 3
		off = 1
		if s.is(i+2, "before") {
			off = -1
		}
	}
	if j < len(s.toks) && s.toks[j].has(fCap) && j > 0 && s.toks[j-1].kind == kWord && s.toks[j-1].has(fCap) && s.sents[s.toks[j].sent] != j {
		return res{}, false // a name: "USA Today", "VOA Today"
	}
	switch s.w(j) {
	case "today":
	case "yesterday":
		off--
	case "tomorrow":
		off++
	case "tonight":
		return s.partOfDayToday(i, j+1, "NI", "tonight"), true
	default:
		return res{}, false
	}
	r := res{i: i, j: j + 1, typ: kg.Date}
	if !s.dated {
		r.val, r.rule = "XXXX-XX-XX", s.w(j)+", undated text"
		return r, true
	}
	d := s.dct.AddDate(0, 0, off)
	r.val, r.anchor, r.day = fmtDay(d), s.anchorDCT(), d
	r.rule = s.w(j) + ": publication date"
	if off != 0 {
		r.rule += " " + signed(off) + " day"
	}
	return s.withPartOfDay(r), true
}

func signed(n int) string {
	if n < 0 {
		return "- " + string(appendPad(nil, -n, 1))
	}
	return "+ " + string(appendPad(nil, n, 1))
}

// partOfDayToday dates "this evening", "tonight", "this morning". Inside a
// quotation they take the day of the last dated expression before them when
// that is before the publication date: a statement quoted from an earlier
// day speaks of that day's evening. Otherwise they take the publication date.
func (s *state) partOfDayToday(i, j int, part, what string) res {
	r := res{i: i, j: j, typ: kg.Time}
	if !s.dated {
		r.val, r.rule = "XXXX-XX-XXT"+part, what+", undated text"
		return r
	}
	d := s.dct
	r.anchor, r.rule = s.anchorDCT(), what+": publication date"
	if s.toks[i].has(fQuote) && !s.ref.IsZero() && s.ref.Before(s.dct) {
		d = s.ref
		r.anchor = s.anchorRef()
		r.rule = what + " in a quotation: the day of the last dated event before it"
	}
	r.val, r.day = fmtDay(d)+"T"+part, d
	return r
}

// earlierLater matches "earlier this week", "later today", "earlier in the
// year", "later that day": the expression after it, with its span.
func (s *state) earlierLater(i int) (res, bool) {
	if !s.is(i, "earlier", "later") {
		return res{}, false
	}
	j := i + 1
	if s.is(j, "in") && s.is(j+1, "the") {
		j++
	}
	var r res
	var ok bool
	switch {
	case s.is(j, "today", "yesterday", "tonight"):
		r, ok = s.dayWord(j)
	case s.is(j, "this", "that", "the"):
		r, ok = s.deictic(j)
	}
	r.i = i
	return r, ok
}

// deictic matches "this/last/next/current/coming" + week, month, year,
// quarter, weekend, season, month name or weekday; "last night", "this
// evening"; "the following year", "that day".
func (s *state) deictic(i int) (res, bool) {
	j := i
	the := s.is(j, "the")
	if the {
		j++
		if s.is(j, "fiscal", "full", "calendar") && s.is(j+1, "year") {
			return s.unitRef(i, j+2, "the", "year")
		}
	}
	which := s.w(j)
	switch which {
	case "this", "last", "next", "current", "coming", "past", "following", "previous", "that", "same", "latest":
	default:
		if the && s.is(j, "year", "month", "week", "weekend", "day") && !s.toks[j].has(fCap) {
			return s.unitRef(i, j+1, "the", s.w(j)) // "The Year of the Dragon" is a title
		}
		mod := ""
		if the && s.is(j, "early", "late", "mid") {
			mod, j = modifierMods[s.w(j)], s.hyphen(j+1) // "the early summer"
		}
		if e := s.e(j); the && e != nil && e.season != "" && !s.toks[j].has(fCap) {
			r := s.season(i, j+1, e.season, "the")
			r.mod = mod
			if r.j == j+1 && !s.is(i-1, "in", "during", "over", "through", "until", "by", "since", "into", "throughout", "before", "after", "for", "of") {
				return res{}, false // "the fall in prices": a noun, not a season
			}
			return r, true
		}
		return res{}, false
	}
	j++
	if which == "that" && s.is(j, "same") || which == "this" && s.is(j, "coming", "past") {
		j++ // "that same day", "this coming Sunday", "this past spring"
	}
	if s.is(j, "fiscal", "calendar", "financial") && s.is(j+1, "year", "quarter") {
		j++
	}
	if the && (which == "past" || which == "last" || which == "next" || which == "coming") {
		// "the past year", "the next decade": TimeML dates them as the
		// unit before or after the publication date's; days are theDay's
		// ("the next day" counts from the text's last date)
		if e := s.e(j); e == nil || e.plural || e.unit == "" || e.unit == "D" || e.unit == "H" || e.unit == "MIN" || e.unit == "S" {
			return res{}, false
		}
		r, ok := s.unitRef(i, j+1, which, s.w(j))
		if ok && s.is(r.j, "or") && s.is(r.j+1, "so") {
			r.j += 2
		}
		return r, ok
	}
	if !the && which == "same" {
		return res{}, false
	}
	e := s.e(j)
	if e == nil {
		return res{}, false
	}
	switch {
	case e.part != "" && (which == "this" || which == "last" && e.part == "NI"):
		if which == "last" {
			r := s.shiftDay(i, j+1, -1, "last night")
			r.typ, r.val = kg.Time, r.val+"T"+e.part
			return r, true
		}
		return s.partOfDayToday(i, j+1, e.part, "this "+e.word), true
	case e.weekday > 0 && s.toks[j].has(fCap) && the && (which == "previous" || which == "following") && !s.ref.IsZero():
		dir := 1
		if which == "previous" {
			dir = -1
		}
		d := weekdayFrom(s.ref, e.weekday, dir, true)
		return res{i: i, j: j + 1, typ: kg.Date, val: fmtDay(d), anchor: s.anchorRef(), rule: "the " + which + " " + weekdayNames[e.weekday] + ": relative to the text's last date", day: d}, true
	case e.weekday > 0 && s.toks[j].has(fCap) && (which == "last" || which == "next" || which == "this" || which == "coming"):
		mode := byTense
		switch which {
		case "last":
			mode = lastOne
		case "next":
			mode = nextOne
		}
		return s.withPartOfDay(s.resolveWeekday(i, j+1, e.weekday, mode)), true
	case e.month > 0 && s.toks[j].has(fCap) && (which == "last" || which == "next" || which == "this"):
		return s.namedMonth(i, j+1, e.month, which), true
	case e.season != "" && (which == "last" || which == "next" || which == "this" || which == "coming" || which == "past"):
		return s.season(i, j+1, e.season, which), true
	case (e.unit != "" && !e.plural || e.word == "weekend") && !s.toks[j].has(fCap):
		return s.unitRef(i, j+1, which, e.word) // "This Week" is a title
	}
	return res{}, false
}

// shiftDay returns the day off days from the publication date.
func (s *state) shiftDay(i, j, off int, what string) res {
	r := res{i: i, j: j, typ: kg.Date, rule: what}
	if !s.dated {
		r.val = "XXXX-XX-XX"
		return r
	}
	d := s.dct.AddDate(0, 0, off)
	r.val, r.anchor, r.day = fmtDay(d), s.anchorDCT(), d
	return r
}

// namedMonth resolves "last May", "next March", "this June", "last Oct.
// 23". "Last" names the latest such month before the publication month's
// predecessor, which would be "last month": "last February", said in
// March, is a year back.
func (s *state) namedMonth(i, j, m int, which string) res {
	d, k, hasDay := s.dayNumber(s.afterMonth(j - 1))
	if hasDay && !validDay(2000, m, d) {
		hasDay = false
	}
	if !s.dated {
		if hasDay {
			return res{i: i, j: k, typ: kg.Date, val: fmtMonthDay(-1, m, d), rule: which + " month and day, undated text"}
		}
		return s.yearlessMonth(i, j, m, tenseNone, which+" month")
	}
	y, dm := s.dct.Year(), int(s.dct.Month())
	switch {
	case which == "last" && hasDay && (m > dm || m == dm && d >= s.dct.Day()):
		y--
	case which == "last" && !hasDay && m >= dm-1:
		y--
	case which == "next" && m <= dm:
		y++
	}
	if hasDay && validDay(y, m, d) {
		t := day(y, m, d)
		return res{i: i, j: k, typ: kg.Date, val: fmtDay(t), anchor: s.anchorDCT(), rule: which + " month and day", day: t}
	}
	return res{i: i, j: j, typ: kg.Date, val: fmtMonth(y, m), anchor: s.anchorDCT(), rule: which + " month name"}
}

// undatedUnits are the values of "last week", "next year" and the like in
// an undated text.
var undatedUnits = map[string]string{"day": "XXXX-XX-XX", "week": "XXXX-WXX", "weekend": "XXXX-WXX-WE",
	"month": "XXXX-XX", "year": "XXXX", "quarter": "XXXX-QX"}

// seasonYear matches a season with its year: "summer 2020", "spring of
// 2019".
func (s *state) seasonYear(i int) (res, bool) {
	e := s.e(i)
	if e == nil || e.season == "" {
		return res{}, false
	}
	r := s.season(i, i+1, e.season, "")
	return r, r.j > i+1
}

// seasonMonths gives the first month of each TimeML season.
var seasonMonths = map[string]int{"SP": 3, "SU": 6, "FA": 9, "WI": 12}

// season resolves "last fall", "this summer", "next spring", and "the fall
// of 2011".
func (s *state) season(i, j int, code, which string) res {
	r := res{i: i, j: j, typ: kg.Date, rule: which + " season"}
	if k := j + 1; s.is(j, "of") || j < len(s.toks) && s.toks[j].kind == kDigit {
		if !s.is(j, "of") {
			k = j // "summer 2020"
		}
		y, e, ok := s.yearNumber(k)
		if !ok {
			y, e, ok = s.spokenYear(k)
		}
		if ok {
			r.j, r.val, r.rule = e, fmtYear(y)+"-"+code, "season of an explicit year"
			return r
		}
	}
	if !s.dated {
		r.val = "XXXX-" + code
		return r
	}
	y, m := s.dct.Year(), int(s.dct.Month())
	start := seasonMonths[code]
	switch which {
	case "last", "past":
		if m < start+3 || code == "WI" {
			y--
		}
	case "next", "coming":
		if m >= start {
			y++
		}
	case "the":
		if m < start && s.tenseAt(i, j) == tensePast {
			y-- // "during the summer", said in spring, is last year's
		}
	}
	r.val, r.anchor = fmtYear(y)+"-"+code, s.anchorDCT()
	return r
}

// unitRef resolves "this week", "last month", "next year", "the weekend",
// "the following day", "that year", "the current quarter".
func (s *state) unitRef(i, j int, which, unit string) (res, bool) {
	r := res{i: i, j: j, typ: kg.Date, rule: which + " " + unit}
	off := 0
	switch which {
	case "last", "previous", "past":
		off = -1
	case "next", "following", "coming":
		off = 1
	}
	base, anchor := s.dct, ""
	if s.dated {
		anchor = s.anchorDCT()
	}
	if which == "following" || which == "previous" || which == "that" || which == "same" {
		if r, ok := s.fromLast(r, unit, off); ok {
			return r, true
		}
		if s.ref.IsZero() {
			if !s.dated || which == "that" || which == "same" {
				return res{}, false
			}
		} else {
			base, anchor = s.ref, s.anchorRef()
		}
	} else if !s.dated {
		r.val = undatedUnits[unit]
		return r, r.val != ""
	}
	r.anchor = anchor
	switch unit {
	case "day":
		if which == "the" || which == "latest" || which == "current" {
			return res{}, false
		}
		d := base.AddDate(0, 0, off)
		r.val, r.day = fmtDay(d), d
	case "week":
		if which == "the" && s.is(j, "of") {
			if d, ok := s.monthDate(j + 1); ok && !d.day.IsZero() {
				r.j, r.val, r.anchor, r.rule = d.j, fmtWeek(d.day), "", "the week of a date"
				return r, true
			}
		}
		r.val = fmtWeek(base.AddDate(0, 0, 7*off))
	case "weekend":
		d := base.AddDate(0, 0, 7*off)
		if which == "the" && isoWeekday(base) < 6 && s.tenseAt(i, j) != tenseFuture {
			d = base.AddDate(0, 0, -7) // "the weekend" in a past clause: the one just gone
		}
		r.val = fmtWeek(d) + "-WE"
	case "month":
		d := time.Date(base.Year(), base.Month()+time.Month(off), 1, 0, 0, 0, 0, time.UTC)
		r.val = fmtMonth(d.Year(), int(d.Month()))
	case "year":
		if which == "the" && s.is(j, "ended", "ending") {
			r.typ, r.val, r.rule = kg.Duration, "P1Y", "the year ended on a date: a year's span"
			r.anchor = ""
			return r, true
		}
		if which == "the" && s.is(j, "before", "after") && (j+1 >= len(s.toks) || s.toks[j+1].kind == kPunct) {
			// "down from $450 million the year before": from the text's last year
			step := 1
			if s.is(j, "before") {
				step = -1
			}
			if x, ok := s.fromLast(r, "year", step); ok {
				x.j, x.rule = j+1, "the year before/after the text's last date"
				return x, true
			}
		}
		r.val = fmtYear(base.Year() + off)
	case "quarter":
		return s.quarterRef(i, j, which, base, anchor)
	case "decade", "century":
		if which != "this" && which != "last" && which != "next" && which != "past" && which != "coming" {
			return res{}, false
		}
		if unit == "decade" {
			r.val = string(appendPad(nil, base.Year()/10+off, 3))
		} else {
			r.val = string(appendPad(nil, base.Year()/100+off, 2))
		}
	default:
		return res{}, false
	}
	return r, true
}

// fromLast resolves "that year", "the following month" against the last
// date the text named when it has the unit's precision (a year for "that
// year", a month for "the following month").
func (s *state) fromLast(r res, unit string, off int) (res, bool) {
	v := s.last
	if len(v) < 4 || v[0] < '0' || v[0] > '9' {
		return r, false
	}
	y := int(v[0]-'0')*1000 + int(v[1]-'0')*100 + int(v[2]-'0')*10 + int(v[3]-'0')
	r.anchor = v + " (last date in the text)"
	switch {
	case unit == "year":
		r.val = fmtYear(y + off)
	case unit == "month" && len(v) >= 7 && v[5] >= '0' && v[5] <= '1':
		m := int(v[5]-'0')*10 + int(v[6]-'0')
		d := time.Date(y, time.Month(m+off), 1, 0, 0, 0, 0, time.UTC)
		r.val = fmtMonth(d.Year(), int(d.Month()))
	default:
		return r, false
	}
	return r, true
}

// quarterRef resolves "this quarter", "last quarter", "the latest quarter".
func (s *state) quarterRef(i, j int, which string, base time.Time, anchor string) (res, bool) {
	y, q := base.Year(), quarterOf(int(base.Month()))
	switch which {
	case "last", "previous", "latest", "past":
		q--
	case "next", "following", "coming":
		q++
	}
	if q < 1 {
		y, q = y-1, 4
	} else if q > 4 {
		y, q = y+1, 1
	}
	return res{i: i, j: j, typ: kg.Date, val: fmtQuarter(y, q), anchor: anchor, rule: which + " quarter"}, true
}
