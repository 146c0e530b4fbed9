package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestWritesCorpusAndTruth(t *testing.T) {
	dir := t.TempDir()
	corpus, truth := filepath.Join(dir, "c.jsonl"), filepath.Join(dir, "t.json")
	if err := run([]string{"-n", "20", "-seed", "3", "-o", corpus, "-truth", truth}, nil); err != nil {
		t.Fatal(err)
	}
	c, err := os.ReadFile(corpus)
	if err != nil {
		t.Fatal(err)
	}
	if n := bytes.Count(c, []byte("\n")); n != 20 {
		t.Errorf("%d lines, want 20", n)
	}
	var stdout bytes.Buffer
	if err := run([]string{"-n", "20", "-seed", "3"}, &stdout); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(stdout.Bytes(), c) {
		t.Error("stdout differs from the file written with the same flags")
	}
	var added bytes.Buffer
	if err := run([]string{"-n", "1", "-prefix", "extra"}, &added); err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(added.Bytes(), []byte(`{"id":"extra0000001"`)) {
		t.Errorf("-prefix extra: got %.40s", added.String())
	}
	g, err := os.ReadFile(truth)
	if err != nil {
		t.Fatal(err)
	}
	var gold map[string][]json.RawMessage
	if err := json.Unmarshal(g, &gold); err != nil || len(gold["events"]) != 20 {
		t.Errorf("truth: %v, %d events", err, len(gold["events"]))
	}
}

func TestRejectsBadFlags(t *testing.T) {
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"-start", "June"}, "is not a date"},
		{[]string{"extra"}, "unexpected argument"},
		{[]string{"-n", "-3"}, "negative"},
	} {
		err := run(tc.args, &bytes.Buffer{})
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%v: err = %v, want %q", tc.args, err, tc.want)
		}
	}
}
