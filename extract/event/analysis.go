package event

import (
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"

	"github.com/kgnews/kg"
	"github.com/kgnews/kg/text"
)

// word is one token with what the earlier stages found on it.
type word struct {
	text.Token
	low    string
	ment   int // index into doc.ments of the mention covering it, or -1
	tmx    int // index into doc.tmxs of the time expression covering it, or -1
	quoted bool
	clause int
	sent   int
	para   int    // paragraph: blank lines separate paragraphs
	cands  []cand // lexicon lemmas the word may be, computed on first use
	looked bool
}

// clauseKind says how a clause relates to the one around it.
type clauseKind int

const (
	mainClause  clauseKind = iota
	relClause              // "who/which ...": subject is the antecedent
	compClause             // "that ...", "whether ...": own subject
	subClause              // "after/when ...": own subject
	partClause             // ", defeating ...": subject of the clause before
	coordClause            // "and conceded ...": subject of the clause before
	quoteClause            // inside quotation marks
)

// clause is a stretch of a sentence with one predicate frame.
type clause struct {
	kind   clauseKind
	parent int // clause it is embedded in or follows, -1 for none
	ante   int // relative clauses: word index of the antecedent mention, -1
	start  int // first word
}

// doc is one document prepared for extraction.
type doc struct {
	in      *Input
	lx      *lexicon
	words   []word
	ments   []kg.Mention
	tmxs    []kg.Timex
	clauses []clause
	sents   []kg.Span
	// sentWords[s] is the word range [first, end) of sentence s;
	// tmxWords[x] the first and last word of time expression x (-1 if none).
	sentWords map[int][2]int
	tmxWords  [][2]int
}

// wordPool recycles the word arrays of finished documents: they are the
// extractor's largest allocation, and news articles come by the thousand.
var wordPool = sync.Pool{New: func() any { return new([]word) }}

// release returns the document's words to the pool; d is unusable after.
func (d *doc) release() {
	clear(d.words)
	w := d.words[:0]
	d.words = nil
	wordPool.Put(&w)
}

func newDoc(in *Input, lx *lexicon) *doc {
	d := &doc{in: in, lx: lx}
	toks := in.Tokens
	if toks == nil {
		toks = text.Tokenize(in.Text)
	}
	d.sents = in.Sentences
	if d.sents == nil {
		d.sents = text.SentencesOf(in.Text, toks)
	}
	d.ments = sortedMentions(in.Mentions, len(in.Text))
	d.tmxs = sortedTimexes(in.Timexes, len(in.Text))
	d.sents = joinNameBreaks(d.sents, d.ments, in.Text, lx.orgNouns)
	buf := wordPool.Get().(*[]word)
	d.words = slices.Grow((*buf)[:0], len(toks))[:len(toks)]
	clear(d.words)
	mi, ti, si := 0, 0, 0
	quoted := false
	for i, t := range toks {
		w := &d.words[i]
		w.Token = t
		w.low = strings.ToLower(t.Text)
		for mi < len(d.ments) && d.ments[mi].End <= t.Start {
			mi++
		}
		w.ment = -1
		if mi < len(d.ments) && d.ments[mi].Start < t.End {
			w.ment = mi
		}
		for ti < len(d.tmxs) && d.tmxs[ti].End <= t.Start {
			ti++
		}
		w.tmx = -1
		if ti < len(d.tmxs) && d.tmxs[ti].Start < t.End {
			w.tmx = ti
		}
		for si < len(d.sents)-1 && d.sents[si].End <= t.Start {
			si++
		}
		w.sent = si
		if i > 0 {
			w.para = d.words[i-1].para
			if strings.Count(in.Text[clamp(toks[i-1].End, len(in.Text)):clamp(t.Start, len(in.Text))], "\n") >= 2 {
				w.para++
				quoted = false // quotations do not run across paragraphs
			}
		}
		switch t.Text {
		case "“":
			quoted = true
		case "”":
			quoted = false
		case "\"":
			quoted = !quoted
		}
		w.quoted = quoted || quoteMarks[t.Text]
	}
	d.sentWords = map[int][2]int{}
	d.tmxWords = make([][2]int, len(d.tmxs))
	for x := range d.tmxWords {
		d.tmxWords[x] = [2]int{-1, -1}
	}
	for k, w := range d.words {
		r, ok := d.sentWords[w.sent]
		if !ok {
			r[0] = k
		}
		r[1] = k + 1
		d.sentWords[w.sent] = r
		if w.tmx >= 0 {
			if d.tmxWords[w.tmx][0] < 0 {
				d.tmxWords[w.tmx][0] = k
			}
			d.tmxWords[w.tmx][1] = k
		}
	}
	d.segment()
	return d
}

