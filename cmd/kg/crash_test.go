package main

import (
	"encoding/json"
	"fmt"
	"math/rand"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// crashCorpus writes n articles as JSON Lines: the bundled stories with
// their people renamed, so that every document adds entities and events.
func crashCorpus(t *testing.T, n int) string {
	t.Helper()
	raw, err := os.ReadFile(filepath.Join(news, "wires.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	var stories []map[string]string
	for _, line := range strings.Split(strings.TrimSpace(string(raw)), "\n") {
		var m map[string]string
		if err := json.Unmarshal([]byte(line), &m); err != nil {
			t.Fatal(err)
		}
		stories = append(stories, m)
	}
	first := []string{"Aino", "Bram", "Carys", "Dries", "Elin", "Femke", "Goran", "Hedda"}
	last := []string{"Aalto", "Berg", "Claes", "Dekker", "Eriks", "Falk", "Grau", "Holm", "Ivers", "Jansen"}
	var b strings.Builder
	for i := 0; i < n; i++ {
		s := stories[i%len(stories)]
		name := first[i%len(first)] + " " + last[(i/len(first))%len(last)]
		text := strings.NewReplacer("Sofie Maes", name, "Ingrid Dahl", name, "Maes", strings.Fields(name)[1], "Dahl", strings.Fields(name)[1]).Replace(s["text"])
		line, _ := json.Marshal(map[string]string{"id": fmt.Sprintf("c%04d", i), "date": s["date"], "title": s["title"], "text": text})
		b.Write(line)
		b.WriteByte('\n')
	}
	path := filepath.Join(t.TempDir(), "corpus.jsonl")
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// TestCrashSafety kills `kg build` with SIGKILL at random moments, checks
// after each kill that the store opens and `kg check` finds it whole, and
// that finishing the build gives the same graph as one uninterrupted build.
func TestCrashSafety(t *testing.T) {
	if testing.Short() {
		t.Skip("kills a child process 20 times")
	}
	corpus := crashCorpus(t, 600)
	clean := filepath.Join(t.TempDir(), "clean.db")
	if _, stderr, code := runKG(t, nil, "build", "--db", clean, corpus); code != 0 {
		t.Fatalf("clean build: %s", stderr)
	}
	want, _, _ := runKG(t, nil, "export", "--db", clean, "--format", "json")

	db := filepath.Join(t.TempDir(), "crashed.db")
	rng := rand.New(rand.NewSource(7))
	kills := 0
	for kills < 20 {
		cmd := exec.Command(kgBin, "build", "--db", db, corpus)
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		done := make(chan error, 1)
		go func() { done <- cmd.Wait() }()
		select {
		case <-time.After(time.Duration(20+rng.Intn(400)) * time.Millisecond):
			cmd.Process.Signal(syscall.SIGKILL)
			<-done
			kills++
		case <-done: // finished before the kill: start over from nothing
			os.RemoveAll(db)
			continue
		}
		if out, stderr, code := runKG(t, nil, "check", "--db", db); code != 0 {
			t.Fatalf("after kill %d, kg check exited %d: %s%s", kills, code, out, stderr)
		}
	}
	if _, stderr, code := runKG(t, nil, "build", "--db", db, corpus); code != 0 {
		t.Fatalf("resumed build: %s", stderr)
	}
	got, _, _ := runKG(t, nil, "export", "--db", db, "--format", "json")
	if got != want {
		t.Errorf("graph after %d kills and a resumed build differs from a clean build", kills)
	}
}

// TestInterrupt checks that Ctrl-C stops a build cleanly, with a summary
// of what was stored, and leaves a whole store.
func TestInterrupt(t *testing.T) {
	corpus := crashCorpus(t, 3000)
	db := filepath.Join(t.TempDir(), "kg.db")
	cmd := exec.Command(kgBin, "build", "--db", db, corpus)
	var stderr strings.Builder
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	time.Sleep(300 * time.Millisecond)
	cmd.Process.Signal(os.Interrupt)
	err := cmd.Wait()
	if ee, ok := err.(*exec.ExitError); !ok || ee.ExitCode() != exitError {
		t.Fatalf("interrupted build: %v, want exit %d; stderr %q", err, exitError, stderr.String())
	}
	if !strings.Contains(stderr.String(), "interrupted") || !strings.Contains(stderr.String(), "documents stored") {
		t.Errorf("stderr = %q, want an interruption summary", stderr.String())
	}
	if out, errs, code := runKG(t, nil, "check", "--db", db); code != 0 {
		t.Errorf("kg check after Ctrl-C: exit %d: %s%s", code, out, errs)
	}
}
