package timex

import (
	"strconv"

	"github.com/kgnews/kg"
)

// quarter matches "the third quarter", "third-quarter", "Q3", "the 1988
// third quarter", "fiscal 1990's first quarter", "the first half of 1990",
// "the year-ago quarter", "the quarter".
func (s *state) quarter(i int) (res, bool) {
	j := i
	if s.is(j, "the") && !s.is(j+1, "quarter") {
		j++ // "the quarter" is theQuarter's
	}
	year, yearWhy := 0, ""
	if s.is(j, "fiscal") {
		j++
	}
	if y, e, ok := s.yearNumber(j); ok {
		year, yearWhy, j = y, "explicit year", e
		if s.is(j, "'s") {
			j++
		}
	} else if s.is(j, "this", "last", "next") && s.is(j+1, "year") && s.is(j+2, "'s") {
		year, yearWhy = s.dct.Year(), s.w(j)+" year"
		switch s.w(j) {
		case "last":
			year--
		case "next":
			year++
		}
		j += 3
	}
	if s.is(j, "fiscal") {
		j++
	}
	if s.is(j, "comparable", "corresponding", "same") {
		j++
		if s.is(j, "quarter", "period") && j == i+2 {
			// "the corresponding period last year / a year ago"
			switch {
			case s.is(j+1, "last") && s.is(j+2, "year"):
				return s.yearAgoQuarter(i, j+3, true)
			case s.is(j+1, "a") && s.is(j+2, "year") && s.is(j+3, "ago", "earlier"):
				return s.yearAgoQuarter(i, j+4, true)
			}
		}
	}
	if k, ok := s.yearAgo(j); ok && j > i {
		if d, ok := s.duration(k); ok && d.typ == kg.Duration && d.i == k {
			d.i, d.rule = i, "a span a year earlier: its length" // "the year-earlier nine months"
			return d, true
		}
		if s.is(k, "quarter", "period") {
			return s.yearAgoQuarter(i, k+1, true)
		}
		if o := s.e(k); o != nil && o.ord >= 1 && o.ord <= 4 && s.is(s.hyphen(k+1), "quarter") && s.dated {
			return res{i: i, j: s.hyphen(k+1) + 1, typ: kg.Date, val: fmtQuarter(s.dct.Year()-1, o.ord),
				anchor: s.anchorDCT(), rule: "quarter of the year before publication"}, true
		}
	}
	e := s.e(j)
	if e == nil {
		return res{}, false
	}
	var q int
	half := false
	switch {
	case (e.word == "q" || e.word == "h") && s.tight(j+1) && s.toks[j].has(fCap):
		n, ok := s.digits(j+1, 1)
		if !ok || n < 1 || n > 4 || e.word == "h" && n > 2 {
			return res{}, false
		}
		q, half, j = n, e.word == "h", j+2 // "Q3", "H1"
		if s.tight(j) && s.toks[j].kind == kWord {
			return res{}, false // a model name: "Q3x"
		}
	case e.word == "last" && s.is(s.hyphen(j+1), "half"):
		q, half, j = 2, true, s.hyphen(j+1)+1
	case (e.word == "first" || e.word == "last") && s.is(j+1, "two") && s.is(j+2, "quarters"):
		q, half, j = 1, true, j+3 // "the first two quarters": the first half
		if e.word == "last" {
			q = 2
		}
	case e.ord >= 1 && e.ord <= 4:
		k := s.hyphen(j + 1)
		switch {
		case s.is(k, "quarter"):
		case s.is(k, "half") && e.ord <= 2:
			half = true
		default:
			return res{}, false
		}
		if k > j+1 && i < j && s.is(i, "the") {
			i = j // "the third-quarter loss": the adjective alone
		}
		q, j = e.ord, k+1
	case (e.word == "quarter" || e.word == "period") && year > 0:
		if q := s.namedQuarter(); q != "" {
			return res{i: i, j: j + 1, typ: kg.Date, val: fmtYear(year) + q[4:], rule: "the quarter the text last named, in an explicit year"}, true
		}
		return res{i: i, j: j + 1, typ: kg.Date, val: fmtYear(year), rule: "period of an explicit year"}, true
	default:
		return res{}, false
	}
	if year == 0 && s.is(j, "of", "in") {
		if y, e, ok := s.yearNumber(j + 1); ok {
			year, yearWhy, j = y, "explicit year", e
		} else if d, ok := s.decade(j+1, j+2); ok && half && s.is(j+1, "the") {
			// "the last half of the '80s": a part of the decade
			d.i, d.mod, d.rule = i, "START", "half of a decade"
			if q == 2 {
				d.mod = "END"
			}
			return d, true
		}
	} else if year == 0 {
		if y, e, ok := s.yearNumber(j); ok {
			year, yearWhy, j = y, "explicit year", e // "Q3 2019"
		}
	}
	r := res{i: i, j: j, typ: kg.Date}
	if year == 0 {
		if !s.dated {
			r.val, r.rule = "XXXX-Q"+string(rune('0'+q)), "quarter, undated text"
			if half {
				r.val = "XXXX-H" + string(rune('0'+q))
			}
			return r, true
		}
		year, yearWhy = s.dct.Year(), "publication year"
		cur := quarterOf(int(s.dct.Month()))
		if half {
			cur = (int(s.dct.Month())-1)/6 + 1
		}
		if q > cur && s.tenseAt(i, j) != tenseFuture {
			year--
			yearWhy = "year before publication: the last such period"
		}
		r.anchor = s.anchorDCT()
	}
	letter := "-Q"
	if half {
		letter = "-H"
	}
	r.val, r.rule = fmtYear(year)+letter+string(rune('0'+q)), "quarter of the "+yearWhy
	return r, true
}

