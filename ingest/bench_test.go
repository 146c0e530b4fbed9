package ingest

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kgnews/kg"
)

// benchSize is the size of the generated inputs (50 MB).
const benchSize = 50 << 20

// benchParagraph is one paragraph of a generated article.
const benchParagraph = "The council of Garrow said on Tuesday that the toll bridge over the Wend would reopen in May, after repairs that cost more than it had planned. Its leader, Maud Ferrier, told reporters that the works had been delayed by the floods of the winter."

// writeBench writes a file of about benchSize bytes made by repeating
// unit(i) and returns its path and size.
func writeBench(b *testing.B, name string, head string, unit func(i int) string) (string, int64) {
	b.Helper()
	var sb strings.Builder
	sb.WriteString(head)
	for i := 0; sb.Len() < benchSize; i++ {
		sb.WriteString(unit(i))
	}
	path := filepath.Join(b.TempDir(), name)
	if err := os.WriteFile(path, []byte(sb.String()), 0o644); err != nil {
		b.Fatal(err)
	}
	return path, int64(sb.Len())
}

// benchRead reads path b.N times, reporting throughput in MB/s.
func benchRead(b *testing.B, path string, size int64, wantDocs int) {
	b.SetBytes(size)
	b.ReportAllocs()
	for b.Loop() {
		n := 0
		_, err := Read([]string{path}, Options{Strict: true}, func(kg.Document) error { n++; return nil }, nil)
		if err != nil || (wantDocs > 0 && n != wantDocs) {
			b.Fatalf("read %d documents, %v", n, err)
		}
	}
}

// BenchmarkReadJSONL reads a 50 MB JSON Lines file of 3-paragraph articles.
func BenchmarkReadJSONL(b *testing.B) {
	text := strings.Repeat(benchParagraph+"\n\n", 3)
	lines := 0
	path, size := writeBench(b, "feed.jsonl", "", func(i int) string {
		lines++
		line, _ := json.Marshal(map[string]string{
			"id": fmt.Sprintf("g%d", i), "date": "2024-05-14", "title": "Toll bridge to reopen", "source": "Garrow Echo", "text": text,
		})
		return string(line) + "\n"
	})
	benchRead(b, path, size, lines)
}

// BenchmarkReadLargeText reads one 50 MB plain-text article.
func BenchmarkReadLargeText(b *testing.B) {
	path, size := writeBench(b, "long.txt", "---\ntitle: Long\n---\n", func(int) string { return benchParagraph + "\n\n" })
	benchRead(b, path, size, 1)
}

// BenchmarkReadLargeHTML reads one 50 MB HTML page.
func BenchmarkReadLargeHTML(b *testing.B) {
	path, size := writeBench(b, "long.html", "<html><head><title>Long</title></head><body><article>",
		func(int) string {
			return "<p>" + benchParagraph + " <a href=\"/x\">More</a></p>\n<aside>Related</aside>\n"
		})
	benchRead(b, path, size, 1)
}
