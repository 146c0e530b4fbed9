package timex

import (
	_ "embed"
	"fmt"
	"strconv"
	"strings"
)

//go:embed data/lexicon.txt
var lexiconData string

//go:embed data/tense.txt
var tenseData string

// tense is the grammatical time of a clause as far as the tagger needs it.
type tense int8

const (
	tenseNone tense = iota
	tensePast
	tensePresent
	tenseFuture
)

// entry is everything the lexicon knows about one lower-case word. Zero
// fields mean "not in that class".
type entry struct {
	word     string  // the lower-case key itself, interned
	month    int     // 1-12
	weekday  int     // 1-7, Monday = 1
	weekdays int     // plural weekday ("Tuesdays"), 1-7
	num      float64 // cardinal value
	isNum    bool    // num is set (zero is a value)
	tens     int     // twenty..ninety
	mult     float64 // hundred, thousand, million
	ord      int     // ordinal 1-31
	unit     string  // TimeML unit code
	plural   bool    // the unit word is plural ("days")
	season   string  // SP SU FA WI
	part     string  // MO AF EV NI
	holiday  string  // MM-DD of a fixed-date holiday
	movable  [3]int  // weekday, month, n-th (-1 = last) of a holiday set by rule
	needsDay bool    // the holiday name needs "Day" after it ("Labor Day")
	vague    string  // PRESENT_REF, PAST_REF, FUTURE_REF
	tense    tense   // marker of the clause's tense
	// start marks words an expression can begin with; the tagger tries
	// its matchers only at those (and at numbers).
	start bool
}

// grammarWords are the function words the matchers compare against; they
// are entered so that every token the grammar looks at has an interned key.
var grammarWords = []string{
	"the", "this", "that", "these", "those", "last", "next", "past", "previous",
	"following", "coming", "ago", "earlier", "later", "before", "after", "since",
	"every", "each", "per", "in", "on", "at", "of", "for", "by", "until", "from",
	"to", "and", "or", "so", "than", "more", "less", "about", "around", "nearly",
	"almost", "some", "over", "least", "roughly", "approximately", "several",
	"few", "couple", "many", "other", "same", "early", "late", "mid", "middle",
	"end", "beginning", "start", "fiscal", "today", "yesterday", "tomorrow",
	"tonight", "noon", "midday", "midnight", "a.m.", "p.m.", "am", "pm", "a.m", "p.m",
	"o'clock", "gmt", "utc", "est", "edt", "cst", "cdt", "pst", "pdt", "bst", "cet",
	"daily", "weekly", "monthly", "yearly", "annually", "hourly", "quarterly",
	"weekend", "weekends", "year-end", "year-ago", "year-earlier", "latest",
	"current", "full", "near", "term", "date", "time", "times", "once", "twice",
	"already", "right", "two-thirds", "eve", "day", "new", "s", "'s", "’s",
	"nineteen", "hundred", "thousand", "half", "and", "long", "old", "nineties",
	"eighties", "seventies", "sixties", "easter", "eve", "election", "st", "th", "nd", "rd", "century",
	"while", "period", "future", "first", "second", "third", "fourth", "q", "h", "week", "month", "year", "quarter", "decade", "days",
	"weeks", "months", "years", "quarters", "decades", "hours", "minutes",
	"be", "been", "being", "nights", "old", "fiscal", "calendar", "recent", "comparable",
	"corresponding", "ended", "ending", "preceding", "term", "short", "long", "ahead",
	"as", "between", "during", "fewer", "final", "its", "no", "percent", "set", "through",
	"till", "within", "additional", "straight", "consecutive", "high", "into", "throughout",
	"might", "could", "would", "can", "should", "must", "then", "stage",
	"trading", "business", "working", "financial",
}

