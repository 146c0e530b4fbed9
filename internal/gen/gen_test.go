package gen

import (
	"bufio"
	"bytes"
	"encoding/json"
	"strings"
	"testing"
	"time"
)

// gold is the truth file as an evaluation harness reads it.
type gold struct {
	Junk     []junkJSON   `json:"junk"`
	Entities []entityJSON `json:"entities"`
	Timexes  []timexJSON  `json:"timexes"`
	Events   []eventJSON  `json:"events"`
}

func generate(t testing.TB, cfg Config) (corpus, truth []byte) {
	t.Helper()
	var c, g bytes.Buffer
	if err := Generate(cfg, &c, &g); err != nil {
		t.Fatal(err)
	}
	return c.Bytes(), g.Bytes()
}

func readCorpus(t *testing.T, corpus []byte) []docJSON {
	t.Helper()
	var docs []docJSON
	sc := bufio.NewScanner(bytes.NewReader(corpus))
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var d docJSON
		dec := json.NewDecoder(bytes.NewReader(sc.Bytes()))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&d); err != nil {
			t.Fatalf("line %d: %v: %s", len(docs)+1, err, sc.Bytes())
		}
		docs = append(docs, d)
	}
	return docs
}

func TestSameSeedSameBytes(t *testing.T) {
	cfg := Config{N: 150, Seed: 42}
	c1, g1 := generate(t, cfg)
	c2, g2 := generate(t, cfg)
	if !bytes.Equal(c1, c2) || !bytes.Equal(g1, g2) {
		t.Fatal("two runs with seed 42 differ")
	}
	c3, _ := generate(t, Config{N: 150, Seed: 43})
	if bytes.Equal(c1, c3) {
		t.Fatal("seeds 42 and 43 give the same corpus")
	}
}

func TestCorpusLines(t *testing.T) {
	const n = 400
	corpus, _ := generate(t, Config{N: n, Seed: 1, Start: time.Date(2023, 3, 1, 0, 0, 0, 0, time.UTC), Days: 200})
	docs := readCorpus(t, corpus)
	if len(docs) != n {
		t.Fatalf("got %d lines, want %d", len(docs), n)
	}
	ids := map[string]bool{}
	prev := ""
	for _, d := range docs {
		if d.ID == "" || ids[d.ID] {
			t.Errorf("missing or repeated id %q", d.ID)
		}
		ids[d.ID] = true
		if d.Date < prev || d.Date < "2023-03-01" || d.Date > "2023-09-17" {
			t.Errorf("%s: date %s out of order or range", d.ID, d.Date)
		}
		prev = d.Date
		if d.Title == "" || d.Source == "" || strings.Contains(d.Text+d.Title, "{") {
			t.Errorf("%s: empty field or unfilled slot: %+v", d.ID, d)
		}
		if w := wordCount(d.Text); w < minWords || w > maxWords {
			t.Errorf("%s: %d words, want %d..%d", d.ID, w, minWords, maxWords)
		}
	}
}

// TestTruthInText checks that everything the truth claims is in the text
// where it says: timexes and triggers at their occurrence, aliases and junk
// somewhere in the corpus, participants among the entities.
func TestTruthInText(t *testing.T) {
	corpus, truth := generate(t, Config{N: 300, Seed: 5})
	text := map[string]string{}
	var all strings.Builder
	for _, d := range readCorpus(t, corpus) {
		text[d.ID] = d.Text
		all.WriteString(d.Text + "\n")
	}
	var g gold
	dec := json.NewDecoder(bytes.NewReader(truth))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&g); err != nil {
		t.Fatal(err)
	}
	if len(g.Timexes) < 300 || len(g.Events) != 300 || len(g.Junk) == 0 {
		t.Fatalf("thin truth: %d timexes, %d events, %d junk", len(g.Timexes), len(g.Events), len(g.Junk))
	}
	for _, x := range g.Timexes {
		if s := nth(text[x.Doc], x.Text, x.Occurrence, false); s < 0 {
			t.Errorf("%s: timex %q occurrence %d not in text", x.Doc, x.Text, x.Occurrence)
		}
	}
	names := map[string]bool{}
	for _, e := range g.Entities {
		if names[e.Name] {
			t.Errorf("entity %q listed twice", e.Name)
		}
		names[e.Name] = true
		for _, a := range e.Aliases {
			if !strings.Contains(all.String(), a) {
				t.Errorf("alias %q of %q not in corpus", a, e.Name)
			}
		}
	}
	for _, e := range g.Events {
		if len(e.Mentions) == 0 || e.Date == "" {
			t.Errorf("event %s has no mention or date", e.ID)
		}
		for _, m := range e.Mentions {
			if s := nth(text[m.Doc], m.Trigger, m.Occurrence, true); s < 0 {
				t.Errorf("%s: trigger %q occurrence %d not in text", m.Doc, m.Trigger, m.Occurrence)
			}
		}
		for _, p := range e.Participants {
			if !names[p] {
				t.Errorf("event %s: participant %q is not an entity", e.ID, p)
			}
		}
	}
	for _, j := range g.Junk {
		if !strings.Contains(text[j.Doc], j.Text) {
			t.Errorf("%s: junk %q not in text", j.Doc, j.Text)
		}
	}
}

// TestStoriesContinue checks that later articles mention earlier events:
// some events have mentions in more than one document.
func TestStoriesContinue(t *testing.T) {
	_, truth := generate(t, Config{N: 200, Seed: 9})
	var g gold
	if err := json.Unmarshal(truth, &g); err != nil {
		t.Fatal(err)
	}
	multi := 0
	for _, e := range g.Events {
		docs := map[string]bool{}
		for _, m := range e.Mentions {
			docs[m.Doc] = true
		}
		if len(docs) > 1 {
			multi++
		}
	}
	if multi < 10 {
		t.Errorf("only %d events are mentioned in more than one article", multi)
	}
}

// nth finds the n-th (1-based) occurrence of sub in text, only whole words
// when words is set; it returns -1 when there is none.
func nth(text, sub string, n int, words bool) int {
	for i := 0; ; i++ {
		k := strings.Index(text[i:], sub)
		if k < 0 {
			return -1
		}
		i += k
		if !words || isWholeWord(text, i, i+len(sub)) {
			if n--; n == 0 {
				return i
			}
		}
	}
}

func BenchmarkGenerate(b *testing.B) {
	var sink countWriter
	for b.Loop() {
		if err := Generate(Config{N: 1000, Seed: 1}, &sink, nil); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*1000), "ns/article")
}

type countWriter int

func (c *countWriter) Write(p []byte) (int, error) { *c += countWriter(len(p)); return len(p), nil }
