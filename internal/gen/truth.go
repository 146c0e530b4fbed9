package gen

import (
	"bufio"
	"encoding/json"
	"errors"
	"io"
	"os"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Ground-truth records, in the evaluation gold format.
type (
	junkJSON struct {
		Doc  string `json:"doc"`
		Text string `json:"text"`
	}
	entityJSON struct {
		Name    string   `json:"name"`
		Type    string   `json:"type"`
		Aliases []string `json:"aliases"`
	}
	timexJSON struct {
		Doc        string `json:"doc"`
		Text       string `json:"text"`
		Occurrence int    `json:"occurrence"`
		Type       string `json:"type"`
		Value      string `json:"value"`
	}
	mentionJSON struct {
		Doc        string `json:"doc"`
		Trigger    string `json:"trigger"`
		Occurrence int    `json:"occurrence"`
	}
	eventJSON struct {
		ID           string        `json:"id"`
		Type         string        `json:"type"`
		Date         string        `json:"date"`
		Participants []string      `json:"participants"`
		Mentions     []mentionJSON `json:"mentions"`
	}
)

// truthSections are the gold file's arrays, in the order they are written.
var truthSections = []string{"junk", "entities", "timexes", "events"}

// truthWriter spools each array of the gold file to a temporary file, so
// that the truth streams like the corpus, and joins them at the end.
type truthWriter struct {
	spools map[string]*spool
}

type spool struct {
	f *os.File
	w *bufio.Writer
	n int
}

func newTruthWriter() (*truthWriter, error) {
	t := &truthWriter{spools: map[string]*spool{}}
	for _, s := range truthSections {
		f, err := os.CreateTemp("", "kggen-"+s+"-*.json")
		if err != nil {
			t.remove()
			return nil, err
		}
		t.spools[s] = &spool{f: f, w: bufio.NewWriter(f)}
	}
	return t, nil
}

// add appends one record to a section.
func (t *truthWriter) add(section string, v any) error {
	s := t.spools[section]
	b, err := json.Marshal(v)
	if err != nil {
		return err
	}
	if s.n > 0 {
		s.w.WriteString(",\n")
	}
	s.n++
	_, err = s.w.Write(b)
	return err
}

// finish writes the gold object to out when ok, then removes the spools.
func (t *truthWriter) finish(out io.Writer, ok bool) error {
	defer t.remove()
	if !ok {
		return nil
	}
	bw := bufio.NewWriter(out)
	bw.WriteString("{")
	for i, name := range truthSections {
		s := t.spools[name]
		if err := s.w.Flush(); err != nil {
			return err
		}
		if _, err := s.f.Seek(0, io.SeekStart); err != nil {
			return err
		}
		if i > 0 {
			bw.WriteString(",")
		}
		bw.WriteString("\n\"" + name + "\": [\n")
		if _, err := io.Copy(bw, s.f); err != nil {
			return err
		}
		bw.WriteString("\n]")
	}
	bw.WriteString("\n}\n")
	return bw.Flush()
}

func (t *truthWriter) remove() {
	for _, s := range t.spools {
		s.f.Close()
		os.Remove(s.f.Name())
	}
}

// record notes what an article planted: surface forms of entities, time
// expressions with their occurrence numbers, event mentions, junk.
func (g *generator) record(a article) error {
	text := a.doc.Text
	var errs []error
	for _, m := range a.marks {
		switch {
		case m.ent != nil:
			m.ent.aliases[m.text] = true
		case m.event != nil:
			m.event.mentions = append(m.event.mentions, mentionJSON{Doc: a.doc.ID, Trigger: m.text, Occurrence: wordOccurrence(text, m.text, m.start)})
		case g.truth != nil:
			errs = append(errs, g.truth.add("timexes", timexJSON{
				Doc: a.doc.ID, Text: m.text, Occurrence: occurrence(text, m.text, m.start),
				Type: m.timex.typ, Value: m.timex.value,
			}))
		}
	}
	if g.truth != nil {
		for _, j := range a.junk {
			errs = append(errs, g.truth.add("junk", junkJSON{Doc: a.doc.ID, Text: j}))
		}
	}
	return errors.Join(errs...)
}

// close writes a finished thread's events and people to the truth.
func (g *generator) close(th *thread) error {
	if g.truth == nil {
		return nil
	}
	for _, ev := range th.events {
		rec := eventJSON{ID: ev.id, Type: ev.typ, Date: dayValue(ev.date), Participants: ev.participants, Mentions: ev.mentions}
		if rec.Participants == nil {
			rec.Participants = []string{}
		}
		if err := g.truth.add("events", rec); err != nil {
			return err
		}
	}
	for _, p := range th.persons {
		if err := g.addEntity(p); err != nil {
			return err
		}
	}
	return nil
}

// flushGlobal writes the shared entities, sorted by name.
func (g *generator) flushGlobal() error {
	if g.truth == nil {
		return nil
	}
	names := make([]string, 0, len(g.global))
	for n := range g.global {
		names = append(names, n)
	}
	slices.Sort(names)
	for _, n := range names {
		if err := g.addEntity(g.global[n]); err != nil {
			return err
		}
	}
	return nil
}

// addEntity writes an entity that the corpus mentioned at least once.
func (g *generator) addEntity(e *entityRec) error {
	if len(e.aliases) == 0 {
		return nil
	}
	aliases := make([]string, 0, len(e.aliases))
	for a := range e.aliases {
		aliases = append(aliases, a)
	}
	slices.Sort(aliases)
	return g.truth.add("entities", entityJSON{Name: e.name, Type: e.typ, Aliases: aliases})
}

// occurrence numbers the match of sub at byte start among all matches of
// sub in text, overlapping ones included (1-based).
func occurrence(text, sub string, start int) int {
	n := 1
	for i := 0; i < start; {
		k := strings.Index(text[i:], sub)
		if k < 0 || i+k >= start {
			break
		}
		n++
		i += k + 1
	}
	return n
}

// wordOccurrence numbers the match of word at byte start among the matches
// of word in text that are whole words (1-based).
func wordOccurrence(text, word string, start int) int {
	n := 1
	for i := 0; i < start; {
		k := strings.Index(text[i:], word)
		if k < 0 || i+k >= start {
			break
		}
		if isWholeWord(text, i+k, i+k+len(word)) {
			n++
		}
		i += k + 1
	}
	return n
}

func isWholeWord(text string, s, e int) bool {
	before, _ := utf8.DecodeLastRuneInString(text[:s])
	after, _ := utf8.DecodeRuneInString(text[e:])
	return !isLetterOrDigit(before) && !isLetterOrDigit(after)
}

func isLetterOrDigit(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }
