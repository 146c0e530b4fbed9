package ingest

import (
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/kgnews/kg"
)

// result is everything one Read produced.
type result struct {
	docs     []kg.Document
	problems []string
	stats    Stats
	err      error
}

func readAll(paths []string, opts Options) result {
	var res result
	res.stats, res.err = Read(paths, opts, func(d kg.Document) error {
		res.docs = append(res.docs, d)
		return nil
	}, func(p Problem) { res.problems = append(res.problems, p.Error()) })
	return res
}

func (res result) ids() []string {
	var ids []string
	for _, d := range res.docs {
		ids = append(ids, d.ID)
	}
	return ids
}

// writeFiles creates files (path -> content) under dir.
func writeFiles(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, content := range files {
		path := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func day(s string) time.Time {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		panic(err)
	}
	return t
}

func TestReadFixtures(t *testing.T) {
	res := readAll([]string{"../testdata/ingest"}, Options{})
	if res.err != nil || len(res.problems) > 0 {
		t.Fatalf("err %v, problems %q", res.err, res.problems)
	}
	want := []kg.Document{
		{ID: "feed-1", Title: "Orchard co-operative wins export deal", Source: "Farm Wire", Date: day("2022-09-30"),
			Origin: "../testdata/ingest/feed.jsonl:1",
			Text:   "The Lindqvist Orchard co-operative signed a deal to sell apples to three grocers.\n\nIts chair, Hedda Lindqvist, called it the best news of the year."},
		{ID: "feed.jsonl#line2", Title: "Ferry fares to rise", URL: "https://example.org/ferry", Date: day("2022-10-07"),
			Origin: "../testdata/ingest/feed.jsonl:2",
			Text:   "Fares on the Carrow ferry will rise by a tenth from November, the operator said."},
		{ID: "feed.jsonl#line4", Date: day("2022-10-12"), Origin: "../testdata/ingest/feed.jsonl:4",
			Text: "The museum in Osterby has found a lost painting.\n\nIt had hung in a storeroom for forty years."},
		{ID: "harbour-01", Title: `Harbour "Brightwater" reopens after storm repairs`, Source: "Valley Courier",
			URL: "https://example.org/news/harbour-01", Date: day("2023-04-11"), Origin: "../testdata/ingest/harbour.md",
			Text: "The harbour at Brightwater reopened on Tuesday after six weeks of repairs to the sea wall.\n\nHarbour master Idris Penhale said the first trawlers had already landed their catch.\n"},
		{ID: "page.html", Title: "Library extends its opening hours", Source: "Dunmore Gazette",
			URL: "https://example.org/library-hours", Date: day("2021-03-05"), Origin: "../testdata/ingest/page.html",
			Text: "Library extends its opening hours\n\nThe public library in Dunmore will stay open until nine in the evening from next month, its director, Rosalind Achebe, said on Friday.\n\nStudents had asked for longer hours\nfor two years.\n\nWeekdays: 8 to 21\n\nSaturdays: 10 to 18"},
		{ID: "plain.txt", Origin: "../testdata/ingest/plain.txt",
			Text: "Councillors in Marlow Fen voted on Monday to build a footbridge over the river.\n\nThe vote was close, and the mayor, Greta Holloway, said the bridge would open next spring.\n"},
	}
	if len(res.docs) != len(want) {
		t.Fatalf("read %q, want %d documents", res.ids(), len(want))
	}
	for i, w := range want {
		if got := res.docs[i]; got != w {
			t.Errorf("document %d:\n got %+v\nwant %+v", i, got, w)
		}
	}
	if want := (Stats{Files: 4, Documents: 6}); res.stats != want {
		t.Errorf("stats %+v, want %+v", res.stats, want)
	}
}

const story = "The toll bridge at Garrow was closed for repairs on Sunday, the county said."

func TestReadFolder(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"b.txt":              story,
		"a/c.md":             story,
		"a/B.TXT":            story,
		"a/.draft.txt":       story,
		".git/notes.txt":     story,
		"notes.docx":         "binary-ish",
		"README":             story,
		"sub/feed.ndjson":    `{"text": "` + story + `"}` + "\n" + `{"id": "own", "text": "` + story + `"}`,
		"sub/deeper/p.htm":   "<p>" + story + "</p>",
		"sub/deeper/q.jsonl": "",
	})
	if err := os.Symlink(filepath.Join(dir, "b.txt"), filepath.Join(dir, "link.txt")); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(filepath.Join(dir, "sub"), filepath.Join(dir, "linkdir.txt")); err != nil {
		t.Fatal(err)
	}
	res := readAll([]string{dir}, Options{})
	want := []string{"a/B.TXT", "a/c.md", "b.txt", "link.txt", "sub/deeper/p.htm", "sub/feed.ndjson#line1", "own"}
	if !slices.Equal(res.ids(), want) {
		t.Errorf("ids %q, want %q", res.ids(), want)
	}
	if want := []string{filepath.Join(dir, "sub/deeper/q.jsonl") + ": empty file; skipped"}; !slices.Equal(res.problems, want) {
		t.Errorf("problems %q, want %q", res.problems, want)
	}
	if want := (Stats{Files: 7, Documents: 7, Skipped: 1, Ignored: 2}); res.stats != want {
		t.Errorf("stats %+v, want %+v", res.stats, want)
	}
	if got, want := res.docs[0].Origin, filepath.Join(dir, "a", "B.TXT"); got != want {
		t.Errorf("origin %q, want %q", got, want)
	}
}

