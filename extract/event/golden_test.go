package event

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/kgnews/kg/internal/golden"
)

// TestGolden extracts the events of each invented article in
// testdata/event/*.json and compares them, as indented JSON, with the
// .golden file beside it (regenerate with go test -update).
func TestGolden(t *testing.T) {
	files, _ := filepath.Glob("../../testdata/event/*.json")
	if len(files) == 0 {
		t.Fatal("no golden inputs")
	}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			var art struct {
				Date, Text string
				Timexes    []struct{ Text, Type, Value string }
			}
			if err := json.Unmarshal(b, &art); err != nil {
				t.Fatal(err)
			}
			var times []tx
			for _, x := range art.Timexes {
				times = append(times, tx{x.Text, timexType(x.Type), x.Value})
			}
			in := input(art.Text, times...)
			in.Doc.Date, _ = time.Parse("2006-01-02", art.Date)
			got, err := json.MarshalIndent(extractor.Extract(in), "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			golden.Check(t, f[:len(f)-len(".json")]+".golden", append(got, '\n'))
		})
	}
}
