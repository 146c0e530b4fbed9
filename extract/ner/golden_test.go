package ner

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kgnews/kg/internal/golden"
)

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
			golden.Check(t, strings.TrimSuffix(f, ".txt")+".golden", append(got, '\n'))
		})
	}
}