func TestReadNamedFiles(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"feed.json":     "\n  " + `{"text": "` + story + `"}`,
		"page.aspx":     "  <html><p>" + story + "</p></html>",
		"story":         story,
		"frontmatter.x": "---\nid: fm\n---\n" + story,
		"sub/a.txt":     story,
	})
	var paths []string
	for _, name := range []string{"feed.json", "page.aspx", "story", "frontmatter.x", "sub/a.txt"} {
		paths = append(paths, filepath.Join(dir, name))
	}
	res := readAll(paths, Options{})
	want := []string{"feed.json#line2", "page.aspx", "story", "fm", "a.txt"}
	if !slices.Equal(res.ids(), want) || len(res.problems) > 0 {
		t.Errorf("ids %q, problems %q; want %q", res.ids(), res.problems, want)
	}
	for _, d := range res.docs {
		if d.Text != story {
			t.Errorf("%s: text %q, want %q", d.ID, d.Text, story)
		}
	}
}

func TestReadStdin(t *testing.T) {
	cases := []struct {
		name, in string
		ids      []string
	}{
		{"JSON Lines", `{"text": "` + story + `"}` + "\n\n" + `{"text": "` + story + `"}`, []string{"stdin#line1", "stdin#line3"}},
		{"HTML", "\ufeff<!DOCTYPE html><p>" + story, []string{"stdin"}},
		{"text with front matter", "---\nid: piped\n---\n" + story, []string{"piped"}},
		{"text", story, []string{"stdin"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			res := readAll([]string{"-"}, Options{Stdin: strings.NewReader(c.in)})
			if !slices.Equal(res.ids(), c.ids) || len(res.problems) > 0 {
				t.Fatalf("ids %q, problems %q; want %q", res.ids(), res.problems, c.ids)
			}
			if res.docs[0].Text != story {
				t.Errorf("text %q, want %q", res.docs[0].Text, story)
			}
		})
	}
}

func TestReadDates(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"dated.md":   "---\ndate: 12 May 2016\n---\n" + story,
		"undated.md": story,
		"bad.md":     "---\ntitle: x\ndate: 31/31/2016\n---\n" + story,
	})
	cases := []struct {
		name     string
		fallback time.Time
		want     map[string]string // id -> date
		problems []string
	}{
		{"no fallback", time.Time{},
			map[string]string{"bad.md": "", "dated.md": "2016-05-12", "undated.md": ""},
			[]string{filepath.Join(dir, "bad.md") + `:3: unrecognised date "31/31/2016"; date treated as unknown`}},
		{"the --date fallback, given with a clock time", time.Date(2016, 6, 1, 22, 30, 0, 0, time.FixedZone("X", -5*3600)),
			map[string]string{"bad.md": "2016-06-01", "dated.md": "2016-05-12", "undated.md": "2016-06-01"},
			[]string{filepath.Join(dir, "bad.md") + `:3: unrecognised date "31/31/2016"; date treated as unknown`}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			res := readAll([]string{dir}, Options{Date: c.fallback})
			got := map[string]string{}
			for _, d := range res.docs {
				got[d.ID] = d.DateString()
				if d.HasDate() && (d.Date.Location() != time.UTC || d.Date.Hour() != 0) {
					t.Errorf("%s: date %v is not UTC midnight", d.ID, d.Date)
				}
			}
			if !mapsEqual(got, c.want) || !slices.Equal(res.problems, c.problems) {
				t.Errorf("dates %v, problems %q; want %v, %q", got, res.problems, c.want, c.problems)
			}
		})
	}
}