// cands returns the lexicon lemmas word i may be, computed once.
func (d *doc) cands(i int) []cand {
	w := &d.words[i]
	if !w.looked {
		w.cands, w.looked = d.lx.candidates(w.low), true
	}
	return w.cands
}

// sentenceOf returns the word range [first, end) of word i's sentence.
func (d *doc) sentenceOf(i int) (int, int) {
	r := d.sentWords[d.words[i].sent]
	return r[0], r[1]
}

// reach bounds how far from a trigger the clause scans look, so that a
// run-on "sentence" of any length costs linear time; clauses of news
// sentences are far shorter.
const reach = 80

// window returns the word range [first, end) of word i's sentence within
// reach of i.
func (d *doc) window(i int) (int, int) {
	a, b := d.sentenceOf(i)
	return max(a, i-reach), min(b, i+reach+1)
}

// joinNameBreaks merges sentences split at a "!" or "?" that belongs to a
// name ("the Avanti! party", "Yahoo! said"): one inside a mention, or
// a "!" glued to a mention's end when the next sentence opens with a
// lower-case word or an organisation noun ("the Go Kessport! Party, ...",
// when the tagger left the "!" out of the name).
func joinNameBreaks(sents []kg.Span, ments []kg.Mention, text string, orgNouns map[string]bool) []kg.Span {
	out := make([]kg.Span, 0, len(sents))
	m := 0
	for _, sp := range sents {
		if n := len(out); n > 0 && out[n-1].End > 0 && out[n-1].End <= len(text) && strings.ContainsRune("!?", rune(text[out[n-1].End-1])) {
			end := out[n-1].End
			for m < len(ments) && ments[m].End < end {
				m++
			}
			if m < len(ments) && ments[m].Start < end && ments[m].End >= end || gluedBang(text, end, ments[:m], sp, orgNouns) {
				out[n-1].End = sp.End
				continue
			}
		}
		out = append(out, sp)
	}
	return out
}

// gluedBang reports whether the "!" ending at end follows the last of
// ments directly and sentence sp reads on from the name.
func gluedBang(text string, end int, ments []kg.Mention, sp kg.Span, orgNouns map[string]bool) bool {
	if len(ments) == 0 || ments[len(ments)-1].End != end-1 || text[end-1] != '!' || sp.Start < 0 || sp.End > len(text) || sp.Start >= sp.End {
		return false
	}
	first := strings.FieldsFunc(text[sp.Start:sp.End], func(r rune) bool { return !unicode.IsLetter(r) })
	if len(first) == 0 {
		return false
	}
	w := first[0]
	return unicode.IsLower([]rune(w)[0]) || orgNouns[strings.ToLower(w)]
}

func clamp(i, n int) int {
	if i < 0 {
		return 0
	}
	if i > n {
		return n
	}
	return i
}

// sortedMentions returns the in-bounds mentions of an entity ordered by
// start, longest first on ties, without overlaps.
func sortedMentions(ms []kg.Mention, n int) []kg.Mention {
	return sortedSpans(ms, n, func(m kg.Mention) (kg.Span, bool) { return m.Span, m.Entity != "" })
}

// sortedTimexes returns the in-bounds time expressions ordered the same way.
func sortedTimexes(ts []kg.Timex, n int) []kg.Timex {
	return sortedSpans(ts, n, func(t kg.Timex) (kg.Span, bool) { return t.Span, true })
}

// sortedSpans keeps the items that span keeps and that lie within [0, n),
// ordered by start, longest first on ties, dropping any that overlaps an
// earlier one.
func sortedSpans[T any](xs []T, n int, span func(T) (kg.Span, bool)) []T {
	out := make([]T, 0, len(xs))
	for _, x := range xs {
		if s, ok := span(x); ok && s.Start >= 0 && s.End <= n && s.Start < s.End {
			out = append(out, x)
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		a, _ := span(out[i])
		b, _ := span(out[j])
		if a.Start != b.Start {
			return a.Start < b.Start
		}
		return a.End > b.End
	})
	k := 0
	for _, x := range out {
		if k > 0 {
			s, _ := span(x)
			if prev, _ := span(out[k-1]); s.Start < prev.End {
				continue
			}
		}
		out[k] = x
		k++
	}
	return out[:k]
}

// isVerbForm reports whether w can be an inflected verb: a lexicon verb in
// a finite or participle form, or an auxiliary.
func (d *doc) isVerbForm(i int) bool {
	if i >= len(d.words) {
		return false
	}
	w := d.words[i].low
	if auxiliaries[w] && w != "to" && w != "not" {
		return true
	}
	for _, c := range d.cands(i) {
		if c.form == formBase {
			continue
		}
		for _, e := range d.lx.entries[c.lemma] {
			if e.verb {
				return true
			}
		}
	}
	return d.lx.irregular[w] != "" || strings.HasSuffix(w, "ed") && len(w) > 4
}

