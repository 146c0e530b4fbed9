package event

import (
	"strings"

	"github.com/kgnews/kg"
)

// GroupSummary summarises the events of one document that share a Ref,
// for Compatible: the lemma of a member whose frame is the group's most
// frequent one; on ties a verb's before a noun's before a light verb's,
// then the later member's (so "telephoned her to congratulate her"
// compares as a congratulation, "opened an inquiry" as an investigation,
// "lifted the evacuation order" as a lifting), the most specific date the
// members give (most frequent on ties), and every participant's name; the
// caller may replace names with global entity ids.
func GroupSummary(group []kg.Event) Summary {
	var s Summary
	if len(group) == 0 {
		return s
	}
	count := map[string]int{}
	for _, e := range group {
		if f := Frame(e.Lemma); f != "" {
			count[f]++
		}
	}
	s.Lemma, s.Type = group[0].Lemma, group[0].Type
	bestN, bestRank := 0, -1
	for _, e := range group {
		f := Frame(e.Lemma)
		if f == "" {
			continue
		}
		if r := lemmaRank(e.Lemma); count[f] > bestN || count[f] == bestN && r >= bestRank {
			s.Lemma, s.Type, bestN, bestRank = e.Lemma, e.Type, count[f], r
		}
	}
	dates := map[string]int{}
	seen := map[string]bool{}
	for _, e := range group {
		if e.Date != "" {
			dates[e.Date]++
		}
		for _, p := range e.Participants {
			if !seen[p.Name] {
				seen[p.Name] = true
				s.Participants = append(s.Participants, p.Name)
			}
		}
	}
	for d, n := range dates {
		if moreSpecific(d, n, s.Date, dates[s.Date]) {
			s.Date = d
		}
	}
	return s
}

// lemmaRank orders lemmas for GroupSummary: 2 for a verb, 1 for a noun, 0
// for a light verb that takes its frame from its object.
func lemmaRank(lemma string) int {
	lx := lexiconOnce()
	head, _, _ := strings.Cut(strings.ToLower(lemma), " ")
	for _, e := range lx.entries[head] {
		if l := strings.ToLower(lemma); e.lemma != l && !(e.lemma == head && Frame(l) != Frame(head)) {
			continue // "order to leave" ranks as "order"
		}
		switch {
		case e.support:
			return 0
		case e.verb:
			return 2
		}
		return 1
	}
	return 1
}

// moreSpecific reports whether date a (given n times) beats date b (m
// times): known parts before unknown ones, then longer values, then more
// mentions, then the earlier value so that the choice is stable.
func moreSpecific(a string, n int, b string, m int) bool {
	ax, bx := strings.Contains(a, "X"), strings.Contains(b, "X")
	switch {
	case b == "":
		return true
	case ax != bx:
		return bx
	case len(a) != len(b):
		return len(a) > len(b)
	case n != m:
		return n > m
	}
	return a < b
}

// Reportable reports whether a group of coreferent events belongs on a
// timeline: some member is asserted, or some planned or possible member
// has a date. Negated events and undated plans are left off.
func Reportable(group []kg.Event) bool {
	for _, e := range group {
		switch {
		case e.Modality == kg.Asserted:
			return true
		case e.Modality != kg.Negated && e.Date != "":
			return true
		}
	}
	return false
}
