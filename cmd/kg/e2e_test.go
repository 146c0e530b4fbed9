package main

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kgnews/kg/export"
	"github.com/kgnews/kg/graph"
	gold "github.com/kgnews/kg/internal/golden"
)

// kgBin is the kg binary built once for the end-to-end tests.
var kgBin string

func TestMain(m *testing.M) {
	flag.Parse()
	dir, err := os.MkdirTemp("", "kg-e2e")
	if err != nil {
		panic(err)
	}
	kgBin = filepath.Join(dir, "kg")
	if out, err := exec.Command("go", "build", "-o", kgBin, ".").CombinedOutput(); err != nil {
		os.Stderr.Write(out)
		os.RemoveAll(dir)
		os.Exit(1)
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// runKG runs the built binary and returns stdout, stderr and the exit code.
func runKG(t *testing.T, env []string, args ...string) (string, string, int) {
	t.Helper()
	cmd := exec.Command(kgBin, args...)
	cmd.Env = append(os.Environ(), env...)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	err := cmd.Run()
	code := 0
	if ee, ok := err.(*exec.ExitError); ok {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}
	return out.String(), errb.String(), code
}

// golden compares got with testdata/golden/NAME.
func golden(t *testing.T, name, got string) {
	t.Helper()
	gold.Check(t, filepath.Join("..", "..", "testdata", "golden", name), []byte(got))
}

const news = "../../testdata/news"

// TestEndToEnd builds the bundled corpus into a temporary store and checks
// every listing command's output against golden files.
func TestEndToEnd(t *testing.T) {
	db := filepath.Join(t.TempDir(), "kg.db")
	_, stderr, code := runKG(t, nil, "build", "--db", db, news)
	if code != 0 {
		t.Fatalf("kg build exited %d: %s", code, stderr)
	}
	if !strings.Contains(stderr, "5 documents stored") {
		t.Errorf("build summary = %q, want 5 documents stored", stderr)
	}
	cases := []struct {
		golden string
		args   []string
	}{
		{"entities.golden", []string{"entities", "--db", db}},
		{"entities.json.golden", []string{"entities", "--db", db, "--format", "json"}},
		{"timeline-vos.golden", []string{"timeline", "--db", db, "--entity", "greta vos"}},
		{"timeline-claes.json.golden", []string{"timeline", "--db", db, "--entity", "Claes", "--format", "json"}},
		{"timeline-claes-explain.golden", []string{"timeline", "--db", db, "--entity", "Pieter Claes", "--explain"}},
		{"events-march.golden", []string{"events", "--db", db, "--from", "2023-03-01", "--to", "2023-03-31"}},
		{"path-claes-scheldt.json.golden", []string{"path", "--db", db, "--format", "json", "Pieter Claes", "Scheldt Terminals"}},
		{"path-lumen-ec.golden", []string{"path", "--db", db, "Lumen", "European Commission"}},
		{"neighbors-claes.golden", []string{"neighbors", "--db", db, "Pieter Claes"}},
		{"rank.golden", []string{"rank", "--db", db}},
	}
	for _, f := range export.Formats() {
		if f != "neo4j" { // neo4j writes a folder of files: export's own golden tests cover it
			cases = append(cases, struct {
				golden string
				args   []string
			}{"export-" + f + ".golden", []string{"export", "--db", db, "--format", f}})
		}
	}
	for _, tc := range cases {
		t.Run(tc.golden, func(t *testing.T) {
			out, stderr, code := runKG(t, []string{"NO_COLOR=1"}, tc.args...)
			if code != 0 {
				t.Fatalf("kg %v exited %d: %s", tc.args, code, stderr)
			}
			golden(t, tc.golden, strings.ReplaceAll(out, db, "DB"))
		})
	}

	// The DOT export of the corpus renders with the real GraphViz.
	dot, _, _ := runKG(t, nil, "export", "--db", db, "--format", "dot", "--cluster", "community")
	render := exec.Command("dot", "-Tsvg", "-o", os.DevNull)
	render.Stdin = strings.NewReader(dot)
	if out, err := render.CombinedOutput(); err != nil || len(out) > 0 {
		t.Errorf("dot -Tsvg: %v: %s", err, out)
	}

	// A second build of the same input stores nothing new.
	_, stderr, code = runKG(t, nil, "build", "--db", db, news)
	if code != 0 || !strings.Contains(stderr, "0 documents stored, 5 unchanged") {
		t.Errorf("rebuild: exit %d, %q; want every document unchanged", code, stderr)
	}
	stats, _, _ := runKG(t, nil, "stats", "--db", db, "--format", "json")
	var st struct{ Documents, Entities, Events, Edges, Bytes int }
	if err := json.Unmarshal([]byte(stats), &st); err != nil || st.Bytes == 0 {
		t.Fatalf("stats: %v %q", err, stats)
	}
	st.Bytes = 0 // the size on disk varies with compaction
	b, _ := json.MarshalIndent(st, "", "  ")
	golden(t, "stats.golden", string(b)+"\n")
}

func TestExtractJSONLines(t *testing.T) {
	out, stderr, code := runKG(t, nil, "extract", "--format", "json", filepath.Join(news, "wires.jsonl"))
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	golden(t, "extract-wires.jsonl.golden", out)
}

// TestErrors checks that mistakes give one clear line and the documented
// exit code, without a panic.
func TestErrors(t *testing.T) {
	db := filepath.Join(t.TempDir(), "kg.db")
	cases := []struct {
		args []string
		code int
		msg  string
	}{
		{[]string{"timeline", "--db", db, "--entity", "x"}, exitError, "no graph store there yet"},
		{[]string{"timeline", "--db", db}, exitUsage, "entity"},
		{[]string{"entities", "--db", db, "--format", "xml"}, exitUsage, "unknown --format"},
		{[]string{"build", "--db", db}, exitUsage, "at least one file"},
		{[]string{"build", "--db", db, "--date", "yesterday", news}, exitUsage, "--date"},
		{[]string{"events", "--db", db, "--from", "March"}, exitUsage, "--from"},
		{[]string{"nosuchcommand"}, exitUsage, "nosuchcommand"},
		{[]string{"neighbors", "--db", db, "Vos", "--depth", "2"}, exitUsage, `"--depth" came after them`},
		{[]string{"build", news, "--db", db}, exitUsage, `"--db" came after them`},
	}
	for _, tc := range cases {
		var out, errb bytes.Buffer
		code := run(context.Background(), append([]string{"kg"}, tc.args...), strings.NewReader(""), &out, &errb)
		if code != tc.code || !strings.Contains(errb.String(), tc.msg) {
			t.Errorf("kg %v: exit %d, stderr %q; want exit %d mentioning %q", tc.args, code, errb.String(), tc.code, tc.msg)
		}
		if strings.Count(strings.TrimSpace(errb.String()), "\n") > 3 {
			t.Errorf("kg %v: stderr is not short: %q", tc.args, errb.String())
		}
	}
}

// TestStoreInUse checks that a second writer gets one plain line.
func TestStoreInUse(t *testing.T) {
	db := filepath.Join(t.TempDir(), "kg.db")
	if _, stderr, code := runKG(t, nil, "build", "--db", db, news); code != 0 {
		t.Fatal(stderr)
	}
	s, err := graph.Open(db, graph.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	_, stderr, code := runKG(t, nil, "build", "--db", db, news)
	if code != exitError || !strings.Contains(stderr, "kg.db is in use by another kg process") {
		t.Errorf("second writer: exit %d, %q", code, stderr)
	}
}

// TestStdinAndSkipped reads articles from stdin, and checks that a run
// that had to skip an input finishes with exit code 3 and names it.
func TestStdinAndSkipped(t *testing.T) {
	db := filepath.Join(t.TempDir(), "kg.db")
	cmd := exec.Command(kgBin, "build", "--db", db, "--date", "2030-01-07", "-")
	cmd.Stdin = strings.NewReader("Mayor Tomas Rinne of Vellby resigned on Friday.\n")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("build from stdin: %v: %s", err, out)
	}
	out, stderr, code := runKG(t, nil, "timeline", "--db", db, "--entity", "Rinne", "--format", "json")
	if code != 0 || !strings.Contains(out, `"2030-01-04"`) {
		t.Errorf("stdin article: exit %d, %s %s; want the resignation dated Friday 2030-01-04", code, out, stderr)
	}

	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "good.txt"), []byte("Mayor Tomas Rinne of Vellby resigned on Friday.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "bad.jsonl"), []byte("{\"id\": \"x\", \"text\": \"fine\"}\n{not json\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, stderr, code = runKG(t, nil, "build", "--db", db, dir)
	if code != exitSkipped || !strings.Contains(stderr, "bad.jsonl:2") {
		t.Errorf("folder with a malformed line: exit %d, %q; want %d naming bad.jsonl:2", code, stderr, exitSkipped)
	}
	_, stderr, code = runKG(t, nil, "build", "--db", db, "--strict", dir)
	if code != exitError || !strings.Contains(stderr, "bad.jsonl:2") {
		t.Errorf("--strict: exit %d, %q; want %d naming bad.jsonl:2", code, stderr, exitError)
	}
}
