package timex

// tenseWindow is how many tokens either side of an expression are searched
// for a tense marker.
const tenseWindow = 14

// tenseAt returns the tense of the clause around tokens [i, j): the tense
// of the nearest marker (auxiliary, modal, past-tense verb) in the same
// sentence, clause (up to a semicolon) and side of any quotation mark, the
// left one winning ties; a marker on the right counts only up to a comma
// when there is one on the left. Words of the expression itself are not
// markers, nor are reporting verbs after it ("..., officials said").
func (s *state) tenseAt(i, j int) tense {
	sent := s.toks[i].sent
	quoted := s.toks[i].has(fQuote)
	left, right := tenseNone, tenseNone
	dl, dr := tenseWindow+1, tenseWindow+1
	for k, d := i-1, 1; k >= 0 && d <= tenseWindow; k, d = k-1, d+1 {
		t := &s.toks[k]
		if t.sent != sent || t.has(fQuote) != quoted || s.punct(k, ';') {
			break
		}
		if m := s.marker(k); m != tenseNone {
			left, dl = m, d
			break
		}
	}
	for k, d := j, 1; k < len(s.toks) && d < dl; k, d = k+1, d+1 {
		t := &s.toks[k]
		if t.sent != sent || t.has(fQuote) != quoted || s.punct(k, ';') {
			break
		}
		if s.is(k, "said", "says", "told", "added") {
			continue // an attribution after the clause: "..., officials said"
		}
		if left != tenseNone && (s.punct(k, ',') || s.punct(k, ';')) {
			break // the clause ends; its own verb, on the left, decides
		}
		if m := s.marker(k); m != tenseNone {
			right, dr = m, d
			break
		}
	}
	p := s.beforeModifiers(i)
	if s.is(p, "as") && s.is(p-1, "soon", "early") {
		return tenseFuture // "as soon as Tuesday"
	}
	if dr < dl {
		return right
	}
	return left
}

// beforeModifiers returns the index of the token before an expression at i
// and the modifiers in front of it ("until [mid-]November").
func (s *state) beforeModifiers(i int) int {
	p := i - 1
	for p > 0 && (s.punct(p, '-') || s.is(p, "mid", "early", "late", "around", "about", "the", "end", "beginning", "start", "middle", "of")) {
		p--
	}
	return p
}

// monthTense is tenseAt for a month or a day of a month, where a deadline
// ("by August", "until mid-November") looks ahead whatever the verb.
func (s *state) monthTense(i, j int) tense {
	if s.is(s.beforeModifiers(i), "by", "until", "till", "through") {
		return tenseFuture
	}
	return s.tenseAt(i, j)
}

// auxiliaries are the past-tense markers that are not participles.
var auxiliaries = map[string]bool{"was": true, "were": true, "had": true, "has": true, "have": true, "did": true, "ago": true, "yesterday": true}

// marker returns the tense token k marks, if any.
func (s *state) marker(k int) tense {
	t := &s.toks[k]
	if t.has(fEd) || t.e != nil && t.e.tense == tensePast && !auxiliaries[t.e.word] {
		if s.is(k-1, "be", "been", "being", "is", "are", "was", "were", "has", "have", "had", "will", "to") {
			return tenseNone // a participle: the auxiliary before it decides
		}
		return tensePast
	}
	if t.e == nil {
		return tenseNone
	}
	if t.e.tense == tenseFuture && (s.is(k-1, "had") || s.is(k-1, "been") && s.is(k-2, "had")) {
		return tensePast // a plan in the past perfect: "had been due to expire Friday"
	}
	switch t.e.word {
	case "is", "are", "was", "were":
		if s.is(k+1, "to") {
			return tenseFuture // "is to meet"
		}
	case "later":
		if s.is(k+1, "this", "today", "tonight") {
			return tenseFuture
		}
		return tenseNone // "two days later" looks back as often as ahead
	case "set":
		if s.is(k+1, "to") {
			return tenseFuture // "set to resume Monday"
		}
	}
	return t.e.tense
}
