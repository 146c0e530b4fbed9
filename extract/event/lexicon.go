package event

import (
	"bufio"
	"embed"
	"strings"

	"github.com/kgnews/kg"
)

//go:embed data/*.tsv
var dataFS embed.FS

// entry is one trigger lemma of the lexicon.
type entry struct {
	lemma    string
	verb     bool // can be a verb
	noun     bool // can be a noun
	typ      kg.EventType
	frame    string
	report   bool   // reporting verb
	support  bool   // light verb: needs an event noun object
	needObj  bool   // needs a named direct object
	nounObj  bool   // noun: needs a named participant
	particle string // "down" for "step down"
}

// reports reports whether the entry's verb can take a reported clause
// without "that": verbs of saying, announcing, confirming, warning.
func (e *entry) reports() bool {
	switch e.frame {
	case "announcement", "confirmation", "warning", "admission":
		return e.verb
	}
	return e.report
}

// takesRecipient reports whether the verb names whom it addresses before
// what it reports: "told Reuters that", "warned Brel that".
func (e *entry) takesRecipient() bool {
	return e.lemma == "tell" || e.frame == "warning" || e.frame == "assurance"
}

// lexicon holds the trigger entries and the irregular verb forms.
type lexicon struct {
	entries   map[string][]*entry // by lemma (first word for phrasal verbs)
	irregular map[string]string   // form -> lemma
	frames    map[string]string   // lemma -> frame
	orgNouns  map[string]bool     // "company", "club": refer back to an organisation
	// complements lists, per lemma, the complements that give a trigger
	// another frame ("order to leave" is an evacuation).
	complements map[string][]complement
	// judging frames are about another happening; happeningNouns name a
	// happening of the given frames by its result ("deal", "waiver").
	judging        map[string][]kg.Role // frame -> the roles of the judged happening it names
	happeningNouns map[string][]string
	contests       map[string]bool // frames whose sides are opposing parties
}

// readTable returns the non-comment lines of an embedded data file split on tabs.
func readTable(name string) [][]string {
	b, err := dataFS.ReadFile(name)
	if err != nil {
		panic("event: missing embedded " + name) // build-time invariant
	}
	var rows [][]string
	sc := bufio.NewScanner(strings.NewReader(string(b)))
	for sc.Scan() {
		line := strings.TrimRight(sc.Text(), "\r")
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		rows = append(rows, strings.Split(line, "\t"))
	}
	return rows
}

func loadLexicon() *lexicon {
	lx := &lexicon{entries: map[string][]*entry{}, irregular: map[string]string{}, frames: map[string]string{}, orgNouns: map[string]bool{}, complements: map[string][]complement{},
		judging: map[string][]kg.Role{}, happeningNouns: map[string][]string{}, contests: map[string]bool{}}
	for _, r := range readTable("data/triggers.tsv") {
		if len(r) < 4 {
			continue
		}
		e := &entry{lemma: r[0], verb: strings.Contains(r[1], "v"), noun: strings.Contains(r[1], "n"), typ: kg.EventType(r[2]), frame: r[3]}
		if len(r) > 4 {
			for _, f := range strings.Split(r[4], ",") {
				switch f {
				case "report":
					e.report = true
				case "support":
					e.support = true
				case "obj":
					e.needObj = true
				case "noun-obj":
					e.nounObj = true
				}
			}
		}
		head := e.lemma
		if i := strings.IndexByte(head, ' '); i > 0 {
			head, e.particle = head[:i], head[i+1:]
		}
		lx.entries[head] = append(lx.entries[head], e)
		if e.frame != "" {
			lx.frames[e.lemma] = e.frame
		}
	}
	for _, r := range readTable("data/complements.tsv") {
		if len(r) >= 4 {
			c := complement{words: strings.Fields(r[1]), frame: r[2], typ: kg.EventType(r[3])}
			if len(r) > 4 {
				c.agent = kg.EntityType(r[4])
			}
			lx.complements[r[0]] = append(lx.complements[r[0]], c)
			lx.frames[r[0]+" "+r[1]] = c.frame
		}
	}
	for _, r := range readTable("data/content.tsv") {
		switch {
		case len(r) == 3 && r[0] == "judge":
			for _, role := range strings.Split(r[2], ",") {
				lx.judging[r[1]] = append(lx.judging[r[1]], kg.Role(role))
			}
		case len(r) == 2 && r[0] == "contest":
			lx.contests[r[1]] = true
		case len(r) == 3 && r[0] == "noun":
			lx.happeningNouns[r[1]] = strings.Split(r[2], ",")
		}
	}
	for _, r := range readTable("data/orgnouns.tsv") {
		lx.orgNouns[r[0]] = true
	}
	for _, r := range readTable("data/irregular.tsv") {
		if len(r) == 2 {
			lx.irregular[r[0]] = r[1]
		}
	}
	return lx
}

// form is the inflection a word was matched with.
type form int

const (
	formBase       form = iota // "win", "vote"
	formPast                   // "won", "voted": past tense or participle
	formIng                    // "winning"
	formThird                  // "wins"; also a noun plural
	formIrregBase              // irregular form equal to its past ("cut", "quit")
	formIrregOther             // other irregular forms
)

// candidates returns the possible lemmas of the lower-case word w with
// the inflection each assumes, most likely first.
func (lx *lexicon) candidates(w string) []cand {
	var out []cand
	add := func(l string, f form) {
		if l != "" && len(lx.entries[l]) > 0 {
			out = append(out, cand{l, f})
		}
	}
	if l, ok := lx.irregular[w]; ok {
		f := formIrregOther
		if l == w {
			f = formIrregBase
		} else if strings.HasSuffix(w, "ing") {
			f = formIng
		}
		add(l, f)
		if len(out) > 0 {
			return out
		}
	}
	add(w, formBase)
	n := len(w)
	switch {
	case strings.HasSuffix(w, "ied") && n > 4:
		add(w[:n-3]+"y", formPast)
	case strings.HasSuffix(w, "ed") && n > 3:
		add(w[:n-2], formPast)
		add(w[:n-1], formPast)
		if n > 4 && w[n-3] == w[n-4] {
			add(w[:n-3], formPast)
		}
	case strings.HasSuffix(w, "ing") && n > 4:
		add(w[:n-3], formIng)
		add(w[:n-3]+"e", formIng)
		if n > 5 && w[n-4] == w[n-5] {
			add(w[:n-4], formIng)
		}
	case strings.HasSuffix(w, "ies") && n > 4:
		add(w[:n-3]+"y", formThird)
	case strings.HasSuffix(w, "es") && n > 3:
		add(w[:n-1], formThird)
		add(w[:n-2], formThird)
	case strings.HasSuffix(w, "s") && n > 2 && !strings.HasSuffix(w, "ss"):
		add(w[:n-1], formThird)
	}
	return out
}

// cand is a possible lemma of a word.
type cand struct {
	lemma string
	form  form
}
