package timex

import (
	"os"
	"reflect"
	"sync"
	"testing"
	"time"
)

// TestConcurrentTag runs one Tagger from several goroutines (run with
// -race) and checks that each gets the same answer as a lone call.
func TestConcurrentTag(t *testing.T) {
	data, err := os.ReadFile("../testdata/timex/news.txt")
	if err != nil {
		t.Fatal(err)
	}
	text := string(data)
	dct := time.Date(2025, 3, 4, 0, 0, 0, 0, time.UTC)
	want := testTagger.Tag(text, dct)
	if len(want) < 20 {
		t.Fatalf("only %d expressions in the sample article", len(want))
	}
	var wg sync.WaitGroup
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := 0; k < 20; k++ {
				if got := testTagger.Tag(text, dct); !reflect.DeepEqual(got, want) {
					t.Error("concurrent Tag gave a different result")
					return
				}
			}
		}()
	}
	wg.Wait()
}
