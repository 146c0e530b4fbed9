package timex

import "github.com/kgnews/kg"

// monthWord reports whether token i is a month name used as one: full names
// capitalised, abbreviations capitalised and followed by a dot or a day,
// and "May" and "March" only where a verb cannot stand.
func (s *state) monthWord(i int) (int, bool) {
	e := s.e(i)
	if e == nil || e.month == 0 || !s.toks[i].has(fCap) {
		return 0, false
	}
	w := e.word
	if s.is(i+1, "day") && s.toks[i+1].has(fCap) {
		return 0, false // "May Day" is a holiday
	}
	next := s.afterMonth(i)
	_, day := s.digits(next, 4)
	full := len(w) > 4 || w == "june" || w == "july"
	switch {
	case w == "may" || w == "march":
		if !day && !s.is(i-1, "in", "of", "since", "until", "by", "from", "to", "early", "late", "mid",
			"last", "next", "this", "through", "before", "after", "during", "between", "every", "each", "that", "the") &&
			!s.punct(i-1, '-') && !s.isDayBefore(i) {
			return 0, false
		}
	case !full:
		if next == i+1 && !day {
			return 0, false
		}
	}
	return e.month, true
}

// isDayBefore reports whether a day of the month comes just before token
// i ("12 March", "the 7th of May").
func (s *state) isDayBefore(i int) bool {
	k := i - 1
	if s.is(k, "of") {
		k--
	}
	if s.is(k, "st", "nd", "rd", "th") {
		k--
	}
	d, ok := s.digits(k, 2)
	return ok && d >= 1 && d <= 31
}

// afterMonth returns the index after a month name and its abbreviation dot.
func (s *state) afterMonth(i int) int {
	if s.punct(i+1, '.') && s.tight(i+1) && s.toks[i].end-s.toks[i].start <= 4 && s.toks[i].e.word != "may" && s.toks[i].e.word != "june" && s.toks[i].e.word != "july" {
		return i + 2
	}
	return i + 1
}

// dayNumber reads a day of the month at j: "7", "7th", returning the index
// after it.
func (s *state) dayNumber(j int) (int, int, bool) {
	d, ok := s.digits(j, 2)
	if !ok || d < 1 || d > 31 {
		return 0, j, false
	}
	if (s.punct(j+1, ':') || s.punct(j+1, '.')) && s.tight(j+1) && s.tight(j+2) && s.toks[j+2].kind == kDigit {
		return 0, j, false // a time or a decimal
	}
	j++
	if s.is(j, "st", "nd", "rd", "th") && s.tight(j) {
		j++
	}
	return d, j, true
}

// yearNumber reads a four-digit year at j (also "'98" after a day).
func (s *state) yearNumber(j int) (int, int, bool) {
	y, ok := s.digits(j, 4)
	if ok && s.toks[j].nd == 4 && y >= 1000 && y <= 2999 {
		return y, j + 1, true
	}
	return 0, j, false
}

// yearAfter reads ", 2017" or " 2017" after a date part at j.
func (s *state) yearAfter(j int) (int, int, bool) {
	k := j
	if s.punct(k, ',') {
		k++
	}
	if y, e, ok := s.yearNumber(k); ok && !s.punct(e, ':') {
		return y, e, true
	}
	return 0, j, false
}

// monthDate matches "May 7", "May 7, 2017", "May 2017", "June last year"
// and a bare month name.
func (s *state) monthDate(i int) (res, bool) {
	m, ok := s.monthWord(i)
	if !ok {
		return res{}, false
	}
	j := s.afterMonth(i)
	if d, k, ok := s.dayNumber(j); ok {
		if y, e, ok := s.yearAfter(k); ok && validDay(y, m, d) {
			t := day(y, m, d)
			return res{i: i, j: e, typ: kg.Date, val: fmtDay(t), rule: "explicit date", day: t}, true
		}
		return s.yearlessDay(i, k, m, d)
	}
	if s.is(j, "of") {
		if y, e, ok := s.yearNumber(j + 1); ok {
			return res{i: i, j: e, typ: kg.Date, val: fmtMonth(y, m), rule: "month and year"}, true
		}
	}
	if y, e, ok := s.yearNumber(j); ok {
		return res{i: i, j: e, typ: kg.Date, val: fmtMonth(y, m), rule: "month and year"}, true
	}
	if y, e, ok := s.spokenYear(j); ok {
		return res{i: i, j: e, typ: kg.Date, val: fmtMonth(y, m), rule: "month and year in words"}, true
	}
	if s.is(j, "of") && s.is(j+1, "this", "last", "next") && s.is(j+2, "year") {
		j++ // "January of this year"
	}
	if s.is(j, "this", "last", "next") && s.is(j+1, "year") {
		r := s.monthOfYear(i, j+2, m, s.w(j))
		return r, true
	}
	return s.yearlessMonth(i, j, m, s.monthTense(i, j), "month without a year"), true
}

