package event

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/kgnews/kg"
)

// dateValue returns the day-or-coarser TimeML value a time expression
// gives an event, or "" when it cannot date one (durations, sets,
// PRESENT_REF). TIME values reduce to their day. In an undated text a
// value keeps what is known: a weekday or a day of the month without its
// year (XXXX-WXX-5, XXXX-06-14), or an unknown day whose offset from the
// publication day the text fixes ("yesterday": XXXX-XX-XX).
func dateValue(x kg.Timex) string {
	if x.Type != kg.Date && x.Type != kg.Time {
		return ""
	}
	v := x.Value
	if i := strings.IndexByte(v, 'T'); i == 10 {
		v = v[:10]
	}
	if len(v) < 4 {
		return ""
	}
	for _, r := range v[:4] {
		if !(r >= '0' && r <= '9' || r == 'X') {
			return ""
		}
	}
	if v[:4] == "XXXX" {
		if x.Offset == nil && !partialValue(x) {
			return "" // nothing known: "two days later" after an undated day
		}
		return v
	}
	if i := strings.IndexByte(v, 'X'); i > 0 {
		v = strings.TrimRight(v[:i], "-W") // "1989-WXX" (late last week): the year is what is known
	}
	return v
}

// partialValue reports whether a time expression names a date whose year
// is unknown ("Tuesday" without a publication date: XXXX-WXX-2).
func partialValue(x kg.Timex) bool {
	v := x.Value
	if i := strings.IndexByte(v, 'T'); i == 10 {
		v = v[:10]
	}
	return (x.Type == kg.Date || x.Type == kg.Time) && strings.HasPrefix(v, "XXXX") && strings.ContainsAny(v[4:], "0123456789")
}

// timexWords returns the first and last word of time expression x.
func (d *doc) timexWords(x int) (int, int) { return d.tmxWords[x][0], d.tmxWords[x][1] }

// isBound reports whether the time expression starting at word s is a
// bound ("before Friday", "since 2016", "ahead of September") rather than
// the time of an event.
func (d *doc) isBound(s int) bool {
	if s == 0 {
		return false
	}
	p := d.words[s-1].low
	if boundWords[p] {
		return true
	}
	return p == "of" && s >= 2 && boundWords[d.words[s-2].low]
}

// dateDirect dates each trigger by the nearest time expression of its own
// clause. A time expression that modifies an event noun ("Sunday's vote",
// "the June 9 election") dates that noun only.
func (d *doc) dateDirect(ts []*trig) {
	type tx struct {
		s, e  int
		value string
	}
	byClause := map[int][]tx{}
	unknown := map[int]int{} // clause -> a time expression that fixes no day
	for x := range d.tmxs {
		v := dateValue(d.tmxs[x])
		if s, _ := d.timexWords(x); v == "" && s >= 0 && strings.HasPrefix(d.tmxs[x].Value, "XXXX") {
			unknown[d.words[s].clause] = x
		}
		if v == "" {
			continue
		}
		s, e := d.timexWords(x)
		if s < 0 || d.isBound(s) || d.words[s].quoted {
			continue
		}
		n := d.modifiedNoun(e, ts)
		if n == nil {
			n = d.postModifiedNoun(s, ts)
		}
		if n != nil {
			d.setDate(n, x, v, fmt.Sprintf("%q (%s): modifies the event noun", d.exprText(s, x), v))
			continue
		}
		c := d.words[s].clause
		byClause[c] = append(byClause[c], tx{s, e, v})
	}
	for _, t := range ts {
		if t.date != "" || t.governor != nil || t.content || t.noun && d.prepBefore(t.i) == "of" {
			continue // "54 percent of the vote": the noun does not head the clause
		}
		best, dist := -1, 1<<30
		cands := byClause[d.words[t.i].clause]
		for k, x := range cands {
			dd := x.s - t.end
			if x.e < t.i {
				dd = t.i - x.e
			}
			if dd < dist {
				best, dist = k, dd
			}
		}
		if x, ok := unknown[d.words[t.i].clause]; ok && best < 0 {
			t.why = fmt.Sprintf("%q (%s): the text fixes no day for it, so it gives no date", d.tmxs[x].Text, d.tmxs[x].Value)
		}
		if best >= 0 {
			x := cands[best]
			tx := d.tmxs[d.words[x.s].tmx]
			d.setDate(t, d.words[x.s].tmx, x.value, fmt.Sprintf("%q (%s): time expression in the same clause%s", d.exprText(x.s, d.words[x.s].tmx), x.value, howResolved(tx)))
		}
	}
}