// starters are the grammar words an expression can begin with; every
// word of a lexicon class (month, number, unit...) is one as well.
var starters = []string{
	"the", "this", "that", "last", "next", "past", "previous", "following", "coming",
	"earlier", "later", "early", "late", "mid", "end", "every", "each", "per", "in", "for",
	"over", "within", "about", "around", "nearly", "almost", "some", "roughly",
	"approximately", "more", "less", "fewer", "at", "no", "several", "few", "many",
	"today", "yesterday", "tomorrow", "tonight", "noon", "midday", "midnight", "daily",
	"weekly", "monthly", "yearly", "annually", "hourly", "quarterly", "year", "fiscal",
	"recent", "right", "new", "easter", "election", "q", "h", "its", "a", "an", "half", "nineteen",
	"current", "these",
}

// tenseNames are the classes of tense.txt.
var tenseNames = map[string]tense{"past": tensePast, "present": tensePresent, "future": tenseFuture}

// parseLexicon builds the word map from the embedded data files.
func parseLexicon() (map[string]*entry, error) {
	lex := make(map[string]*entry, 600)
	get := func(w string) *entry {
		e := lex[w]
		if e == nil {
			e = &entry{word: w}
			lex[w] = e
		}
		return e
	}
	for _, w := range grammarWords {
		get(w)
	}
	for n, line := range strings.Split(lexiconData, "\n") {
		f := strings.Fields(line)
		if len(f) == 0 || strings.HasPrefix(f[0], "#") {
			continue
		}
		if len(f) != 3 {
			return nil, fmt.Errorf("lexicon.txt:%d: want 3 fields, got %q", n+1, line)
		}
		if err := addEntry(get(f[1]), f[0], f[2]); err != nil {
			return nil, fmt.Errorf("lexicon.txt:%d: %v", n+1, err)
		}
	}
	for n, line := range strings.Split(tenseData, "\n") {
		f := strings.Fields(line)
		if len(f) == 0 || strings.HasPrefix(f[0], "#") {
			continue
		}
		t, ok := tenseNames[f[0]]
		if len(f) != 2 || !ok {
			return nil, fmt.Errorf("tense.txt:%d: bad line %q", n+1, line)
		}
		get(f[1]).tense = t
	}
	for _, e := range lex {
		e.start = e.month > 0 || e.weekday > 0 || e.weekdays > 0 || e.isNum || e.tens > 0 ||
			e.ord > 0 || e.unit != "" || e.season != "" || e.part != "" || e.holiday != "" || e.movable[1] > 0 || e.vague != ""
	}
	for _, w := range starters {
		if e := lex[w]; e != nil {
			e.start = true
		} else {
			return nil, fmt.Errorf("starter %q is not a lexicon word", w)
		}
	}
	return lex, nil
}

// addEntry records one lexicon line of the given class in e.
func addEntry(e *entry, class, val string) error {
	atoi := func() (int, error) { return strconv.Atoi(val) }
	var err error
	switch class {
	case "month":
		e.month, err = atoi()
	case "weekday":
		e.weekday, err = atoi()
	case "weekdays":
		e.weekdays, err = atoi()
	case "num":
		e.num, err = strconv.ParseFloat(val, 64)
		e.isNum = true
	case "tens":
		e.tens, err = atoi()
	case "mult":
		e.mult, err = strconv.ParseFloat(val, 64)
	case "ord":
		e.ord, err = atoi()
	case "unit", "units":
		e.unit, e.plural = val, class == "units"
	case "season":
		e.season = val
	case "part":
		e.part = val
	case "holiday", "holidayday":
		e.holiday, e.needsDay = val, class == "holidayday"
	case "movable", "movableday":
		f := strings.Split(val, "/")
		if len(f) != 3 {
			return fmt.Errorf("movable holiday %q: want weekday/month/n", val)
		}
		for k := range f {
			if e.movable[k], err = strconv.Atoi(f[k]); err != nil {
				return err
			}
		}
		e.needsDay = class == "movableday"
	case "vague":
		e.vague = val
	default:
		return fmt.Errorf("unknown class %q", class)
	}
	return err
}
