package timex

import (
	"sync"
	"time"

	"github.com/kgnews/kg"
)

// Options configures a Tagger.
type Options struct {
	// DateOrder says how to read all-numeric dates such as 05/07/2017:
	// "mdy" (the default, May 7) or "dmy" (5 July).
	DateOrder string
}

// Tagger tags and normalises time expressions. It is safe for concurrent
// use by several goroutines.
type Tagger struct {
	lex  map[string]*entry
	dmy  bool
	pool sync.Pool // *scanner
}

// New builds a Tagger, compiling its lexicons.
func New(opts Options) *Tagger {
	lex, err := parseLexicon()
	if err != nil {
		panic("timex: embedded lexicon: " + err.Error()) // a build defect, caught by every test
	}
	t := &Tagger{lex: lex, dmy: opts.DateOrder == "dmy"}
	t.pool.New = func() any { return &scanner{lex: lex} }
	return t
}

// Tag finds every time expression in text and normalises it against dct,
// the publication date (zero time.Time = unknown: relative values then keep
// what is known, e.g. XXXX-WXX-5, XXXX-06-14). Offsets are byte offsets into
// text; the expressions are returned in text order and do not overlap.
func (t *Tagger) Tag(text string, dct time.Time) []kg.Timex {
	sc := t.pool.Get().(*scanner)
	defer t.pool.Put(sc)
	sc.scan(text)
	out := t.run(sc, text, dct)
	if dct.IsZero() {
		t.relate(sc, text, out)
	}
	return out
}

// run tags a scanned text against dct.
func (t *Tagger) run(sc *scanner, text string, dct time.Time) []kg.Timex {
	s := &state{t: t, text: text, toks: sc.toks, sents: sc.sents}
	if !dct.IsZero() {
		s.dct = time.Date(dct.Year(), dct.Month(), dct.Day(), 0, 0, 0, 0, time.UTC)
		s.dated = true
	}
	s.run()
	return s.out
}

// state is the work of one Tag call.
type state struct {
	t     *Tagger
	text  string
	toks  []token
	sents []int
	dct   time.Time
	dated bool
	// ref is the last single day the text named (publication date aside),
	// the anchor of "two days later" and of times of day inside quotes.
	ref     time.Time
	refWhy  string
	refSent int32 // the sentence ref was named in
	// last is the last DATE value of any granularity ("1989-Q3", "1988"),
	// the anchor of "a year earlier".
	last string
	// lastQ is the last quarter the text named that ended before the
	// publication date's began ("posted a third-quarter loss"): the reported
	// period that "the year-ago quarter" and "the 1988 period" look back
	// on, even after a day ("ended Sept. 30") or a forecast ("the first
	// quarter of 1991") was named.
	lastQ string
	// lastBack says last was named as "a year ago".
	lastBack bool
	out      []kg.Timex
}

// res is one matched expression, tokens [i, j).
type res struct {
	i, j   int
	typ    kg.TimexType
	val    string
	mod    string
	anchor string
	rule   string
	day    time.Time // the single day the value names, when it is one
	// derived marks values computed from the text's last date ("a year
	// earlier"); they do not replace it as the anchor of what follows.
	derived bool
	// yearBack marks a value a year before the publication date named as
	// a comparison ("a year ago"): a later "a year earlier" means it too.
	yearBack bool
}

func (s *state) run() {
	toks := s.toks
	for i := 0; i < len(toks); {
		tk := &toks[i]
		if tk.kind != kDigit && (tk.e == nil || !tk.e.start) {
			i++
			continue
		}
		r, ok := s.match(i)
		if !ok {
			i++
			continue
		}
		s.emit(r)
		i = r.j
	}
}

// emit appends r to the output and updates the reference times.
func (s *state) emit(r res) {
	start, end := s.toks[r.i].start, s.toks[r.j-1].end
	s.out = append(s.out, kg.Timex{
		Span:   kg.Span{Start: start, End: end},
		Text:   s.text[start:end],
		Type:   r.typ,
		Value:  r.val,
		Mod:    r.mod,
		Anchor: r.anchor,
		Rule:   r.rule,
	})
	if !r.day.IsZero() {
		s.ref = r.day
		s.refWhy = s.text[start:end]
		s.refSent = s.toks[r.i].sent
	}
	if r.typ == kg.Date && !r.derived && len(r.val) >= 4 && r.val[0] >= '0' && r.val[0] <= '9' {
		s.last, s.lastBack = r.val, r.yearBack
		if isQuarter(r.val) && (!s.dated || r.val < fmtQuarter(s.dct.Year(), quarterOf(int(s.dct.Month())))) {
			s.lastQ = r.val
		}
	}
	if r.typ == kg.Duration && len(r.val) > 2 && r.val[len(r.val)-1] == 'M' && r.val[1] != 'T' && r.val[1] != 'X' {
		// a span of months ("the first nine months") is now the period
		// the text speaks of: "the 1988 period" is its year, not a quarter
		s.lastQ = ""
		if isQuarter(s.last) {
			s.last = s.last[:4]
		}
	}
}
