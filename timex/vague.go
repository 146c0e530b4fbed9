package timex

import (
	"strings"

	"github.com/kgnews/kg"
)

// vague matches references with no calendar value: "now", "currently",
// "current" before a noun,
// "right now", "recently", "more recently", "the past", "the future", "the
// near future", "the near term", "these days", "at a later date", "soon", "recent years" (a vague duration), "for months".
func (s *state) vague(i int) (res, bool) {
	j := i
	switch {
	case s.is(j, "right") && s.is(j+1, "now"), s.is(j, "more") && s.is(j+1, "recently"):
		j++
	case s.is(j, "the") && s.is(j+1, "near") && s.is(j+2, "future"):
		j += 2
	case s.is(j, "the") && s.is(j+1, "near", "short") && s.is(j+2, "term") && !s.punct(j+3, '-'):
		// "in the near term": the time just ahead ("the short-term debt" is not)
		return res{i: i, j: j + 3, typ: kg.Date, val: "FUTURE_REF", rule: "vague reference: the " + s.w(j+1) + " term"}, true
	case s.is(j, "a", "an") && s.is(j+1, "later", "earlier", "future") && s.is(j+2, "date", "time", "stage"):
		val := "FUTURE_REF" // "at a later date"
		if s.is(j+1, "earlier") {
			val = "PAST_REF"
		}
		return res{i: i, j: j + 3, typ: kg.Date, val: val, rule: "vague reference: a " + s.w(j+1) + " " + s.w(j+2)}, true
	case s.is(j, "these") && s.is(j+1, "days"):
		return res{i: i, j: j + 2, typ: kg.Date, val: "PRESENT_REF", rule: "vague reference: these days"}, true
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
	if n := s.e(j + 1); e.word == "current" && j+1 < len(s.toks) && s.toks[j+1].kind == kWord &&
		(n == nil || n.tense == tenseNone && !n.start) && !s.rawIs(j+1, currentTerms) {
		// the adjective: "its current chairman", "current market prices";
		// "the then current price" is the past's present
		if s.is(j-1, "then") {
			return res{i: i, j: j + 1, typ: kg.Date, val: "PAST_REF", rule: "vague reference: then current"}, true
		}
		return res{i: i, j: j + 1, typ: kg.Date, val: "PRESENT_REF", rule: "vague reference: current"}, true
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
	if e.vague == "" || e.word == "soon" && (s.is(j+1, "as", "after") ||
		s.tenseAt(i, j+1) == tensePast && !s.modalBefore(i)) {
		return res{}, false // "as soon as", "soon after", "he was soon freed": a relation, not a time
	}
	if e.word == "future" && !s.is(i-1, "in") && i == j {
		return res{}, false // "future earnings": an adjective
	}
	return res{i: i, j: j + 1, typ: kg.Date, val: e.vague, rule: "vague reference: " + e.word}, true
}

// currentTerms are the nouns "current" qualifies without meaning "now":
// accounting terms ("current assets" fall due within a year) and a flow.
var currentTerms = []string{"account", "accounts", "asset", "assets", "liabilities", "liability",
	"affairs", "ratio", "flows", "flowing", "flow"}

// rawIs reports whether the text of token j is one of words, ignoring
// case; it serves words the lexicon has no entry for.
func (s *state) rawIs(j int, words []string) bool {
	if j < 0 || j >= len(s.toks) {
		return false
	}
	w := s.text[s.toks[j].start:s.toks[j].end]
	for _, x := range words {
		if strings.EqualFold(w, x) {
			return true
		}
	}
	return false
}

// modalBefore reports whether a modal verb stands just before token i,
// maybe with "be" between ("may soon seek", "would be soon available").
func (s *state) modalBefore(i int) bool {
	k := i - 1
	if s.is(k, "be") {
		k--
	}
	return s.is(k, "may", "might", "could", "would", "can", "should", "must", "will")
}