// segment assigns every word a clause, sentence by sentence.
func (d *doc) segment() {
	n := len(d.words)
	i := 0
	for i < n {
		s := d.words[i].sent
		j := i
		for j < n && d.words[j].sent == s {
			j++
		}
		d.segmentSentence(i, j)
		i = j
	}
	for k := range d.words {
		if c := &d.clauses[d.words[k].clause]; c.start < 0 {
			c.start = k
		}
	}
}

func (d *doc) newClause(kind clauseKind, parent, ante int) int {
	d.clauses = append(d.clauses, clause{kind: kind, parent: parent, ante: ante, start: -1})
	return len(d.clauses) - 1
}

// segmentSentence splits words [a, b) into clauses with a small stack:
// relative and adverbial clauses close at the next comma, complement
// clauses run to the end of the sentence.
func (d *doc) segmentSentence(a, b int) {
	cur := d.newClause(mainClause, -1, -1)
	var stack []int
	hasVerb := map[int]bool{} // clauses that have a finite verb so far
	for i := a; i < b; i++ {
		w := &d.words[i]
		if i > a && d.words[i-1].clause == cur && d.finiteVerb(i-1) {
			hasVerb[cur] = true
		}
		prev := ""
		if i > a {
			prev = d.words[i-1].low
		}
		switch {
		case w.quoted && (i == a || !d.words[i-1].quoted):
			stack = append(stack, cur)
			cur = d.newClause(quoteClause, cur, -1)
		case !w.quoted && i > a && d.words[i-1].quoted:
			// after a quotation: "..., Brel said" starts afresh
			cur = d.newClause(mainClause, -1, -1)
			stack = stack[:0]
		case w.quoted:
		case d.zeroComplement(i, a):
			stack = append(stack, cur)
			cur = d.newClause(compClause, cur, -1)
		case w.ment >= 0:
		case relatives[w.low] || w.low == "that" && d.relativeThat(i, a):
			stack = append(stack, cur)
			cur = d.newClause(relClause, cur, d.antecedent(i, cur))
		case w.low == "that" || w.low == "whether" && prev != ",":
			stack = append(stack, cur)
			cur = d.newClause(compClause, cur, -1)
		case subordinators[w.low] && w.tmx < 0 && !(i+1 < b && d.words[i+1].tmx >= 0):
			stack = append(stack, cur)
			cur = d.newClause(subClause, cur, -1)
		case (d.clauses[cur].kind == relClause || d.clauses[cur].kind == subClause) && hasVerb[cur] && len(stack) > 0 &&
			d.finiteVerb(i) && !auxiliaries[prev] && prev != "and" && prev != "or":
			// "Residents who lost homes filed a lawsuit": the second verb
			// belongs to the clause around the relative one
			cur, stack = stack[len(stack)-1], stack[:len(stack)-1]
		case w.low == ";" || w.low == ":" || w.low == "—" || w.low == "--" || w.low == "-" || w.low == "–":
			stack = stack[:0]
			cur = d.newClause(mainClause, -1, -1)
		case w.low == ",":
			k := d.clauses[cur].kind
			if (k == relClause || k == subClause || k == partClause) && len(stack) > 0 {
				cur, stack = stack[len(stack)-1], stack[:len(stack)-1]
			}
			if k == compClause && len(stack) > 0 && d.newMainClause(i+1, b) {
				// "denied the ministry meddles, and the Senate voiced ...": a new
				// sentence-level clause
				stack = stack[:0]
				cur = d.newClause(mainClause, -1, -1)
			}
			if i+1 < b && d.participle(i+1, hasVerb[cur]) {
				stack = append(stack, cur)
				w.clause = cur
				cur = d.newClause(partClause, cur, -1)
				continue
			}
		case (w.low == "and" || w.low == "but") && d.isVerbForm(i+1):
			cur = d.newClause(coordClause, cur, -1)
		}
		w.clause = cur
	}
}

// finiteVerb reports whether word i is a verb in a finite form: a past
// or third-person form of a lexicon verb or a finite auxiliary.
func (d *doc) finiteVerb(i int) bool {
	w := d.words[i]
	if w.ment >= 0 || w.tmx >= 0 {
		return false
	}
	switch w.low {
	case "is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "may", "might", "does", "did":
		return true
	}
	for _, c := range d.cands(i) {
		if c.form == formPast || c.form == formThird || c.form == formIrregOther {
			for _, e := range d.lx.entries[c.lemma] {
				if e.verb && !e.noun {
					return true
				}
			}
		}
	}
	return false
}

