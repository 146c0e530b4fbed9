package gen

import (
	"math/rand/v2"
	"strings"
	"time"
)

// Article length bounds, in words of prose (junk lines come on top).
const (
	minWords = 150
	maxWords = 400
)

// eventRec is one real-world event of a thread and its mentions so far.
type eventRec struct {
	id           string
	typ          string
	date         time.Time
	participants []string
	mentions     []mentionJSON
}

// article is one rendered document and what was planted in it.
type article struct {
	doc   docJSON
	marks []planted
	junk  []string
}

// photoCredits and the other junk lines imitate what scraped pages leave
// around an article body.
var photoCredits = []string{"© Getty Images", "© AFP via Getty Images", "Image: Reuters", "© Associated Press"}

// write renders the next stage of th as an article published on pub.
func (g *generator) write(th *thread, pub time.Time, id string) article {
	st := th.kind.stages[th.stage]
	r := g.r
	source := g.lx.outlets[r.IntN(len(g.lx.outlets))]
	ev := &eventRec{id: g.eventID(), typ: st.eventType, date: g.eventDate(th, pub)}
	th.events = append(th.events, ev)
	w := &writer{r: r, th: th, pub: pub, evDate: ev.date, seen: map[string]bool{}}

	w.titling = true
	w.line(st.titles[r.IntN(len(st.titles))])
	title := w.b.String()
	w.b.Reset()
	w.titling = false
	w.seen = map[string]bool{}

	quotes := pick(r, th.kind.quotes, g.lx.common.quotes)
	contexts := pick(r, th.kind.contexts, g.lx.common.contexts)
	var junk []string

	// Lead paragraph: the stage's event and who took part in it.
	w.line(st.leads[r.IntN(len(st.leads))])
	ev.participants = participants(th, st, w.marks)
	if r.IntN(2) == 0 {
		w.b.WriteByte(' ')
		w.line(next(&contexts))
	}
	if r.IntN(3) == 0 {
		junk = append(junk, w.junkParagraph(photoCredits[r.IntN(len(photoCredits))]))
	}
	w.paragraph(next(&quotes))
	if th.stage > 0 {
		w.paragraph(th.kind.recaps[r.IntN(len(th.kind.recaps))])
		w.b.WriteByte(' ')
		w.line(next(&contexts))
	}
	if related := g.relatedTitle(); related != "" && r.IntN(3) == 0 {
		w.b.WriteString("\n\n")
		start := w.b.Len()
		ref := th.slots["P1"]
		w.mark(planted{text: ref.rec.name, ent: ref.rec})
		w.b.WriteString(related + " MORE")
		junk = append(junk, w.b.String()[start:])
	}
	target := minWords + r.IntN(maxWords-minWords-100)
	for len(quotes)+len(contexts) > 0 && wordCount(w.b.String()) < target {
		var l string
		if len(quotes) > 0 && (len(contexts) == 0 || r.IntN(3) == 0) {
			l = next(&quotes)
		} else {
			l = next(&contexts)
		}
		w.paragraph(l)
	}
	w.paragraph(th.kind.plans[r.IntN(len(th.kind.plans))])
	if related := g.relatedTitle(); related != "" && r.IntN(4) == 0 {
		junk = append(junk, w.junkParagraph("Read more: "+related))
	}
	if r.IntN(2) == 0 {
		junk = append(junk, w.junkParagraph("Copyright "+pub.Format("2006")+" "+source+" Ltd. All rights reserved."))
	}
	g.rememberTitle(title)
	return article{
		doc:   docJSON{ID: id, Date: pub.Format("2006-01-02"), Title: title, Source: source, Text: w.b.String()},
		marks: w.marks,
		junk:  junk,
	}
}

// paragraph starts a new paragraph with a template line.
func (w *writer) paragraph(tmpl string) {
	w.b.WriteString("\n\n")
	w.line(tmpl)
}

// junkParagraph writes a paragraph of scraped junk and returns it.
func (w *writer) junkParagraph(s string) string {
	w.b.WriteString("\n\n" + s)
	return s
}

// eventDate picks the day of th's next event: up to six days before pub,
// never before the thread's previous event.
func (g *generator) eventDate(th *thread, pub time.Time) time.Time {
	maxBack := 6
	if n := len(th.events); n > 0 {
		maxBack = min(maxBack, daysBetween(th.events[n-1].date, pub))
	}
	if maxBack <= 0 {
		return pub
	}
	return pub.Add(-time.Duration(g.r.IntN(maxBack+1)) * day)
}

// participants lists the stage's participants that the lead names.
func participants(th *thread, st stage, marks []planted) []string {
	var out []string
	for _, slot := range st.participants {
		rec := th.slots[slot].rec
		for _, m := range marks {
			if m.ent == rec {
				out = append(out, rec.name)
				break
			}
		}
	}
	return out
}

// pick returns the lines of both lists in a random order.
func pick(r *rand.Rand, a, b []string) []string {
	out := make([]string, 0, len(a)+len(b))
	out = append(append(out, a...), b...)
	r.Shuffle(len(out), func(i, j int) { out[i], out[j] = out[j], out[i] })
	return out
}

// next pops the first line of *lines, or returns "" when none is left.
func next(lines *[]string) string {
	if len(*lines) == 0 {
		return ""
	}
	l := (*lines)[0]
	*lines = (*lines)[1:]
	return l
}

func wordCount(s string) int { return len(strings.Fields(s)) }
