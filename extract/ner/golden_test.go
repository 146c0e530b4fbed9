package ner

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/ner")

// TestGolden runs whole invented articles from testdata/ner and compares
// mentions and entities with their .golden files, byte for byte.
func TestGolden(t *testing.T) {
	files, err := filepath.Glob("../../testdata/ner/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no test articles: %v", err)
	}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			ms, es := recognize(string(b))
			got, err := json.MarshalIndent(map[string]any{"mentions": ms, "entities": es}, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			golden := strings.TrimSuffix(f, ".txt") + ".golden"
			if *update {
				if err := os.WriteFile(golden, append(got, '\n'), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -update)", err)
			}
			if string(want) != string(got)+"\n" {
				t.Errorf("%s differs from %s; run go test ./extract/ner -update and review the diff", f, golden)
			}
		})
	}
}
