package timex

import (
	"os"
	"strings"
	"testing"
	"time"
)

// BenchmarkTag measures tagging speed on invented news copy (goal: at
// least 5 MB/s on one core).
func BenchmarkTag(b *testing.B) {
	data, err := os.ReadFile("../testdata/timex/news.txt")
	if err != nil {
		b.Fatal(err)
	}
	text := strings.Repeat(string(data)+"\n\n", 64)
	tg := New(Options{})
	dct := time.Date(2025, 3, 4, 0, 0, 0, 0, time.UTC)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		tg.Tag(text, dct)
	}
}
