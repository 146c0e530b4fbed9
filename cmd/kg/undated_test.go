package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"testing"
)

// TestUndatedArticle: an article without a publication date still orders
// its weekdays (Friday < Sunday < Monday), and once a dated article reports
// one of its events, the publication day that fixes dates the rest.
func TestUndatedArticle(t *testing.T) {
	dir := t.TempDir()
	undated := filepath.Join(dir, "undated.txt")
	dated := filepath.Join(dir, "dated.md")
	write := func(path, text string) {
		if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write(undated, "Mayor Ilse Okafor was accused of fraud in Vellby on Friday, two days before the runoff. "+
		"Okafor won the runoff in Vellby on Sunday. On Monday the council congratulated Okafor.\n")
	write(dated, "---\ndate: 2031-03-10\n---\nIlse Okafor won the Vellby runoff on Sunday, the election board said.\n")
	db := filepath.Join(dir, "kg.db")
	timeline := func() []struct {
		Trigger string `json:"trigger"`
		Date    string `json:"date"`
		Offset  *int   `json:"offset"`
	} {
		t.Helper()
		out, stderr, code := runKG(t, nil, "timeline", "--db", db, "--entity", "Okafor", "--format", "json")
		if code != 0 {
			t.Fatalf("timeline: %s", stderr)
		}
		var tl struct {
			Events []struct {
				Trigger string `json:"trigger"`
				Date    string `json:"date"`
				Offset  *int   `json:"offset"`
			} `json:"events"`
		}
		if err := json.Unmarshal([]byte(out), &tl); err != nil {
			t.Fatal(err)
		}
		return tl.Events
	}

	if _, stderr, code := runKG(t, nil, "build", "--db", db, undated); code != 0 {
		t.Fatalf("build: %s", stderr)
	}
	var got []string
	for _, e := range timeline() {
		off := "none"
		if e.Offset != nil {
			off = strconv.Itoa(*e.Offset)
		}
		got = append(got, e.Trigger+" "+e.Date+" "+off)
	}
	want := []string{"accused XXXX-WXX-5 -3", "runoff XXXX-WXX-7 -1", "congratulated XXXX-WXX-1 0"}
	if !slices.Equal(got, want) {
		t.Errorf("undated timeline (trigger, date, offset) = %q, want %q", got, want)
	}

	if _, stderr, code := runKG(t, nil, "build", "--db", db, dated); code != 0 {
		t.Fatalf("build: %s", stderr)
	}
	got = got[:0]
	for _, e := range timeline() {
		got = append(got, e.Trigger+" "+e.Date)
	}
	want = []string{"accused 2031-03-07", "runoff 2031-03-09", "congratulated 2031-03-10"}
	if !slices.Equal(got, want) {
		t.Errorf("after a dated report of the runoff: %q, want %q", got, want)
	}
}