// monthOfYear resolves "June last year" and "last June" (which = "last").
func (s *state) monthOfYear(i, j, m int, which string) res {
	r := res{i: i, j: j, typ: kg.Date, rule: "month of " + which + " year"}
	if !s.dated {
		r.val = "XXXX-" + fmtMonth(0, m)[5:]
		return r
	}
	y := s.dct.Year()
	switch which {
	case "last":
		y--
	case "next":
		y++
	}
	r.val, r.anchor = fmtMonth(y, m), s.anchorDCT()
	return r
}

// yearFor returns the year of month m named without one: the year before
// when a past-tense clause names a month at least two months after the
// publication month (the month just ahead is the coming one: a past-tense
// verb then reports a plan or a deadline), the year after when a
// future clause names an earlier one, the occurrence nearest the
// publication date in a present-tense clause ("payable in January", said
// in November, is the coming one), and otherwise the publication year.
func (s *state) yearFor(m int, tn tense) (int, string) {
	y := s.dct.Year()
	dm := int(s.dct.Month())
	switch {
	case tn == tensePast && m > dm+1:
		return y - 1, "past tense, month after the publication month: previous year"
	case tn == tenseFuture && m < dm:
		return y + 1, "future tense, month before the publication month: next year"
	case tn == tensePresent && m-dm > 6:
		return y - 1, "present tense: the nearest such month, last year"
	case tn == tensePresent && dm-m > 6:
		return y + 1, "present tense: the nearest such month, next year"
	}
	return y, "year of the publication date"
}

func (s *state) yearlessDay(i, j, m, d int) (res, bool) {
	if d > 31 || !validDay(2000, m, d) { // 2000 is a leap year: Feb 29 passes
		return res{}, false
	}
	r := res{i: i, j: j, typ: kg.Date}
	if !s.dated {
		r.val, r.rule = fmtMonthDay(-1, m, d), "day without a year, undated text"
		return r, true
	}
	y, why := s.yearFor(m, s.monthTense(i, j))
	dm := int(s.dct.Month())
	if y < s.dct.Year() && m > dm && m-dm <= 2 && (s.is(s.beforeModifiers(i), "to", "from", "through") || s.is(i-1, "around", "about")) ||
		y > s.dct.Year() && m < dm && dm-m <= 2 {
		// a day set within two months of publication ("extended to Nov.
		// 16" in October) is this year's
		y, why = s.dct.Year(), "a day within two months of the publication date"
	}
	if !validDay(y, m, d) {
		return res{}, false
	}
	t := day(y, m, d)
	r.val, r.rule, r.anchor, r.day = fmtDay(t), "day without a year: "+why, s.anchorDCT(), t
	return r, true
}

func (s *state) yearlessMonth(i, j, m int, tn tense, rule string) res {
	r := res{i: i, j: j, typ: kg.Date}
	if !s.dated {
		r.val, r.rule = "XXXX-"+fmtMonth(0, m)[5:], rule+", undated text"
		return r
	}
	y, why := s.yearFor(m, tn)
	r.val, r.rule, r.anchor = fmtMonth(y, m), rule+": "+why, s.anchorDCT()
	return r
}

// dayMonth matches "7 May", "7 May 2017", "7th of May".
func (s *state) dayMonth(i int) (res, bool) {
	d, j, ok := s.dayNumber(i)
	if !ok {
		return res{}, false
	}
	if s.is(j, "of") {
		j++
	}
	m, ok := s.monthWord(j)
	if !ok {
		return res{}, false
	}
	k := s.afterMonth(j)
	if y, e, ok := s.yearAfter(k); ok && validDay(y, m, d) {
		t := day(y, m, d)
		return res{i: i, j: e, typ: kg.Date, val: fmtDay(t), rule: "explicit date", day: t}, true
	}
	return s.yearlessDay(i, k, m, d)
}

// ordinalDay matches "the 7th" and "the 7th of May": a day of the month
// of the text's last date, or of the publication month (the one before it
// when a past-tense clause names a day still to come).
func (s *state) ordinalDay(i int) (res, bool) {
	if !s.is(i, "the") || !s.is(i+2, "st", "nd", "rd", "th") {
		return res{}, false
	}
	d, j, ok := s.dayNumber(i + 1)
	if !ok || s.ordinalModifier(j) {
		return res{}, false
	}
	if s.is(j, "of") {
		if r, ok := s.dayMonth(i + 1); ok {
			r.i = i
			return r, true
		}
	}
	r := res{i: i, j: j, typ: kg.Date}
	base, anchor := s.dct, ""
	switch {
	case !s.ref.IsZero():
		base, anchor = s.ref, s.anchorRef()
		r.rule = "day of the month of the text's last date"
	case s.dated:
		anchor, r.rule = s.anchorDCT(), "day of the publication month"
		if d > s.dct.Day() && s.tenseAt(i, j) == tensePast {
			base = day(s.dct.Year(), int(s.dct.Month())-1, 1)
			r.rule = "day of the month before publication: past tense, day still to come"
		}
	default:
		r.val, r.rule = "XXXX-XX-"+string(appendPad(nil, d, 2)), "day of an unknown month"
		return r, true
	}
	if !validDay(base.Year(), int(base.Month()), d) {
		return res{}, false
	}
	t := day(base.Year(), int(base.Month()), d)
	r.val, r.anchor, r.day = fmtDay(t), anchor, t
	return r, true
}