// exprText returns a time expression's text with the preposition before
// it ("on Friday"), for explanations.
func (d *doc) exprText(s, x int) string {
	t := d.tmxs[x].Text
	_, e := d.timexWords(x)
	possessive := e+1 < len(d.words) && (d.words[e+1].low == "'s" || d.words[e+1].low == "’s")
	if s > 0 && !possessive && (prepositions[d.words[s-1].low] || d.words[s-1].low == "last") {
		t = d.words[s-1].Text + " " + t
	}
	return t
}

// howResolved says how the time tagger got a value: its rule, and the
// anchor it counted from when there was one.
func howResolved(tx kg.Timex) string {
	switch {
	case tx.Rule != "" && tx.Anchor != "":
		return "; " + tx.Rule + ", from " + tx.Anchor
	case tx.Rule != "":
		return "; " + tx.Rule
	}
	return ""
}

// setDate dates t by time expression x of its own.
func (d *doc) setDate(t *trig, x int, v, why string) {
	t.date, t.off, t.why, t.ownDate = v, d.tmxs[x].Offset, why, true
}

// dateLike dates t as o is dated.
func (t *trig) dateLike(o *trig) { t.date, t.off = o.date, o.off }

// modifiedNoun returns the noun trigger that a time expression ending at
// word e modifies, within three words: "Sunday's vote".
func (d *doc) modifiedNoun(e int, ts []*trig) *trig {
	for k := e + 1; k < len(d.words) && k <= e+3; k++ {
		w := d.words[k]
		if w.sent != d.words[e].sent || w.low != "'s" && w.low != "’s" && !d.modifierWord(k) && !isTrigAt(ts, k) {
			return nil
		}
		for _, t := range ts {
			if t.i == k {
				if t.noun {
					return t
				}
				return nil
			}
		}
	}
	return nil
}

func isTrigAt(ts []*trig, k int) bool {
	for _, t := range ts {
		if t.i == k {
			return true
		}
	}
	return false
}

// postModifiedNoun returns the noun trigger right before a time
// expression starting at word s that no verb governs: "elections next
// year", "her victory last week".
func (d *doc) postModifiedNoun(s int, ts []*trig) *trig {
	if s == 0 {
		return nil
	}
	for _, t := range ts {
		if t.i == s-1 && t.noun && t.governor == nil && !t.content && !d.governed(t, ts) {
			return t
		}
	}
	return nil
}

// governed reports whether a verb trigger takes noun t as its object.
func (d *doc) governed(t *trig, ts []*trig) bool {
	for _, v := range ts {
		if v.object >= 0 && ts[v.object] == t {
			return true
		}
	}
	return false
}

// shift moves a day value by a duration value (P2D, P1W, P3M, P1Y);
// before subtracts. It returns "" when either is not of that shape.
func shift(day, dur string, before bool) string {
	t, err := time.Parse("2006-01-02", day)
	if err != nil || len(dur) < 3 || dur[0] != 'P' {
		return ""
	}
	n, err := strconv.Atoi(dur[1 : len(dur)-1])
	if err != nil {
		return ""
	}
	if before {
		n = -n
	}
	switch dur[len(dur)-1] {
	case 'D':
		t = t.AddDate(0, 0, n)
	case 'W':
		t = t.AddDate(0, 0, 7*n)
	case 'M':
		t = t.AddDate(0, n, 0)
	case 'Y':
		t = t.AddDate(n, 0, 0)
	default:
		return ""
	}
	return t.Format("2006-01-02")
}

// futureIsPlanned marks asserted events dated after the publication date
// as planned ("local elections next year").
func (d *doc) futureIsPlanned(ts []*trig) {
	if !d.in.Doc.HasDate() {
		return
	}
	for _, t := range ts {
		if t.mod != kg.Asserted || t.date == "" || strings.Contains(t.date, "X") {
			continue
		}
		if start, _, ok := dateRange(t.date); ok && start.After(d.in.Doc.Date) {
			t.mod = kg.Planned
		}
	}
}