// newMainClause reports whether "and"/"but" at i starts a clause with a
// subject of its own: a determiner, a name or a personal pronoun.
func (d *doc) newMainClause(i, b int) bool {
	if i+1 >= b || d.words[i].low != "and" && d.words[i].low != "but" {
		return false
	}
	n := d.words[i+1]
	return n.ment >= 0 || determiners[n.low] && !possessivePronouns[n.low] || n.low == "he" || n.low == "she" || n.low == "they" || n.low == "it"
}

// zeroComplement reports whether word i opens a reported clause without
// "that": "said a conductor had snapped", "told Reuters there are signs".
func (d *doc) zeroComplement(i, a int) bool {
	w := d.words[i]
	if i == a || w.ment >= 0 && d.words[i-1].ment == w.ment || !(determiners[w.low] && !possessivePronouns[w.low] || subjects[w.low] && w.low != "who" && w.low != "which" && w.low != "that" || w.low == "there" || w.ment >= 0) {
		return false
	}
	p := i - 1
	if d.words[p].tmx >= 0 {
		for p > a && d.words[p].tmx >= 0 {
			p-- // "told Reuters Monday there ...", "announced on Sunday it ..."
		}
		if p > a && prepositions[d.words[p].low] {
			p--
		}
	}
	if d.words[p].ment >= 0 { // "told Reuters there ...": the name a verb of telling takes
		p = d.mentionStart(p) - 1
		if p < a || !d.reportVerb(p, true) {
			return false
		}
		return true
	}
	if denyVerbs[d.words[p].low] { // "denied Moscow interferes", not "denied any wrongdoing"
		return w.ment >= 0 || subjects[w.low]
	}
	return d.reportVerb(p, false)
}

// reportVerb reports whether word p is a verb that reports a clause
// (said, announced, confirmed); tell only when telling is allowed.
func (d *doc) reportVerb(p int, tell bool) bool {
	for _, c := range d.cands(p) {
		for _, e := range d.lx.entries[c.lemma] {
			if e.reports() && c.form != formBase && (tell || !e.takesRecipient()) {
				return true
			}
		}
	}
	return false
}

// relativeThat reports whether "that" at i opens a relative clause: it
// follows a noun ("the memo that ..."), not a verb ("said that ...") nor
// the name a verb of saying takes ("told Reuters that ...").
func (d *doc) relativeThat(i, a int) bool {
	if i == a {
		return false
	}
	p := d.words[i-1]
	if !p.IsWord() || d.isVerbForm(i-1) || auxiliaries[p.low] || prepositions[p.low] || p.tmx >= 0 {
		return false
	}
	if p.ment >= 0 {
		for k := d.mentionStart(i-1) - 1; k >= a && k >= i-6; k-- {
			if d.isVerbForm(k) {
				return false
			}
		}
	}
	return true
}

// participle reports whether word i starts a participial phrase
// (", defeating ...", ", published on ...").
func (d *doc) participle(i int, hasVerb bool) bool {
	w := d.words[i].low
	if d.words[i].ment >= 0 || d.words[i].tmx >= 0 {
		return false
	}
	if strings.HasSuffix(w, "ing") && len(w) > 5 {
		return true
	}
	if !hasVerb {
		return false // "Dorn, the party leader, conceded": the main verb
	}
	for _, c := range d.cands(i) {
		if c.form == formPast || c.form == formIrregOther {
			return true
		}
	}
	return false
}

// antecedent returns the word index of the entity mention a relative
// pronoun at i refers to: the mention right before it, or the one before
// an apposition ("Dorn, the former minister who ..."), or -1.
func (d *doc) antecedent(i, c int) int {
	j := i - 1
	if j >= 0 && d.words[j].low == "," {
		j--
	}
	if j < 0 || d.words[j].sent != d.words[i].sent {
		return -1
	}
	if d.words[j].ment >= 0 {
		s := d.mentionStart(j)
		if d.prepBefore(s) == "of" { // "Dorn of the Union Party, who": the head
			k := s - 1
			for k > 0 && d.words[k].low != "of" {
				k--
			}
			if k > 0 && d.words[k-1].ment >= 0 {
				return d.mentionStart(k - 1)
			}
		}
		return s
	}
	if d.words[i].low == "that" {
		return -1
	}
	for k := j; k >= 0 && k > j-8 && d.words[k].sent == d.words[i].sent; k-- {
		w := d.words[k]
		if w.ment >= 0 || d.isVerbForm(k) || w.clause != c {
			return -1
		}
		if w.low == "," && k > 0 && d.words[k-1].ment >= 0 {
			return d.mentionStart(k - 1)
		}
	}
	return -1
}

// mentionStart returns the first word of the mention covering word j.
func (d *doc) mentionStart(j int) int {
	m := d.words[j].ment
	for j > 0 && d.words[j-1].ment == m {
		j--
	}
	return j
}
