package timex

import (
	"math"
	"strconv"
	"time"

	"github.com/kgnews/kg"
)

// durValue formats n units as a TimeML duration: P3D, PT5H, P2Y6M, P2Q
// (quarters keep their TIMEX3 letter); n < 0 means an unknown number (PXM).
func durValue(n float64, unit string) string {
	if n < 0 {
		switch unit {
		case "H", "MIN", "S":
			return "PTX" + unitLetter(unit)
		case "DE":
			return "PXDE"
		case "CE":
			return "PXCE"
		}
		return "PX" + unitLetter(unit)
	}
	switch unit { // units TimeML has no letter for
	case "DE":
		n, unit = n*10, "Y"
	case "CE":
		n, unit = n*100, "Y"
	case "ML":
		n, unit = n*1000, "Y"
	case "2W":
		n, unit = n*2, "W"
	}
	whole, frac := math.Modf(n)
	b := []byte("P")
	if unit == "H" || unit == "MIN" || unit == "S" {
		b = append(b, 'T')
	}
	if frac == 0 {
		b = strconv.AppendInt(b, int64(whole), 10)
		return string(append(b, unitLetter(unit)...))
	}
	// a fraction goes into the next smaller unit when that comes out whole
	sub := smallerUnits[unit]
	if rest := frac * sub.per; sub.unit != "" && rest == math.Trunc(rest) {
		if whole > 0 {
			b = strconv.AppendInt(b, int64(whole), 10)
			b = append(b, unitLetter(unit)...)
		}
		if unit == "D" {
			b = append(b, 'T')
		}
		b = strconv.AppendInt(b, int64(rest), 10)
		return string(append(b, sub.unit...))
	}
	b = strconv.AppendFloat(b, n, 'f', -1, 64)
	return string(append(b, unitLetter(unit)...))
}

// smallerUnits gives, for a fraction of a unit, the next smaller unit and
// how many of it make one ("2.5 years" is P2Y6M).
var smallerUnits = map[string]struct {
	unit string
	per  float64
}{"Y": {"M", 12}, "D": {"H", 24}, "H": {"M", 60}, "MIN": {"S", 60}, "W": {"D", 7}}

// unitLetter returns the TimeML letter of a unit code (MIN is M after T).
func unitLetter(unit string) string {
	if unit == "MIN" {
		return "M"
	}
	return unit
}

// quantity reads a number or a vague amount ("several", "a few", "many")
// at j; n < 0 means vague.
func (s *state) quantity(j int) (n float64, end int, ok bool) {
	switch {
	case s.is(j, "several", "many", "few"):
		return -1, j + 1, true
	case s.is(j, "a") && s.is(j+1, "few"):
		return -1, j + 2, true
	case s.is(j, "half") && s.is(j+1, "a", "an"):
		return 0.5, j + 2, true
	case s.is(j, "couple") && s.is(j+1, "of"):
		return 2, j + 2, true // "the next couple of years"
	}
	return s.number(j)
}

