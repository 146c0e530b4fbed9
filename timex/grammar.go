package timex

import "math"

// w returns the lexicon word of token j, or "" past the end or for words
// the lexicon does not know.
func (s *state) w(j int) string {
	if j < 0 || j >= len(s.toks) {
		return ""
	}
	return s.toks[j].w()
}

// e returns the lexicon entry of token j, or nil.
func (s *state) e(j int) *entry {
	if j < 0 || j >= len(s.toks) {
		return nil
	}
	return s.toks[j].e
}

// is reports whether token j is one of words.
func (s *state) is(j int, words ...string) bool {
	w := s.w(j)
	if w == "" {
		return false
	}
	for _, x := range words {
		if w == x {
			return true
		}
	}
	return false
}

// punct reports whether token j is the punctuation mark c.
func (s *state) punct(j int, c rune) bool {
	return j >= 0 && j < len(s.toks) && s.toks[j].kind == kPunct && s.toks[j].ch == c
}

// digits returns the value of token j when it is a plain run of 1 to maxDigits
// digits.
func (s *state) digits(j, maxDigits int) (int, bool) {
	if j < 0 || j >= len(s.toks) {
		return 0, false
	}
	t := &s.toks[j]
	if t.kind != kDigit || t.nd == 0 || t.nd > maxDigits {
		return 0, false
	}
	return int(t.val), true
}

// tight reports whether token j follows token j-1 with no space between.
func (s *state) tight(j int) bool {
	return j > 0 && j < len(s.toks) && !s.toks[j].has(fSpace)
}

// hyphen returns the index after an inner hyphen at j ("third-quarter"),
// or j when there is none.
func (s *state) hyphen(j int) int {
	if s.punct(j, '-') && s.tight(j) && s.tight(j+1) {
		return j + 1
	}
	return j
}

// sameSentence reports whether tokens i and j are in the same sentence.
func (s *state) sameSentence(i, j int) bool {
	return j >= 0 && j < len(s.toks) && s.toks[i].sent == s.toks[j].sent
}

// number reads a cardinal at token i: digits ("18", "2.5", "2 1/2"), words
// ("twenty four", "twenty-four", "one hundred", "two and a half"), or "a",
// "an" and "a couple of". It returns the value and the index after it.
func (s *state) number(i int) (float64, int, bool) {
	if i >= len(s.toks) {
		return 0, i, false
	}
	t := &s.toks[i]
	if t.kind == kDigit {
		v, j := t.val, i+1
		// "2 1/2"
		if n, ok := s.digits(j, 1); ok && s.punct(j+1, '/') {
			if d, ok := s.digits(j+2, 2); ok && d > n && d > 0 {
				return v + float64(n)/float64(d), j + 3, true
			}
		}
		return s.andAHalf(v, j)
	}
	e := t.e
	if e == nil {
		return 0, i, false
	}
	if e.word == "a" || e.word == "an" {
		if s.is(i+1, "couple") && s.is(i+2, "of") {
			return 2, i + 3, true
		}
		if m := s.e(i + 1); m != nil && m.mult > 0 {
			return s.andAHalf(m.mult, i+2)
		}
		if s.is(i+1, "dozen") {
			return 12, i + 2, true
		}
		return s.andAHalf(1, i+1)
	}
	total, cur := 0.0, 0.0
	j := i
	seen := false
words:
	for j < len(s.toks) {
		e := s.e(j)
		switch {
		case e == nil:
			break words
		case e.tens > 0 && int(cur)%100 == 0:
			cur += float64(e.tens)
			j++
			k := s.hyphen(j)
			if u := s.e(k); cardinalWord(u) && u.num >= 1 && u.num <= 9 {
				cur += u.num // "twenty-four", "twenty four"
				j = k + 1
			}
		case cardinalWord(e) && int(cur)%100 == 0 && (e.num >= 1 || !seen):
			cur += e.num
			j++
		case e.mult > 0 && seen:
			if e.mult == 100 {
				cur *= 100
			} else {
				total += cur * e.mult
				cur = 0
			}
			j++
			if s.is(j, "and") && (cardinalWord(s.e(j+1)) || s.e(j+1) != nil && s.e(j+1).tens > 0) {
				j++ // "one hundred and twenty"
			}
		default:
			break words
		}
		seen = true
		if k := s.hyphen(j); k > j && (cardinalWord(s.e(k)) || s.e(k) != nil && s.e(k).mult > 0) {
			j = k // "one-hundred"
		}
	}
	if !seen {
		return 0, i, false
	}
	return s.andAHalf(total+cur, j)
}

// cardinalWord reports whether e is a whole number word ("four", "twelve"),
// not an article or "half".
func cardinalWord(e *entry) bool {
	return e != nil && e.isNum && e.num == math.Trunc(e.num) && e.word != "a" && e.word != "an"
}

// andAHalf adds a following "and a half" to v.
func (s *state) andAHalf(v float64, j int) (float64, int, bool) {
	if s.is(j, "and") && s.is(j+1, "a") && s.is(j+2, "half") {
		return v + 0.5, j + 3, true
	}
	k := s.hyphen(j)
	if k > j && s.is(k, "and") {
		if l := s.hyphen(k + 1); l > k+1 && s.is(l, "a") {
			if m := s.hyphen(l + 1); m > l+1 && s.is(m, "half") {
				return v + 0.5, m + 1, true
			}
		}
	}
	return v, j, true
}