// rangeDay matches the second day of "April 24 and 25", "May 3 to 5": a
// bare day number right after a day the text just named, in its month.
func (s *state) rangeDay(i int) (res, bool) {
	if len(s.out) == 0 || i < 2 || !(s.is(i-1, "and", "or", "to", "through") || s.punct(i-1, '-') || s.punct(i-1, '–')) {
		return res{}, false
	}
	prev := s.out[len(s.out)-1]
	if prev.End != s.toks[i-2].end || prev.Type != kg.Date || len(prev.Value) != 10 || prev.Value[5] == 'W' || prev.Value[8] > '9' {
		return res{}, false
	}
	d, j, ok := s.dayNumber(i)
	if !ok || s.punct(j, '%') || j < len(s.toks) && s.toks[j].kind == kWord && (s.e(j) == nil || s.e(j).unit != "" || s.e(j).month > 0) {
		return res{}, false // "5 to 10 days", "3 and 5 delegates", "3 and 4 May"
	}
	v := prev.Value[:8] + string(appendPad(nil, d, 2))
	if v <= prev.Value || v[0] != 'X' && !validDay(atoi(v[:4]), atoi(v[5:7]), d) {
		return res{}, false
	}
	r := res{i: i, j: j, typ: kg.Date, val: v, anchor: prev.Value + " (the day before it in the range)", rule: "second day of a range"}
	if v[0] != 'X' {
		r.day = day(atoi(v[:4]), atoi(v[5:7]), d)
	}
	return r, true
}

// isDay reports whether token j is a day of the month in digits.
func (s *state) isDay(j int) bool {
	d, ok := s.digits(j, 2)
	return ok && d >= 1 && d <= 31
}

// atoi reads the digits of s ("1998" → 1998); it is only given digit runs.
func atoi(s string) int {
	n := 0
	for k := 0; k < len(s); k++ {
		n = n*10 + int(s[k]-'0')
	}
	return n
}

// ordinalModifier reports whether the word at j makes the ordinal before
// it an adjective ("the 11th Circuit", "the 25th anniversary", "the 3rd
// day"): a day of the month stands before punctuation or a grammar word
// ("the 7th of May", "the 7th and 8th").
func (s *state) ordinalModifier(j int) bool {
	if j >= len(s.toks) || s.toks[j].kind != kWord {
		return false
	}
	e := s.e(j)
	return e == nil || e.unit != "" || s.toks[j].has(fCap) && e.month == 0
}

// numericDate matches 2017-05-07 and 05/07/2017 (read per Options.DateOrder).
func (s *state) numericDate(i int) (res, bool) {
	a, ok := s.digits(i, 4)
	if !ok || !s.tight(i+1) || !s.tight(i+2) || !s.tight(i+3) || !s.tight(i+4) {
		return res{}, false
	}
	b, ok1 := s.digits(i+2, 2)
	c, ok2 := s.digits(i+4, 4)
	if !ok1 || !ok2 {
		return res{}, false
	}
	var y, m, d int
	rule := "ISO date"
	switch {
	case s.punct(i+1, '-') && s.punct(i+3, '-') && s.toks[i].nd == 4 && s.toks[i+4].nd == 2:
		y, m, d = a, b, c
	case s.punct(i+1, '/') && s.punct(i+3, '/') && s.toks[i].nd <= 2 && (s.toks[i+4].nd == 4 || s.toks[i+4].nd == 2):
		y = c
		if s.toks[i+4].nd == 2 {
			y += 1900
			if c < 50 {
				y += 100
			}
		}
		m, d = a, b
		rule = "numeric date, month first"
		if s.t.dmy && b <= 12 || a > 12 {
			m, d = b, a
			rule = "numeric date, day first"
		}
	default:
		return res{}, false
	}
	if !validDay(y, m, d) {
		return res{}, false
	}
	t := day(y, m, d)
	return res{i: i, j: i + 5, typ: kg.Date, val: fmtDay(t), rule: rule, day: t}, true
}