// duration matches "three days", "the past two months", "two-year",
// "the first nine months", "a decade", "several years", "eight trading
// days", their dated forms "two days ago", "a year earlier", "three weeks
// later", and "one day" after a modal ("will one day win", FUTURE_REF).
func (s *state) duration(i int) (res, bool) {
	if s.is(i, "one") && s.is(i+1, "day") && s.is(i-1, "will", "would", "could", "may", "might", "can", "shall", "'ll") {
		// "the club will one day win": some day ahead, not a span
		return res{i: i, j: i + 2, typ: kg.Date, val: "FUTURE_REF", rule: "vague reference: one day, after a modal"}, true
	}
	j := i
	the := s.is(j, "the")
	if the {
		j++
	}
	lead := ""
	if s.is(j, "first", "last", "past", "next", "previous", "coming", "latest", "final") {
		lead = s.w(j)
		j++
	}
	n, k, ok := s.quantity(j)
	article := ok && k == j+1 && s.is(j, "a", "an")
	if ok && n >= 0 && s.is(k, "to", "or") && s.isNumber(k+1) {
		if _, k2, ok2 := s.number(k + 1); ok2 && s.e(k2) != nil && s.e(k2).unit != "" {
			k = k2 // a range, "two to three weeks": TimeML keeps the first figure
		}
	}
	if !ok {
		if !the || lead == "" {
			return res{}, false
		}
		n, k = 1, j // "the past week"
	}
	if ok && s.is(k, "more", "additional", "other", "straight", "consecutive") && s.e(k+1) != nil && s.e(k+1).unit != "" {
		k++ // "two more weeks"
	}
	if ok && s.is(k, "trading", "business", "working") && s.is(k+1, "days", "day") {
		k++ // "eight trading days": days all the same
	}
	adj := false
	if h := s.hyphen(k); h > k && ok {
		k, adj = h, true
	}
	e := s.e(k)
	if e == nil || e.unit == "" || adj && e.plural || s.toks[k].has(fCap) {
		return res{}, false // "60 Minutes" is a title
	}
	if article && (e.unit == "S" || e.unit == "Q") {
		return res{}, false // "a second time", "a quarter of"
	}
	if !ok && e.plural {
		return res{}, false
	}
	unit := e.unit
	k++
	if ok && !e.plural && n == math.Trunc(n) {
		if v, k2, _ := s.andAHalf(n, k); k2 > k {
			n, k = v, k2 // "a minute and a half"
		}
	}
	if adj {
		if h := s.hyphen(k); h > k && s.is(h, "old") {
			return res{}, false // an age: "a 44-year-old teacher"
		} else if h > k && s.is(h, "long") {
			k = h + 1 // "day-long"
		}
	} else if s.is(k, "old") && !s.is(k+1, "than") {
		return res{}, false // an age: "52 years old"
	}
	if s.is(k, "or") && s.is(k+1, "so") {
		k += 2
	}
	if (adj || n > 1 && !e.plural) && the && lead == "" {
		i++ // "the 30-day rate", "the eleven year partnership": the adjective alone
	}
	r := res{i: i, j: k, typ: kg.Duration, val: durValue(n, unit), rule: "duration"}
	if the || lead != "" || adj {
		return r, true
	}
	if article && s.setContext(i) && !s.is(k, "ago", "earlier", "later", "before", "after") {
		r.typ, r.rule = kg.Set, "rate: once per "+e.word
		return r, true
	}
	if n < 0 { // a vague amount: "several years ago"
		switch {
		case s.is(k, "ago") || s.is(k, "earlier") && !s.is(k+1, "this", "today", "in", "that"):
			return res{i: i, j: k + 1, typ: kg.Date, val: "PAST_REF", rule: "vague distance in the past"}, true
		case s.is(k, "later") && !s.is(k+1, "this", "today", "in", "that"):
			return res{i: i, j: k + 1, typ: kg.Date, val: "FUTURE_REF", rule: "vague distance in the future"}, true
		}
		return r, true
	}
	switch {
	case s.is(k, "ago"):
		return s.shifted(r, k+1, -n, unit, unit == "Y" && len(s.last) == 7 && s.last[5] == 'Q'), true
	case s.is(k, "earlier", "later") && !s.is(k+1, "this", "today", "in", "that"):
		sign := 1.0
		if s.is(k, "earlier") {
			sign = -1
		}
		return s.shifted(r, k+1, sign*n, unit, true), true
	case s.is(k, "from") && s.is(k+1, "now"):
		return s.shifted(r, k+2, n, unit, false), true
	}
	return r, true
}

// unitLong matches "day-long", "decades-long": an adjective of one unit,
// or of an unknown number of them.
func (s *state) unitLong(i int) (res, bool) {
	e := s.e(i)
	if e == nil || e.unit == "" || s.hyphen(i+1) == i+1 || !s.is(s.hyphen(i+1), "long") {
		return res{}, false
	}
	n := 1.0
	if e.plural {
		n = -1
	}
	return res{i: i, j: s.hyphen(i+1) + 1, typ: kg.Duration, val: durValue(n, e.unit), rule: "unit-long adjective"}, true
}

// setContext reports whether "a year" at i follows a rate: an amount in
// the six tokens before it ("4 million litres of fuel a day", "5% a
// year"), or "times", "twice", "once".
func (s *state) setContext(i int) bool {
	if s.is(i-1, "times", "twice", "once") {
		return true
	}
	for k := i - 1; k >= 0 && k >= i-6 && s.sameSentence(i, k); k-- {
		p := &s.toks[k]
		if p.kind == kDigit || p.kind == kPunct && p.ch == '%' || s.is(k, "percent") {
			return true
		}
		if p.kind == kPunct {
			return false
		}
	}
	return false
}

