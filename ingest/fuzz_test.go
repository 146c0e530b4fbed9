package ingest

import (
	"bytes"
	"os"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/kgnews/kg"
)

// seedFiles adds the fixture files to a fuzz corpus.
func seedFiles(f *testing.F, paths ...string) {
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
}

// fuzzRead reads data in format ft and checks what every document must be:
// an id, an origin, and valid UTF-8 text that is not blank. Reading must not
// fail, since neither fn nor Strict stops it.
func fuzzRead(t *testing.T, data []byte, ft format) {
	r := newReader(Options{}, func(d kg.Document) error {
		if d.ID == "" || !strings.HasPrefix(d.Origin, "in") {
			t.Errorf("document without id or origin: %+v", d)
		}
		if !utf8.ValidString(d.Text) || strings.TrimSpace(d.Text) == "" {
			t.Errorf("bad text %q", d.Text)
		}
		return nil
	}, nil)
	r.maxLine = 4096
	if err := r.readStream(bytes.NewReader(data), source{name: "in", id: "in"}, ft, true); err != nil {
		t.Errorf("readStream: %v", err)
	}
}

func FuzzJSONL(f *testing.F) {
	seedFiles(f, "../testdata/ingest/feed.jsonl", "../testdata/nasty/malformed.jsonl")
	f.Add([]byte(`{"text": ["a", "b"], "date": 1588723200000, "id": 7}` + "\n\n{\"body\": \"x\xff\"}"))
	f.Fuzz(func(t *testing.T, data []byte) {
		fuzzRead(t, data, formatJSONL)
	})
}

func FuzzFrontMatter(f *testing.F) {
	seedFiles(f, "../testdata/ingest/harbour.md", "../testdata/nasty/unclosed.md", "../testdata/nasty/bad-date.md")
	f.Add([]byte("---\r\ntitle: 'it''s'\r\ndate: \"2020-01-02\" # c\r\n---\r\nBody"))
	f.Fuzz(func(t *testing.T, data []byte) {
		s := string(data)
		m, body, err := parseFrontMatter(s)
		switch {
		case err == nil && !strings.HasSuffix(s, body):
			t.Errorf("body %q is not the end of the input", body)
		case !strings.HasPrefix(s, "---") && (err != nil || body != s || m != meta{}):
			t.Errorf("input without front matter changed: %v, %q, %+v", err, body, m)
		}
		fuzzRead(t, data, formatText)
	})
}

func FuzzHTMLText(f *testing.F) {
	seedFiles(f, "../testdata/ingest/page.html", "../testdata/nasty/scripts.html")
	f.Add([]byte("<article><pre> a\n b</pre><p>c<br>d</article><time datetime=x>"))
	f.Fuzz(func(t *testing.T, data []byte) {
		text, _, err := htmlText(bytes.NewReader(data))
		if err != nil {
			t.Fatalf("htmlText: %v", err)
		}
		if text != strings.TrimSpace(text) {
			t.Errorf("text %q is not trimmed", text)
		}
		if again, _, _ := htmlText(bytes.NewReader(data)); again != text {
			t.Errorf("two reads differ: %q, %q", text, again)
		}
		fuzzRead(t, data, formatHTML)
	})
}