// yearAgo reads "year-ago" or "year-earlier" at j and returns the index
// after it.
func (s *state) yearAgo(j int) (int, bool) {
	if !s.is(j, "year") {
		return j, false
	}
	if h := s.hyphen(j + 1); h > j+1 && s.is(h, "ago", "earlier") {
		return h + 1, true
	}
	return j, false
}

// yearEnd matches "year-end", "year end", "year's end": the end of the
// publication year, or of the year before after "since".
func (s *state) yearEnd(i int) (res, bool) {
	j := i + 1
	if s.is(i, "the") {
		return res{}, false
	}
	if !s.is(i, "year") {
		return res{}, false
	}
	if h := s.hyphen(j); h > j {
		j = h
	} else if s.is(j, "'s") {
		j++
	}
	if !s.is(j, "end") {
		return res{}, false
	}
	r := res{i: i, j: j + 1, typ: kg.Date, mod: "END", rule: "end of the year"}
	if !s.dated {
		r.val = "XXXX"
		return r, true
	}
	y := s.dct.Year()
	if s.is(s.beforeModifiers(i), "since") {
		y--
	}
	r.val, r.anchor = fmtYear(y), s.anchorDCT()
	return r, true
}

// isQuarter reports whether v is a quarter value such as 1989-Q3.
func isQuarter(v string) bool { return len(v) == 7 && v[5] == 'Q' && v[6] >= '1' && v[6] <= '4' }

// namedQuarter returns the quarter the text last named: its last date when
// that is a quarter, else its last reported quarter, else "".
func (s *state) namedQuarter() string {
	if isQuarter(s.last) {
		return s.last
	}
	return s.lastQ
}

// yearAgoAdj matches the adjective "year-ago"/"year-earlier" alone
// ("year-earlier profit"): the period the text last named, a year back.
func (s *state) yearAgoAdj(i int) (res, bool) {
	k, ok := s.yearAgo(i)
	if !ok {
		return res{}, false
	}
	r, _ := s.yearAgoQuarter(i, k, false)
	return r, true
}

// yearAgoQuarter resolves "the year-ago quarter": the last completed
// quarter the text named, a year back, when a period is meant (period, or
// the text last named a day); else the text's last date a year back, or
// the year before publication.
func (s *state) yearAgoQuarter(i, j int, period bool) (res, bool) {
	r := res{i: i, j: j, typ: kg.Date, rule: "same period a year earlier", derived: true}
	if q := s.lastQ; q != "" && (period || len(s.last) > 7) {
		// the reported quarter, though a day ("ended Sept. 30") or a
		// forecast was named since
		y, _ := strconv.Atoi(q[:4])
		if !s.dated || y >= s.dct.Year() {
			y--
		}
		r.val, r.anchor = fmtYear(y)+q[4:], q+" (last reported quarter in the text)"
		return r, true
	}
	if s.dated && len(s.last) >= 4 && s.last[:4] == fmtYear(s.dct.Year()-1) {
		r.val, r.anchor = s.last, s.last+" (last date in the text, already a year back)"
		return r, true
	}
	if v, ok := s.shiftLast(-1, "Y"); ok {
		r.val, r.anchor = v, s.last+" (last date in the text)"
		return r, true
	}
	if !s.dated {
		r.val = "XXXX"
		return r, true
	}
	r.val, r.anchor = fmtYear(s.dct.Year()-1), s.anchorDCT()
	return r, true
}

// theQuarter resolves "the quarter", "the latest quarter", "the period": the
// quarter the text last named, or the last full one before publication.
func (s *state) theQuarter(i int) (res, bool) {
	j := i + 1
	if !s.is(i, "the") {
		return res{}, false
	}
	if s.is(j, "latest", "recent") {
		j++
	}
	if !s.is(j, "quarter") && !(j > i+1 && s.is(j, "period")) {
		return res{}, false
	}
	j++
	if r, ok := s.quarterEnded(i, j); ok {
		return r, true
	}
	if s.is(j, "a") && s.is(j+1, "year") && s.is(j+2, "ago", "earlier") && j == i+2 {
		// "the quarter a year ago": the reported quarter, a year back
		if r, ok := s.yearAgoQuarter(i, j+3, true); ok && isQuarter(r.val) {
			return r, true
		}
	}
	if q := s.namedQuarter(); q != "" {
		return res{i: i, j: j, typ: kg.Date, val: q, anchor: q + " (last date in the text)", rule: "the quarter the text last named"}, true
	}
	if !s.dated {
		return res{i: i, j: j, typ: kg.Date, val: "XXXX-QX", rule: "quarter, undated text"}, true
	}
	return s.quarterRef(i, j, "latest", s.dct, s.anchorDCT())
}

// quarterEnded dates "the quarter ended July 31" (tokens [i, j) and the
// date after them): the calendar quarter holding most of the three months
// that end on that date, the one of its month before.
func (s *state) quarterEnded(i, j int) (res, bool) {
	if !s.is(j, "ended", "ending") {
		return res{}, false
	}
	d, ok := s.monthDate(j + 1)
	if !ok || len(d.val) != 10 || d.val[0] == 'X' {
		return res{}, false
	}
	y, _ := strconv.Atoi(d.val[:4])
	m, _ := strconv.Atoi(d.val[5:7])
	if m--; m == 0 {
		y, m = y-1, 12
	}
	return res{i: i, j: j, typ: kg.Date, val: fmtQuarter(y, quarterOf(m)), anchor: d.val + " (the day it ended)", rule: "the quarter ended on a date"}, true
}
