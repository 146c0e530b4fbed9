package extract

import (
	"bufio"
	"encoding/json"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/kgnews/kg"
)

// newsDocs reads the bundled JSON Lines articles.
func newsDocs(t testing.TB) []kg.Document {
	f, err := os.Open("../testdata/news/wires.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var docs []kg.Document
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		var v struct{ ID, Date, Text string }
		if err := json.Unmarshal(sc.Bytes(), &v); err != nil {
			t.Fatal(err)
		}
		d, _ := time.Parse("2006-01-02", v.Date)
		docs = append(docs, kg.Document{ID: v.ID, Date: d, Text: v.Text})
	}
	return docs
}

// TestAnnotate checks that the stages fit together: offsets point into
// the text as given, and junk is neither an entity nor a time.
func TestAnnotate(t *testing.T) {
	x := New(Options{})
	text := "OSLO - Mayor Tomas Rinne of Vellby resigned on Monday after a port scandal.\n\nRead more: Vellby port to reopen next week MORE\n"
	a := x.Annotate(kg.Document{ID: "t", Text: text, Date: time.Date(2030, 1, 9, 0, 0, 0, 0, time.UTC)})
	if len(a.Junk) == 0 {
		t.Fatalf("no junk found in %q", text)
	}
	for _, m := range a.Mentions {
		if text[m.Start:m.End] != m.Text {
			t.Errorf("mention %q at %d:%d does not match the text", m.Text, m.Start, m.End)
		}
	}
	for _, tx := range a.Timexes {
		if text[tx.Start:tx.End] != tx.Text {
			t.Errorf("timex %q at %d:%d does not match the text", tx.Text, tx.Start, tx.End)
		}
		for _, j := range a.Junk {
			if j.Overlaps(tx.Span) {
				t.Errorf("timex %q inside junk", tx.Text)
			}
		}
	}
	var monday bool
	for _, tx := range a.Timexes {
		monday = monday || tx.Text == "Monday" && tx.Value == "2030-01-07"
	}
	if !monday {
		t.Errorf("timexes = %+v, want Monday 2030-01-07", a.Timexes)
	}
	if len(a.Events) == 0 || a.Events[0].Date != "2030-01-07" {
		t.Errorf("events = %+v, want the resignation dated Monday", a.Events)
	}
}

// BenchmarkAnnotate measures the whole extractor, reporting bytes and
// words per second of article text.
func BenchmarkAnnotate(b *testing.B) {
	x := New(Options{})
	docs := newsDocs(b)
	var size, words int
	for _, d := range docs {
		size += len(d.Text)
		words += len(strings.Fields(d.Text))
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, d := range docs {
			x.Annotate(d)
		}
	}
	b.ReportMetric(float64(words*b.N)/b.Elapsed().Seconds(), "words/s")
}
