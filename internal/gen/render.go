package gen

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"time"
	"unicode/utf8"
)

// planted is something the generator put in an article's text at a byte
// offset: a time expression, an event trigger or an entity's surface form.
type planted struct {
	start int
	text  string
	timex expr       // for time expressions
	event *eventRec  // for triggers
	ent   *entityRec // for surface forms
}

// writer renders template lines of one thread into one article.
type writer struct {
	r       *rand.Rand
	th      *thread
	pub     time.Time
	evDate  time.Time // date of the stage's event
	titling bool      // rendering the headline: short forms, nothing planted
	b       strings.Builder
	seen    map[string]bool // slots already mentioned in this article
	marks   []planted
}

// line renders one template line into the article.
func (w *writer) line(tmpl string) {
	for {
		i := strings.IndexByte(tmpl, '{')
		j := strings.IndexByte(tmpl, '}')
		if i < 0 || j < i {
			w.b.WriteString(tmpl)
			return
		}
		w.b.WriteString(tmpl[:i])
		w.placeholder(tmpl[i+1 : j])
		tmpl = tmpl[j+1:]
	}
}

// sentenceStart reports whether the next word starts a sentence.
func (w *writer) sentenceStart() bool {
	s := strings.TrimRight(w.b.String(), " ")
	if s == "" || strings.HasSuffix(s, "\n") {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(s)
	return r == '.' || r == '!' || r == '?'
}

// mark records text about to be written at the current offset.
func (w *writer) mark(p planted) {
	if w.titling {
		return
	}
	p.start = w.b.Len()
	w.marks = append(w.marks, p)
	w.b.WriteString(p.text)
}

func (w *writer) placeholder(tok string) {
	kind, arg, _ := strings.Cut(tok, ":")
	switch kind {
	case "E":
		w.trigger(arg, w.th.events[len(w.th.events)-1])
	case "R":
		w.trigger(arg, w.th.events[0])
	case "T":
		w.timex(arg)
	case "N":
		w.b.WriteString(thousands(200 + w.r.IntN(9800)))
	default:
		w.entity(kind)
	}
}

func (w *writer) trigger(word string, ev *eventRec) {
	if w.titling {
		w.b.WriteString(word)
		return
	}
	w.mark(planted{text: word, event: ev})
}

func (w *writer) timex(kind string) {
	var e expr
	switch kind {
	case "ev":
		e = pastDate(w.r, w.evDate, w.pub)
	case "prev":
		e = pastDate(w.r, w.th.events[0].date, w.pub)
	case "plan":
		e = futureDate(w.r, w.pub)
	case "dur":
		e = duration(w.r)
	case "set":
		e = recurring(w.r)
	case "year":
		e = yearExpr(w.r, w.pub)
	case "now":
		e = expr{text: "now", typ: tDate, value: "PRESENT_REF"}
	case "past":
		e = expr{text: "recently", typ: tDate, value: "PAST_REF"}
	default: // unreachable: readStories rejects unknown time slots
		w.b.WriteString("{T:" + kind + "}")
		return
	}
	w.b.WriteString(e.prefix)
	if w.titling {
		w.b.WriteString(e.text)
		return
	}
	w.mark(planted{text: e.text, timex: e})
}

// entity writes a slot's entity: the full form on its first mention in the
// article, the short form after; "the" and titles around it as needed.
func (w *writer) entity(slot string) {
	ref := w.th.slots[slot]
	if ref == nil { // unreachable: readStories rejects undeclared slots
		w.b.WriteString("{" + slot + "}")
		return
	}
	first := !w.seen[slot]
	w.seen[slot] = true
	if w.titling {
		w.b.WriteString(orDefault(ref.short, ref.rec.name))
		return
	}
	useShort := !first && ref.short != ""
	if ref.article && (first || !useShort || ref.acronym) {
		if w.sentenceStart() {
			w.b.WriteString("The ")
		} else {
			w.b.WriteString("the ")
		}
	}
	if first && ref.title != "" {
		w.b.WriteString(ref.title + " ")
	}
	if useShort {
		w.mark(planted{text: ref.short, ent: ref.rec})
		return
	}
	w.mark(planted{text: ref.rec.name, ent: ref.rec})
	if first && ref.acronym {
		w.b.WriteString(" (")
		w.mark(planted{text: ref.short, ent: ref.rec})
		w.b.WriteString(")")
	}
}

func orDefault(s, def string) string {
	if s == "" {
		return def
	}
	return s
}

// thousands formats n with comma separators: 12400 -> "12,400".
func thousands(n int) string {
	s := fmt.Sprint(n)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}
