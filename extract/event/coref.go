package event

import (
	"fmt"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/kgnews/kg"
)

var (
	sharedOnce sync.Once
	shared     *lexicon
)

// lexiconOnce returns the embedded lexicon, loaded on first use.
func lexiconOnce() *lexicon {
	sharedOnce.Do(func() { shared = loadLexicon() })
	return shared
}

// Frame returns the coarse frame of a trigger lemma used for
// cross-document coreference ("win", "victory", "defeat" →
// "election-result"; "leak", "publish" → "disclosure"), "" if none.
func Frame(lemma string) string {
	return lexiconOnce().frames[strings.ToLower(lemma)]
}

// Summary is what cross-document coreference compares of an event.
type Summary struct {
	Lemma        string
	Type         kg.EventType
	Date         string
	Participants []string // global entity ids or names
}

// Compatible reports whether two events (possibly from different
// documents) can be the same happening, and why, in one line: the same
// frame (or lemma), no conflicting dates (equal, one containing the other,
// or one unknown when the participants agree strongly), and a shared
// participant.
func Compatible(a, b Summary) (bool, string) {
	fa, fb := Frame(a.Lemma), Frame(b.Lemma)
	switch {
	case fa != "" && fa == fb:
	case fa == "" && fb == "" && strings.EqualFold(a.Lemma, b.Lemma):
	default:
		return false, fmt.Sprintf("frames differ (%s %q, %s %q)", a.Lemma, fa, b.Lemma, fb)
	}
	if a.Type != "" && b.Type != "" && a.Type != b.Type {
		return false, fmt.Sprintf("types differ (%s, %s)", a.Type, b.Type)
	}
	shared := sharedNames(a.Participants, b.Participants)
	if len(shared) == 0 {
		return false, "no shared participant"
	}
	if a.Date == "" || b.Date == "" {
		if len(shared) >= 2 || a.Date != b.Date && 2*len(shared) >= min(len(a.Participants), len(b.Participants)) {
			return true, fmt.Sprintf("frame %s, one date unknown, participants agree (%s)", frameOr(fa, a.Lemma), strings.Join(shared, ", "))
		}
		return false, "one date unknown and participants agree only in part"
	}
	if !datesCompatible(a.Date, b.Date) {
		return false, fmt.Sprintf("dates conflict (%s, %s)", a.Date, b.Date)
	}
	return true, fmt.Sprintf("frame %s, dates %s/%s agree, shared %s", frameOr(fa, a.Lemma), a.Date, b.Date, strings.Join(shared, ", "))
}

func frameOr(f, lemma string) string {
	if f == "" {
		return lemma
	}
	return f
}

func sharedNames(a, b []string) []string {
	var out []string
	for _, x := range a {
		for _, y := range b {
			if strings.EqualFold(x, y) {
				out = append(out, x)
				break
			}
		}
	}
	return out
}

// datesCompatible reports whether two TimeML date values can name the
// same day: equal, or one containing the other ("2024-06" and
// "2024-06-09", "2024-W23" and "2024-06-05"); a value with unknown parts
// ("XXXX-06-14", "XXXX-WXX-2") agrees with any date that fits it.
func datesCompatible(a, b string) bool {
	if a == "" || b == "" || a == b {
		return true
	}
	if strings.Contains(a, "X") || strings.Contains(b, "X") {
		return fitsPattern(a, b) && fitsPattern(b, a)
	}
	as, ae, ok1 := dateRange(a)
	bs, be, ok2 := dateRange(b)
	if !ok1 || !ok2 {
		return strings.HasPrefix(a, b) || strings.HasPrefix(b, a)
	}
	return !as.After(bs) && !ae.Before(be) || !bs.After(as) && !be.Before(ae)
}

// fitsPattern reports whether concrete value v fits pattern p where p has
// unknown parts; it is true when p has none.
func fitsPattern(p, v string) bool {
	if !strings.Contains(p, "X") {
		return true
	}
	if strings.Contains(p, "-WXX-") && len(p) == 10 {
		t, err := time.Parse("2006-01-02", v)
		if err != nil {
			return true
		}
		wd := int(t.Weekday())
		if wd == 0 {
			wd = 7
		}
		return p[9] == byte('0'+wd)
	}
	for i := 0; i < len(p) && i < len(v); i++ {
		if p[i] != 'X' && v[i] != 'X' && p[i] != v[i] {
			return false
		}
	}
	return true
}

// dateRange returns the days a concrete value covers as [start, end].
func dateRange(v string) (time.Time, time.Time, bool) {
	if t, err := time.Parse("2006-01-02", v); err == nil {
		return t, t, true
	}
	if t, err := time.Parse("2006-01", v); err == nil {
		return t, t.AddDate(0, 1, -1), true
	}
	if t, err := time.Parse("2006", v); err == nil && len(v) == 4 {
		return t, t.AddDate(1, 0, -1), true
	}
	var y, w int
	if n, _ := fmt.Sscanf(v, "%4d-W%2d", &y, &w); n == 2 && len(v) == 8 {
		jan4 := time.Date(y, 1, 4, 0, 0, 0, 0, time.UTC)
		wd := int(jan4.Weekday())
		if wd == 0 {
			wd = 7
		}
		start := jan4.AddDate(0, 0, 1-wd+7*(w-1))
		return start, start.AddDate(0, 0, 6), true
	}
	return time.Time{}, time.Time{}, false
}

