package ingest

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestNastyInputs reads the corpus of bad inputs in testdata/nasty and
// checks what becomes of each file and line.
func TestNastyInputs(t *testing.T) {
	const dir = "../testdata/nasty/"
	res := readAll([]string{dir}, Options{})
	if res.err != nil {
		t.Fatal(res.err)
	}
	wantProblems := []string{
		dir + `bad-date.md:3: unrecognised date "2023-02-30"; date treated as unknown`,
		dir + `binary.txt: binary file; skipped`,
		dir + `blank.md: empty file; skipped`,
		dir + `empty.txt: empty file; skipped`,
		dir + `french.txt: not English (0% of words are English function words); skipped`,
		dir + `front-matter-only.md: no text; skipped`,
		dir + `german.md: not English (0% of words are English function words); skipped`,
		dir + `invalid-utf8.txt: invalid UTF-8 replaced with U+FFFD`,
		dir + `malformed.jsonl:2: malformed JSON: unexpected end of JSON input; line skipped`,
		dir + `malformed.jsonl:3: not a JSON object; line skipped`,
		dir + `malformed.jsonl:4: no text (keys text, body, content or article); line skipped`,
		dir + `malformed.jsonl:6: "text" is not a string; line skipped`,
		dir + `malformed.jsonl:7: no text; skipped`,
		dir + `malformed.jsonl:8: unrecognised date "yesterday-ish"; date treated as unknown`,
		dir + `malformed.jsonl:10: duplicate document id "ok-1" (first used at ` + dir + `malformed.jsonl:1)`,
		dir + `malformed.jsonl:11: invalid UTF-8 replaced with U+FFFD`,
		dir + `unclosed.md:1: front matter opened here is not closed by a '---' line; file skipped`,
		dir + `windows-1252.txt: not UTF-8; read as Windows-1252`,
	}
	if !slices.Equal(res.problems, wantProblems) {
		t.Errorf("problems:\n%s\nwant:\n%s", strings.Join(res.problems, "\n"), strings.Join(wantProblems, "\n"))
	}
	wantDocs := []struct{ id, date, title, text string }{
		{"bad-date.md", "", "Tide tables printed wrong", "The almanac printed the wrong tide tables for the whole of March, its editor admitted.\n"},
		{"invalid-utf8.txt", "", "", "The café on Quay Street closed on Sunday \uFFFD after forty years, its owner said.\n"},
		{"ok-1", "2021-06-01", "", "The lighthouse on Skerrow Point was repainted in June, the trust that owns it said."},
		{"nonsense-date", "", "", "The ferry to Skerrow ran late on every crossing, passengers said."},
		{"1017", "2021-06-01", "", "A numeric id and a Unix date are read as written."},
		{"ok-1", "", "", "This line reuses the id of the first line of the file."},
		{"bad-utf8", "", "", "The mill at Harnby — \uFFFD was sold to a brewer from Cask End."},
		{"scripts.html", "2019-11-08", "Quarry plan rejected by planners",
			"Planners in Rooksby rejected a plan for a limestone quarry on Wednesday & said the lorries would crowd the lanes.\n\nThe company, Grewell Aggregates, said it would appeal."},
		{"utf-16.txt", "", "", "The footbridge at Wendle Mill reopened on Friday, the parish council said. Its clerk, Ayo Brennan, called the repairs “slow but sound”.\n"},
		{"windows-1252.txt", "", "", "The café on Quay Street closed on Sunday after forty years, its owner, Pella Strand, said. “We’ll miss it,” one regular said.\n"},
	}
	if len(res.docs) != len(wantDocs) {
		t.Fatalf("read %q, want %d documents", res.ids(), len(wantDocs))
	}
	for i, w := range wantDocs {
		d := res.docs[i]
		if d.ID != w.id || d.DateString() != w.date || d.Title != w.title || d.Text != w.text {
			t.Errorf("document %d = %q %q %q %q\nwant %q %q %q %q", i, d.ID, d.DateString(), d.Title, d.Text, w.id, w.date, w.title, w.text)
		}
	}
	// Skipped: 7 files and 5 JSON Lines lines; ignored: unknown.dat.
	if want := (Stats{Files: 13, Documents: 10, Skipped: 12, Ignored: 1}); res.stats != want {
		t.Errorf("stats %+v, want %+v", res.stats, want)
	}
}

// TestNastyGenerated covers bad inputs too big to keep in testdata.
func TestNastyGenerated(t *testing.T) {
	dir := t.TempDir()
	const depth = 100_000
	files := map[string]string{
		"deep.html": "<html><body>" + strings.Repeat("<div><blockquote>", depth) + story + strings.Repeat("</blockquote>", depth),
		// One line of a million words, no newline anywhere.
		"one-line.txt": strings.Repeat("the quay ", 1_000_000),
		// Binary data that has no NUL byte but is mostly not UTF-8.
		"noise.md": strings.Repeat("\xc3\x28\xa0\xa1\xe2\x28\xa1", 2000),
	}
	writeFiles(t, dir, files)
	res := readAll([]string{dir}, Options{})
	wantProblems := []string{filepath.Join(dir, "noise.md") + ": binary file; skipped"}
	if !slices.Equal(res.problems, wantProblems) || !slices.Equal(res.ids(), []string{"deep.html", "one-line.txt"}) {
		t.Fatalf("ids %q, problems %q", res.ids(), res.problems)
	}
	if res.docs[0].Text != story || res.docs[1].Text != files["one-line.txt"] {
		t.Errorf("texts differ from the input: %.80q, %.80q", res.docs[0].Text, res.docs[1].Text)
	}
	// The named file is read, with its binary verdict, whatever its name.
	if err := os.WriteFile(filepath.Join(dir, "noise"), []byte(files["noise.md"]), 0o644); err != nil {
		t.Fatal(err)
	}
	if res := readAll([]string{filepath.Join(dir, "noise")}, Options{}); len(res.docs) != 0 || len(res.problems) != 1 {
		t.Errorf("noise: ids %q, problems %q", res.ids(), res.problems)
	}
}