func mapsEqual(a, b map[string]string) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if w, ok := b[k]; !ok || w != v {
			return false
		}
	}
	return true
}

func TestReadStrict(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"a.txt":       story,
		"b.jsonl":     `{"text": "` + story + `"}` + "\n{oops\n" + `{"text": "` + story + `"}`,
		"c.txt":       story,
		"d-empty.txt": "",
	})
	res := readAll([]string{dir}, Options{Strict: true})
	var p Problem
	if !errors.As(res.err, &p) || p.Line != 2 || !p.Skipped || !strings.HasPrefix(p.Msg, "malformed JSON") {
		t.Fatalf("err = %v, want the malformed line as a Problem", res.err)
	}
	if want := []string{"a.txt", "b.jsonl#line1"}; !slices.Equal(res.ids(), want) || len(res.problems) > 0 {
		t.Errorf("ids %q, problems %q; want %q and no warnings", res.ids(), res.problems, want)
	}
}

func TestReadStopsOnCallbackError(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"a.txt": story, "b.txt": story, "c.txt": story})
	stop := errors.New("store full")
	n := 0
	_, err := Read([]string{dir}, Options{}, func(kg.Document) error {
		n++
		if n == 2 {
			return stop
		}
		return nil
	}, nil)
	if err != stop || n != 2 {
		t.Errorf("err = %v after %d documents, want %v after 2", err, n, stop)
	}
}

func TestReadUnreadablePaths(t *testing.T) {
	dir := t.TempDir()
	missing := filepath.Join(dir, "missing.txt")
	writeFiles(t, dir, map[string]string{"ok.txt": story})
	res := readAll([]string{missing, filepath.Join(dir, "ok.txt")}, Options{})
	want := []string{missing + ": cannot read: no such file or directory"}
	if !slices.Equal(res.problems, want) || !slices.Equal(res.ids(), []string{"ok.txt"}) || res.stats.Skipped != 1 {
		t.Errorf("problems %q, ids %q, stats %+v; want %q, [ok.txt], 1 skipped", res.problems, res.ids(), res.stats, want)
	}
}

func TestReadLongJSONLine(t *testing.T) {
	dir := t.TempDir()
	long := `{"text": "` + strings.Repeat("word ", 40) + `"}`
	writeFiles(t, dir, map[string]string{"f.jsonl": long + "\n" + `{"text": "` + story + `"}`})
	var docs, problems []string
	r := newReader(Options{}, func(d kg.Document) error { docs = append(docs, d.ID); return nil },
		func(p Problem) { problems = append(problems, p.Error()) })
	r.maxLine = 100
	if err := r.readArg(filepath.Join(dir, "f.jsonl")); err != nil {
		t.Fatal(err)
	}
	want := []string{filepath.Join(dir, "f.jsonl") + ":1: line longer than 100 bytes; skipped"}
	if !slices.Equal(docs, []string{"f.jsonl#line2"}) || !slices.Equal(problems, want) {
		t.Errorf("docs %q, problems %q; want [f.jsonl#line2], %q", docs, problems, want)
	}
}

func TestReadLinkedFolder(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"real/sub/a.txt": story})
	link := filepath.Join(dir, "link")
	if err := os.Symlink(filepath.Join(dir, "real"), link); err != nil {
		t.Fatal(err)
	}
	res := readAll([]string{link}, Options{})
	if len(res.docs) != 1 || res.docs[0].ID != "sub/a.txt" || res.docs[0].Origin != filepath.Join(link, "sub", "a.txt") {
		t.Errorf("docs %+v, problems %q; want sub/a.txt read through the link", res.docs, res.problems)
	}
}