// shifted turns a duration r into the DATE n units from its anchor: the
// publication date for "ago" and "from now", the text's last date for
// "earlier" and "later" (the publication date when there is none).
func (s *state) shifted(r res, j int, n float64, unit string, fromText bool) res {
	r.j, r.typ = j, kg.Date
	clock := unit == "H" || unit == "MIN" || unit == "S"
	if n != math.Trunc(n) && !clock || !s.dated && (!fromText || s.ref.IsZero() && s.last == "") {
		r.val, r.rule = "PAST_REF", "vague distance in the past"
		if n > 0 {
			r.val, r.rule = "FUTURE_REF", "vague distance in the future"
		}
		if !s.dated && n == math.Trunc(n) {
			r.val, r.rule = "XXXX-XX-XX", "distance from an unknown date"
		}
		return r
	}
	base, anchor := s.dct, ""
	if s.dated {
		anchor = s.anchorDCT()
	}
	if fromText {
		if unit == "Y" && n == -1 && s.dated && hasPrefix(s.last, fmtYear(s.dct.Year()-1)) && s.lastBack {
			// "compared with a year earlier" after "a year ago": the same
			// period a year back, not two
			r.val, r.anchor, r.rule, r.derived = s.last, s.last+" (last date in the text, already a year back)", "same period a year earlier", true
			return r
		}
		if (unit == "D" || unit == "W") && len(s.last) < 10 && s.last != "" && !s.ref.IsZero() && !hasPrefix(fmtDay(s.ref), s.last) {
			// the text's last date is coarser than a day ("A year ago ... two
			// days later"): the day is unknown, the period is kept
			r.val, r.anchor, r.rule, r.derived = s.last, s.last+" (last date in the text)", "days from a date known only to its "+granularity(s.last), true
			return r
		}
		if v, ok := s.shiftLast(int(n), unit); ok {
			r.val, r.anchor, r.rule, r.derived = v, s.last+" (last date in the text)", "distance from the text's last date", true
			return r
		}
		if !s.ref.IsZero() {
			base, anchor = s.ref, s.anchorRef()
		}
	}
	r.anchor, r.rule = anchor, "distance from the anchor"
	k := int(n)
	r.yearBack = unit == "Y" && k == -1 && base.Equal(s.dct)
	switch unit {
	case "Y":
		r.val = fmtYear(base.Year() + k)
	case "DE":
		r.val = fmtYear(base.Year() + 10*k)
	case "CE":
		r.val = fmtYear(base.Year() + 100*k)
	case "Q":
		d := base.AddDate(0, 3*k, 0)
		r.val = fmtQuarter(d.Year(), quarterOf(int(d.Month())))
	case "M":
		d := time.Date(base.Year(), base.Month()+time.Month(k), 1, 0, 0, 0, 0, time.UTC)
		r.val = fmtMonth(d.Year(), int(d.Month()))
	case "W", "2W":
		if unit == "2W" {
			k *= 2
		}
		r.val = fmtWeek(base.AddDate(0, 0, 7*k))
	case "D":
		d := base.AddDate(0, 0, k)
		r.val, r.day = fmtDay(d), d
	default: // hours, minutes, seconds: the same day, or whole days of hours
		d := base
		if unit == "H" {
			d = base.AddDate(0, 0, int(n/24))
		}
		r.val = fmtDay(d)
	}
	return r
}

// shiftLast moves the text's last year- or quarter-level date by n units
// of year or quarter: "a year earlier" after "the third quarter".
func (s *state) shiftLast(n int, unit string) (string, bool) {
	v := s.last
	if len(v) < 4 || (unit != "Y" && unit != "Q") || s.ref.IsZero() && v == "" {
		return "", false
	}
	y, err := strconv.Atoi(v[:4])
	if err != nil {
		return "", false
	}
	switch {
	case len(v) == 7 && v[5] == 'Q':
		q := int(v[6]-'0') - 1
		if unit == "Y" {
			y += n
		} else {
			q += n
		}
		y += floorDiv(q, 4)
		return fmtQuarter(y, q-4*floorDiv(q, 4)+1), true
	case len(v) == 4 && unit == "Y":
		return fmtYear(y + n), true
	}
	return "", false
}

func hasPrefix(s, p string) bool { return len(s) >= len(p) && s[:len(p)] == p }

// granularity names the precision of a TimeML date value.
func granularity(v string) string {
	switch {
	case len(v) == 4:
		return "year"
	case len(v) == 7 && v[5] == 'Q':
		return "quarter"
	case len(v) == 7:
		return "month"
	}
	return "period"
}

func floorDiv(a, b int) int {
	if a < 0 {
		return -((-a + b - 1) / b)
	}
	return a / b
}