// group is a coreference chain of one document being built.
type group struct {
	frame  string
	date   string
	names  []string
	agent  string
	lemmas map[string]bool
	size   int
	mod    kg.Modality
	ref    int
	aside  bool // founded in a relative clause: background, not the story
	// contest: founded by a mention of a contest itself ("lost the
	// election"), which other mentions of the contest may join without a
	// shared name
	contest bool
}

// nearestGroup returns the nearest chain t may join; a mention naming no
// one ("the vote") goes to the most talked-about one, a happening of the
// story before one told in a relative clause ("who bought the club in
// 2016"). With contest, it looks only at contest chains with one side
// undated and asks for no shared name or agent.
func nearestGroup(groups []*group, t *trig, contest bool) *group {
	names := chainNames(t)
	var found *group
	for gi := len(groups) - 1; gi >= 0; gi-- {
		g := groups[gi]
		if g.frame != t.frame || g.mod != t.mod || !datesCompatible(g.date, t.date) {
			continue
		}
		if contest {
			if g.contest && (g.date == "" || t.date == "") {
				return g
			}
			continue
		}
		if !g.agentAgrees(t) || len(names) > 0 && len(g.names) > 0 && len(sharedNames(names, g.names)) == 0 {
			continue
		}
		if len(names) > 0 {
			return g
		}
		if found == nil || found.aside && !g.aside || found.aside == g.aside && g.size > found.size {
			found = g
		}
	}
	return found
}

// agentAgrees reports whether t's agent fits the chain: either is unknown,
// they are the same, or t tells the chain's happening from another party's
// side in other words ("appointed Pryce" / "Pryce signed a contract"):
// t's agent is named in the chain and t's lemma is not one of the chain's
// (so "Brel sued Varga" / "Varga sued Brel" stay two lawsuits).
func (g *group) agentAgrees(t *trig) bool {
	a := chainAgent(t)
	switch {
	case g.agent == "" || a == "" || g.agent == a:
		return true
	case g.lemmas[t.lemmaName()]:
		return false
	}
	return len(sharedNames([]string{a}, g.names)) > 0
}

// corefer gives coreferent triggers of one document the same ref: a light
// verb and its event noun always; otherwise the same frame, compatible
// dates, and a shared participant (or none named on one side); in a
// contest with one side undated, the same frame is enough.
func (d *doc) corefer(ts []*trig) {
	var groups []*group
	governs := map[*trig]bool{} // verbs governing an event noun of their own frame
	for _, o := range ts {
		if o.governor != nil && o.frame == o.governor.frame {
			governs[o.governor] = true
		}
	}
	join := func(g *group, t *trig) {
		t.ref = g.ref
		g.size++
		if g.date == "" {
			g.date = t.date
		}
		if g.agent == "" {
			g.agent = chainAgent(t)
		}
		for _, n := range chainNames(t) {
			if !slices.Contains(g.names, n) { // a chain names few, however long
				g.names = append(g.names, n)
			}
		}
		if g.lemmas == nil {
			g.lemmas = map[string]bool{}
		}
		g.lemmas[t.lemmaName()] = true
	}
	for _, t := range ts {
		if t.drop || t.object >= 0 || t.governor != nil && !t.governor.drop {
			continue
		}
		var found *group
		contested := d.lx.contests[t.frame] && namesContest(t, governs)
		if t.frame != "" && t.mod != kg.Negated {
			found = nearestGroup(groups, t, false)
			if found == nil && contested {
				found = nearestGroup(groups, t, true)
			}
		}
		if found == nil {
			found = &group{frame: t.frame, mod: t.mod, ref: len(groups) + 1, aside: d.clauses[d.words[t.i].clause].kind == relClause, contest: contested}
			if t.mod == kg.Negated {
				found.frame = ""
			}
			groups = append(groups, found)
		}
		join(found, t)
	}
	for _, t := range ts {
		switch {
		case t.drop || t.ref > 0:
		case t.object >= 0 && ts[t.object].ref > 0:
			join(groups[ts[t.object].ref-1], t)
		case t.object >= 0:
			// its event noun was dropped: an event of its own
			groups = append(groups, &group{frame: t.frame, mod: t.mod, ref: len(groups) + 1})
			join(groups[len(groups)-1], t)
		}
	}
	for _, t := range ts {
		if !t.drop && t.governor != nil && !t.governor.drop && t.governor.ref > 0 {
			join(groups[t.governor.ref-1], t)
		}
	}
}

// agentOf returns the name of the trigger's agent, or "".
func agentOf(t *trig) string {
	for _, p := range t.parts {
		if p.Role == kg.Agent {
			return p.Name
		}
	}
	return ""
}

// partNames returns the names of t's participants other than places.
func partNames(t *trig) []string {
	var out []string
	for _, p := range t.parts {
		if p.Role != kg.Place {
			out = append(out, p.Name)
		}
	}
	return out
}

// namesContest reports whether t names the contest itself: an event noun
// ("the vote"), a passive ("was elected") or a verb whose object is an
// event noun of its frame ("lost the election"), not a verb with another
// object ("won the contract").
func namesContest(t *trig, governs map[*trig]bool) bool {
	return t.noun || t.passive || t.object >= 0 || governs[t]
}

// chainAgent returns t's agent, or that of the verb that takes t as its
// object ("Varga won the vote": Varga for the vote).
func chainAgent(t *trig) string {
	if a := agentOf(t); a != "" || t.verb == nil {
		return a
	}
	return agentOf(t.verb)
}

// chainNames returns the names of t's participants and the agent of the
// verb that takes t as its object.
func chainNames(t *trig) []string {
	if t.verb == nil || agentOf(t.verb) == "" {
		return partNames(t)
	}
	return append(partNames(t), agentOf(t.verb))
}