// yearOrDecade matches a year ("2021", "nineteen ninety-six", "fiscal
// 1989") or a decade ("the 1990s", "the '90s", "the nineties").
func (s *state) yearOrDecade(i int) (res, bool) {
	j := i
	the := s.is(j, "the")
	if the {
		j++
	}
	if r, ok := s.decade(i, j); ok {
		return r, true
	}
	if the && !s.is(j, "year") {
		return res{}, false
	}
	fiscal := s.is(j, "fiscal", "year")
	if fiscal {
		j++
	}
	y, e, ok := s.yearNumber(j)
	if !ok {
		if y, e, ok = s.spokenYear(j); !ok {
			return res{}, false
		}
	} else if !fiscal && !s.plausibleYear(j, y) {
		return res{}, false
	}
	return res{i: i, j: e, typ: kg.Date, val: fmtYear(y), rule: "year"}, true
}

// plausibleYear rejects four-digit numbers that count or measure: after a
// currency sign, before "%" or a measure word, or outside 1900-2099 without
// a preposition before them.
func (s *state) plausibleYear(j, y int) bool {
	if j > 0 && s.toks[j-1].kind == kPunct {
		switch s.toks[j-1].ch {
		case '$', '€', '£', '#', '¥':
			return false
		}
	}
	if s.punct(j+1, '%') || s.is(j+1, "percent", "per") || s.punct(j+1, '-') && s.tight(j+1) {
		return false
	}
	if j > 0 && s.toks[j-1].kind == kWord && s.toks[j-1].has(fCap) && s.toks[j-1].e == nil && s.sameSentence(j, j-1) && s.sents[s.toks[j].sent] != j-1 {
		return false // a name: "Orion 1980", "Windows 2000"
	}
	if y < 1900 || y > 2099 {
		return s.is(j-1, "in", "since", "of", "from", "until", "by", "to", "and", "before", "after")
	}
	return true
}

// spokenYear reads "nineteen ninety-six" and "two thousand (and) one".
func (s *state) spokenYear(j int) (int, int, bool) {
	e := s.e(j)
	if e == nil || !e.isNum || e.num < 10 || e.num > 20 || e.word == "dozen" {
		if e != nil && e.word == "two" && s.is(j+1, "thousand") {
			k := j + 2
			if s.is(k, "and") {
				k++
			}
			if v, end, ok := s.number(k); ok && v >= 1 && v < 100 && s.w(k) != "a" {
				return 2000 + int(v), end, true
			}
			return 2000, j + 2, true
		}
		return 0, j, false
	}
	v, end, ok := s.number(j + 1)
	if !ok || v < 10 || v >= 100 || s.w(j+1) == "a" || s.w(j+1) == "an" {
		return 0, j, false
	}
	return int(e.num)*100 + int(v), end, true
}

// decade matches "1990s", "'90s", "nineties", "20th century" at j (with
// "the" at i when j > i).
func (s *state) decade(i, j int) (res, bool) {
	if y, e, ok := s.yearNumber(j); ok && y%10 == 0 && (s.is(e, "s") && s.tight(e) || s.is(e, "'s") && j > i) {
		return res{i: i, j: e + 1, typ: kg.Date, val: fmtYear(y)[:3], rule: "decade"}, true
	}
	if s.punct(j, '\'') || s.punct(j, '’') {
		if d, ok := s.digits(j+1, 2); ok && d%10 == 0 && s.is(j+2, "s") && s.tight(j+2) {
			y := 1900 + d
			if s.dated && y+100 <= s.dct.Year() {
				y += 100
			}
			return res{i: i, j: j + 3, typ: kg.Date, val: fmtYear(y)[:3], rule: "decade, two digits"}, true
		}
	}
	if e := s.e(j); e != nil && j > i {
		if d, ok := decadeWords[e.word]; ok {
			return res{i: i, j: j + 1, typ: kg.Date, val: "19" + string(rune('0'+d)), rule: "decade in words"}, true
		}
	}
	if c, ok := s.digits(j, 2); ok && s.is(j+1, "st", "nd", "rd", "th") && s.tight(j+1) && s.is(j+2, "century") && c > 0 {
		return res{i: i, j: j + 3, typ: kg.Date, val: string(appendPad(nil, c-1, 2)), rule: "century"}, true
	}
	return res{}, false
}

// decadeWords are the decades of the twentieth century said in words.
var decadeWords = map[string]int{"nineties": 9, "eighties": 8, "seventies": 7, "sixties": 6}

// anchorDCT describes the publication date as an anchor.
func (s *state) anchorDCT() string { return fmtDay(s.dct) + " (publication date)" }

// anchorRef describes the text's reference date as an anchor.
func (s *state) anchorRef() string {
	return fmtDay(s.ref) + " (date set earlier in the text: " + s.refWhy + ")"
}
