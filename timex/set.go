package timex

import (
	"strconv"

	"github.com/kgnews/kg"
)

// frequencyAdverbs are the one-word SETs.
var frequencyAdverbs = map[string]string{"daily": "P1D", "weekly": "P1W", "monthly": "P1M",
	"yearly": "P1Y", "annually": "P1Y", "hourly": "PT1H", "quarterly": "P3M"}

// set matches "every Tuesday", "each year", "every other day", "every two
// weeks", "daily", "per year", "Tuesdays", "Tuesday nights".
func (s *state) set(i int) (res, bool) {
	e := s.e(i)
	if e == nil {
		return res{}, false
	}
	r := res{i: i, typ: kg.Set}
	if v, ok := frequencyAdverbs[e.word]; ok {
		if s.toks[i].has(fCap) && i > 0 && s.toks[i-1].sent == s.toks[i].sent {
			return res{}, false // a title: "the Daily Mail"
		}
		if i+1 < len(s.toks) && s.toks[i+1].kind == kWord && s.sameSentence(i, i+1) &&
			(s.toks[i+1].has(fCap) || e.word == "quarterly") {
			// a noun ("the weekly Glasnik Weekly"), or the period of a report
			// rather than a recurrence ("its quarterly dividend")
			return res{}, false
		}
		r.j, r.val, r.rule = i+1, v, "frequency adverb"
		return r, true
	}
	if e.weekdays > 0 && s.toks[i].has(fCap) {
		r.j, r.val, r.rule = i+1, "XXXX-WXX-"+strconv.Itoa(e.weekdays), "plural weekday"
		return s.setPart(r), true
	}
	if e.weekday > 0 && s.toks[i].has(fCap) && s.e(i+1) != nil && s.e(i+1).word == "nights" {
		r.j, r.val, r.rule = i+2, "XXXX-WXX-"+strconv.Itoa(e.weekday)+"TNI", "weekday nights"
		return r, true
	}
	if e.word == "per" {
		if u := s.e(i + 1); u != nil && u.unit != "" && !u.plural {
			r.j, r.val, r.rule = i+2, durValue(1, u.unit), "rate: per "+u.word
			return r, true
		}
		return res{}, false
	}
	if e.word != "every" && e.word != "each" {
		return res{}, false
	}
	j := i + 1
	n := 1.0
	other := s.is(j, "other")
	if other {
		n, j = 2, j+1
	} else if v, k, ok := s.number(j); ok && !s.is(j, "a", "an") {
		n, j = v, k
	}
	x := s.e(j)
	if x == nil {
		return res{}, false
	}
	r.j = j + 1
	switch {
	case x.weekday > 0 && s.toks[j].has(fCap):
		r.val, r.rule = "XXXX-WXX-"+strconv.Itoa(x.weekday), "every weekday"
		return s.setPart(r), true
	case x.month > 0 && s.toks[j].has(fCap):
		r.val, r.rule = "XXXX-"+fmtMonth(0, x.month)[5:], "every month name"
	case x.part != "" && x.word != "overnight":
		r.val, r.rule = "XXXX-XX-XXT"+x.part, "every part of the day"
	case x.unit != "" && (x.plural == (n != 1) || other && !x.plural):
		r.val, r.rule = durValue(n, x.unit), "every unit"
	default:
		return res{}, false
	}
	return r, true
}

// setPart extends a weekly SET with a part of the day: "every Tuesday night".
func (s *state) setPart(r res) res {
	if p := s.e(r.j); p != nil && p.part != "" && p.word != "overnight" {
		r.j++
		r.val += "T" + p.part
	}
	return r
}
